// Calendar dates at year, month or day precision, converted to day numbers with std::chrono's calendar.
#include "core/date.hpp"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace atlas::core {

namespace {

namespace chr = std::chrono;

DayNumber dayNumber(int y, int m, int d) {
    const chr::year_month_day ymd{chr::year{y}, chr::month{static_cast<unsigned>(m)}, chr::day{static_cast<unsigned>(d)}};
    return static_cast<DayNumber>(chr::sys_days{ymd}.time_since_epoch().count());
}

std::optional<int> digits(std::string_view s, std::size_t count) {
    if (s.size() != count) return std::nullopt;
    int v = 0;
    for (const char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

}  // namespace

DatePrecision Date::precision() const {
    if (month == 0) return DatePrecision::Year;
    return day == 0 ? DatePrecision::Month : DatePrecision::Day;
}

DayNumber Date::firstDay() const { return dayNumber(year, month == 0 ? 1 : month, day == 0 ? 1 : day); }

DayNumber Date::lastDay() const {
    if (month == 0) return dayNumber(year + 1, 1, 1) - 1;
    if (day == 0) return month == 12 ? dayNumber(year + 1, 1, 1) - 1 : dayNumber(year, month + 1, 1) - 1;
    return dayNumber(year, month, day);
}

std::string Date::toString() const {
    char buf[32];
    const char* sign = year < 0 ? "-" : "";
    const int y = year < 0 ? -year : year;
    if (month == 0) std::snprintf(buf, sizeof buf, "%s%04d", sign, y);
    else if (day == 0) std::snprintf(buf, sizeof buf, "%s%04d-%02d", sign, y, month);
    else std::snprintf(buf, sizeof buf, "%s%04d-%02d-%02d", sign, y, month, day);
    return buf;
}

std::optional<Date> parseDate(std::string_view text) {
    bool negative = false;
    if (!text.empty() && text.front() == '-') {
        negative = true;
        text.remove_prefix(1);
    }
    const auto firstDash = text.find('-');
    const std::string_view yearText = text.substr(0, firstDash);
    if (yearText.empty() || yearText.size() > 6) return std::nullopt;
    int year = 0;
    const auto [ptr, ec] = std::from_chars(yearText.data(), yearText.data() + yearText.size(), year);
    if (ec != std::errc() || ptr != yearText.data() + yearText.size()) return std::nullopt;
    if (negative) year = -year;
    if (firstDash == std::string_view::npos) return Date(year);
    if (yearText.size() < 4) return std::nullopt;  // YYYY-MM needs a four-digit year, as in ISO 8601
    const std::string_view rest = text.substr(firstDash + 1);
    const auto secondDash = rest.find('-');
    const auto month = digits(rest.substr(0, secondDash), 2);
    if (!month || *month < 1 || *month > 12) return std::nullopt;
    if (secondDash == std::string_view::npos) return Date(year, *month);
    const auto day = digits(rest.substr(secondDash + 1), 2);
    if (!day) return std::nullopt;
    const chr::year_month_day ymd{chr::year{year}, chr::month{static_cast<unsigned>(*month)},
                                  chr::day{static_cast<unsigned>(*day)}};
    if (!ymd.ok()) return std::nullopt;
    return Date(year, *month, *day);
}

Date dateOfDay(DayNumber day) {
    const chr::year_month_day ymd{chr::sys_days{chr::days{day}}};
    return Date(static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                static_cast<int>(static_cast<unsigned>(ymd.day())));
}

DaySpan daysOf(const Date& from, const Date& to) { return {from.firstDay(), to.lastDay() + 1}; }

}  // namespace atlas::core
