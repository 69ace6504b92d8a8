// Minimal UTF-8 decoding/encoding helpers used by the corpus splitter and normaliser.
#include "core/text/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace atlas::core {

namespace {
bool isCont(unsigned char c) { return (c & 0xC0) == 0x80; }
}  // namespace

Utf8Char decodeUtf8(std::string_view text, std::size_t pos) {
    const auto c0 = static_cast<unsigned char>(text[pos]);
    const std::size_t left = text.size() - pos;
    if (c0 < 0x80) return {c0, 1, true};
    const Utf8Char bad{0xFFFD, 1, false};
    if (c0 >= 0xC2 && c0 <= 0xDF) {
        if (left < 2 || !isCont(static_cast<unsigned char>(text[pos + 1]))) return bad;
        return {static_cast<char32_t>(((c0 & 0x1Fu) << 6) | (static_cast<unsigned char>(text[pos + 1]) & 0x3Fu)), 2, true};
    }
    if (c0 >= 0xE0 && c0 <= 0xEF) {
        if (left < 3) return bad;
        const auto c1 = static_cast<unsigned char>(text[pos + 1]);
        const auto c2 = static_cast<unsigned char>(text[pos + 2]);
        if (!isCont(c1) || !isCont(c2)) return bad;
        if (c0 == 0xE0 && c1 < 0xA0) return bad;  // overlong
        if (c0 == 0xED && c1 >= 0xA0) return bad;  // surrogate
        return {static_cast<char32_t>(((c0 & 0x0Fu) << 12) | ((c1 & 0x3Fu) << 6) | (c2 & 0x3Fu)), 3, true};
    }
    if (c0 >= 0xF0 && c0 <= 0xF4) {
        if (left < 4) return bad;
        const auto c1 = static_cast<unsigned char>(text[pos + 1]);
        const auto c2 = static_cast<unsigned char>(text[pos + 2]);
        const auto c3 = static_cast<unsigned char>(text[pos + 3]);
        if (!isCont(c1) || !isCont(c2) || !isCont(c3)) return bad;
        if (c0 == 0xF0 && c1 < 0x90) return bad;
        if (c0 == 0xF4 && c1 >= 0x90) return bad;
        return {static_cast<char32_t>(((c0 & 0x07u) << 18) | ((c1 & 0x3Fu) << 12) | ((c2 & 0x3Fu) << 6) | (c3 & 0x3Fu)), 4,
                true};
    }
    return bad;
}

void appendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

std::size_t countInvalidUtf8(std::string_view text) {
    std::size_t bad = 0;
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
        if (!ch.valid) ++bad;
        pos += ch.length;
    }
    return bad;
}

int superscriptDigit(char32_t cp) {
    switch (cp) {
        case 0x2070: return 0;
        case 0x00B9: return 1;
        case 0x00B2: return 2;
        case 0x00B3: return 3;
        case 0x2074: return 4;
        case 0x2075: return 5;
        case 0x2076: return 6;
        case 0x2077: return 7;
        case 0x2078: return 8;
        case 0x2079: return 9;
        default: return -1;
    }
}

bool isUnicodeSpace(char32_t cp) {
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v') return true;
    if (cp == 0xA0 || cp == 0x1680 || cp == 0x202F || cp == 0x205F || cp == 0x3000) return true;
    return cp >= 0x2000 && cp <= 0x200A;
}

}  // namespace atlas::core
