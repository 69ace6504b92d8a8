// core/text over ICU, table-driven: invalid UTF-8, folding per script, NFD = NFC, offsets back, case properties.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>

#include "core/text/text_normalize.hpp"
#include "core/text/unicode.hpp"
#include "core/text/utf8.hpp"

using namespace atlas::core;

TEST_CASE("invalid UTF-8 decodes to U+FFFD per maximal ill-formed part and always advances", "[text][utf8]") {
    using Row = std::tuple<std::string, std::u32string, std::size_t, std::size_t>;
    auto [input, expected, invalid, invalidBytes] = GENERATE(table<std::string, std::u32string, std::size_t,
                                                                   std::size_t>(std::initializer_list<Row>{
        {"Gəncə", U"Gəncə", 0, 0},
        {"\xF0\x9F\x98\x80!", U"\U0001F600!", 0, 0},
        {"a\xFF" "b", U"a\uFFFDb", 1, 1},                          // never a lead byte
        {"\x80z", U"\uFFFDz", 1, 1},                               // lone continuation byte
        {"\xC3(", U"\uFFFD(", 1, 1},                                // truncated two-byte sequence
        {"\xE2\x82(", U"\uFFFD(", 1, 2},                            // truncated three-byte sequence: one replacement
        {"\xF0\x9F\x98", U"\uFFFD", 1, 3},                          // truncated at the end of the text
        {"\xC0\xAF", U"\uFFFD\uFFFD", 2, 2},                        // overlong '/'
        {"\xE0\x80\xAF", U"\uFFFD\uFFFD\uFFFD", 3, 3},              // overlong three-byte form
        {"\xED\xA0\x80", U"\uFFFD\uFFFD\uFFFD", 3, 3},              // UTF-16 surrogate U+D800
        {"\xF4\x90\x80\x80", U"\uFFFD\uFFFD\uFFFD\uFFFD", 4, 4},    // above U+10FFFF
        {"\xD5\xA1\xD5", U"\u0561\uFFFD", 1, 1},                    // Armenian ա, then a cut-off letter
    }));
    CAPTURE(input);
    CHECK(toCodepoints(input) == expected);
    CHECK(countInvalidUtf8(input) == invalid);
    CHECK(findInvalidUtf8(input).sequences == invalid);
    CHECK(findInvalidUtf8(input).bytes == invalidBytes);  // the binary-file test counts bytes
    std::size_t pos = 0;
    std::size_t chars = 0;
    while (pos < input.size()) {
        const Utf8Char ch = decodeUtf8(input, pos);
        CHECK(ch.length >= 1);
        CHECK(ch.valid == (ch.cp != 0xFFFD));
        pos += ch.length;
        ++chars;
    }
    CHECK(pos == input.size());
    CHECK(chars == expected.size());
}

TEST_CASE("decoding never reads past the end of the view", "[text][utf8]") {
    // The bytes after the view would complete the sequence: reading them would decode '€' or 'ə'.
    auto [buffer, viewLength, pos] = GENERATE(table<std::string, std::size_t, std::size_t>({
        {"\xE2\x82\xAC", 2, 0},
        {"\xE2\x82\xAC", 1, 0},
        {"x\xC9\x99", 2, 1},
        {"\xF0\x9F\x98\x80", 3, 0},
    }));
    const std::string_view view(buffer.data(), viewLength);
    const Utf8Char ch = decodeUtf8(view, pos);
    CHECK_FALSE(ch.valid);
    CHECK(ch.cp == U'\uFFFD');
    CHECK(pos + ch.length <= view.size());
    CHECK(toCodepoints(view).back() == U'\uFFFD');
}

TEST_CASE("appendUtf8 encodes every length and round-trips through the decoder", "[text][utf8]") {
    auto [cp, bytes] = GENERATE(table<char32_t, std::string>({
        {U'a', "a"}, {U'ə', "\xC9\x99"}, {U'ա', "\xD5\xA1"}, {U'ა', "\xE1\x83\x90"}, {U'€', "\xE2\x82\xAC"},
        {U'\U0001F600', "\xF0\x9F\x98\x80"},
    }));
    std::string out;
    appendUtf8(out, cp);
    CHECK(out == bytes);
    CHECK(decodeUtf8(out, 0).cp == cp);
    CHECK(decodeUtf8(out, 0).length == bytes.size());
}

TEST_CASE("utf8CharStart moves back to the first byte of a character", "[text][utf8]") {
    const std::string s = "aə€\U0001F600";  // 1 + 2 + 3 + 4 bytes
    auto [pos, start] = GENERATE(table<std::size_t, std::size_t>({
        {0, 0}, {1, 1}, {2, 1}, {3, 3}, {4, 3}, {5, 3}, {6, 6}, {7, 6}, {9, 6}, {10, 10},
    }));
    CHECK(utf8CharStart(s, pos) == start);
}

