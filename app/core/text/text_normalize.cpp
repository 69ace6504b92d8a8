// Matching normalisation: case folding, NFC composition, punctuation unification, with a map back to original bytes.
#include "core/text/text_normalize.hpp"

#include <algorithm>
#include <array>

#include "core/text/utf8.hpp"

namespace atlas::core {

namespace {

struct Composition {
    char32_t base;
    char32_t mark;
    char32_t composed;
};

// NFC subset: the Latin letters of Azerbaijani/Turkish/European names and common Cyrillic forms.
constexpr std::array<Composition, 64> kCompositions{{
    {'a', 0x300, 0xE0},  {'a', 0x301, 0xE1},  {'a', 0x302, 0xE2},  {'a', 0x303, 0xE3},  {'a', 0x308, 0xE4},
    {'a', 0x304, 0x101}, {'a', 0x306, 0x103}, {'e', 0x300, 0xE8},  {'e', 0x301, 0xE9},  {'e', 0x302, 0xEA},
    {'e', 0x308, 0xEB},  {'e', 0x304, 0x113}, {'e', 0x30C, 0x11B}, {'i', 0x300, 0xEC},  {'i', 0x301, 0xED},
    {'i', 0x302, 0xEE},  {'i', 0x308, 0xEF},  {'i', 0x304, 0x12B}, {'o', 0x300, 0xF2},  {'o', 0x301, 0xF3},
    {'o', 0x302, 0xF4},  {'o', 0x303, 0xF5},  {'o', 0x308, 0xF6},  {'o', 0x304, 0x14D}, {'u', 0x300, 0xF9},
    {'u', 0x301, 0xFA},  {'u', 0x302, 0xFB},  {'u', 0x308, 0xFC},  {'u', 0x304, 0x16B}, {'u', 0x306, 0x16D},
    {'c', 0x327, 0xE7},  {'c', 0x30C, 0x10D}, {'c', 0x301, 0x107}, {'s', 0x327, 0x15F}, {'s', 0x30C, 0x161},
    {'s', 0x301, 0x15B}, {'g', 0x306, 0x11F}, {'g', 0x30C, 0x1E7}, {'n', 0x303, 0xF1},  {'z', 0x30C, 0x17E},
    {'r', 0x30C, 0x159}, {'y', 0x301, 0xFD},  {'y', 0x308, 0xFF},  {'A', 0x301, 0xC1},  {'E', 0x301, 0xC9},
    {'O', 0x308, 0xD6},  {'U', 0x308, 0xDC},  {'C', 0x327, 0xC7},  {'S', 0x327, 0x15E}, {'G', 0x306, 0x11E},
    {'I', 0x307, 0x130}, {'S', 0x30C, 0x160}, {'Z', 0x30C, 0x17D}, {'C', 0x30C, 0x10C}, {'A', 0x300, 0xC0},
    {'E', 0x300, 0xC8},  {'O', 0x301, 0xD3},  {0x438, 0x306, 0x439}, {0x418, 0x306, 0x419}, {0x435, 0x308, 0x451},
    {0x415, 0x308, 0x401}, {0x443, 0x306, 0x45E}, {0x456, 0x308, 0x457}, {'N', 0x303, 0xD1},
}};

char32_t lowerLatin(char32_t cp) {
    if (cp >= 'A' && cp <= 'Z') return cp + 32;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;
    if (cp == 0x130 || cp == 0x131) return 'i';  // İ and dotless ı fold to plain i (loose Turkic folding)
    if (cp >= 0x100 && cp <= 0x137) return (cp % 2 == 0) ? cp + 1 : cp;
    if (cp >= 0x139 && cp <= 0x148) return (cp % 2 == 1) ? cp + 1 : cp;
    if (cp >= 0x14A && cp <= 0x177) return (cp % 2 == 0) ? cp + 1 : cp;
    if (cp == 0x178) return 0xFF;
    if (cp >= 0x179 && cp <= 0x17E) return (cp % 2 == 1) ? cp + 1 : cp;
    if (cp == 0x18F) return 0x259;  // Ə -> ə
    return cp;
}

char32_t lowerOtherScripts(char32_t cp) {
    if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;  // Cyrillic А..Я
    if (cp >= 0x400 && cp <= 0x40F) return cp == 0x401 ? 0x435 : cp + 0x50;
    if (cp == 0x451) return 0x435;  // ё -> е
    if ((cp >= 0x460 && cp <= 0x481) || (cp >= 0x48A && cp <= 0x4BF) || (cp >= 0x4D0 && cp <= 0x4FF))
        return (cp % 2 == 0) ? cp + 1 : cp;
    if (cp >= 0x4C1 && cp <= 0x4CE) return (cp % 2 == 1) ? cp + 1 : cp;
    if (cp == 0x4C0) return 0x4CF;
    if (cp >= 0x531 && cp <= 0x556) return cp + 0x30;      // Armenian capitals
    if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) return cp + 0x20;  // Greek capitals
    if (cp >= 0x1C90 && cp <= 0x1CBF) return cp - 0x1C90 + 0x10D0;   // Georgian Mtavruli -> Mkhedruli
    return cp;
}

bool isDash(char32_t cp) {
    return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE58 || cp == 0xFE63 || cp == 0xFF0D;
}

bool isDropped(char32_t cp) {
    return cp == 0xAD || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == '*' ||
           isCombiningMark(cp);
}

bool isSeparator(char32_t cp) {
    return cp < 0x20 || cp == 0x7F || isUnicodeSpace(cp) || isDash(cp) || cp == 0x2022 || cp == 0x2023 ||
           cp == 0x25CF || cp == 0xFFFD || superscriptDigit(cp) >= 0;
}

// ASCII fast path: 0 = not simple (needs the general path), otherwise the folded byte.
struct AsciiTable {
    std::array<unsigned char, 128> map{};
    AsciiTable() {
        for (int c = 0x21; c < 0x7F; ++c) map[static_cast<std::size_t>(c)] = static_cast<unsigned char>(c);
        for (int c = 'A'; c <= 'Z'; ++c) map[static_cast<std::size_t>(c)] = static_cast<unsigned char>(c + 32);
        map['`'] = '\'';
        map['-'] = 0;
        map['*'] = 0;
        map['\\'] = 0;
    }
};
const AsciiTable kAscii;

// Fast-path table over all bytes: the folded byte of an ASCII byte that maps one-to-one (letters lower-cased,
// ' ' kept, which is 1:1 unless it follows another separator), 0 for everything that needs the general path.
struct FastTable {
    std::array<unsigned char, 256> map{};
    FastTable() {
        for (std::size_t c = 0; c < 128; ++c) map[c] = kAscii.map[c];
        map[' '] = ' ';
    }
};
const FastTable kFast;

bool isMarkLead(char c) { return c == '\xCC' || c == '\xCD'; }  // first byte of U+0300..U+036F

std::size_t utf8Length(char32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

bool isAsciiPunct(char c) {
    return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E);
}

}  // namespace

