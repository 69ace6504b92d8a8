// Finds gazetteer names in passages: folded text + a trie walked from word starts (plus inflected forms), whole
// words, longest-leftmost, context rules.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/corpus/document.hpp"
#include "core/corpus/inflected_names.hpp"
#include "core/corpus/mention_records.hpp"
#include "core/corpus/name_automaton.hpp"
#include "core/corpus/passage.hpp"
#include "core/corpus/range_list.hpp"
#include "core/text/text_normalize.hpp"
#include "core/gazetteer/gazetteer.hpp"

namespace atlas::core {

struct Mention {
    std::string featureId;
    std::string passageId;
    std::size_t documentIndex = 0;
    RangeList ranges;               // in the original file; two pieces when a page break cuts the name
    std::string text;               // original bytes of the ranges (pieces joined by one space)
    std::string name;               // the gazetteer name that matched
    bool adjectival = false;

    [[nodiscard]] std::size_t begin() const { return ranges.front().begin; }
    [[nodiscard]] std::size_t end() const { return ranges.back().end; }
};

/// What the mentions table reads of one mention, as views: into a Mention, or into the index cache's bytes (a
/// mention never copied out of the cache). Valid while what it views lives.
struct MentionRow {
    std::string_view featureId;
    std::string_view passageId;
    std::size_t documentIndex = 0;
    std::size_t begin = 0;  // first byte of the first piece, end of the last (Mention::begin/end)
    std::size_t end = 0;
    std::string_view text;
    std::string_view name;
    bool adjectival = false;
    std::size_t passage = static_cast<std::size_t>(-1);  // index into the index's passages, when known

    static MentionRow of(const Mention& m) {
        return {m.featureId, m.passageId, m.documentIndex, m.begin(), m.end(), m.text, m.name, m.adjectival};
    }
};

/// A match in folded text before resolution to a feature (for benchmarks and tools).
struct FoldedMatch {
    std::size_t begin = 0;  // folded byte offsets
    std::size_t end = 0;
    std::size_t pattern = 0;
};

/// A route or border named by two known ends ("the Yerevan–Gyumri highway") that no gazetteer feature has: one
/// unknown compound, not two towns (for the places-to-review tools).
struct RouteCompound {
    std::string text;         // original bytes, from the first end to the route word
    std::string firstEndId;   // feature ids of the two ends, in text order
    std::string secondEndId;
    std::string routeWord;    // road, highway, railway, border ...
    std::size_t passage = 0;  // index into the passages given
    ByteRange range;
};

/// End of the route word ("road", "highway", "border" ...) that follows folded offset `end` after one space, or 0.
std::size_t routeWordAfter(std::string_view folded, std::size_t end);
/// True when folded text between two names joins them as a route's ends: a space, a dash or " to ".
bool joinsRouteEnds(std::string_view folded, std::size_t firstEnd, std::size_t secondBegin);

/// True when the name ending at byte `pos` opens the capitalised name of an organisation that is not the place's
/// own body: "the OSCE Minsk Group", "Yerevan State University", "Bakı Dövlət Universiteti". Those words are about
/// the organisation, not the place. A place's own bodies ("Azerbaijan Ministry of Defense", "Nagorno-Karabakh
/// Supreme Council") and events ("Karabakh War") are kept: what they do and say is about the place.
bool opensOrganisationName(std::string_view bytes, std::size_t pos);

class NameMatcher {
public:
    /// Indexes every name of every feature (the features must outlive the matcher). `generalise` false gives the
    /// dictionary-form matcher alone: no inflected forms, route compounds or adjectival prefixes (the baseline the
    /// bundled corpus's figures are compared with). `variants` false leaves out the generated transliteration
    /// variants alone (to measure what they cost).
    explicit NameMatcher(const std::vector<GazetteerFeature>& features, bool generalise = true, bool variants = true);

    /// Mentions in one passage of `doc`, in text order.
    [[nodiscard]] std::vector<Mention> match(const Document& doc, const Passage& passage) const;
    /// Same as match, appending to `out` (no per-passage vector). Safe to call from several threads at once.
    void matchInto(const Document& doc, const Passage& passage, std::vector<Mention>& out) const;
    /// Mentions in every passage of `doc` (passage then text order), appended to `out`: what indexing does per
    /// document. Matches are first collected as small records, then `out` grows once and each Mention is built
    /// in place. Only the first `maxMentions` are kept (the rest are counted, not stored, so a dense giant
    /// document costs memory for at most that many). Returns how many there are in all. Safe to call from several
    /// threads at once.
    std::size_t matchAll(const Document& doc, const std::vector<Passage>& passages, std::vector<Mention>& out,
                         std::size_t maxMentions = static_cast<std::size_t>(-1)) const;

