// Gaps: capitalised words/phrases in body text that look like place names but match no gazetteer feature.
#pragma once

#include <cstddef>
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

/// Candidate place names missing from the gazetteer (heuristic in docs/corpus.md): runs of capitalised
/// words (joined by "of"/"de"/"al"), minus sentence-initial common words, months and weekdays, demonyms,
/// acronyms, person names (after a title or before a speech verb), organisations/events (by head word),
/// and anything overlapping a gazetteer name. Sorted by count (desc) then text.
std::vector<Gap> findGaps(const CorpusIndex& index, const NameMatcher& matcher, std::size_t minCount = 1);

/// Capitalised phrases in one text, after the filters above except the gazetteer check (for tests).
std::vector<std::string> candidatePlacePhrases(const std::string& text);

}  // namespace atlas::core
