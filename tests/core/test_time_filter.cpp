// Time filter edges: inclusive years, open ends, ranges, timeless features.
#include <catch2/catch.hpp>

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
