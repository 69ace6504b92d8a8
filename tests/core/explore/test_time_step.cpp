// The Timeline's steps by year, month or day and its snapping to the corpus's dated events.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/explore/time_step.hpp"
#include "core/gazetteer/events.hpp"

using namespace atlas::core;

TEST_CASE("stepDate moves by a year, a month or a day at the unit's precision", "[timeline][date]") {
    auto [from, unit, steps, expected] = GENERATE(table<std::string, TimeUnit, int, std::string>({
        {"2020", TimeUnit::Year, 1, "2021"},
        {"2023-01-15", TimeUnit::Year, -1, "2022-01-15"},
        {"2024-02-29", TimeUnit::Year, 1, "2025-02-28"},
        {"2020", TimeUnit::Month, 1, "2020-02"},
        {"2020-12", TimeUnit::Month, 1, "2021-01"},
        {"2021-01", TimeUnit::Month, -1, "2020-12"},
        {"2024-01-31", TimeUnit::Month, 1, "2024-02-29"},
        {"2020-03-15", TimeUnit::Month, -15, "2018-12-15"},
        {"2020-11-09", TimeUnit::Day, 1, "2020-11-10"},
        {"2022-12-31", TimeUnit::Day, 1, "2023-01-01"},
        {"2024-03-01", TimeUnit::Day, -1, "2024-02-29"},
        {"2023", TimeUnit::Day, 1, "2023-01-02"},
    }));
    CAPTURE(from, steps);
    const auto d = parseDate(from);
    REQUIRE(d);
    CHECK(stepDate(*d, unit, steps).toString() == expected);
}

TEST_CASE("the timeline snaps to the corpus's dated events, before and after a date", "[timeline][date]") {
    std::vector<Event> events(4);
    events[0].year = 2020, events[0].date = "2020-09-27";
    events[1].year = 2020, events[1].date = "2020-11-10";
    events[2].year = 2022, events[2].date = "2022-12-12";
    events[3].year = 2023;  // year only
    const std::vector<Date> dates = eventDates(events);
    REQUIRE(dates.size() == 4);
    CHECK(nextEventDate(dates, Date(2020, 10, 1)) == std::optional<Date>{Date(2020, 11, 10)});
    CHECK(nextEventDate(dates, Date(2020, 11, 10)) == std::optional<Date>{Date(2022, 12, 12)});
    CHECK(previousEventDate(dates, Date(2020, 11, 10)) == std::optional<Date>{Date(2020, 9, 27)});
    CHECK(nextEventDate(dates, Date(2022, 12, 12)) == std::optional<Date>{Date(2023)});
    CHECK_FALSE(nextEventDate(dates, Date(2023, 5, 1)));
    CHECK_FALSE(previousEventDate(dates, Date(2020, 9, 27)));
}

TEST_CASE("with geodata/events.json the timeline stands on the blockade's and the offensive's days", "[timeline][date][real]") {
    const auto loaded = loadEventsFile(std::string(ATLAS_SOURCE_DIR) + "/geodata/events.json");
    const std::vector<Date> dates = eventDates(loaded.events);
    CHECK(nextEventDate(dates, Date(2022, 12, 1)) == std::optional<Date>{Date(2022, 12, 12)});
    CHECK(nextEventDate(dates, Date(2023, 9, 1)) == std::optional<Date>{Date(2023, 9, 19)});
    CHECK(previousEventDate(dates, Date(2020, 11, 10)) == std::optional<Date>{Date(2020, 11, 8)});
}