TEST_CASE("folding per script: case, ligatures and the loose letters", "[text][fold]") {
    auto [input, expected] = GENERATE(table<std::string, std::string>({
        // Latin with diacritics: lower-cased, diacritics kept
        {"SÁNCHEZ", "sánchez"},
        {"ÇAĞLAYAN", "çağlayan"},
        {"ÆRØ ŁÓDŹ", "ærø łódź"},
        {"STRAẞE Straße", "strasse strasse"},
        {"ǄUR", "ǆur"},
        // Russian: ё matches е in both cases
        {"МОСКВА", "москва"},
        {"ЁЖИК", "ежик"},
        {"Объём", "объем"},
        {"ЙОШКАР-ОЛА", "йошкар ола"},
        // Armenian: capitals, the ech-yiwn ligature and the presentation ligatures
        {"ԳՅՈՒՄՐԻ", "գյումրի"},
        {"ԵՐԵՎԱՆ", "երեվան"},
        {"Երևան", "երեւան"},
        {"\uFB13\uFB14", "մնմե"},
        // Azerbaijani / Turkish: ə, dotted İ and dotless ı all match plain i
        {"ŞƏKİ", "şəki"},
        {"Şəki", "şəki"},
        {"İSMAYILLI", "ismayilli"},
        {"Ismayıllı", "ismayilli"},
        {"Bakı", "baki"},
        // Georgian: Mtavruli capitals fold to Mkhedruli
        {"ᲗᲑᲘᲚᲘᲡᲘ", "თბილისი"},
        {"თბილისი", "თბილისი"},
        // Greek: capitals and final sigma fold to σ
        {"ΟΔΟΣ οδος", "οδοσ οδοσ"},
        // separators and dropped characters outside ASCII
        {"Ереван\u2028Баку", "ереван баку"},
        {"Армянский\u058Aязык", "армянский язык"},
        {"Zan\u00ADgi\u200Blan\uFEFF", "zangilan"},
    }));
    CAPTURE(input);
    CHECK(foldForMatch(input) == expected);
}

TEST_CASE("NFD input folds exactly like NFC input", "[text][fold][nfc]") {
    auto [nfc, nfd, expected] = GENERATE(table<std::string, std::string, std::string>({
        {"Şəki", "S\u0327əki", "şəki"},
        {"Ağdam", "Ag\u0306dam", "ağdam"},
        {"Çaykənd", "C\u0327aykənd", "çaykənd"},
        {"Łódź", "Ło\u0301dz\u0301", "łódź"},
        {"Йошкар-Ола", "И\u0306ошкар-Ола", "йошкар ола"},
        {"Ёлка", "Е\u0308лка", "елка"},
        {"İstanbul", "I\u0307stanbul", "istanbul"},
        {"Ệ", "E\u0323\u0302", "ệ"},
        {"Ệ", "E\u0302\u0323", "ệ"},  // marks in non-canonical order: reordered, then composed
        {"한", "\u1112\u1161\u11AB", "한"},
    }));
    CAPTURE(nfc, nfd);
    CHECK(foldForMatch(nfc) == expected);
    CHECK(foldForMatch(nfd) == expected);
    CHECK(toNfc(nfd) == toNfc(nfc));
}

TEST_CASE("the folded-offset map points back to the original bytes", "[text][fold][offsets]") {
    auto [original, needle, source] = GENERATE(table<std::string, std::string, std::string>({
        {"Visit S\u0327əki today", "şəki", "S\u0327əki"},
        {"in Երևան.", "երեւան", "Երևան"},
        {"STRAẞE 5", "strasse", "STRAẞE"},
        {"x İstanbul y", "istanbul", "İstanbul"},
        {"«Шуша» 1992", "\"шуша\"", "«Шуша»"},
        {"Nagorno\u2011Karabakh’s", "nagorno karabakh's", "Nagorno\u2011Karabakh’s"},
        {"a\xE2\x82 Baku", "baku", "Baku"},
        {"the E\u0302\u0323 river", "ệ", "E\u0302\u0323"},
        {"ᲗᲑᲘᲚᲘᲡᲘ!", "თბილისი", "ᲗᲑᲘᲚᲘᲡᲘ"},
    }));
    CAPTURE(original, needle);
    FoldedText ft;
    ft.append(original, 0, original.size());
    const std::string& f = ft.text();
    const std::size_t at = f.find(needle);
    REQUIRE(at != std::string::npos);
    const std::size_t b = ft.originalStart(at);
    const std::size_t e = ft.originalEnd(at + needle.size());
    REQUIRE(b <= e);
    REQUIRE(e <= original.size());
    CHECK(original.substr(b, e - b) == source);
    // Every folded byte maps into the original, in order; the first byte of every folded character maps onto the
    // first byte of a character.
    std::size_t previous = 0;
    for (std::size_t i = 0; i < f.size(); ++i) {
        const std::size_t o = ft.originalStart(i);
        CHECK(o >= previous);
        CHECK(o < original.size());
        if (utf8CharStart(f, i) == i) CHECK(utf8CharStart(original, o) == o);
        previous = o;
    }
}

