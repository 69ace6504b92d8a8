// Text tests used by the passage splitter: headings, footnote labels, boilerplate, datelines, TOC lines.
#include "core/corpus/passage_classify.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/text/text_normalize.hpp"
#include "core/text/unicode.hpp"
#include "core/text/utf8.hpp"

namespace atlas::core::classify {

namespace {

constexpr std::array<const char*, 12> kMonths{"january", "february", "march", "april", "may", "june",
                                              "july", "august", "september", "october", "november", "december"};

/// Last code point that is not whitespace, a superscript digit, '*' or '_'.
char32_t lastMeaningful(std::string_view t) {
    char32_t last = 0;
    std::size_t pos = t.size() > 64 ? t.size() - 64 : 0;
    pos = utf8CharStart(t, pos);
    while (pos < t.size()) {
        const Utf8Char ch = decodeUtf8(t, pos);
        pos += ch.length;
        if (isUnicodeSpace(ch.cp) || superscriptDigit(ch.cp) >= 0 || ch.cp == '*' || ch.cp == '_') continue;
        last = ch.cp;
    }
    return last;
}

char32_t firstCodepoint(std::string_view t) { return t.empty() ? 0 : decodeUtf8(t, 0).cp; }

bool hasPrefixFolded(std::string_view text, std::string_view prefix) {
    // Exact shortcut: an ASCII letter or digit not followed by a combining character folds to its lower-case self,
    // so when it differs from the prefix's first byte the folded text cannot start with the prefix.
    if (!text.empty() && !prefix.empty() && (text.size() == 1 || !combiningAt(text, 1))) {
        char c = text[0];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) && c != prefix[0]) return false;
    }
    const std::string f = foldForMatch(text.substr(0, std::min<std::size_t>(text.size(), prefix.size() * 2 + 8)));
    return f.compare(0, prefix.size(), prefix) == 0;
}

}  // namespace

std::size_t wordCount(std::string_view text) {
    std::size_t n = 0;
    bool inWord = false;
    for (char c : text) {
        const bool sp = c == ' ';
        if (!sp && !inWord) ++n;
        inWord = !sp;
    }
    return n;
}

std::optional<int> leadingFootnoteNumber(std::string_view text) {
    std::size_t pos = 0;
    int value = 0;
    int digits = 0;
    while (pos < text.size()) {
        const Utf8Char ch = decodeUtf8(text, pos);
        const int d = superscriptDigit(ch.cp);
        if (d < 0) break;
        if (digits < 9) value = value * 10 + d;  // more than 4 digits is refused below; no overflow on the way
        ++digits;
        pos += ch.length;
    }
    if (digits == 0 || digits > 4 || pos >= text.size() || text[pos] != ' ') return std::nullopt;
    return value;
}

bool isTerminated(std::string_view text) {
    const char32_t c = lastMeaningful(text);
    switch (c) {
        case '.': case '!': case '?': case ':': case ';': case '"': case ')': case ']': case '\'':
        case 0x201D: case 0x2019: case 0x2026: case 0xBB:
            return true;
        default: return false;
    }
}

bool startsLowercase(std::string_view text) { return isLowerCase(firstCodepoint(text)); }

bool looksLikeHeading(std::string_view text) {
    if (text.empty() || text.size() > 160 || wordCount(text) > 16) return false;
    const char32_t first = firstCodepoint(text);
    if (!isUpperCase(first) && !(first >= '0' && first <= '9')) return false;
    const char32_t last = lastMeaningful(text);
    if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' || last == 0x2026) return false;
    return true;
}

