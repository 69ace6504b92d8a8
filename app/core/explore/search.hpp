// Search over feature names in every script (case-, accent- and typo-tolerant) and the full text of passages.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/corpus/corpus_index.hpp"
#include "core/gazetteer/gazetteer.hpp"

namespace atlas::core {

/// foldForMatch (case folding in every script), then strips diacritics with core::searchBase (ə→e, ş→s, ı→i, ç→c,
/// ё→е, й→и, ø→o, ...), unifies dashes and apostrophes to spaces, collapses whitespace.
std::string searchKey(std::string_view text);

/// Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions) on code points.
std::size_t editDistance(std::u32string_view a, std::u32string_view b, std::size_t cap);

struct SearchResult {
    enum class Kind { Feature, Passage };
    Kind kind = Kind::Feature;
    std::size_t index = 0;     // gazetteer index or passage index
    std::string label;         // primary name, or the title of the passage's document (as the Reader names it)
    std::string matched;       // the name that matched, or a snippet of the passage around the match
    double score = 0;          // higher is better
    std::size_t highlightBegin = 0, highlightEnd = 0;  // passages: the matched words' bytes inside `matched`
};

/// A snippet of `text` around the first place its search key matches `queryKey` (a searchKey): about `before`
/// and `after` bytes of context cut at spaces, "…" where text was cut, line breaks as spaces; the match's bytes
/// in the snippet as [begin, end). Without a match, the text's start and an empty highlight.
struct Snippet {
    std::string text;
    std::size_t begin = 0, end = 0;
};
Snippet searchSnippet(std::string_view text, std::string_view queryKey, std::size_t before = 50,
                      std::size_t after = 110);

/// Ranks: exact name, then prefix, then word prefix, then substring, then one or two typos (by length);
/// more important features first on ties; then passages containing every query word. Deterministic.
std::vector<SearchResult> search(std::string_view query, const std::vector<GazetteerFeature>& features,
                                 const CorpusIndex* corpus, std::size_t limit = 30);

}  // namespace atlas::core
