// "Visible at a time": the one definition of time filtering over feature periods (docs/gazetteer.md, "Periods").
//
// A period covers the half-open day span [first day of start, end boundary):
//  - a start covers from the first day it names (1994 -> 1994-01-01, 2020-11 -> 2020-11-01);
//  - a year or month end runs through the last day it names (2020 -> through 2020-12-31, 2024-06 -> through
//    2024-06-30);
//  - a full-date end is the day the period stops holding and is NOT part of it: the day a line is replaced
//    belongs to the new line only (line of contact ..2020-11-10, ceasefire line 2020-11-10..);
//  - a missing bound is open on that side.
// A filter (a year, a date or a range of them) names days inclusively at both ends; a year means any day of it.
#pragma once

#include <optional>
#include <vector>

#include "core/date.hpp"
#include "core/gazetteer/gazetteer.hpp"

namespace atlas::core {

/// The days a period holds, as above.
DaySpan periodDays(const Period& p);
/// True when the period holds on at least one day of `span`.
bool periodOverlaps(const Period& p, const DaySpan& span);
/// Index of the first period (file order) holding on some day of `span`.
std::optional<std::size_t> matchingPeriod(const std::vector<Period>& periods, const DaySpan& span);
/// Features without periods are timeless (always visible); no span means no filter.
bool visibleDuring(const std::vector<Period>& periods, const std::optional<DaySpan>& span);

/// Year forms of the above: the year is any day of that year, [from, to] any day of those years.
bool periodContains(const Period& p, int year);
bool periodOverlaps(const Period& p, int from, int to);
std::optional<std::size_t> matchingPeriod(const std::vector<Period>& periods, int year);
bool visibleInYear(const std::vector<Period>& periods, std::optional<int> year);

}  // namespace atlas::core