bool isBoilerplateLine(std::string_view text) {
    if (text.size() > 400) return false;
    const std::string f = foldForMatch(text);
    static constexpr std::array<const char*, 14> kExact{
        "more info", "premium content", "back to homepage", "leave a comment", "read more", "share", "advertisement",
        "subscribe", "related", "related articles", "comments", "print", "tweet", "sign up"};
    for (const char* e : kExact)
        if (f == e) return true;
    for (const char* p : {"download the free", "sign up for", "subscribe to", "follow us on"})
        if (f.rfind(p, 0) == 0) return true;
    // Sidebar item: "3 minutes e-car sales collapse", "6 days The United States ..."
    std::size_t i = 0;
    while (i < f.size() && f[i] >= '0' && f[i] <= '9') ++i;
    if (i > 0 && i < f.size() && f[i] == ' ') {
        for (const char* unit : {"minute", "hour", "day", "week", "month"}) {
            const std::string_view u(unit);
            if (f.compare(i + 1, u.size(), u) == 0) return true;
        }
    }
    // Teaser cut off with an ellipsis.
    const std::string_view trimmed = text.substr(0, text.find_last_not_of(' ') + 1);
    return trimmed.size() < 400 && trimmed.size() >= 3 && trimmed.substr(trimmed.size() - 3) == "\xE2\x80\xA6";
}

bool startsTrailingBoilerplate(std::string_view text) {
    return hasPrefixFolded(text, "more top reads") || hasPrefixFolded(text, "recommended for you") ||
           hasPrefixFolded(text, "you may also like");
}

bool isTocHeading(std::string_view text) {
    if (text.size() > 60) return false;
    const std::string f = foldForMatch(text);
    return f == "table of contents" || f == "contents" || f == "содержание" || f == "оглавление";
}

std::optional<std::string> tocEntryTitle(std::string_view text) {
    if (text.size() > 300) return std::nullopt;
    std::size_t end = text.size();
    while (end > 0 && text[end - 1] == ' ') --end;
    const std::size_t digitsEnd = end;
    while (end > 0 && text[end - 1] >= '0' && text[end - 1] <= '9') --end;
    if (end == digitsEnd || end == 0) return std::nullopt;
    const std::size_t beforeNumber = end;
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '.')) --end;
    // Require a separator between title and page number (tab collapsed to space, or dot leader).
    if (end == beforeNumber || end == 0) return std::nullopt;
    std::string title(text.substr(0, end));
    return title;
}

bool isReferencesHeading(std::string_view text) {
    if (text.size() > 60) return false;
    const std::string f = foldForMatch(text);
    return f == "references" || f == "bibliography" || f == "works cited" || f == "sources" || f == "список литературы" ||
           f == "notes and references";
}

bool isAbstractOrKeywords(std::string_view text) {
    return hasPrefixFolded(text, "abstract") || hasPrefixFolded(text, "keywords") || hasPrefixFolded(text, "key words") ||
           hasPrefixFolded(text, "аннотация") || hasPrefixFolded(text, "ключевые слова");
}

bool isByline(std::string_view text) {
    return text.size() < 100 && text.rfind("By ", 0) == 0 && wordCount(text) <= 8 && !isTerminated(text);
}

