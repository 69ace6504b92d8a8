// Normalisation and case folding: Latin/Azerbaijani/Turkish, Cyrillic, Armenian, punctuation, offsets.
#include <catch2/catch.hpp>

#include "core/text/text_normalize.hpp"
#include "core/text/unicode.hpp"
#include "core/text/utf8.hpp"

using namespace atlas::core;

TEST_CASE("foldForMatch folds case, composes and unifies punctuation", "[corpus][normalize]") {
    auto [input, expected] = GENERATE(table<std::string, std::string>({
        {"Azerbaijan", "azerbaijan"},
        {"AZƏRBAYCAN", "azərbaycan"},
        {"Gəncə", "gəncə"},
        {"GƏNCƏ", "gəncə"},
        {"İstanbul", "istanbul"},
        {"ISTANBUL", "istanbul"},
        {"Iğdır", "iğdir"},
        {"ÇŞĞÖÜ", "çşğöü"},
        {"S\xCC\xA7u\xCC\x88", "şü"},              // s + cedilla, u + diaeresis -> NFC
        {"Sa\xCC\x81nchez", "sánchez"},            // a + combining acute
        {"Ереван", "ереван"},
        {"НАГОРНЫЙ КАРАБАХ", "нагорный карабах"},
        {"Ёлка", "елка"},
        {"ԵՐԵՎԱՆ", "երեվան"},
        {"Հայաստան", "հայաստան"},
        {"Երևան", "երեւան"},                       // ligature ech-yiwn expands
        {"Armenia’s", "armenia's"},
        {"Armenia‘s", "armenia's"},
        {"Nagorno-Karabakh", "nagorno karabakh"},
        {"Nagorno\u2011Karabakh", "nagorno karabakh"},
        {"Nagorno\u2013Karabakh", "nagorno karabakh"},
        {"Nagorno \u2014 Karabakh", "nagorno karabakh"},
        {"Nagorno\u00a0\u00a0Karabakh", "nagorno karabakh"},
        {"Nagorno\n\nKarabakh", "nagorno karabakh"},
        {"**Baku**", "baku"},
        {"\\$668", "$668"},
        {"“Shusha”", "\"shusha\""},
        {"Armenia.¹²", "armenia."},
        {"Zan\u00adgilan", "zangilan"},
    }));
    CAPTURE(input);
    CHECK(foldForMatch(input) == expected);
}

TEST_CASE("FoldedText maps folded offsets back to original bytes", "[corpus][normalize]") {
    const std::string original = "Go to **Gəncə**\u00a0and  Nagorno\u2011Karabakh’s roads.";
    FoldedText ft;
    ft.append(original, 0, original.size());
    const std::string& f = ft.text();
    REQUIRE(f == "go to gəncə and nagorno karabakh's roads.");
    auto originalOf = [&](std::string_view needle) {
        const std::size_t at = f.find(needle);
        REQUIRE(at != std::string::npos);
        const std::size_t b = ft.originalStart(at);
        const std::size_t e = ft.originalEnd(at + needle.size());
        return original.substr(b, e - b);
    };
    CHECK(originalOf("gəncə") == "Gəncə");
    CHECK(originalOf("nagorno karabakh") == "Nagorno\u2011Karabakh");
    CHECK(originalOf("karabakh's") == "Karabakh’s");
    CHECK(originalOf("roads.") == "roads.");
}

TEST_CASE("FoldedText joins ranges with one separator mapped between them", "[corpus][normalize]") {
    const std::string original = "the Second\n\n¹ footnote\n\nKarabakh War";
    FoldedText ft;
    ft.append(original, 0, 10);
    ft.appendSeparator(10);
    ft.append(original, original.find("Karabakh"), original.size());
    REQUIRE(ft.text() == "the second karabakh war");
    const std::size_t at = ft.text().find("second karabakh");
    CHECK(ft.originalStart(at) == 4);
    CHECK(ft.originalEnd(at + std::string("second karabakh").size()) == original.find("Karabakh") + 8);
}

TEST_CASE("UTF-8 decoding rejects malformed sequences and always advances", "[corpus][utf8]") {
    const std::string bad = "a\xff\xc3(\xe2\x82\xed\xa0\x80z";
    CHECK(countInvalidUtf8(bad) >= 3);
    std::size_t pos = 0;
    std::size_t steps = 0;
    while (pos < bad.size()) {
        pos += decodeUtf8(bad, pos).length;
        ++steps;
    }
    CHECK(pos == bad.size());
    CHECK(steps > 3);
    CHECK(decodeUtf8("ə", 0).cp == 0x259);
    CHECK(superscriptDigit(0x2078) == 8);
    CHECK(superscriptDigit('8') == -1);
}
