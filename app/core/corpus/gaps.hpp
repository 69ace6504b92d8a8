// Gaps: capitalised words/phrases in body text that look like place names but match no gazetteer feature.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/corpus/corpus_index.hpp"
#include "core/corpus/matcher.hpp"

namespace atlas::core {

struct Gap {
    std::string text;                   // first spelling seen
    std::size_t count = 0;              // occurrences in body/heading passages
    std::vector<std::string> passageIds;  // where (unique, corpus order)
};

struct GapOptions {
    std::size_t minCount = 1;
    std::optional<std::string> document;  // only this document (its file name or stem)
    /// Only these documents (file names): a workspace's own texts, not the bundled base under them.
    std::optional<std::vector<std::string>> files;
};

/// Candidate place names missing from the gazetteer (heuristic in docs/corpus.md), from body passages only
/// (headings and footnotes left out, and lines repeated in three or more passages of a document: page chrome):
/// runs of capitalised words (joined by "of"/"de"/"al"), without the words that lead into a name ("Residents
/// of", "Near", "The"), minus lone sentence starts, months and weekdays, demonyms, acronyms, URLs and "Page N",
/// weapons and media, people (after a title, before a verb of speech, starting with a known given name, and any
/// surname seen so anywhere in the corpus), organisations/events (by head word), and anything a gazetteer
/// name matches. Sorted by count (desc) then text.
std::vector<Gap> findGaps(const CorpusIndex& index, const NameMatcher& matcher, const GapOptions& options = {});

/// Capitalised phrases in one text, after the filters above except the gazetteer and corpus-wide checks.
std::vector<std::string> candidatePlacePhrases(const std::string& text);

}  // namespace atlas::core
