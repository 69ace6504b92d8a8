// Year extraction table: years, ranges, dates, decades, centuries and the things that are not years.
#include <catch2/catch.hpp>

#include "core/corpus/year_extractor.hpp"

using namespace atlas::core;
using Spans = std::vector<YearSpan>;

TEST_CASE("extractYears", "[corpus][years]") {
    auto [text, expected] = GENERATE(table<std::string, Spans>({
        {"The war ended in 1994.", {{1994, 1994}}},
        {"Between 1991-1994 fighting raged.", {{1991, 1994}}},
        {"Between 1991–94 fighting raged.", {{1991, 1994}}},
        {"History of Nagorno-Karabakh: 1876 – 2020", {{1876, 2020}}},
        {"signed on 10 November 2020 in Moscow", {{2020, 2020}}},
        {"November 18, 2023 - 13:12 AMT", {{2023, 2023}}},
        {"the 12th of August 2008 resulted", {{2008, 2008}}},
        {"Throughout the 1990s and the 1990's and 2000’s", {{1990, 1999}, {2000, 2009}}},
        {"during the early twentieth century", {{1900, 1999}}},
        {"into the twenty-first century", {{2000, 2099}}},
        {"in the 19th century", {{1800, 1899}}},
        {"an estimated 30,000 people and 4,300 sq km", {}},
        {"UN Resolution 10,693 was adopted", {}},
        {"plan of 400 million rubles ($668 million USD)", {}},
        {"Springer, 2020, p. 1982.", {{2020, 2020}}},
        {"www.osw.waw.pl/en/publikacje/analyses/2016-04-06/four-day-war", {}},
        {"Ilkha.com, 10 Jan. 2023, Accessed 8 May 2023.", {{2023, 2023}}},
        {"Accessed 8 May 2024.", {}},
        {"between 1905 and 1906", {{1905, 1905}, {1906, 1906}}},
        {"The Bishkek Protocol (May 3-7 1995)", {{1995, 1995}}},
        {"code 12345 and 999 and 3000", {}},
        {"2008-09 financial crisis", {{2008, 2009}}},
        {"1995-1990 is not a range", {{1990, 1990}, {1995, 1995}}},
        {"a 15% share in 2021%", {}},
    }));
    CAPTURE(text);
    CHECK(extractYears(text) == expected);
}
