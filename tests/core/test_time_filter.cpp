// Time filter edges: inclusive years, open ends, ranges, timeless features.
#include <catch2/catch.hpp>

#include "core/date.hpp"
#include "core/time_filter.hpp"

using namespace atlas::core;

TEST_CASE("year filter at the corpus's edges", "[time]") {
    const Period nkao{1923, 1991, "de-jure", "certain", ""};
    const Period contact{1994, 2020, "de-facto", "certain", ""};
    const Period ceasefire{2020, std::nullopt, "de-facto", "certain", ""};
    const Period before{std::nullopt, 1922, "historical", "certain", ""};
    auto [year, inNkao, inContact, inCeasefire, inBefore] = GENERATE(table<int, bool, bool, bool, bool>({
        {1922, false, false, false, true},
        {1923, true, false, false, false},
        {1991, true, false, false, false},
        {1992, false, false, false, false},
        {1994, false, true, false, false},
        {2020, false, true, true, false},
        {2021, false, false, true, false},
        {2023, false, false, true, false},
    }));
    CAPTURE(year);
    CHECK(periodContains(nkao, year) == inNkao);
    CHECK(periodContains(contact, year) == inContact);
    CHECK(periodContains(ceasefire, year) == inCeasefire);
    CHECK(periodContains(before, year) == inBefore);
}

TEST_CASE("matching period and visibility", "[time]") {
    std::vector<Period> lachin{{1992, 2020, "controlled-by-armenia", "certain", ""},
                               {2020, 2022, "open", "certain", ""},
                               {2022, 2023, "blockaded", "certain", ""}};
    CHECK(matchingPeriod(lachin, 2021) == std::optional<std::size_t>(1));
    CHECK(matchingPeriod(lachin, 2020) == std::optional<std::size_t>(0));  // first in file order wins
    CHECK_FALSE(matchingPeriod(lachin, 1991));
    CHECK(visibleInYear(lachin, std::nullopt));
    CHECK_FALSE(visibleInYear(lachin, 2024));
    CHECK(visibleInYear({}, 1500));  // timeless
}

TEST_CASE("range overlap", "[time]") {
    const Period p{1994, 2020, "", "", ""};
    CHECK(periodOverlaps(p, 1990, 1994));
    CHECK(periodOverlaps(p, 2020, 2023));
    CHECK_FALSE(periodOverlaps(p, 2021, 2023));
    CHECK_FALSE(periodOverlaps(p, 1900, 1993));
    CHECK_FALSE(periodOverlaps(p, 2000, 1999));
    CHECK(periodOverlaps(Period{std::nullopt, std::nullopt, "", "", ""}, 1, 2));
}

TEST_CASE("periods at day precision: the day a line is replaced belongs to the new line", "[time][date]") {
    const Period contact{1994, Date(2020, 11, 10), "de-facto", "certain", ""};
    const Period ceasefire{Date(2020, 11, 10), Date(2023, 9, 19), "de-facto", "certain", ""};
    const Period zone{Date(2020, 11, 10), Date(2024, 6), "peacekeeping", "certain", ""};
    auto [text, inContact, inCeasefire, inZone] = GENERATE(table<const char*, bool, bool, bool>({
        {"1993-12-31", false, false, false},
        {"1994-01-01", true, false, false},
        {"2020-11-09", true, false, false},
        {"2020-11-10", false, true, true},
        {"2023-09-18", false, true, true},
        {"2023-09-19", false, false, true},
        {"2024-06-30", false, false, true},  // a month end runs to its last day
        {"2024-07-01", false, false, false},
    }));
    CAPTURE(text);
    const Date d = *parseDate(text);
    const DaySpan day = daysOf(d, d);
    CHECK(periodOverlaps(contact, day) == inContact);
    CHECK(periodOverlaps(ceasefire, day) == inCeasefire);
    CHECK(periodOverlaps(zone, day) == inZone);
}

TEST_CASE("the year filter means any day of that year, also for dated periods", "[time][date]") {
    const Period contact{1994, Date(2020, 11, 10), "", "", ""};
    const Period ceasefire{Date(2020, 11, 10), Date(2023, 9, 19), "", "", ""};
    const Period startsOnNewYear{Date(2024, 1, 1), std::nullopt, "", "", ""};
    const Period endsOnNewYear{Date(2023, 9, 28), Date(2024, 1, 1), "", "", ""};
    CHECK(periodContains(contact, 2020));
    CHECK(periodContains(ceasefire, 2020));
    CHECK_FALSE(periodContains(contact, 2021));
    CHECK(periodContains(ceasefire, 2023));
    CHECK_FALSE(periodContains(ceasefire, 2024));
    CHECK_FALSE(periodContains(startsOnNewYear, 2023));
    CHECK(periodContains(startsOnNewYear, 2024));
    CHECK(periodContains(endsOnNewYear, 2023));
    CHECK_FALSE(periodContains(endsOnNewYear, 2024));  // a full-date end is the first day it no longer holds
    CHECK(periodOverlaps(ceasefire, 2021, 2022));
    CHECK(matchingPeriod(std::vector<Period>{contact, ceasefire}, 2020) == std::optional<std::size_t>(0));
    CHECK(matchingPeriod(std::vector<Period>{contact, ceasefire}, daysOf(Date(2020, 12), Date(2020, 12))) ==
          std::optional<std::size_t>(1));
}

TEST_CASE("year and month ends run through their last day; open ends are unbounded", "[time][date]") {
    const Period years{1994, 2020, "", "", ""};
    CHECK(periodDays(years).from == Date(1994, 1, 1).firstDay());
    CHECK(periodDays(years).to == Date(2021, 1, 1).firstDay());
    const Period month{Date(1992, 5), Date(2022, 8), "", "", ""};
    CHECK(periodDays(month).from == Date(1992, 5, 1).firstDay());
    CHECK(periodDays(month).to == Date(2022, 9, 1).firstDay());
    const Period open{std::nullopt, std::nullopt, "", "", ""};
    CHECK(periodOverlaps(open, daysOf(-3000, -3000)));
    CHECK(periodOverlaps(open, daysOf(9999, 9999)));
    CHECK(visibleDuring({}, daysOf(1500, 1500)));
    CHECK(visibleDuring({years}, std::nullopt));
    CHECK_FALSE(visibleDuring({years}, daysOf(Date(2021, 1, 1), Date(2021, 1, 1))));
}
