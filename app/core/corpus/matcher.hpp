// Finds gazetteer names in passages: folded text + Aho–Corasick, whole words, longest-leftmost, context rules.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/corpus/document.hpp"
#include "core/corpus/name_automaton.hpp"
#include "core/corpus/passage.hpp"
#include "core/corpus/text_normalize.hpp"
#include "core/gazetteer.hpp"

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

    /// Whole-word, longest-leftmost matches of any name in already folded text (no feature resolution).
    [[nodiscard]] std::vector<FoldedMatch> findFolded(std::string_view folded) const;

    [[nodiscard]] std::size_t patternCount() const { return m_automaton.patternCount(); }
    [[nodiscard]] const NameAutomaton& automaton() const { return m_automaton; }

private:
    struct NameRef {
        std::size_t feature = 0;
        std::size_t name = 0;
        bool adjectival = false;
        bool caseSensitive = false;  // short all-caps acronyms ("US", "EU") must match in capitals
    };
    [[nodiscard]] bool caseOk(const NameRef& ref, std::string_view originalText) const;
    [[nodiscard]] const NameRef* resolve(const std::vector<const NameRef*>& refs, std::string_view folded,
                                         const FoldedMatch& m) const;
    [[nodiscard]] bool toMention(const Document& doc, const Passage& passage, const FoldedText& ft,
                                 const FoldedMatch& m, std::vector<const NameRef*>& scratch, Mention& out) const;

    const std::vector<GazetteerFeature>& m_features;
    NameAutomaton m_automaton;
    std::vector<std::vector<NameRef>> m_refs;  // per pattern id
};

/// Folded text of a passage (ranges joined by a separator), offsets mapping into the document bytes.
FoldedText foldPassage(const Document& doc, const Passage& passage);

}  // namespace atlas::core
