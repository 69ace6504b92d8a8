// Extracts the years a passage refers to: years, year ranges, dates, decades and centuries.
#include "core/corpus/year_extractor.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace atlas::core {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string lowerAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

/// Length of a dash at pos ("-", "‐", "‑", "‒", "–", "—"), or 0.
std::size_t dashAt(std::string_view t, std::size_t pos) {
    if (pos < t.size() && t[pos] == '-') return 1;
    if (pos + 2 < t.size() && static_cast<unsigned char>(t[pos]) == 0xE2 && static_cast<unsigned char>(t[pos + 1]) == 0x80) {
        const auto c = static_cast<unsigned char>(t[pos + 2]);
        if (c >= 0x90 && c <= 0x94) return 3;
    }
    return 0;
}

/// True when the whitespace-delimited token around [s, e) looks like a URL or path.
bool inUrlToken(std::string_view t, std::size_t s, std::size_t e) {
    std::size_t b = s;
    while (b > 0 && !isSpaceByte(t[b - 1])) --b;
    std::size_t f = e;
    while (f < t.size() && !isSpaceByte(t[f])) ++f;
    const std::string_view tok = t.substr(b, f - b);
    return tok.find('/') != std::string_view::npos || tok.find("www.") != std::string_view::npos ||
           tok.find('=') != std::string_view::npos || tok.find('@') != std::string_view::npos;
}

/// Page/volume references and access dates before the number: "p. 1982", "pp. 2001", "Accessed 8 May 2023".
bool excludedByPrefix(std::string_view t, std::size_t s) {
    const std::size_t from = s > 24 ? s - 24 : 0;
    const std::string before = lowerAscii(t.substr(from, s - from));
    if (before.find("accessed") != std::string::npos) return true;
    std::size_t k = before.size();
    while (k > 0 && before[k - 1] == ' ') --k;
    const std::string head = before.substr(0, k);
    for (const char* p : {"p.", "pp.", "vol.", "no.", "page", "pages", "#", "$", "№"}) {
        const std::string_view pv(p);
        if (head.size() >= pv.size() && head.compare(head.size() - pv.size(), pv.size(), pv) == 0) {
            const std::size_t at = head.size() - pv.size();
            if (at == 0 || !std::isalpha(static_cast<unsigned char>(head[at - 1])) || pv[0] == '#' || pv[0] == '$') return true;
        }
    }
    return false;
}

/// Century spans from "twentieth century" / "20th century" ending right before `pos` (the 'c' of century).
void centuryBefore(std::string_view t, std::size_t pos, std::vector<YearSpan>& out) {
    static constexpr std::array<std::pair<const char*, int>, 12> kWords{{{"eighteenth", 18}, {"nineteenth", 19},
        {"twentieth", 20}, {"twenty-first", 21}, {"twenty first", 21}, {"twenty‑first", 21}, {"18th", 18},
        {"19th", 19}, {"20th", 20}, {"21st", 21}, {"seventeenth", 17}, {"17th", 17}}};
    const std::size_t from = pos > 16 ? pos - 16 : 0;
    std::string before = lowerAscii(t.substr(from, pos - from));
    while (!before.empty() && before.back() == ' ') before.pop_back();
    for (const auto& [word, n] : kWords) {
        const std::string_view w(word);
        if (before.size() >= w.size() && before.compare(before.size() - w.size(), w.size(), w) == 0) {
            const std::size_t at = before.size() - w.size();
            if (at > 0 && std::isalpha(static_cast<unsigned char>(before[at - 1]))) continue;
            out.push_back({(n - 1) * 100, n * 100 - 1});
            return;
        }
    }
}

int parseInt(std::string_view t, std::size_t s, std::size_t e) {
    int v = 0;
    for (std::size_t i = s; i < e; ++i) v = v * 10 + (t[i] - '0');
    return v;
}

/// Tries to read "–YYYY" / "–YY" after a year ending at e; returns the end year or 0.
int rangeEnd(std::string_view t, std::size_t e, int startYear, std::size_t& consumedTo) {
    std::size_t p = e;
    while (p < t.size() && t[p] == ' ') ++p;
    const std::size_t d = dashAt(t, p);
    if (d == 0) return 0;
    p += d;
    while (p < t.size() && t[p] == ' ') ++p;
    std::size_t q = p;
    while (q < t.size() && isDigit(t[q])) ++q;
    const std::size_t len = q - p;
    if (len != 4 && len != 2) return 0;
    int end = parseInt(t, p, q);
    if (len == 2) end += startYear / 100 * 100;
    if (end <= startYear || end - startYear > 200 || end > 2099) return 0;
    consumedTo = q;
    return end;
}

}  // namespace

std::vector<YearSpan> extractYears(std::string_view t) {
    std::vector<YearSpan> out;
    std::size_t i = 0;
    while (i < t.size()) {
        if (t[i] == 'c' && t.compare(i, 7, "century") == 0 && (i == 0 || !std::isalpha(static_cast<unsigned char>(t[i - 1])))) {
            centuryBefore(t, i, out);
            i += 7;
            continue;
        }
        if (!isDigit(t[i])) {
            ++i;
            continue;
        }
        std::size_t e = i;
        while (e < t.size() && isDigit(t[e])) ++e;
        const std::size_t s = i;
        i = e;
        if (e - s != 4) continue;
        if (s > 0 && (t[s - 1] == ',' || t[s - 1] == '.') && s > 1 && isDigit(t[s - 2])) continue;
        if (e < t.size() && (t[e] == '%' || ((t[e] == ',' || t[e] == '.') && e + 1 < t.size() && isDigit(t[e + 1]))))
            continue;
        const int year = parseInt(t, s, e);
        if (year < 1000 || year > 2099) continue;
        if (inUrlToken(t, s, e) || excludedByPrefix(t, s)) continue;
        // Decades: 1990s, 1990's, 1990’s
        std::size_t p = e;
        if (p < t.size() && t[p] == '\'') ++p;
        else if (t.compare(p, 3, "\xE2\x80\x99") == 0) p += 3;
        if (year % 10 == 0 && p < t.size() && t[p] == 's' && (p + 1 >= t.size() || !std::isalpha(static_cast<unsigned char>(t[p + 1])))) {
            out.push_back({year, year + 9});
            i = p + 1;
            continue;
        }
        std::size_t consumed = e;
        if (const int end = rangeEnd(t, e, year, consumed); end != 0) {
            out.push_back({year, end});
            i = consumed;
            continue;
        }
        out.push_back({year, year});
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace atlas::core
