// The Timeline's steps in days: a unit (year, month or day), the date one step away, and the dated event nearest
// before or after a date (geodata/events.json), so that the timeline can stand on the day something happened.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace atlas::core {

struct Event;

/// What one step of the Timeline moves by.
enum class TimeUnit : std::uint8_t { Year, Month, Day };
std::string_view timeUnitName(TimeUnit u);  // "Year", "Month", "Day"

/// `date` moved by `steps` units, at the unit's precision: a year step keeps a year-only date a year, a month step
/// from a year starts at its January, a day step from 2024-01 at its first day. A day past a shorter month's end is
/// clamped (2024-01-31 + 1 month = 2024-02-29).
Date stepDate(const Date& date, TimeUnit unit, int steps);

/// The start dates of the events (its date when given, else its year), sorted, duplicates once.
std::vector<Date> eventDates(const std::vector<Event>& events);
/// The first event date after `date` / the last before it, comparing first days (2023 is before 2023-09-19);
/// nullopt at the ends.
std::optional<Date> nextEventDate(std::span<const Date> dates, const Date& date);
std::optional<Date> previousEventDate(std::span<const Date> dates, const Date& date);

}  // namespace atlas::core