char32_t composePair(char32_t base, char32_t mark) {
    for (const auto& c : kCompositions)
        if (c.base == base && c.mark == mark) return c.composed;
    return 0;
}

FoldedChar foldCodepoint(char32_t cp) {
    FoldedChar out;
    if (isDropped(cp)) return out;
    if (isSeparator(cp)) {
        out.space = true;
        return out;
    }
    out.count = 1;
    switch (cp) {
        case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2035: case 0x02BC: case 0x02BB:
        case 0x00B4: case '`':
            out.cps[0] = '\'';
            return out;
        case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2033:
            out.cps[0] = '"';
            return out;
        case 0x2026:
            out.cps[0] = '.';
            return out;
        case 0xDF:
            out.cps[0] = 's';
            out.cps[1] = 's';
            out.count = 2;
            return out;
        case 0x587:  // Armenian ligature ech-yiwn
            out.cps[0] = 0x565;
            out.cps[1] = 0x582;
            out.count = 2;
            return out;
        default: break;
    }
    if (cp >= 0xFB13 && cp <= 0xFB17) {  // Armenian presentation ligatures
        static constexpr char32_t kLig[5][2] = {{0x574, 0x576}, {0x574, 0x565}, {0x574, 0x56B}, {0x57E, 0x576}, {0x574, 0x56D}};
        out.cps[0] = kLig[cp - 0xFB13][0];
        out.cps[1] = kLig[cp - 0xFB13][1];
        out.count = 2;
        return out;
    }
    out.cps[0] = cp < 0x250 ? lowerLatin(cp) : lowerOtherScripts(cp);
    return out;
}

void FoldedText::emitLinear(std::size_t orig, std::string_view bytes) {
    const std::size_t f = m_text.size();
    bool extend = false;
    if (!m_runs.empty()) {
        const Run& last = m_runs.back();
        extend = last.linear && last.orig + (f - last.folded) == orig;
    }
    if (!extend) m_runs.push_back(Run{f, orig, 0, true});
    m_text.append(bytes);
}

void FoldedText::emitPoint(std::size_t orig, std::size_t origLen, const char32_t* cps, int count) {
    m_runs.push_back(Run{m_text.size(), orig, origLen, false});
    for (int i = 0; i < count; ++i) appendUtf8(m_text, cps[i]);
}

void FoldedText::emitSpace(std::size_t orig, std::size_t origLen) {
    if (m_text.empty() || m_text.back() == ' ') return;
    m_runs.push_back(Run{m_text.size(), orig, origLen, false});
    m_text.push_back(' ');
}

void FoldedText::appendSeparator(std::size_t at) { emitSpace(at, 0); }

