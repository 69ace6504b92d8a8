// "Visible in year Y": the one definition of time filtering (inclusive years, open ends unbounded).
#pragma once

#include <optional>
#include <vector>

#include "core/gazetteer/gazetteer.hpp"

namespace atlas::core {

/// True when `year` lies in [start, end]; a missing bound is unbounded on that side.
bool periodContains(const Period& p, int year);
/// True when the period overlaps the inclusive range [from, to].
bool periodOverlaps(const Period& p, int from, int to);
/// Index of the first period containing the year (periods are in file order).
std::optional<std::size_t> matchingPeriod(const std::vector<Period>& periods, int year);
/// Features without periods are timeless (always visible); no year means no filter.
bool visibleInYear(const std::vector<Period>& periods, std::optional<int> year);

}  // namespace atlas::core
