// Extracts the years a passage refers to: years, year ranges, dates, decades and centuries.
#pragma once

#include <string_view>
#include <vector>

namespace atlas::core {

/// An inclusive span of years; a single year has from == to.
struct YearSpan {
    int from = 0;
    int to = 0;
    friend bool operator==(const YearSpan&, const YearSpan&) = default;
    friend auto operator<=>(const YearSpan&, const YearSpan&) = default;
};

/// Years referred to by `text` (clean text of a passage), sorted and unique. Rules (docs/corpus.md):
/// 4-digit years 1000..2099 not part of a larger number, URL, page reference ("p. 1982") or access date;
/// ranges "1991-1994", "1991–94", "1876 – 2020"; decades "1990s", "1990's" -> 1990..1999;
/// centuries "twentieth century", "20th century" -> 1900..1999. Linear time.
std::vector<YearSpan> extractYears(std::string_view text);

}  // namespace atlas::core
