// UTF-8 decoding and encoding (ICU's UTF-8 macros): one code point at a time, whole strings, invalid-byte counts.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace atlas::core {

/// One decoded code point: `length` bytes consumed; `valid` false for a malformed sequence. A malformed sequence
/// decodes to U+FFFD and consumes its maximal well-formed prefix (at least one byte, never a byte that could start
/// the next character), so decoding always advances and never reads past the end of the text.
struct Utf8Char {
    char32_t cp = 0;
    std::size_t length = 1;
    bool valid = true;
};

/// Decodes the code point starting at `pos` (pos < text.size()).
Utf8Char decodeUtf8(std::string_view text, std::size_t pos);

/// Appends the UTF-8 encoding of cp to out (cp must be a Unicode scalar value).
void appendUtf8(std::string& out, char32_t cp);

/// Malformed UTF-8 in a text: the sequences (each decodes to one U+FFFD) and the bytes they cover.
struct Utf8Errors {
    std::size_t sequences = 0;
    std::size_t bytes = 0;
};

/// The malformed sequences of text and their bytes (linear time; ASCII skipped eight bytes at a time).
Utf8Errors findInvalidUtf8(std::string_view text);

/// Number of malformed sequences in text (= U+FFFDs it decodes to).
inline std::size_t countInvalidUtf8(std::string_view text) { return findInvalidUtf8(text).sequences; }

/// Decodes a whole string to code points; each malformed sequence becomes one U+FFFD.
std::u32string toCodepoints(std::string_view text);

/// The start of the character that byte `pos` belongs to (pos itself when it is not a continuation byte; at most
/// three bytes back). pos may be text.size().
std::size_t utf8CharStart(std::string_view text, std::size_t pos);

}  // namespace atlas::core
