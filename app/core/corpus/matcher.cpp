// Finds gazetteer names in passages: folded text + Aho–Corasick, whole words, longest-leftmost, context rules.
#include "core/corpus/matcher.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <tuple>

namespace atlas::core {

namespace {

bool isAcronym(std::string_view name) {
    std::size_t letters = 0;
    for (char c : name) {
        if (c >= 'A' && c <= 'Z') ++letters;
        else if (c != '.') return false;
    }
    return letters >= 1 && letters <= 5;
}

/// The folded word ending right before `pos` (skipping one space).
std::string_view previousWord(std::string_view folded, std::size_t pos) {
    std::size_t e = pos;
    while (e > 0 && folded[e - 1] == ' ') --e;
    std::size_t b = e;
    while (b > 0 && isFoldedWordByte(static_cast<unsigned char>(folded[b - 1]))) --b;
    return folded.substr(b, e - b);
}

bool locativeContext(std::string_view folded, const FoldedMatch& m) {
    static constexpr std::array<std::string_view, 16> kPreps{"in", "at", "to", "from", "into", "near", "outside",
                                                             "via", "visit", "visited", "visiting", "toward",
                                                             "towards", "across", "around", "inside"};
    const std::string_view prev = previousWord(folded, m.begin);
    if (std::find(kPreps.begin(), kPreps.end(), prev) != kPreps.end()) return true;
    const std::string_view after = folded.substr(m.end, 6);
    return after.rfind(" dc", 0) == 0 || after.rfind(", dc", 0) == 0 || after.rfind(" d.c", 0) == 0 ||
           after.rfind(", d.c", 0) == 0;
}

/// True when [begin, end) lies in a whitespace-delimited token that is a URL or path ("www.x.org/a-b").
bool insideUrl(std::string_view bytes, std::size_t begin, std::size_t end) {
    auto isWs = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
    std::size_t b = begin;
    while (b > 0 && begin - b < 2048 && !isWs(bytes[b - 1])) --b;
    std::size_t e = end;
    while (e < bytes.size() && e - end < 2048 && !isWs(bytes[e])) ++e;
    const std::string_view tok = bytes.substr(b, e - b);
    if (tok.find("://") != std::string_view::npos || tok.find("www.") != std::string_view::npos) return true;
    const std::size_t slash = tok.find('/');
    return slash != std::string_view::npos && tok.substr(0, slash).find('.') != std::string_view::npos;
}

}  // namespace

NameMatcher::NameMatcher(const std::vector<GazetteerFeature>& features) : m_features(features) {
    for (std::size_t f = 0; f < features.size(); ++f) {
        for (std::size_t n = 0; n < features[f].names.size(); ++n) {
            const Name& name = features[f].names[n];
            const std::string folded = foldForMatch(name.text);
            if (folded.empty()) continue;
            const std::size_t id = m_automaton.addPattern(folded);
            if (id >= m_refs.size()) m_refs.resize(id + 1);
            m_refs[id].push_back(NameRef{f, n, name.adjectival, isAcronym(name.text)});
        }
    }
    m_automaton.build();
}

std::vector<FoldedMatch> NameMatcher::findFolded(std::string_view folded) const {
    std::vector<FoldedMatch> out;
    m_automaton.forEachMatch(folded, [&](std::size_t pattern, std::size_t begin, std::size_t end) {
        out.push_back({begin, end, pattern});
    });
    return out;
}

bool NameMatcher::caseOk(const NameRef& ref, std::string_view originalText) const {
    if (!ref.caseSensitive) return true;
    std::string want;
    for (char c : m_features[ref.feature].names[ref.name].text)
        if (c != '.') want.push_back(c);
    std::string got;
    for (char c : originalText)
        if (std::isalpha(static_cast<unsigned char>(c))) got.push_back(c);
    return got == want;
}

const NameMatcher::NameRef* NameMatcher::resolve(const std::vector<const NameRef*>& refs, std::string_view folded,
                                                 const FoldedMatch& m) const {
    if (refs.size() == 1) return refs.front();
    std::vector<const NameRef*> pool = refs;
    const bool sameFeature = std::all_of(pool.begin(), pool.end(), [&](const NameRef* r) { return r->feature == pool[0]->feature; });
    if (!sameFeature) {
        // Shared name between a place and a non-place (Washington: city vs US government):
        // locative context -> the place; otherwise the non-place sense.
        const bool locative = locativeContext(folded, m);
        std::vector<const NameRef*> places;
        std::vector<const NameRef*> others;
        for (const NameRef* r : pool) (m_features[r->feature].kind == FeatureKind::Place ? places : others).push_back(r);
        if (!places.empty() && !others.empty()) pool = locative ? places : others;
    }
    // Deterministic tie-break: on-map first, best importance, primary name, non-adjectival, id.
    auto key = [&](const NameRef* r) {
        const GazetteerFeature& f = m_features[r->feature];
        return std::make_tuple(f.offmap, f.importance, !f.names[r->name].primary, r->adjectival, f.id);
    };
    return *std::min_element(pool.begin(), pool.end(), [&](const NameRef* a, const NameRef* b) { return key(a) < key(b); });
}

FoldedText foldPassage(const Document& doc, const Passage& passage) {
    FoldedText ft;
    for (std::size_t i = 0; i < passage.ranges.size(); ++i) {
        if (i > 0) ft.appendSeparator(passage.ranges[i - 1].end);
        ft.append(doc.bytes, passage.ranges[i].begin, passage.ranges[i].end);
    }
    return ft;
}

bool NameMatcher::toMention(const Document& doc, const Passage& passage, const FoldedText& ft, const FoldedMatch& m,
                            std::vector<const NameRef*>& scratch, Mention& mention) const {
    const std::size_t ob = ft.originalStart(m.begin);
    const std::size_t oe = ft.originalEnd(m.end);
    for (const ByteRange& r : passage.ranges) {
        const std::size_t b = std::max(r.begin, ob);
        const std::size_t e = std::min(r.end, oe);
        if (b < e) mention.ranges.push_back({b, e});
    }
    if (mention.ranges.empty() || insideUrl(doc.bytes, mention.begin(), mention.end())) return false;
    for (const ByteRange& r : mention.ranges) {
        if (!mention.text.empty()) mention.text.push_back(' ');
        mention.text.append(doc.bytes, r.begin, r.end - r.begin);
    }
    scratch.clear();
    for (const NameRef& r : m_refs[m.pattern])
        if (!r.caseSensitive || caseOk(r, mention.text)) scratch.push_back(&r);
    if (scratch.empty()) return false;
    const NameRef* ref = resolve(scratch, ft.text(), m);
    const GazetteerFeature& feature = m_features[ref->feature];
    mention.featureId = feature.id;
    mention.name = feature.names[ref->name].text;
    mention.adjectival = ref->adjectival;
    mention.passageId = passage.id;
    mention.documentIndex = passage.documentIndex;
    return true;
}

void NameMatcher::matchInto(const Document& doc, const Passage& passage, std::vector<Mention>& out) const {
    const FoldedText ft = foldPassage(doc, passage);
    std::vector<const NameRef*> scratch;
    m_automaton.forEachMatch(ft.text(), [&](std::size_t pattern, std::size_t begin, std::size_t end) {
        Mention mention;
        if (toMention(doc, passage, ft, FoldedMatch{begin, end, pattern}, scratch, mention)) out.push_back(std::move(mention));
    });
}

std::vector<Mention> NameMatcher::match(const Document& doc, const Passage& passage) const {
    std::vector<Mention> out;
    matchInto(doc, passage, out);
    return out;
}

}  // namespace atlas::core