    /// matchAll in fixed-size form, for an index made for the mentions table: one record per mention, appended
    /// to `out` (its name: an index into recordNames(); its passage: an index into `passages`; its document:
    /// `document`), and an extra for each name cut in pieces (its record index relative to `out`'s size before the
    /// call). Same mentions, same order, same cap as matchAll. Safe to call from several threads at once.
    std::size_t matchRecords(const Document& doc, const std::vector<Passage>& passages, std::uint32_t document,
                             std::vector<MentionRecord>& out, std::vector<MentionRecordExtra>& extras,
                             std::size_t maxMentions = static_cast<std::size_t>(-1)) const;
    /// Feature id and gazetteer name of each name a record of matchRecords refers to, alternately (2k, 2k + 1).
    [[nodiscard]] std::vector<std::string> recordNames() const;

    /// Routes and borders the texts name by two known ends that no feature of the gazetteer joins (a feature
    /// joins ends X and Y when one of its names is "X–Y <route word>", e.g. "Lachin-Khankendi road").
    [[nodiscard]] std::vector<RouteCompound> unknownRoutes(const Document& doc, const std::vector<Passage>& passages) const;

    /// Whole-word, longest-leftmost matches of any name in already folded text (no feature resolution).
    [[nodiscard]] std::vector<FoldedMatch> findFolded(std::string_view folded) const;

    [[nodiscard]] std::size_t patternCount() const { return m_automaton.patternCount(); }
    /// Transliteration variants indexed beside the gazetteer's own spellings (translit_variants.hpp).
    [[nodiscard]] std::size_t variantCount() const { return m_variantCount; }
    [[nodiscard]] const NameAutomaton& automaton() const { return m_automaton; }

private:
    struct NameRef {
        std::uint32_t feature = 0;
        std::uint32_t name = 0;
        std::uint32_t strings = 0;  // offset in m_strings of the feature id, followed by the name text
        std::uint32_t idLength = 0;
        std::uint32_t nameLength = 0;
        bool adjectival = false;
        bool caseSensitive = false;  // short all-caps acronyms ("US", "EU") must match in capitals
        bool variant = false;        // a generated transliteration variant: capital in the text, real names first
    };
    /// A match accepted in a passage, before it becomes a Mention.
    struct Hit {
        std::uint32_t passage = 0;     // index into the passages being matched
        std::uint32_t ref = 0;         // index into m_refs
        std::uint32_t firstRange = 0;  // into Scratch::ranges
        std::uint32_t rangeCount = 0;
        bool adjectival = false;  // an adjectival prefix in the text ("Russia-brokered", "Moscow-based")
    };
    /// Per-call working memory (reused across the passages of a document).
    struct Scratch {
        FoldedText folded;
        std::vector<Hit> hits;
        std::vector<ByteRange> ranges;
        std::vector<const NameRef*> candidates;
        std::string text;
        std::size_t limit = static_cast<std::size_t>(-1);  // hits kept; later ones are only counted
        std::size_t found = 0;                              // hits accepted, kept or not
        std::vector<RouteCompound>* compounds = nullptr;    // where unknown routes go, when asked for
    };
    [[nodiscard]] bool caseOk(const NameRef& ref, std::string_view originalText) const;
    [[nodiscard]] const NameRef* resolve(const std::vector<const NameRef*>& refs, std::string_view folded,
                                         const FoldedMatch& m) const;
    /// Whole-word leftmost-longest matches of dictionary forms (the trie) and inflected forms (m_inflected) in a
    /// folded passage; an inflected form of a place must start with a capital (capitalAt(folded offset)).
    template <typename Capital, typename F>
    void forEachMatch(std::string_view text, Capital&& capitalAt, F&& onMatch) const;
    /// Folds and scans one passage, appending its accepted matches to scratch.hits.
    void collect(const Document& doc, const Passage& passage, std::uint32_t passageSlot, Scratch& scratch) const;
    /// Appends one Mention per hit to `out` (one reservation).
    void emit(const Document& doc, const Passage* passages, const Scratch& scratch, std::vector<Mention>& out) const;

    static std::uint64_t endsKey(std::uint32_t a, std::uint32_t b);
    /// Reads the ends of corridor and border features from their names (see unknownRoutes).
    void indexRouteEnds();

    const std::vector<GazetteerFeature>& m_features;
    bool m_generalise = true;
    std::size_t m_variantCount = 0;
    NameAutomaton m_automaton;
    InflectedNames m_inflected;
    std::vector<NameRef> m_refs;            // grouped by pattern id, in feature then name order
    std::vector<std::uint32_t> m_refBegin;  // pattern id -> first ref; m_refBegin[id + 1] ends it
    std::string m_strings;                  // feature ids and name texts of every ref, contiguous
    std::unordered_map<std::uint64_t, std::uint32_t> m_routeByEnds;  // endsKey(feature, feature) -> ref of the route
};

/// Folded text of a passage (ranges joined by a separator), offsets mapping into the document bytes.
FoldedText foldPassage(const Document& doc, const Passage& passage);

}  // namespace atlas::core
