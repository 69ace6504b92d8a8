// Splits one document into passages (paragraphs, headings, footnotes, clutter) with byte ranges and years.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/corpus/document.hpp"
#include "core/corpus/passage.hpp"

namespace atlas::core {

struct SplitResult {
    std::vector<Passage> passages;
    std::vector<CorpusWarning> warnings;
    std::optional<std::string> datelineDate;  // the document's own date found in a dateline (YYYY-MM-DD)
};

/// Splits `doc` (rules in docs/corpus.md). Empty/binary files give no passages and a warning; invalid UTF-8
/// and NUL bytes are repaired in clean text with a warning. Linear in the file size.
SplitResult splitDocument(const Document& doc, std::size_t documentIndex);

}  // namespace atlas::core
