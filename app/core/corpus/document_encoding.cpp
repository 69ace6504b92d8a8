// Encoding detection by byte statistics and conversion with glibc's iconv (unconvertible units become U+FFFD).
#include "core/corpus/document_encoding.hpp"

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "core/text/utf8.hpp"

namespace atlas::core {
namespace {

/// Converts `in` from `from` to UTF-8; a unit iconv refuses becomes U+FFFD and `step` bytes are skipped.
bool convert(const std::string& in, std::size_t skip, const char* from, std::size_t step, std::string& out) {
    iconv_t cd = ::iconv_open("UTF-8", from);
    if (cd == reinterpret_cast<iconv_t>(-1)) return false;
    out.clear();
    out.reserve(in.size() * 3 / 2 + 16);
    char* src = const_cast<char*>(in.data()) + skip;  // iconv's signature; the input is not written
    std::size_t srcLeft = in.size() - skip;
    char buffer[16384];
    while (srcLeft > 0) {
        char* dst = buffer;
        std::size_t dstLeft = sizeof buffer;
        const std::size_t r = ::iconv(cd, &src, &srcLeft, &dst, &dstLeft);
        out.append(buffer, static_cast<std::size_t>(dst - buffer));
        if (r != static_cast<std::size_t>(-1)) continue;
        if (errno == E2BIG) continue;
        // EILSEQ (an unpaired surrogate, an undefined byte) or EINVAL (cut off at the end): U+FFFD and go on.
        appendUtf8(out, 0xFFFD);
        const std::size_t n = std::min(step, srcLeft);
        src += n;
        srcLeft -= n;
        ::iconv(cd, nullptr, nullptr, nullptr, nullptr);
    }
    ::iconv_close(cd);
    return true;
}

/// "UTF-16LE" or "UTF-16BE" when zero bytes sit in every other position (Latin or Cyrillic text in UTF-16).
const char* utf16WithoutBom(const std::string& b) {
    const std::size_t n = std::min<std::size_t>(b.size() & ~std::size_t{1}, 8192);
    if (n < 4) return nullptr;
    std::size_t evenZero = 0, oddZero = 0;
    for (std::size_t i = 0; i < n; i += 2) {
        evenZero += b[i] == '\0';
        oddZero += b[i + 1] == '\0';
    }
    const std::size_t pairs = n / 2;
    if (oddZero * 10 > pairs * 3 && evenZero * 20 < pairs) return "UTF-16LE";
    if (evenZero * 10 > pairs * 3 && oddZero * 20 < pairs) return "UTF-16BE";
    return nullptr;
}

/// Bytes that are not UTF-8 at all (16 or more invalid sequences, hardly a valid one, no NUL): a Windows code page.
const char* legacyCodePage(const std::string& b) {
    if (b.find('\0') != std::string::npos) return nullptr;
    std::size_t valid = 0, invalid = 0, high = 0, letters = 0, runs = 0;
    for (std::size_t i = 0; i < b.size();) {
        if (i + 32 <= b.size()) {  // ASCII, most of most texts, skipped 32 bytes at a time
            std::uint64_t w[4];
            std::memcpy(w, b.data() + i, sizeof w);
            if (((w[0] | w[1] | w[2] | w[3]) & 0x8080808080808080ull) == 0) {
                i += 32;
                continue;
            }
        }
        const auto c = static_cast<unsigned char>(b[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        ++high;
        letters += c >= 0xC0;
        if (i + 1 < b.size() && c >= 0xC0 && static_cast<unsigned char>(b[i + 1]) >= 0xC0) ++runs;
        const Utf8Char u = decodeUtf8(b, i);
        if (u.valid) ++valid;
        else ++invalid;
        i += u.valid ? u.length : 1;
    }
    // UTF-8 with a few bad bytes is repaired later; a code page needs more evidence than a handful of bytes.
    if (invalid < 16 || valid * 20 > invalid) return nullptr;
    // Cyrillic words in 1251 are runs of bytes from 0xC0 up; Western text in 1252 has single accented letters.
    return letters * 10 > high * 7 && runs * 3 > high ? "WINDOWS-1251" : "WINDOWS-1252";
}

}  // namespace

DocumentDecoding decodeDocumentBytes(std::string& bytes) {
    DocumentDecoding d;
    const char* from = nullptr;
    std::size_t skip = 0, step = 1;
    std::string why;
    const bool bomLE = bytes.size() >= 2 && bytes[0] == '\xFF' && bytes[1] == '\xFE';
    const bool bomBE = bytes.size() >= 2 && bytes[0] == '\xFE' && bytes[1] == '\xFF';
    if (bomLE || bomBE) {
        from = bomLE ? "UTF-16LE" : "UTF-16BE";
        skip = 2;
        step = 2;
        why = " (byte order mark)";
    } else if ((from = utf16WithoutBom(bytes))) {
        step = 2;
        why = " (no byte order mark; every other byte is zero)";
    } else if ((from = legacyCodePage(bytes))) {
        why = " (not UTF-8)";
    }
    if (from) {
        std::string out;
        if (convert(bytes, skip, from, step, out)) {
            bytes = std::move(out);
            d.encoding = from;
            d.note = std::string("read as ") + from + why + " and converted to UTF-8";
        }
    }
    // Classic Mac line ends: a CR not followed by LF ends a line too.
    for (std::size_t i = bytes.find('\r'); i != std::string::npos; i = bytes.find('\r', i + 1))
        if (i + 1 >= bytes.size() || bytes[i + 1] != '\n') {
            bytes[i] = '\n';
            d.crLineEnds = true;
        }
    return d;
}

}  // namespace atlas::core
