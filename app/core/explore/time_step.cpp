// Timeline stepping by year, month or day, and snapping to dated events (core/explore/time_step.hpp).
#include "core/explore/time_step.hpp"

#include <algorithm>

#include "core/gazetteer/events.hpp"

namespace atlas::core {

std::string_view timeUnitName(TimeUnit u) {
    switch (u) {
        case TimeUnit::Year: return "Year";
        case TimeUnit::Month: return "Month";
        case TimeUnit::Day: return "Day";
    }
    return "Year";
}

Date stepDate(const Date& date, TimeUnit unit, int steps) {
    switch (unit) {
        case TimeUnit::Year: {
            Date d = date;
            d.year += steps;
            if (d.day > 0) d.day = std::min(d.day, dateOfDay(Date(d.year, d.month).lastDay()).day);
            return d;
        }
        case TimeUnit::Month: {
            const int month0 = (date.month > 0 ? date.month : 1) - 1 + steps;
            const int year = date.year + (month0 >= 0 ? month0 / 12 : -((11 - month0) / 12));
            const int month = ((month0 % 12) + 12) % 12 + 1;
            Date d(year, month);
            if (date.day > 0) d.day = std::min(date.day, dateOfDay(d.lastDay()).day);
            return d;
        }
        case TimeUnit::Day: return dateOfDay(date.firstDay() + steps);
    }
    return date;
}

std::vector<Date> eventDates(const std::vector<Event>& events) {
    std::vector<Date> out;
    for (const Event& e : events) {
        const auto d = e.date.empty() ? std::nullopt : parseDate(e.date);
        out.push_back(d && d->year == e.year ? *d : Date(e.year));
    }
    std::sort(out.begin(), out.end(), [](const Date& a, const Date& b) {
        return a.firstDay() != b.firstDay() ? a.firstDay() < b.firstDay() : a.precision() < b.precision();
    });
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::optional<Date> nextEventDate(std::span<const Date> dates, const Date& date) {
    for (const Date& d : dates)
        if (d.firstDay() > date.firstDay()) return d;
    return std::nullopt;
}

std::optional<Date> previousEventDate(std::span<const Date> dates, const Date& date) {
    for (auto it = dates.rbegin(); it != dates.rend(); ++it)
        if (it->firstDay() < date.firstDay()) return *it;
    return std::nullopt;
}

}  // namespace atlas::core
