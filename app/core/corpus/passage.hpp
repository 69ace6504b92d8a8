// Passages: the units a reader recognises (paragraphs, headings, footnotes), mapped to byte ranges of a file.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/corpus/year_extractor.hpp"
#include "core/enum_names.hpp"

namespace atlas::core {

enum class PassageKind { Body, Heading, Footnote, Boilerplate, FrontMatter, References, PullQuote };

/// Stable lower-case names used in JSON/CSV.
inline constexpr EnumName<PassageKind> kPassageKindNames[] = {
    {PassageKind::Body, "body"},         {PassageKind::Heading, "heading"},         {PassageKind::Footnote, "footnote"},
    {PassageKind::Boilerplate, "boilerplate"}, {PassageKind::FrontMatter, "front-matter"},
    {PassageKind::References, "references"},   {PassageKind::PullQuote, "pull-quote"}};
constexpr std::span<const EnumName<PassageKind>> namesOf(PassageKind) { return kPassageKindNames; }
std::string_view passageKindName(PassageKind kind);

/// Half-open byte range [begin, end) in the original file.
struct ByteRange {
    std::size_t begin = 0;
    std::size_t end = 0;
    friend bool operator==(const ByteRange&, const ByteRange&) = default;
};

struct Passage {
    std::string id;                 // "<doc-stem>#p<N>", N from 1 in document order
    std::size_t documentIndex = 0;  // index into the corpus document list
    std::vector<ByteRange> ranges;  // one or more ranges (a paragraph rejoined across a page break has several)
    PassageKind kind = PassageKind::Body;
    std::string cleanText;          // markup stripped, whitespace normalised, ranges joined by one space
    std::vector<YearSpan> years;    // years referred to (never the document's own dateline)
    std::optional<int> footnoteNumber;      // for footnotes: their number
    std::vector<std::string> footnoteIds;   // for body/heading: footnotes cited by superscript numbers
    std::vector<std::string> citedBy;       // for footnotes: passages citing them

    [[nodiscard]] std::size_t begin() const { return ranges.empty() ? 0 : ranges.front().begin; }
    [[nodiscard]] std::size_t end() const { return ranges.empty() ? 0 : ranges.back().end; }
};

/// Clean text of the given ranges of `bytes`: invalid UTF-8 -> U+FFFD, NUL/CR dropped, any whitespace
/// run (incl. NBSP, newlines) -> one space, U+2011 -> '-', soft hyphen/zero-width dropped, Markdown '*'
/// and backslash escapes stripped, known combining sequences composed (NFC subset), leading bullet dropped.
std::string cleanTextOf(std::string_view bytes, const std::vector<ByteRange>& ranges);

}  // namespace atlas::core
