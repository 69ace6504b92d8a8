// The Places-to-review queue derived from the candidates and the review memory.
#include "core/state/places_state.hpp"

#include <algorithm>
#include <set>

#include "core/gazetteer/place_edits.hpp"
#include "core/text/text_normalize.hpp"

namespace atlas::core {

bool passageInDocument(const std::string& passageId, const std::string& document) {
    const std::string stem = passageId.substr(0, passageId.find('#'));
    if (document == stem) return true;
    const auto dot = document.find_last_of('.');
    return dot != std::string::npos && document.substr(0, dot) == stem;
}

std::vector<std::size_t> reviewQueue(const PlacesReviewState& review) {
    std::vector<std::size_t> now, later;
    if (!review.candidates) return now;
    const auto& list = *review.candidates;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string& name = list[i].gap.text;
        if (review.memory.isRejected(name) || review.memory.isNoMatch(name)) continue;
        if (ownerOfName({}, review.user, name)) continue;  // accepted, placed or aliased since the index
        if (!review.document.empty() &&
            std::none_of(list[i].gap.passageIds.begin(), list[i].gap.passageIds.end(),
                         [&](const std::string& p) { return passageInDocument(p, review.document); }))
            continue;
        (review.memory.isDeferred(name) ? later : now).push_back(i);
    }
    now.insert(now.end(), later.begin(), later.end());
    return now;
}

std::optional<std::size_t> currentQueuePosition(const PlacesReviewState& review,
                                                const std::vector<std::size_t>& queue) {
    if (queue.empty()) return std::nullopt;
    for (std::size_t q = 0; q < queue.size(); ++q)
        if ((*review.candidates)[queue[q]].gap.text == review.current) return q;
    return 0;
}

const PlaceCandidate* currentCandidate(const PlacesReviewState& review) {
    const auto queue = reviewQueue(review);
    const auto pos = currentQueuePosition(review, queue);
    return pos ? &(*review.candidates)[queue[*pos]] : nullptr;
}

std::vector<FeatureHit> searchFeatures(const std::vector<GazetteerFeature>& features, std::string_view query,
                                       std::size_t limit) {
    const std::string key = foldForMatch(query);
    if (key.find_first_not_of(' ') == std::string::npos) return {};
    struct Ranked {
        FeatureHit hit;
        bool prefix = false;
        int importance = 3;
    };
    std::vector<Ranked> found;
    for (std::size_t i = 0; i < features.size(); ++i) {
        const GazetteerFeature& f = features[i];
        const Name* best = nullptr;
        bool bestPrefix = false;
        for (const Name& n : f.names) {
            const std::size_t at = foldForMatch(n.text).find(key);
            if (at == std::string::npos) continue;
            if (!best || (at == 0 && !bestPrefix)) {
                best = &n;
                bestPrefix = at == 0;
            }
        }
        if (best) found.push_back({{i, best->text}, bestPrefix, f.importance});
    }
    std::stable_sort(found.begin(), found.end(), [](const Ranked& a, const Ranked& b) {
        if (a.prefix != b.prefix) return a.prefix;
        if (a.importance != b.importance) return a.importance < b.importance;
        return a.hit.name < b.hit.name;
    });
    std::vector<FeatureHit> out;
    for (std::size_t i = 0; i < found.size() && i < limit; ++i) out.push_back(std::move(found[i].hit));
    return out;
}

std::pair<std::string, std::string> routeEndsFor(const PlacesReviewState& review, const PlaceCandidate& c) {
    if (!c.route) return {};
    return {review.routeFrom.empty() ? c.route->fromId : review.routeFrom,
            review.routeTo.empty() ? c.route->toId : review.routeTo};
}

std::vector<std::string> candidateDocuments(const PlacesReviewState& review) {
    std::set<std::string> docs;
    if (review.candidates)
        for (const auto& c : *review.candidates)
            for (const auto& p : c.gap.passageIds) docs.insert(p.substr(0, p.find('#')));
    return {docs.begin(), docs.end()};
}

std::size_t candidateDocumentCount(const PlaceCandidate& candidate) {
    std::set<std::string> docs;
    for (const auto& p : candidate.gap.passageIds) docs.insert(p.substr(0, p.find('#')));
    return docs.size();
}

std::vector<std::size_t> confidentCandidates(const PlacesReviewState& review) {
    std::vector<std::size_t> out;
    for (const std::size_t i : reviewQueue(review)) {
        const auto& s = (*review.candidates)[i].suggestions;
        if (s.autoAccept && !s.ambiguous && !s.ranked.empty()) out.push_back(i);
    }
    return out;
}

namespace {
/// Moves a byte offset back (or forward) to the start of a UTF-8 character.
std::size_t charStart(const std::string& s, std::size_t i) {
    while (i > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    return std::min(i, s.size());
}
}  // namespace

std::vector<ReviewPassage> reviewPassages(const CorpusIndex& corpus, const PlaceCandidate& candidate,
                                          std::size_t limit) {
    std::vector<ReviewPassage> out;
    for (std::size_t i = 0; i < corpus.passages.size() && out.size() < limit; ++i) {
        const Passage& p = corpus.passages[i];
        if (std::find(candidate.gap.passageIds.begin(), candidate.gap.passageIds.end(), p.id) ==
            candidate.gap.passageIds.end())
            continue;
        ReviewPassage r;
        r.passage = i;
        r.document = p.documentIndex;
        const std::string& text = p.cleanText;
        const std::size_t at = text.find(candidate.gap.text);
        constexpr std::size_t kBefore = 70, kAfter = 90;
        const std::size_t from = at == std::string::npos ? 0 : charStart(text, at > kBefore ? at - kBefore : 0);
        const std::size_t anchor = at == std::string::npos ? 0 : at + candidate.gap.text.size();
        const std::size_t to = charStart(text, std::min(text.size(), anchor + kAfter));
        const std::string lead = from > 0 ? "\xE2\x80\xA6" : "";
        r.snippet = lead + text.substr(from, to - from) + (to < text.size() ? "\xE2\x80\xA6" : "");
        if (at != std::string::npos) {
            r.highlightBegin = lead.size() + (at - from);
            r.highlightEnd = r.highlightBegin + candidate.gap.text.size();
        }
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace atlas::core
