// UTF-8 decoding and encoding (ICU's UTF-8 macros): one code point at a time, whole strings, invalid-byte counts.
#include "core/text/utf8.hpp"

#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>

namespace atlas::core {

Utf8Char decodeUtf8(std::string_view text, std::size_t pos) {
    const auto c0 = static_cast<unsigned char>(text[pos]);
    if (c0 < 0x80) return {c0, 1, true};
    const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
    std::size_t i = pos;
    const std::size_t length = text.size();
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) return {0xFFFD, i - pos, false};
    return {static_cast<char32_t>(c), i - pos, true};
}

void appendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
        return;
    }
    std::uint8_t buffer[U8_MAX_LENGTH];
    std::size_t n = 0;
    U8_APPEND_UNSAFE(buffer, n, cp);
    out.append(reinterpret_cast<const char*>(buffer), n);
}

Utf8Errors findInvalidUtf8(std::string_view text) {
    Utf8Errors bad;
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (pos + 8 <= text.size()) {  // eight ASCII bytes at a time
            std::uint64_t word = 0;
            std::memcpy(&word, text.data() + pos, 8);
            if ((word & 0x8080808080808080ull) == 0) {
                pos += 8;
                continue;
            }
        }
        if (static_cast<unsigned char>(text[pos]) < 0x80) {
            ++pos;
            continue;
        }
        const Utf8Char ch = decodeUtf8(text, pos);
        if (!ch.valid) {
            ++bad.sequences;
            bad.bytes += ch.length;
        }
        pos += ch.length;
    }
    return bad;
}

std::u32string toCodepoints(std::string_view text) {
    std::u32string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const Utf8Char ch = decodeUtf8(text, i);
        out.push_back(ch.cp);
        i += ch.length;
    }
    return out;
}

std::size_t utf8CharStart(std::string_view text, std::size_t pos) {
    if (pos >= text.size()) return text.size();
    std::size_t start = pos;
    while (start > 0 && pos - start < 3 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    return (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80 ? pos : start;
}

}  // namespace atlas::core
