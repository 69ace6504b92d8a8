// Day-span tests over feature periods; the year forms are day spans of whole years.
#include "core/time_filter.hpp"

namespace atlas::core {

DaySpan periodDays(const Period& p) {
    const DayNumber from = p.start ? p.start->firstDay() : kOpenStart;
    DayNumber to = kOpenEnd;
    if (p.end) to = p.end->precision() == DatePrecision::Day ? p.end->firstDay() : p.end->lastDay() + 1;
    return {from, to};
}

bool periodOverlaps(const Period& p, const DaySpan& span) { return periodDays(p).overlaps(span); }

std::optional<std::size_t> matchingPeriod(const std::vector<Period>& periods, const DaySpan& span) {
    for (std::size_t i = 0; i < periods.size(); ++i)
        if (periodOverlaps(periods[i], span)) return i;
    return std::nullopt;
}

bool visibleDuring(const std::vector<Period>& periods, const std::optional<DaySpan>& span) {
    if (!span || periods.empty()) return true;
    return matchingPeriod(periods, *span).has_value();
}

bool periodContains(const Period& p, int year) { return periodOverlaps(p, daysOf(year, year)); }

bool periodOverlaps(const Period& p, int from, int to) {
    if (from > to) return false;
    return periodOverlaps(p, daysOf(from, to));
}

std::optional<std::size_t> matchingPeriod(const std::vector<Period>& periods, int year) {
    return matchingPeriod(periods, daysOf(year, year));
}

bool visibleInYear(const std::vector<Period>& periods, std::optional<int> year) {
    if (!year) return true;
    return visibleDuring(periods, daysOf(*year, *year));
}

}  // namespace atlas::core
