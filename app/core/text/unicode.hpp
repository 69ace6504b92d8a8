// Character properties, NFC and folding data over ICU: case, letters, marks, spaces, dashes, accent stripping.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace atlas::core {

/// Upper-case or title-case letter (general category Lu or Lt) in any script: Ə, İ, Ж, Ա, Ა (Mtavruli), Σ.
bool isUpperCase(char32_t cp);
/// Lower-case letter (general category Ll): ə, ı, ж, ա, ა (Mkhedruli is lower case since Unicode 11), ß.
bool isLowerCase(char32_t cp);
/// Alphabetic character (Unicode Alphabetic property): letters of every script, not digits or punctuation.
bool isLetter(char32_t cp);
/// Nonspacing or enclosing mark (general category Mn, Me): U+0300..U+036F and the marks of other scripts.
bool isCombiningMark(char32_t cp);
/// Unicode White_Space (ASCII space/tab/CR/LF/FF/VT, NEL, NBSP, U+1680, U+2000..U+200A, U+2028/9, U+202F, U+205F,
/// U+3000).
bool isUnicodeSpace(char32_t cp);
/// Unicode Dash property: '-', U+2010..U+2015, U+2212 minus, the Armenian hyphen U+058A, small/fullwidth hyphens.
bool isDash(char32_t cp);
/// Superscript digit value (⁰¹²³⁴⁵⁶⁷⁸⁹) or -1.
int superscriptDigit(char32_t cp);

namespace detail {
/// True when cp has no NFC boundary before it: it may combine with the character before it (combining marks,
/// Hangul vowel and final jamo). Looked up in a cached table.
bool combinesWithPrevious(char32_t cp);
/// combiningAt for a non-ASCII byte at pos.
bool combiningAtSlow(std::string_view text, std::size_t pos);
}  // namespace detail

/// True when the character starting at text[pos] combines with the one before it under NFC. Answered from the
/// byte alone below lead byte 0xCC: nothing below U+0300 combines (ASCII, Latin-1, Latin Extended, IPA; a
/// continuation byte starts no character). pos < text.size().
inline bool combiningAt(std::string_view text, std::size_t pos) {
    return static_cast<unsigned char>(text[pos]) >= 0xCC && detail::combiningAtSlow(text, pos);
}

/// End of the NFC segment that starts at pos (pos < end <= text.size()): the character at pos and the characters
/// after it that combine with it, at most 30 of them (Unicode's stream-safe limit, which bounds the work).
std::size_t nfcSegmentEnd(std::string_view text, std::size_t pos, std::size_t end);

/// Appends the NFC form of text (valid UTF-8) to out. One cached ICU normalizer instance.
void appendNfc(std::string& out, std::string_view text);

/// The NFC form of text (valid UTF-8).
std::string toNfc(std::string_view text);

/// Letters without their diacritics, for typo-tolerant search: decomposed and stripped of nonspacing marks, then
/// ICU's Latin-ASCII transliteration, with Azerbaijani ə -> e (ş -> s, ı -> i, ø -> o, æ -> ae, ё -> е, й -> и,
/// ά -> α). Anything that is not a letter is returned unchanged. UTF-8; cached per code point.
std::string_view searchBase(char32_t cp);

namespace detail {
/// How the matcher folds one code point (see foldCodepoint): UTF-8 of the folded form and what kind it is.
struct FoldEntry {
    enum Kind : std::uint8_t { Keep, Drop, Space };
    char utf8[12] = {};          // folded form, up to three code points
    std::uint8_t length = 0;     // bytes in utf8
    std::uint8_t codepoints = 0; // code points in utf8
    Kind kind = Keep;
    bool combinesBack = false;   // combinesWithPrevious(cp)
};
/// The folding of cp (cp <= U+10FFFF), from a table filled from ICU block by block on first use.
const FoldEntry& foldEntry(char32_t cp);
}  // namespace detail

}  // namespace atlas::core
