// Minimal UTF-8 decoding/encoding helpers used by the corpus splitter and normaliser.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace atlas::core {

/// One decoded code point: `length` bytes consumed; `valid` false for a malformed sequence
/// (then cp is U+FFFD and length is 1, so decoding always advances).
struct Utf8Char {
    char32_t cp = 0;
    std::size_t length = 1;
    bool valid = true;
};

/// Decodes the code point starting at `pos` (pos < text.size()).
Utf8Char decodeUtf8(std::string_view text, std::size_t pos);

/// Appends the UTF-8 encoding of cp to out.
void appendUtf8(std::string& out, char32_t cp);

/// Number of malformed sequences in text (linear time).
std::size_t countInvalidUtf8(std::string_view text);

/// True for U+0300..U+036F (combining diacritical marks).
inline bool isCombiningMark(char32_t cp) { return cp >= 0x300 && cp <= 0x36F; }

/// Superscript digit value (⁰¹²³⁴⁵⁶⁷⁸⁹) or -1.
int superscriptDigit(char32_t cp);

/// Unicode whitespace we treat as a separator (ASCII space/tab/CR/LF/FF/VT, NBSP, U+2000..U+200A, U+202F, U+205F, U+3000, U+1680).
bool isUnicodeSpace(char32_t cp);

}  // namespace atlas::core