std::size_t FoldedText::appendFastRun(std::string_view original, std::size_t pos, std::size_t end) {
    const std::size_t start = pos;
    const bool spaceBefore = m_text.empty() || m_text.back() == ' ';
    const auto* src = reinterpret_cast<const unsigned char*>(original.data());
    // Folded bytes go through a small buffer (no zero-filled resize, one pass over the input).
    char buffer[256];
    std::size_t buffered = 0;
    bool runOpen = false;
    auto flush = [&] {
        if (!runOpen) {
            emitLinear(start, std::string_view());
            runOpen = true;
        }
        m_text.append(buffer, buffered);
        buffered = 0;
    };
    bool previousSpace = spaceBefore;
    while (pos < end) {
        const unsigned char m = kFast.map[src[pos]];
        const bool space = m == ' ';
        if ((m == 0) | (space & previousSpace)) break;  // one branch: spaces are frequent and irregular
        previousSpace = space;
        buffer[buffered++] = static_cast<char>(m);
        ++pos;
        if (buffered == sizeof buffer) flush();
    }
    if (pos < end && pos > start && isMarkLead(original[pos])) {  // the base letter composes with the mark
        --pos;
        if (buffered > 0) --buffered;
        else m_text.pop_back();  // flushed already: the run has more than one byte, so it stays open
    }
    if (pos == start) return start;
    if (buffered > 0 || !runOpen) flush();
    return pos;
}

void FoldedText::append(std::string_view original, std::size_t begin, std::size_t end) {
    std::size_t pos = begin;
    m_text.reserve(m_text.size() + (end - begin));
    while (pos < end) {
        const std::size_t after = appendFastRun(original, pos, end);
        if (after != pos) {
            pos = after;
            continue;
        }
        const char c = original[pos];
        const auto uc = static_cast<unsigned char>(c);
        const bool markFollows = pos + 1 < end && (original[pos + 1] == '\xCC' || original[pos + 1] == '\xCD');
        if (uc < 0x80 && !markFollows) {
            const unsigned char m = kAscii.map[uc];
            if (m != 0) {
                const char folded = static_cast<char>(m);
                emitLinear(pos, std::string_view(&folded, 1));
            } else if (c == '\\') {
                if (pos + 1 < end && isAsciiPunct(original[pos + 1])) {
                    ++pos;  // markdown escape: keep only the escaped character
                    continue;
                }
                emitLinear(pos, "\\");
            } else if (c != '*') {
                emitSpace(pos, 1);  // whitespace, control, NUL, '-'
            }
            ++pos;
            continue;
        }
        const Utf8Char ch = decodeUtf8(original.substr(0, end), pos);
        std::size_t consumed = ch.length;
        char32_t cp = ch.cp;
        bool composed = false;
        while (pos + consumed < end) {  // NFC: compose following combining marks we know
            const Utf8Char next = decodeUtf8(original.substr(0, end), pos + consumed);
            if (!isCombiningMark(next.cp)) break;
            const char32_t comp = composePair(cp, next.cp);
            if (comp == 0) break;
            cp = comp;
            consumed += next.length;
            composed = true;
        }
        const FoldedChar f = foldCodepoint(cp);
        if (f.space) {
            emitSpace(pos, consumed);
        } else if (f.count == 1 && !composed) {
            if (utf8Length(f.cps[0]) == consumed) {
                emitLinear(pos, std::string_view());
                appendUtf8(m_text, f.cps[0]);
            } else {
                emitPoint(pos, consumed, f.cps, 1);
            }
        } else if (f.count > 0) {
            emitPoint(pos, consumed, f.cps, f.count);
        }
        pos += consumed;
    }
}

const FoldedText::Run& FoldedText::runAt(std::size_t pos) const {
    auto it = std::upper_bound(m_runs.begin(), m_runs.end(), pos, [](std::size_t p, const Run& r) { return p < r.folded; });
    return *(it - 1);
}

std::size_t FoldedText::originalStart(std::size_t pos) const {
    const Run& r = runAt(pos);
    return r.linear ? r.orig + (pos - r.folded) : r.orig;
}

std::size_t FoldedText::originalEnd(std::size_t endPos) const {
    const std::size_t pos = endPos - 1;
    const Run& r = runAt(pos);
    return r.linear ? r.orig + (pos - r.folded) + 1 : r.orig + r.origLen;
}

std::string foldForMatch(std::string_view text) {
    // Called for many short strings (names, classifier tests): one FoldedText per thread, its memory reused.
    thread_local FoldedText f;
    f.clear();
    f.append(text, 0, text.size());
    const std::string& t = f.text();
    std::size_t n = t.size();
    while (n > 0 && t[n - 1] == ' ') --n;
    std::string s = t.substr(0, n);
    if (t.capacity() > (std::size_t{1} << 20)) f = FoldedText{};  // do not keep a large buffer alive
    return s;
}

}  // namespace atlas::core