namespace {

/// "12.03.2024" (day first, as written across the region; also with '/'), or ISO "2024-03-12": the first such
/// date of a short line, checked as a calendar date.
std::optional<std::string> numericDate(std::string_view t) {
    auto digits = [&](std::size_t at, std::size_t n, int& v) {
        if (at + n > t.size()) return false;
        v = 0;
        for (std::size_t k = at; k < at + n; ++k) {
            if (t[k] < '0' || t[k] > '9') return false;
            v = v * 10 + (t[k] - '0');
        }
        return true;
    };
    auto isDigit = [&](std::size_t at) { return at < t.size() && t[at] >= '0' && t[at] <= '9'; };
    auto two = [](int v) { return std::string(v < 10 ? "0" : "") + std::to_string(v); };
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (i > 0 && isDigit(i - 1)) continue;  // a date starts a number
        int day = 0;
        int month = 0;
        int year = 0;
        if (digits(i, 4, year) && i + 4 < t.size() && t[i + 4] == '-' && digits(i + 5, 2, month) &&
            i + 7 < t.size() && t[i + 7] == '-' && digits(i + 8, 2, day) && !isDigit(i + 10)) {
        } else if (digits(i, 2, day) && i + 2 < t.size() && (t[i + 2] == '.' || t[i + 2] == '/') &&
                   digits(i + 3, 2, month) && i + 5 < t.size() && t[i + 5] == t[i + 2] && digits(i + 6, 4, year) &&
                   !isDigit(i + 10)) {
        } else {
            continue;
        }
        if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000) continue;
        return std::to_string(year) + "-" + two(month) + "-" + two(day);
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::string> datelineDate(std::string_view text) {
    if (text.size() > 80) return std::nullopt;
    const std::string f = foldForMatch(text);
    for (std::size_t m = 0; m < kMonths.size(); ++m) {
        const std::string month(kMonths[m]);
        const auto at = f.find(month);
        if (at == std::string::npos) continue;
        // "Month D, YYYY" or "D Month YYYY"
        int day = 0;
        int year = 0;
        std::size_t p = at + month.size();
        if (p < f.size() && f[p] == ' ') ++p;
        int n = 0;
        std::size_t q = p;
        for (; q < f.size() && std::isdigit(static_cast<unsigned char>(f[q])); ++q)
            if (n < 100000) n = n * 10 + (f[q] - '0');  // a long digit run is no day; it must not overflow

        if (q > p && q - p <= 2) {
            day = n;
            if (q < f.size() && f[q] == ',') ++q;
            if (q < f.size() && f[q] == ' ') ++q;
            p = q;
        } else if (at >= 2) {
            std::size_t b = at - 1;
            while (b > 0 && std::isdigit(static_cast<unsigned char>(f[b - 1]))) --b;
            if (b < at - 1 && at - 1 - b <= 2) day = std::stoi(f.substr(b, at - 1 - b));
        }
        q = p;
        for (; q < f.size() && std::isdigit(static_cast<unsigned char>(f[q])); ++q)
            if (year < 100000) year = year * 10 + (f[q] - '0');
        if (q - p != 4 || day < 1 || day > 31) continue;
        auto two = [](int v) { return std::string(v < 10 ? "0" : "") + std::to_string(v); };
        return std::to_string(year) + "-" + two(static_cast<int>(m + 1)) + "-" + two(day);
    }
    return numericDate(text);
}

bool isTagLine(std::string_view text) {
    if (text.size() > 80) return false;
    const std::size_t words = wordCount(text);
    if (words == 0 || words > 5) return false;
    bool atWordStart = true;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const Utf8Char ch = decodeUtf8(text, pos);
        pos += ch.length;
        if (ch.cp == ' ') {
            atWordStart = true;
            continue;
        }
        if (atWordStart && !isUpperCase(ch.cp)) return false;
        if (!atWordStart && !isLowerCase(ch.cp) && !isUpperCase(ch.cp)) return false;
        atWordStart = false;
    }
    return true;
}

bool isListLine(std::string_view raw) {
    std::size_t i = 0;
    while (i < raw.size() && (raw[i] == ' ' || raw[i] == '\t')) ++i;
    const std::string_view s = raw.substr(i);
    if (s.rfind("\xE2\x80\xA2", 0) == 0 || s.rfind("- ", 0) == 0) return true;
    std::size_t d = 0;
    while (d < s.size() && s[d] >= '0' && s[d] <= '9') ++d;
    if (d > 0 && d < 4 && d + 1 < s.size() && s[d] == '.' && s[d + 1] == ' ') return true;
    const auto tab = s.rfind('\t');
    if (tab != std::string_view::npos) {
        std::size_t k = tab + 1;
        while (k < s.size() && s[k] >= '0' && s[k] <= '9') ++k;
        if (k > tab + 1 && (k == s.size() || s[k] == '\r')) return true;
    }
    return false;
}

}  // namespace atlas::core::classify
