// Quotes on slides: footnote markers removed, the text's own outer quote marks stripped (never doubled).
#include <catch2/catch.hpp>

#include <string>

#include "core/present/quote_text.hpp"

using atlas::core::cleanQuote;

TEST_CASE("cleanQuote removes the corpus's footnote markers", "[present][quote]") {
    auto [in, expected] = GENERATE(table<std::string, std::string>({
        // superscripts, as the thesis (004) and the reports print them
        {"often resulted in bloodshed.\u00B9", "often resulted in bloodshed."},
        {"resource-rich regions.\u2078", "resource-rich regions."},
        {"deaths on both sides.\u00B9\u00B3 As the Russian Empire", "deaths on both sides. As the Russian Empire"},
        {"in both directions...\u201D\u00B9\u2070\u2076 This section", "in both directions...\u2019 This section"},
        // bracketed reference numbers, but not a bracketed year
        {"the corridor[12] was closed", "the corridor was closed"},
        {"the corridor [12] was closed", "the corridor was closed"},
        {"the report [2023] says", "the report [2023] says"},
        // digits glued to a word or to closing punctuation
        {"resource-rich regions.8 Another key concept", "resource-rich regions. Another key concept"},
        {"the blockade began12 in December", "the blockade began in December"},
        {"as the statement said,\u201D4 and", "as the statement said,\u2019 and"},
        // numbers that are not markers stay
        {"some 1,500 people fled in 1994", "some 1,500 people fled in 1994"},
        {"S-300 systems and COVID-19 rules", "S-300 systems and COVID-19 rules"},
        {"flight MH17 and 3.5 km", "flight MH17 and 3.5 km"},
        {"on 19\u201320 September 2023", "on 19\u201320 September 2023"},
    }));
    CAPTURE(in);
    CHECK(cleanQuote(in) == expected);
}

TEST_CASE("cleanQuote strips the text's own outer quote marks so the slide's are not doubled", "[present][quote]") {
    auto [in, expected] = GENERATE(table<std::string, std::string>({
        // the case: “Previously…, directions.” shown as ““Previously…, directions.””
        {"\u201CPreviously, the ministers met in both directions.\u201D", "Previously, the ministers met in both directions."},
        {"\"Previously, they met.\"", "Previously, they met."},
        {"\u00ABAnother quote\u00BB", "Another quote"},
        // the closing mark before the final stop, and a footnote after it
        {"\u201Cto strengthen universal peace\u201D.", "to strengthen universal peace."},
        {"\u201Cto strengthen universal peace.\u201D\u00B2", "to strengthen universal peace."},
        // two quotations side by side keep their marks (as single ones: the slide adds the double)
        {"\u201CA\u201D and \u201CB\u201D", "\u2018A\u2019 and \u2018B\u2019"},
        // inner quotations become single quotes
        {"He said \u201Cwar\u201D was over", "He said \u2018war\u2019 was over"},
        {"  spaced  out  ", "spaced out"},
        // a quotation opened in the passage and closed after it (slide 10's case): its opening mark goes too
        {"\u201CPreviously, they met before the \u201CKarabakh war\u201D. And it reflected",
         "Previously, they met before the \u2018Karabakh war\u2019. And it reflected"},
        {"\u201CPreviously, they met.", "Previously, they met."},
    }));
    CAPTURE(in);
    const std::string out = cleanQuote(in);
    CHECK(out == expected);
    CHECK(out.find("\u201C") == std::string::npos);
    CHECK(out.find("\u201D") == std::string::npos);
}
