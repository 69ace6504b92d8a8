// Explorer queries: grouping, time filtering of passages, sentence extraction, time-follows-text.
#include "core/explore/explorer.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "core/explore/search.hpp"

namespace atlas::core {

const GazetteerFeature* AtlasData::feature(const std::string& id) const {
    auto it = gazetteerById.find(id);
    return it == gazetteerById.end() ? nullptr : &gazetteer[it->second];
}

std::unique_ptr<AtlasData> makeAtlasData(std::vector<GazetteerFeature> gazetteer, CorpusIndex corpus) {
    auto data = std::make_unique<AtlasData>();
    data->gazetteer = std::move(gazetteer);
    data->corpus = std::move(corpus);
    data->links = std::make_unique<LinkIndex>(data->corpus);
    for (std::size_t i = 0; i < data->gazetteer.size(); ++i) data->gazetteerById.emplace(data->gazetteer[i].id, i);
    return data;
}

bool passageMatchesTime(const Passage& p, const TimeFilter& f) {
    for (const YearSpan& y : p.years) {
        if (f.year && y.from <= *f.year && *f.year <= y.to) return true;
        if (f.range && y.from <= f.range->second && f.range->first <= y.to) return true;
    }
    return !f.active();
}

std::vector<CoMention> coMentions(const AtlasData& data, const std::string& featureId, std::size_t limit) {
    std::map<std::string, std::size_t> shared;
    if (!data.links) return {};
    for (const std::string& pid : data.links->passagesOf(featureId)) {
        const auto pi = data.links->passageIndex(pid);
        if (!pi || data.corpus.passages[*pi].kind == PassageKind::Boilerplate) continue;
        for (const std::string& other : data.links->featuresOf(pid))
            if (other != featureId) ++shared[other];
    }
    std::vector<CoMention> out;
    for (auto& [id, n] : shared) out.push_back({id, n});
    std::stable_sort(out.begin(), out.end(), [](const CoMention& a, const CoMention& b) { return a.passages > b.passages; });
    if (out.size() > limit) out.resize(limit);
    return out;
}

float mentionSymbolScale(std::size_t mentions) {
    const double s = 0.6 + 0.3 * std::log2(1.0 + static_cast<double>(mentions));
    return static_cast<float>(std::clamp(s, 0.6, 2.4));
}

std::vector<float> coMentionFocus(const MapModel& model, const AtlasData& data, const std::string& selectedId,
                                  float faded) {
    std::vector<float> out(model.features.size(), 1.0f);
    std::vector<std::string> keep;
    for (const CoMention& c : coMentions(data, selectedId, std::numeric_limits<std::size_t>::max())) keep.push_back(c.featureId);
    std::sort(keep.begin(), keep.end());
    for (std::size_t i = 0; i < model.features.size(); ++i) {
        const MapFeature& f = model.features[i];
        const bool base = f.gazetteerId.empty() || f.layer == MapLayer::Land || f.layer == MapLayer::Country ||
                          f.layer == MapLayer::Coastline;
        if (base || f.gazetteerId == selectedId || std::binary_search(keep.begin(), keep.end(), f.gazetteerId)) continue;
        out[i] = faded;
    }
    return out;
}

std::vector<float> mentionScales(const MapModel& model, const AtlasData& data) {
    std::vector<float> out(model.features.size(), 1.0f);
    if (!data.links) return out;
    for (std::size_t i = 0; i < model.features.size(); ++i) {
        const MapFeature& f = model.features[i];
        if (f.layer == MapLayer::Place && !f.gazetteerId.empty())
            out[i] = mentionSymbolScale(data.links->mentionsOf(f.gazetteerId).size());
    }
    return out;
}

StatusCounts statusCounts(const MapModel& model, const std::vector<FeatureVisual>& visuals,
                          const std::vector<bool>& layerVisible, const CorpusIndex* corpus, const TimeFilter& time) {
    StatusCounts out;
    for (std::size_t i = 0; i < model.features.size(); ++i) {
        const MapFeature& f = model.features[i];
        if (f.gazetteerId.empty()) continue;  // basemap land and seas
        const auto layer = static_cast<std::size_t>(f.layer);
        if (layer < layerVisible.size() && !layerVisible[layer]) continue;
        if (i < visuals.size() && visuals[i].opacity <= 0.0f) continue;
        ++out.features;
    }
    if (corpus)
        for (const Passage& p : corpus->passages)
            if (p.kind != PassageKind::Boilerplate && passageMatchesTime(p, time)) ++out.passages;
    return out;
}

std::optional<TimeFilter> timeForPassage(const Passage& p) {
    if (p.years.empty()) return std::nullopt;
    int from = p.years.front().from, to = p.years.front().to;
    for (const YearSpan& y : p.years) {
        from = std::min(from, y.from);
        to = std::max(to, y.to);
    }
    TimeFilter f;
    if (from == to) f.year = from;
    else f.range = std::pair{from, to};
    return f;
}

std::pair<std::size_t, std::size_t> sentenceAround(const std::string& text, std::size_t at) {
    at = std::min(at, text.size());
    std::size_t begin = 0;
    for (std::size_t i = at; i > 1; --i) {
        const char c = text[i - 2];
        if ((c == '.' || c == '!' || c == '?') && text[i - 1] == ' ') {
            begin = i;
            break;
        }
    }
    std::size_t end = text.size();
    for (std::size_t i = at; i + 1 < text.size(); ++i) {
        const char c = text[i];
        if ((c == '.' || c == '!' || c == '?') && text[i + 1] == ' ') {
            end = i + 1;
            break;
        }
    }
    return {begin, end};
}

namespace {

/// Finds the mention's text in the passage's clean text, case-insensitively (ASCII) and tolerant of the
/// whitespace the cleaner normalised; returns the byte offset or npos.
std::size_t findInClean(const std::string& clean, const std::string& needle) {
    if (needle.empty()) return std::string::npos;
    auto lower = [](std::string s) {
        for (char& c : s)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return s;
    };
    std::string n = lower(needle);
    std::replace(n.begin(), n.end(), '\n', ' ');
    return lower(clean).find(n);
}

}  // namespace

std::vector<TextSpan> mentionSpans(const AtlasData& data, std::size_t passageIndex) {
    std::vector<TextSpan> spans;
    if (passageIndex >= data.corpus.passages.size()) return spans;
    const Passage& p = data.corpus.passages[passageIndex];
    std::size_t from = 0;
    std::string lowerClean = p.cleanText;
    for (char& ch : lowerClean)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    for (const Mention& m : data.corpus.mentions) {
        if (m.passageId != p.id) continue;
        std::string needle = m.text;
        for (char& ch : needle) {
            if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
            if (ch == '\n' || ch == '\r') ch = ' ';
        }
        const std::size_t at = lowerClean.find(needle, from);
        if (at == std::string::npos) continue;
        spans.push_back({at, at + needle.size(), m.featureId});
        from = at + needle.size();
    }
    return spans;
}

Color featureColor(const std::string& featureId) {
    static constexpr std::uint32_t kPalette[] = {0xB8452F, 0x2E7D6B, 0x6A4C93, 0x2F6DB5, 0x9C6B30,
                                                 0xA23B72, 0x3D7A2E, 0xC26A12, 0x4A6FA5, 0x8E1F2C};
    std::uint32_t h = 2166136261u;
    for (unsigned char c : featureId) h = (h ^ c) * 16777619u;
    return Color::rgb(kPalette[h % std::size(kPalette)]);
}

std::vector<DocumentGroup> passagesForFeature(const AtlasData& data, const std::string& featureId,
                                              const TimeFilter* filter) {
    const CorpusIndex& c = data.corpus;
    std::map<std::size_t, DocumentGroup> groups;
    std::map<std::size_t, std::size_t> hitOf;  // passage -> index in its group's hits
    for (std::size_t mi : data.links->mentionsOf(featureId)) {
        const Mention& m = c.mentions[mi];
        const auto pi = data.links->passageIndex(m.passageId);
        if (!pi) continue;
        const Passage& p = c.passages[*pi];
        if (filter && filter->active() && !passageMatchesTime(p, *filter)) continue;
        DocumentGroup& g = groups[m.documentIndex];
        g.document = m.documentIndex;
        ++g.mentions;
        if (auto it = hitOf.find(*pi); it != hitOf.end()) {
            ++g.hits[it->second].mentions;
            continue;
        }
        PassageHit hit;
        hit.passage = *pi;
        hit.mentions = 1;
        for (std::size_t k = *pi; k > 0 && c.passages[k - 1].documentIndex == p.documentIndex; --k)
            if (c.passages[k - 1].kind == p.kind) ++hit.ordinal;
        ++hit.ordinal;
        std::size_t at = findInClean(p.cleanText, m.text);
        if (at == std::string::npos) at = findInClean(p.cleanText, m.name);
        if (at == std::string::npos) {
            hit.sentence = p.cleanText.substr(0, 300);
        } else {
            const auto [b, e] = sentenceAround(p.cleanText, at);
            hit.sentence = p.cleanText.substr(b, e - b);
            hit.highlightBegin = at - b;
            hit.highlightEnd = std::min(hit.sentence.size(), at - b + m.text.size());
        }
        hitOf[*pi] = g.hits.size();
        g.hits.push_back(std::move(hit));
    }
    std::vector<DocumentGroup> out;
    for (auto& [doc, g] : groups) out.push_back(std::move(g));
    return out;
}

}  // namespace atlas::core
