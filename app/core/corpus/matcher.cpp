// Finds gazetteer names in passages: folded text + Aho–Corasick, whole words, longest-leftmost, context rules.
#include "core/corpus/matcher.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <stdexcept>
#include <tuple>

#include "core/corpus/huge_pages.hpp"
#include "core/text/inflection.hpp"
#include "core/text/translit_variants.hpp"
#include "core/text/unicode.hpp"
#include "core/text/utf8.hpp"

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

bool opensOrganisationName(std::string_view bytes, std::size_t pos) {
    static constexpr std::array<std::string_view, 21> kHeads{"Group", "University", "Universiteti", "Forum",
        "Institute", "İnstitutu", "Foundation", "Club", "Bank", "Company", "Airlines", "Academy", "Society",
        "Association", "Times", "News", "Press", "Fund", "Corporation", "Holding", "Consortium"};
    for (int words = 0; words < 3; ++words) {
        if (pos + 1 >= bytes.size() || bytes[pos] != ' ') return false;
        const std::size_t begin = ++pos;
        if (!isUpperCase(decodeUtf8(bytes, pos).cp)) return false;
        while (pos < bytes.size()) {  // a word: letters and hyphens; stops at an apostrophe ("Group's")
            const Utf8Char c = decodeUtf8(bytes, pos);
            if ((c.cp < 0x80 && !std::isalpha(static_cast<int>(c.cp)) && c.cp != '-') || c.cp == U'\u2019') break;
            pos += c.length;
        }
        const std::string_view word = bytes.substr(begin, pos - begin);
        if (std::find(kHeads.begin(), kHeads.end(), word) != kHeads.end()) return true;
    }
    return false;
}

