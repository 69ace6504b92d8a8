// Text tests used by the passage splitter: headings, footnote labels, boilerplate, datelines, TOC lines.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace atlas::core::classify {

/// Footnote label at the start ("⁷⁸ Saparov, ...") -> 78; nullopt when the text does not start with one.
std::optional<int> leadingFootnoteNumber(std::string_view text);
/// Ends with sentence-final punctuation (ignoring trailing superscripts, spaces and closing markup).
bool isTerminated(std::string_view text);
/// First letter is lower-case (Latin or Cyrillic).
bool startsLowercase(std::string_view text);
/// Short, unpunctuated, capitalised single line: a heading candidate.
bool looksLikeHeading(std::string_view text);
/// Web clutter: "• 3 minutes ...", "More Info", "Premium Content", teaser ending in "…", "Leave a comment"...
bool isBoilerplateLine(std::string_view text);
/// "More Top Reads ..." style marker after which the rest of a web page is clutter.
bool startsTrailingBoilerplate(std::string_view text);
/// "Table of Contents" / "Contents" / "Содержание" / "Оглавление".
bool isTocHeading(std::string_view text);
/// A TOC entry: title followed by a tab or dot leader and a page number; returns the title.
std::optional<std::string> tocEntryTitle(std::string_view text);
/// "References", "Bibliography", "Works Cited", "Список литературы".
bool isReferencesHeading(std::string_view text);
/// "Abstract:", "Keywords:", "Аннотация", "Ключевые слова".
bool isAbstractOrKeywords(std::string_view text);
/// "By Heydar Isayev via Eurasianet.org": a short byline.
bool isByline(std::string_view text);
/// Short line holding a full date ("November 18, 2023 - 13:12 AMT", "YEREVAN, 12 March 2024 —", "12.03.2024",
/// "2024-03-12"); returns it as YYYY-MM-DD.
std::optional<std::string> datelineDate(std::string_view text);
/// 1..5 capitalised words and nothing else ("Azerbaijan Armenia"): a tag line.
bool isTagLine(std::string_view text);
/// Line that begins a list item: bullet, "1. ", or a TOC entry.
bool isListLine(std::string_view rawLine);
/// Number of words (space separated).
std::size_t wordCount(std::string_view text);

}  // namespace atlas::core::classify
