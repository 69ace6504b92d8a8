// Passages: the units a reader recognises (paragraphs, headings, footnotes), mapped to byte ranges of a file.
#include "core/corpus/passage.hpp"

#include "core/text/unicode.hpp"
#include "core/text/utf8.hpp"

namespace atlas::core {

std::string_view passageKindName(PassageKind kind) { return enumName(kind, "body"); }

namespace {

bool isAsciiPunct(char c) {
    return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E);
}

/// Bytes copied unchanged into clean text: printable ASCII except '*' (dropped) and '\\' (escapes).
struct PlainAsciiTable {
    bool plain[256]{};
    constexpr PlainAsciiTable() {
        for (int c = '!'; c <= '~'; ++c) plain[c] = c != '*' && c != '\\';
    }
};
constexpr PlainAsciiTable kPlainAscii{};

/// Clean text of one non-ASCII (or combining) code point: spaces collapse, the non-breaking hyphen becomes '-',
/// default-ignorable characters (soft hyphen, zero-width characters, BOM) go, a leading bullet goes.
void appendCleanCodepoint(std::string& out, char32_t cp) {
    if (isUnicodeSpace(cp)) {
        if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else if (cp == 0x2011) {
        out.push_back('-');
    } else if (cp == 0xAD || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF) {
        return;
    } else if (cp == 0x2022 && (out.empty() || out.back() == ' ') && out.size() < 2) {
        return;  // leading bullet
    } else {
        appendUtf8(out, cp);
    }
}

void appendClean(std::string& out, std::string_view bytes, ByteRange r) {
    const std::string_view view = bytes.substr(0, r.end);
    std::size_t pos = r.begin;
    auto space = [&out] {
        if (!out.empty() && out.back() != ' ') out.push_back(' ');
    };
    while (pos < r.end) {
        // Fast path: a run of printable ASCII (no '*' or '\\') and single spaces is copied as it is.
        // A space is kept when the byte before it (in the run, else the last one written) is not a space.
        std::size_t q = pos;
        bool previousSpace = out.empty() || out.back() == ' ';
        while (q < r.end) {
            const char b = view[q];
            const bool isSpace = b == ' ';
            const bool plain = kPlainAscii.plain[static_cast<unsigned char>(b)];
            if (!(plain | (isSpace & !previousSpace))) break;  // one branch: spaces are frequent and irregular
            previousSpace = isSpace;
            ++q;
        }
        if (q < r.end && q > pos && combiningAt(view, q)) --q;  // the last byte composes with a mark
        if (q > pos) {
            out.append(view.data() + pos, q - pos);
            pos = q;
            continue;
        }
        const char c = view[pos];
        if (static_cast<unsigned char>(c) < 0x80 && !(pos + 1 < r.end && combiningAt(view, pos + 1))) {
            if (c == '*' || c == '\0') {
                if (c == '\0') space();
            } else if (c == '\\' && pos + 1 < r.end && isAsciiPunct(view[pos + 1])) {
                out.push_back(view[pos + 1]);
                ++pos;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
                space();
            } else {
                out.push_back(c);
            }
            ++pos;
            continue;
        }
        const Utf8Char ch = decodeUtf8(view, pos);
        if (ch.valid && pos + ch.length < r.end && combiningAt(view, pos + ch.length)) {
            // A character with combining marks: its NFC form (marks that compose with nothing are kept).
            const std::size_t segmentEnd = nfcSegmentEnd(view, pos, r.end);
            const std::string nfc = toNfc(view.substr(pos, segmentEnd - pos));
            for (std::size_t i = 0; i < nfc.size();) {
                const Utf8Char part = decodeUtf8(nfc, i);
                appendCleanCodepoint(out, part.cp);
                i += part.length;
            }
            pos = segmentEnd;
            continue;
        }
        appendCleanCodepoint(out, ch.cp);
        pos += ch.length;
    }
}

}  // namespace

std::string cleanTextOf(std::string_view bytes, const std::vector<ByteRange>& ranges) {
    std::string out;
    std::size_t total = ranges.size();
    for (const ByteRange& r : ranges) total += r.end - r.begin;
    out.reserve(total);
    for (const ByteRange& r : ranges) {
        if (!out.empty() && out.back() != ' ') out.push_back(' ');
        appendClean(out, bytes, r);
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    std::size_t lead = 0;
    while (lead < out.size() && out[lead] == ' ') ++lead;
    out.erase(0, lead);
    return out;
}

}  // namespace atlas::core