TEST_CASE("case and letter properties in every script", "[text][case]") {
    auto [cp, upper, lower, letter] = GENERATE(table<char32_t, bool, bool, bool>({
        {U'A', true, false, true},   {U'z', false, true, true},  {U'5', false, false, false},
        {U'Ж', true, false, true},   {U'ж', false, true, true},  {U'Ё', true, false, true},
        {U'Ա', true, false, true},   {U'ա', false, true, true},  {U'և', false, true, true},
        {U'Ə', true, false, true},   {U'ə', false, true, true},  {U'İ', true, false, true},
        {U'ı', false, true, true},   {U'Ა', true, false, true},  {U'ა', false, true, true},
        {U'Σ', true, false, true},   {U'ς', false, true, true},  {U'ǅ', true, false, true},
        {U'ß', false, true, true},   {U'×', false, false, false}, {U'÷', false, false, false},
        {U'א', false, false, true},  {U'中', false, false, true}, {U'’', false, false, false},
    }));
    CAPTURE(static_cast<std::uint32_t>(cp));
    CHECK(isUpperCase(cp) == upper);
    CHECK(isLowerCase(cp) == lower);
    CHECK(isLetter(cp) == letter);
}

TEST_CASE("separators, marks and superscript digits", "[text][properties]") {
    auto [cp, space, dash, mark, superscript] = GENERATE(table<char32_t, bool, bool, bool, int>({
        {U' ', true, false, false, -1},       {U'\u00A0', true, false, false, -1}, {U'\u2009', true, false, false, -1},
        {U'\u3000', true, false, false, -1},  {U'\u2028', true, false, false, -1}, {U'-', false, true, false, -1},
        {U'\u2011', false, true, false, -1},  {U'\u2014', false, true, false, -1}, {U'\u2212', false, true, false, -1},
        {U'\u058A', false, true, false, -1},  {U'\u0301', false, false, true, -1}, {U'\u0483', false, false, true, -1},
        {U'\u05B7', false, false, true, -1},  {U'¹', false, false, false, 1},       {U'⁸', false, false, false, 8},
        {U'⁰', false, false, false, 0},       {U'8', false, false, false, -1},      {U'₂', false, false, false, -1},
        {U'½', false, false, false, -1},      {U'a', false, false, false, -1},
    }));
    CAPTURE(static_cast<std::uint32_t>(cp));
    CHECK(isUnicodeSpace(cp) == space);
    CHECK(isDash(cp) == dash);
    CHECK(isCombiningMark(cp) == mark);
    CHECK(superscriptDigit(cp) == superscript);
}

TEST_CASE("searchBase strips diacritics from letters only", "[text][search]") {
    auto [cp, base] = GENERATE(table<char32_t, std::string>({
        {U'ə', "e"}, {U'ş', "s"}, {U'ı', "i"}, {U'ç', "c"}, {U'ğ', "g"}, {U'ø', "o"}, {U'æ', "ae"}, {U'ё', "е"},
        {U'й', "и"}, {U'ά', "α"}, {U'ệ', "e"}, {U'ա', "ա"}, {U'ა', "ა"}, {U'’', "’"}, {U'€', "€"},
    }));
    CAPTURE(static_cast<std::uint32_t>(cp));
    CHECK(searchBase(cp) == base);
}

TEST_CASE("foldCodepoint reports drops, separators and multi-letter foldings", "[text][fold]") {
    auto [cp, count, space, first] = GENERATE(table<char32_t, int, bool, char32_t>({
        {U'Ə', 1, false, U'ə'}, {U'ß', 2, false, U's'}, {U'և', 2, false, U'ե'}, {U'İ', 1, false, U'i'},
        {U'\u00AD', 0, false, 0}, {U'\u0301', 0, false, 0}, {U'\u2014', 0, true, 0}, {U'\uFFFD', 0, true, 0},
        {U'²', 0, true, 0}, {U'’', 1, false, U'\''}, {U'«', 1, false, U'"'},
    }));
    CAPTURE(static_cast<std::uint32_t>(cp));
    const FoldedChar f = foldCodepoint(cp);
    CHECK(f.count == count);
    CHECK(f.space == space);
    if (count > 0) CHECK(f.cps[0] == first);
}

TEST_CASE("nothing below U+0300 combines with the character before it (combiningAt's byte shortcut)", "[text][nfc]") {
    for (char32_t cp = 0; cp < 0x300; ++cp) {
        CAPTURE(static_cast<std::uint32_t>(cp));
        REQUIRE_FALSE(detail::combinesWithPrevious(cp));
    }
    CHECK(detail::combinesWithPrevious(U'\u0300'));
    CHECK(detail::combinesWithPrevious(U'\u11AB'));  // Hangul final jamo
    CHECK_FALSE(detail::combinesWithPrevious(U'ж'));
    const std::string text = "e\u0301";
    CHECK(combiningAt(text, 1));
    CHECK_FALSE(combiningAt(text, 0));
    CHECK(nfcSegmentEnd(text, 0, text.size()) == text.size());
}
