// Calendar dates at the precision a source gives (EDTF's simple forms YYYY, YYYY-MM, YYYY-MM-DD) and day spans.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace atlas::core {

/// Days since 1970-01-01 (proleptic Gregorian calendar).
using DayNumber = long;

enum class DatePrecision { Year, Month, Day };

/// A date known to the year, the month or the day. Month and day are 0 when not given.
struct Date {
    int year = 0;
    int month = 0;  // 1..12, 0 = year precision
    int day = 0;    // 1..31, 0 = month or year precision

    constexpr Date() = default;
    // A bare year is a date at year precision: old gazetteer files and year filters convert implicitly.
    constexpr Date(int y) : year(y) {}  // NOLINT(google-explicit-constructor)
    constexpr Date(int y, int m, int d = 0) : year(y), month(m), day(d) {}

    [[nodiscard]] DatePrecision precision() const;
    /// The first day the date covers (1994 -> 1994-01-01, 2024-06 -> 2024-06-01).
    [[nodiscard]] DayNumber firstDay() const;
    /// The last day the date covers (1994 -> 1994-12-31, 2024-06 -> 2024-06-30, a full date -> itself).
    [[nodiscard]] DayNumber lastDay() const;
    /// ISO text at the date's precision: "1994", "2024-06", "2020-11-10" (years below 1000 keep 4 digits).
    [[nodiscard]] std::string toString() const;

    friend constexpr bool operator==(const Date&, const Date&) = default;
    friend constexpr auto operator<=>(const Date&, const Date&) = default;
};

/// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a leading '-' for years BCE; month and day checked against the
/// calendar). nullopt on anything else.
std::optional<Date> parseDate(std::string_view text);

/// The date of a day number, at day precision.
Date dateOfDay(DayNumber day);

/// A half-open span of days [from, to); the open ends are the extremes of DayNumber.
struct DaySpan {
    DayNumber from;
    DayNumber to;
    [[nodiscard]] bool empty() const { return to <= from; }
    [[nodiscard]] bool overlaps(const DaySpan& o) const { return from < o.to && o.from < to && !empty() && !o.empty(); }
    [[nodiscard]] bool contains(DayNumber d) const { return from <= d && d < to; }
};

inline constexpr DayNumber kOpenStart = -(1L << 40);
inline constexpr DayNumber kOpenEnd = 1L << 40;

/// Every day a filter date names, both ends inclusive: [from.firstDay(), to.lastDay() + 1). A year filter is
/// daysOf(Y, Y): any day of that year.
DaySpan daysOf(const Date& from, const Date& to);

}  // namespace atlas::core
