// Dates at year, month and day precision: parsing, the days each covers, and bad input.
#include <catch2/catch.hpp>

#include "core/date.hpp"

using namespace atlas::core;

TEST_CASE("dates parse at the precision given", "[time][date]") {
    auto [text, year, month, day, precision] = GENERATE(table<const char*, int, int, int, DatePrecision>({
        {"1994", 1994, 0, 0, DatePrecision::Year},
        {"2024-06", 2024, 6, 0, DatePrecision::Month},
        {"2020-11-10", 2020, 11, 10, DatePrecision::Day},
        {"2024-02-29", 2024, 2, 29, DatePrecision::Day},
        {"751", 751, 0, 0, DatePrecision::Year},
        {"-0330", -330, 0, 0, DatePrecision::Year},
    }));
    CAPTURE(text);
    const auto d = parseDate(text);
    REQUIRE(d);
    CHECK(d->year == year);
    CHECK(d->month == month);
    CHECK(d->day == day);
    CHECK(d->precision() == precision);
}

TEST_CASE("malformed dates are refused", "[time][date]") {
    const char* text = GENERATE("", "-", "1994-", "1994-13", "1994-00", "1994-6", "2023-02-29", "2020-11-31",
                                "2020-11-10T00", "20-11-10", "1994..2020", "abcd", "2020-11-1x", "2020/11/10");
    CAPTURE(text);
    CHECK_FALSE(parseDate(text));
}

TEST_CASE("the days a date covers", "[time][date]") {
    const DayNumber jan1_2020 = parseDate("2020-01-01")->firstDay();
    CHECK(Date(1970, 1, 1).firstDay() == 0);
    CHECK(Date(2020).firstDay() == jan1_2020);
    CHECK(Date(2020).lastDay() == jan1_2020 + 365);  // a leap year runs to day 366
    CHECK(Date(2021).lastDay() - Date(2021).firstDay() == 364);
    CHECK(Date(2024, 2).lastDay() == Date(2024, 2, 29).firstDay());
    CHECK(Date(2023, 12).lastDay() == Date(2023, 12, 31).firstDay());
    CHECK(Date(2020, 11, 10).firstDay() == Date(2020, 11, 10).lastDay());
    CHECK(dateOfDay(Date(2020, 11, 10).firstDay()) == Date(2020, 11, 10));
    CHECK(dateOfDay(Date(2024, 3, 1).firstDay() - 1) == Date(2024, 2, 29));
}

TEST_CASE("dates print at their precision", "[time][date]") {
    CHECK(Date(1994).toString() == "1994");
    CHECK(Date(2024, 6).toString() == "2024-06");
    CHECK(Date(2020, 11, 10).toString() == "2020-11-10");
    CHECK(Date(751).toString() == "0751");
    CHECK(Date(-330).toString() == "-0330");
    for (const char* t : {"1994", "2024-06", "2020-11-10", "-0330"}) CHECK(parseDate(t)->toString() == t);
}

TEST_CASE("a filter's days include both ends", "[time][date]") {
    const DaySpan year = daysOf(2020, 2020);
    CHECK(year.contains(Date(2020, 1, 1).firstDay()));
    CHECK(year.contains(Date(2020, 12, 31).firstDay()));
    CHECK_FALSE(year.contains(Date(2021, 1, 1).firstDay()));
    CHECK_FALSE(year.contains(Date(2019, 12, 31).firstDay()));
    const DaySpan war = daysOf(Date(2020, 9, 27), Date(2020, 11, 10));
    CHECK(war.to - war.from == 45);
    CHECK(war.contains(Date(2020, 11, 10).firstDay()));
    const DaySpan day = daysOf(Date(2020, 11, 10), Date(2020, 11, 10));
    CHECK(day.to - day.from == 1);
}
