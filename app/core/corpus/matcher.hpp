// Finds gazetteer names in passages: folded text + a trie walked from word starts, whole words, longest-leftmost, context rules.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/corpus/document.hpp"
#include "core/corpus/name_automaton.hpp"
#include "core/corpus/passage.hpp"
#include "core/text/text_normalize.hpp"
#include "core/gazetteer/gazetteer.hpp"

namespace atlas::core {

struct Mention {
    std::string featureId;
    std::string passageId;
    std::size_t documentIndex = 0;
    std::vector<ByteRange> ranges;  // in the original file; two pieces when a page break cuts the name
    std::string text;               // original bytes of the ranges (pieces joined by one space)
    std::string name;               // the gazetteer name that matched
    bool adjectival = false;

    [[nodiscard]] std::size_t begin() const { return ranges.front().begin; }
    [[nodiscard]] std::size_t end() const { return ranges.back().end; }
};

/// A match in folded text before resolution to a feature (for benchmarks and tools).
struct FoldedMatch {
    std::size_t begin = 0;  // folded byte offsets
    std::size_t end = 0;
    std::size_t pattern = 0;
};

class NameMatcher {
public:
    /// Indexes every name of every feature (the features must outlive the matcher).
    explicit NameMatcher(const std::vector<GazetteerFeature>& features);

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

    /// Whole-word, longest-leftmost matches of any name in already folded text (no feature resolution).
    [[nodiscard]] std::vector<FoldedMatch> findFolded(std::string_view folded) const;

    [[nodiscard]] std::size_t patternCount() const { return m_automaton.patternCount(); }
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
    };
    /// A match accepted in a passage, before it becomes a Mention.
    struct Hit {
        std::uint32_t passage = 0;     // index into the passages being matched
        std::uint32_t ref = 0;         // index into m_refs
        std::uint32_t firstRange = 0;  // into Scratch::ranges
        std::uint32_t rangeCount = 0;
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
    };
    [[nodiscard]] bool caseOk(const NameRef& ref, std::string_view originalText) const;
    [[nodiscard]] const NameRef* resolve(const std::vector<const NameRef*>& refs, std::string_view folded,
                                         const FoldedMatch& m) const;
    /// Folds and scans one passage, appending its accepted matches to scratch.hits.
    void collect(const Document& doc, const Passage& passage, std::uint32_t passageSlot, Scratch& scratch) const;
    /// Appends one Mention per hit to `out` (one reservation).
    void emit(const Document& doc, const Passage* passages, const Scratch& scratch, std::vector<Mention>& out) const;

    const std::vector<GazetteerFeature>& m_features;
    NameAutomaton m_automaton;
    std::vector<NameRef> m_refs;            // grouped by pattern id, in feature then name order
    std::vector<std::uint32_t> m_refBegin;  // pattern id -> first ref; m_refBegin[id + 1] ends it
    std::string m_strings;                  // feature ids and name texts of every ref, contiguous
};

/// Folded text of a passage (ranges joined by a separator), offsets mapping into the document bytes.
FoldedText foldPassage(const Document& doc, const Passage& passage);

}  // namespace atlas::core
