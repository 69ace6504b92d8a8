// Year and range tests over feature periods.
#include "core/time_filter.hpp"

namespace atlas::core {

bool periodContains(const Period& p, int year) {
    return (!p.start || *p.start <= year) && (!p.end || year <= *p.end);
}

bool periodOverlaps(const Period& p, int from, int to) {
    if (from > to) return false;
    return (!p.start || *p.start <= to) && (!p.end || from <= *p.end);
}

std::optional<std::size_t> matchingPeriod(const std::vector<Period>& periods, int year) {
    for (std::size_t i = 0; i < periods.size(); ++i)
        if (periodContains(periods[i], year)) return i;
    return std::nullopt;
}

bool visibleInYear(const std::vector<Period>& periods, std::optional<int> year) {
    if (!year || periods.empty()) return true;
    return matchingPeriod(periods, *year).has_value();
}

}  // namespace atlas::core