NameMatcher::NameMatcher(const std::vector<GazetteerFeature>& features, bool generalise, bool variants)
    : m_features(features), m_generalise(generalise) {
    std::vector<std::pair<std::size_t, NameRef>> refs;  // (pattern id, ref) in feature then name order
    for (std::size_t f = 0; f < features.size(); ++f) {
        for (std::size_t n = 0; n < features[f].names.size(); ++n) {
            const Name& name = features[f].names[n];
            const std::string folded = foldForMatch(name.text);
            if (folded.empty()) continue;
            NameRef ref;
            ref.feature = static_cast<std::uint32_t>(f);
            ref.name = static_cast<std::uint32_t>(n);
            if (m_strings.size() + features[f].id.size() + name.text.size() > UINT32_MAX)
                throw std::length_error("NameMatcher: feature ids and names exceed 4 GiB");
            ref.strings = static_cast<std::uint32_t>(m_strings.size());
            ref.idLength = static_cast<std::uint32_t>(features[f].id.size());
            ref.nameLength = static_cast<std::uint32_t>(name.text.size());
            ref.adjectival = name.adjectival;
            ref.caseSensitive = isAcronym(name.text);
            m_strings.append(features[f].id).append(name.text);
            const std::size_t pattern = m_automaton.addPattern(folded);
            if (generalise) m_inflected.add(name.text, name.lang, folded, pattern, name.adjectival);
            refs.emplace_back(pattern, ref);
            if (!generalise || !variants || ref.caseSensitive) continue;
            // "Xankendi", "Dzhermuk", "Pashinian": spellings the gazetteer does not list, same feature and name.
            for (const std::string& v : translitVariants(folded)) {
                NameRef variant = ref;
                variant.variant = true;
                refs.emplace_back(m_automaton.addPattern(v), variant);
                ++m_variantCount;
            }
            // "Тавушской области": a province's or district's Russian adjectival name, made from its name.
            if (features[f].kind != FeatureKind::Region || name.lang != "ru" || name.adjectival) continue;
            for (const std::string& regionName : russianRegionNames(name.text)) {
                const std::string regionFolded = foldForMatch(regionName);
                const auto& names = features[f].names;
                if (std::any_of(names.begin(), names.end(),
                                [&](const Name& other) { return foldForMatch(other.text) == regionFolded; }))
                    continue;  // the gazetteer lists it: the real name is indexed
                NameRef variant = ref;
                variant.variant = true;
                const std::size_t regionPattern = m_automaton.addPattern(regionFolded);
                m_inflected.add(regionName, "ru", regionFolded, regionPattern, false);
                refs.emplace_back(regionPattern, variant);
                ++m_variantCount;
            }
        }
    }
    m_automaton.build();
    std::stable_sort(refs.begin(), refs.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    m_refBegin.assign(m_automaton.patternCount() + 1, 0);
    m_refs.reserve(refs.size());
    for (const auto& [pattern, ref] : refs) {
        ++m_refBegin[pattern + 1];
        m_refs.push_back(ref);
    }
    for (std::size_t i = 1; i < m_refBegin.size(); ++i) m_refBegin[i] += m_refBegin[i - 1];
    if (generalise) indexRouteEnds();
}

template <typename Capital, typename F>
void NameMatcher::forEachMatch(std::string_view text, Capital&& capitalAt, F&& onMatch) const {
    std::size_t p = 0;
    while (p < text.size()) {
        if (!isFoldedWordByte(static_cast<unsigned char>(text[p])) ||
            (p > 0 && isFoldedWordByte(static_cast<unsigned char>(text[p - 1])))) {  // not a word start
            ++p;
            continue;
        }
        const NameAutomaton::Walk walk = m_automaton.walkAt(text, p);
        std::size_t pattern = walk.pattern;
        std::size_t end = walk.end;
        // A declined or suffixed form ("в Шуше", "Laçından") when it reaches further than any dictionary form.
        const InflectedNames::Hit inflected = m_inflected.longestAt(text, p, walk.patternThenSuffix);
        if (inflected.pattern != InflectedNames::kNone && (pattern == NameAutomaton::kNone || inflected.end > end)) {
            if (!inflected.needsCapital || capitalAt(p)) {
                pattern = inflected.pattern;
                end = inflected.end;
            }
        }
        if (pattern == NameAutomaton::kNone) {
            ++p;
            continue;
        }
        onMatch(pattern, p, end);
        p = end;
    }
}

std::vector<FoldedMatch> NameMatcher::findFolded(std::string_view folded) const {
    std::vector<FoldedMatch> out;
    forEachMatch(folded, [](std::size_t) { return true; }, [&](std::size_t pattern, std::size_t begin, std::size_t end) {
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

namespace {

void foldPassageInto(const Document& doc, const Passage& passage, FoldedText& ft) {
    for (std::size_t i = 0; i < passage.ranges.size(); ++i) {
        if (i > 0) ft.appendSeparator(passage.ranges[i - 1].end);
        ft.append(doc.bytes, passage.ranges[i].begin, passage.ranges[i].end);
    }
}

}  // namespace

FoldedText foldPassage(const Document& doc, const Passage& passage) {
    FoldedText ft;
    foldPassageInto(doc, passage, ft);
    return ft;
}

void NameMatcher::collect(const Document& doc, const Passage& passage, std::uint32_t passageSlot, Scratch& s) const {
    FoldedText& ft = s.folded;
    ft.clear();
    foldPassageInto(doc, passage, ft);
    const std::string& folded = ft.text();
    auto capitalAt = [&](std::size_t pos) {
        const std::size_t o = ft.originalStart(pos);
        return o < doc.bytes.size() && isUpperCase(decodeUtf8(doc.bytes, o).cp);
    };
    auto appendRanges = [&](std::size_t foldedBegin, std::size_t foldedEnd) {
        const std::size_t ob = ft.originalStart(foldedBegin);
        const std::size_t oe = ft.originalEnd(foldedEnd);
        for (const ByteRange& r : passage.ranges) {
            const std::size_t b = std::max(r.begin, ob);
            const std::size_t e = std::min(r.end, oe);
            if (b < e) s.ranges.push_back({b, e});
        }
    };
    // The last hit kept in this passage and where it lies in folded text (for "X–Y road").
    bool havePrevious = false;
    std::size_t prevBegin = 0;
    std::size_t prevEnd = 0;
    forEachMatch(folded, capitalAt, [&](std::size_t pattern, std::size_t begin, std::size_t end) {
        const std::size_t first = s.ranges.size();
        appendRanges(begin, end);
        const std::size_t count = s.ranges.size() - first;
        if (count == 0 || insideUrl(doc.bytes, s.ranges[first].begin, s.ranges.back().end)) {
            s.ranges.resize(first);
            return;
        }
        const NameRef* refs = m_refs.data() + m_refBegin[pattern];
        const NameRef* refsEnd = m_refs.data() + m_refBegin[pattern + 1];
        const NameRef* chosen = refs;
        if (refsEnd - refs != 1 || refs->caseSensitive || refs->variant) {
            s.candidates.clear();
            bool textBuilt = false;
            // A generated variant counts only when no real name has this spelling, and only capitalised.
            const bool realName = std::any_of(refs, refsEnd, [](const NameRef& r) { return !r.variant; });
            const bool capital = capitalAt(begin);
            for (const NameRef* r = refs; r != refsEnd; ++r) {
                if (r->variant && (realName || !capital)) continue;
                if (r->caseSensitive && !textBuilt) {  // the original bytes, pieces joined by one space
                    s.text.clear();
                    for (std::size_t k = first; k < first + count; ++k) {
                        if (k > first) s.text.push_back(' ');
                        s.text.append(doc.bytes, s.ranges[k].begin, s.ranges[k].end - s.ranges[k].begin);
                    }
                    textBuilt = true;
                }
                if (!r->caseSensitive || caseOk(*r, s.text)) s.candidates.push_back(r);
            }
            if (s.candidates.empty()) {
                s.ranges.resize(first);
                return;
            }
            chosen = resolve(s.candidates, folded, FoldedMatch{begin, end, pattern});
        }
        const FeatureKind kind = m_features[chosen->feature].kind;
        const std::size_t routeEnd = m_generalise ? routeWordAfter(folded, end) : 0;
        // "Zangezur corridor" not in the gazetteer is a corridor, never the region it is named after.
        if (routeEnd != 0 && (kind == FeatureKind::Region || kind == FeatureKind::Place) &&
            folded.compare(end + 1, 8, "corridor") == 0) {
            s.ranges.resize(first);
            return;
        }
        // "the Yerevan–Gyumri highway", "Goris to Stepanakert road": one route, linked when a feature joins the
        // two ends, otherwise one unknown compound; never two towns.
        if (routeEnd != 0 && havePrevious && !s.hits.empty() && s.hits.back().passage == passageSlot &&
            joinsRouteEnds(folded, prevEnd, begin)) {
            const Hit previous = s.hits.back();
            const std::uint32_t firstEnd = m_refs[previous.ref].feature;
            s.hits.pop_back();
            --s.found;
            s.ranges.resize(previous.firstRange);
            havePrevious = false;
            const auto route = m_routeByEnds.find(endsKey(firstEnd, chosen->feature));
            if (route == m_routeByEnds.end()) {
                if (s.compounds != nullptr) {
                    const std::size_t ob = ft.originalStart(prevBegin);
                    const std::size_t oe = ft.originalEnd(routeEnd);
                    s.compounds->push_back({doc.bytes.substr(ob, oe - ob), m_features[firstEnd].id,
                                            m_features[chosen->feature].id,
                                            std::string(folded.substr(end + 1, routeEnd - end - 1)), passageSlot,
                                            ByteRange{ob, oe}});
                }
                return;
            }
            const std::size_t routeFirst = s.ranges.size();
            appendRanges(prevBegin, routeEnd);
            ++s.found;
            s.hits.push_back(Hit{passageSlot, route->second, static_cast<std::uint32_t>(routeFirst),
                                 static_cast<std::uint32_t>(s.ranges.size() - routeFirst)});
            return;
        }
        // "the OSCE Minsk Group", "Yerevan State University": the organisation, not the place.
        if (m_generalise && !chosen->adjectival && opensOrganisationName(doc.bytes, s.ranges.back().end)) {
            s.ranges.resize(first);
            havePrevious = false;
            return;
        }
        ++s.found;
        if (s.hits.size() >= s.limit) {  // past the cap: counted, not stored
            s.ranges.resize(first);
            havePrevious = false;
            return;
        }
        // A name glued to a lower-case word by a hyphen is a modifier: "Russia-brokered", "Moscow-based".
        const std::size_t oe = s.ranges.back().end;
        const bool prefix = m_generalise && oe + 1 < doc.bytes.size() && doc.bytes[oe] == '-' && doc.bytes[oe + 1] >= 'a' &&
                            doc.bytes[oe + 1] <= 'z';
        s.hits.push_back(Hit{passageSlot, static_cast<std::uint32_t>(chosen - m_refs.data()),
                             static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(count), prefix});
        havePrevious = true;
        prevBegin = begin;
        prevEnd = end;
    });
}

void NameMatcher::emit(const Document& doc, const Passage* passages, const Scratch& s, std::vector<Mention>& out) const {
    const std::size_t need = out.size() + s.hits.size();
    if (out.capacity() < need) {
        out.reserve(std::max(need, 2 * out.capacity()));
        adviseHugePages(out.data() + out.size(), (out.capacity() - out.size()) * sizeof(Mention));
    }
    for (const Hit& h : s.hits) {
        const NameRef& ref = m_refs[h.ref];
        const Passage& passage = passages[h.passage];
        const auto ranges = s.ranges.begin() + static_cast<std::ptrdiff_t>(h.firstRange);
        Mention& m = out.emplace_back();
        const char* strings = m_strings.data() + ref.strings;
        m.featureId.assign(strings, ref.idLength);
        m.passageId = passage.id;
        m.documentIndex = passage.documentIndex;
        m.ranges.assign(ranges, ranges + h.rangeCount);
        std::size_t length = h.rangeCount - 1;
        for (const ByteRange& r : m.ranges) length += r.end - r.begin;
        m.text.reserve(length);
        for (const ByteRange& r : m.ranges) {
            if (!m.text.empty()) m.text.push_back(' ');
            m.text.append(doc.bytes, r.begin, r.end - r.begin);
        }
        m.name.assign(strings + ref.idLength, ref.nameLength);
        m.adjectival = ref.adjectival || h.adjectival;
    }
}

void NameMatcher::matchInto(const Document& doc, const Passage& passage, std::vector<Mention>& out) const {
    Scratch scratch;
    collect(doc, passage, 0, scratch);
    emit(doc, &passage, scratch, out);
}

std::size_t NameMatcher::matchAll(const Document& doc, const std::vector<Passage>& passages,
                                  std::vector<Mention>& out, std::size_t maxMentions) const {
    Scratch scratch;
    scratch.limit = maxMentions;
    for (std::size_t i = 0; i < passages.size(); ++i) collect(doc, passages[i], static_cast<std::uint32_t>(i), scratch);
    emit(doc, passages.data(), scratch, out);
    return scratch.found;
}

std::size_t NameMatcher::matchRecords(const Document& doc, const std::vector<Passage>& passages,
                                      std::uint32_t document, std::vector<MentionRecord>& out,
                                      std::vector<MentionRecordExtra>& extras, std::size_t maxMentions) const {
    Scratch scratch;
    scratch.limit = maxMentions;
    for (std::size_t i = 0; i < passages.size(); ++i) collect(doc, passages[i], static_cast<std::uint32_t>(i), scratch);
    const std::size_t first = out.size();
    out.reserve(first + scratch.hits.size());
    for (const Hit& h : scratch.hits) {
        const ByteRange* ranges = scratch.ranges.data() + h.firstRange;
        const std::size_t begin = ranges[0].begin;
        const std::size_t end = ranges[h.rangeCount - 1].end;
        const bool split = h.rangeCount > 1;
        MentionRecord r;
        r.begin = begin;
        r.length = static_cast<std::uint32_t>(end - begin);  // a name and the page break inside it
        r.passage = h.passage;
        r.document = document;
        r.nameAndFlags = MentionRecord::packName(h.ref, m_refs[h.ref].adjectival || h.adjectival, split);
        if (split) {
            MentionRecordExtra& e = extras.emplace_back();
            e.record = out.size() - first;
            e.pieces.assign(ranges, ranges + h.rangeCount);
            for (const ByteRange& piece : e.pieces) {
                if (!e.text.empty()) e.text.push_back(' ');
                e.text.append(doc.bytes, piece.begin, piece.end - piece.begin);
            }
        }
        out.push_back(r);
    }
    return scratch.found;
}

std::vector<std::string> NameMatcher::recordNames() const {
    std::vector<std::string> names;
    names.reserve(2 * m_refs.size());
    for (const NameRef& ref : m_refs) {
        const char* strings = m_strings.data() + ref.strings;
        names.emplace_back(strings, ref.idLength);
        names.emplace_back(strings + ref.idLength, ref.nameLength);
    }
    return names;
}

std::vector<Mention> NameMatcher::match(const Document& doc, const Passage& passage) const {
    std::vector<Mention> out;
    matchInto(doc, passage, out);
    return out;
}

}  // namespace atlas::core
