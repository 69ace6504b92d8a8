// Matching normalisation: NFC, case folding, punctuation unification (over ICU), with a map back to original bytes.
#include "core/text/text_normalize.hpp"

#include <algorithm>
#include <array>

#include "core/text/unicode.hpp"
#include "core/text/utf8.hpp"

namespace atlas::core {

namespace {

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

bool isAsciiPunct(char c) {
    return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E);
}

}  // namespace

FoldedChar foldCodepoint(char32_t cp) {
    FoldedChar out;
    const detail::FoldEntry& e = detail::foldEntry(cp);
    if (e.kind == detail::FoldEntry::Space) out.space = true;
    if (e.kind != detail::FoldEntry::Keep) return out;
    const std::string_view bytes(e.utf8, e.length);
    for (std::size_t i = 0; i < bytes.size() && out.count < 3;) {
        const Utf8Char ch = decodeUtf8(bytes, i);
        out.cps[out.count++] = ch.cp;
        i += ch.length;
    }
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

void FoldedText::emitPoint(std::size_t orig, std::size_t origLen, std::string_view folded) {
    m_runs.push_back(Run{m_text.size(), orig, origLen, false});
    m_text.append(folded);
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
    if (pos < end && pos > start && combiningAt(original.substr(0, end), pos)) {  // the last byte composes with a mark
        --pos;
        if (buffered > 0) --buffered;
        else m_text.pop_back();  // flushed already: the run has more than one byte, so it stays open
    }
    if (pos == start) return start;
    if (buffered > 0 || !runOpen) flush();
    return pos;
}

void FoldedText::appendSegment(std::string_view original, std::size_t pos, std::size_t segmentEnd) {
    // NFC of the segment (the combining characters compose with the first where Unicode has a composition), then
    // the first character's folding decides: a separator, dropped, or the folded letter followed by the folding of
    // whatever did not compose (marks, dropped).
    thread_local std::string nfcText;
    thread_local std::string folded;
    nfcText.clear();
    folded.clear();
    appendNfc(nfcText, original.substr(pos, segmentEnd - pos));
    bool first = true;
    bool space = false;
    for (std::size_t i = 0; i < nfcText.size();) {
        const Utf8Char ch = decodeUtf8(nfcText, i);
        i += ch.length;
        const detail::FoldEntry& e = detail::foldEntry(ch.cp);
        if (first) space = e.kind == detail::FoldEntry::Space;
        first = false;
        if (e.kind == detail::FoldEntry::Keep) folded.append(e.utf8, e.length);
    }
    if (space) emitSpace(pos, segmentEnd - pos);
    else if (!folded.empty()) emitPoint(pos, segmentEnd - pos, folded);
}

void FoldedText::append(std::string_view original, std::size_t begin, std::size_t end) {
    const std::string_view view = original.substr(0, end);
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
        if (uc < 0x80 && !(pos + 1 < end && combiningAt(view, pos + 1))) {
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
        const Utf8Char ch = decodeUtf8(view, pos);
        if (ch.valid && pos + ch.length < end && combiningAt(view, pos + ch.length)) {
            const std::size_t segmentEnd = nfcSegmentEnd(view, pos, end);
            appendSegment(view, pos, segmentEnd);
            pos = segmentEnd;
            continue;
        }
        const detail::FoldEntry& f = detail::foldEntry(ch.cp);  // U+FFFD (a separator) for a malformed sequence
        if (f.kind == detail::FoldEntry::Space) {
            emitSpace(pos, ch.length);
        } else if (f.kind == detail::FoldEntry::Keep) {
            const std::string_view folded(f.utf8, f.length);
            if (f.codepoints == 1 && f.length == ch.length) emitLinear(pos, folded);
            else emitPoint(pos, ch.length, folded);
        }
        pos += ch.length;
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
