// Footnote markers and doubled quote marks removed from the sentences slides quote (core/present/quote_text.hpp).
#include "core/present/quote_text.hpp"

#include <cstddef>
#include <string_view>

#include "core/text/utf8.hpp"

namespace atlas::core {
namespace {

constexpr std::u32string_view kSuperscriptDigits = U"\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";

bool isDigit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool isSpace(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\u00A0'; }
bool isLetter(char32_t c) {
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= 0xC0 && c != 0xD7 && c != 0xF7 && c < 0x2000);
}
/// Punctuation a footnote number follows directly: sentence ends and closing quotes or brackets.
bool isClosing(char32_t c) {
    return c == U'.' || c == U',' || c == U';' || c == U':' || c == U')' || c == U'"' || c == U'\u201D' ||
           c == U'\u2019' || c == U'\u00BB';
}
bool isDoubleQuote(char32_t c) {
    return c == U'"' || c == U'\u201C' || c == U'\u201D' || c == U'\u201E' || c == U'\u00AB' || c == U'\u00BB';
}
bool isOpeningQuote(char32_t c) { return c == U'"' || c == U'\u201C' || c == U'\u201E' || c == U'\u00AB'; }
bool isClosingQuote(char32_t c) { return c == U'"' || c == U'\u201D' || c == U'\u201C' || c == U'\u00BB'; }

std::u32string stripMarkers(const std::u32string& in) {
    std::u32string out;
    const std::size_t n = in.size();
    for (std::size_t i = 0; i < n;) {
        const char32_t c = in[i];
        if (kSuperscriptDigits.find(c) != std::u32string_view::npos) {
            ++i;
            continue;
        }
        if (c == U'[') {  // [12]: a reference number, not a year or an editor's insertion
            std::size_t j = i + 1;
            while (j < n && isDigit(in[j])) ++j;
            if (j > i + 1 && j - i - 1 <= 3 && j < n && in[j] == U']') {
                i = j + 1;
                continue;
            }
        }
        if (isDigit(c) && !out.empty()) {
            std::size_t j = i;
            while (j < n && isDigit(in[j])) ++j;
            const bool endsWord = j == n || isSpace(in[j]);
            const char32_t before = out.back();
            // "word12" needs a word of at least three letters before it (not "Su25", "F16"); after a closing mark any.
            // After punctuation, unless it separates digits ("1,500", "3.5", "10:30").
            bool glued = isClosing(before) && !(out.size() > 1 && isDigit(out[out.size() - 2]));
            if (!glued && isLetter(before)) {
                std::size_t letters = 0;
                for (std::size_t k = out.size(); k > 0 && isLetter(out[k - 1]); --k) ++letters;
                const bool hyphenated = out.size() > letters && out[out.size() - letters - 1] == U'-';
                glued = letters >= 3 && !hyphenated;
                // An all-capitals word with digits is a designation ("COVID19", "MH17"), not a footnote.
                bool capitals = true;
                for (std::size_t k = out.size() - letters; k < out.size(); ++k)
                    if (!(out[k] >= U'A' && out[k] <= U'Z')) capitals = false;
                if (capitals) glued = false;
            }
            if (glued && endsWord && j - i <= 3) {
                i = j;
                continue;
            }
            out.append(in, i, j - i);
            i = j;
            continue;
        }
        out.push_back(c);
        ++i;
    }
    return out;
}

std::u32string trim(std::u32string s) {
    std::size_t b = 0, e = s.size();
    while (b < e && isSpace(s[b])) ++b;
    while (e > b && isSpace(s[e - 1])) --e;
    return s.substr(b, e - b);
}

std::string toUtf8(const std::u32string& s) {
    std::string out;
    for (char32_t c : s) appendUtf8(out, c);
    return out;
}

}  // namespace

std::string cleanQuote(std::string_view text) {
    std::u32string s = trim(stripMarkers(toCodepoints(text)));
    // Collapse the double spaces a removed "[12]" may leave, and a space left before punctuation.
    std::u32string tidy;
    for (char32_t c : s) {
        if (isSpace(c) && !tidy.empty() && isSpace(tidy.back())) continue;
        if ((c == U'.' || c == U',' || c == U';' || c == U':') && !tidy.empty() && tidy.back() == U' ') tidy.pop_back();
        tidy.push_back(c);
    }
    s = tidy;
    if (s.size() >= 2 && isOpeningQuote(s.front())) {
        // The closing mark may come before the sentence's final stop: “… directions”. -> … directions.
        std::size_t last = s.size() - 1;
        const bool stopAfter = (s[last] == U'.' || s[last] == U',') && last > 1 && isClosingQuote(s[last - 1]);
        const std::size_t close = stopAfter ? last - 1 : last;
        if (isClosingQuote(s[close]) && close > 0) {
            // The outer marks belong together only when the quotes between them nest (not “A” and “B”).
            int depth = 0;
            bool nested = true;
            for (std::size_t k = 1; k < close && nested; ++k) {
                if (!isDoubleQuote(s[k])) continue;
                const bool opening = s[k] == U'"' ? isSpace(s[k - 1]) || s[k - 1] == U'(' : isOpeningQuote(s[k]);
                depth += opening ? 1 : -1;
                nested = depth >= 0;
            }
            if (nested && depth == 0) {
                s.erase(close, 1);
                s.erase(0, 1);
                s = trim(s);
            }
        }
    }
    if (s.size() >= 2 && isOpeningQuote(s.front()) && isDoubleQuote(s.front())) {
        // A quotation opened and not closed within the passage (“Previously, … the “Karabakh war”. And …): its
        // leading mark would stand beside the slide's own. Dropped when the marks after it balance by themselves.
        int depth = 0;
        for (std::size_t k = 1; k < s.size() && depth >= 0; ++k) {
            if (!isDoubleQuote(s[k])) continue;
            const bool opening = s[k] == U'"' ? isSpace(s[k - 1]) || s[k - 1] == U'(' : isOpeningQuote(s[k]);
            depth += opening ? 1 : -1;
        }
        if (depth == 0) s = trim(s.substr(1));
    }
    bool open = true;
    for (char32_t& c : s) {
        if (c == U'\u201C' || c == U'\u201E' || c == U'\u00AB') c = U'\u2018', open = false;
        else if (c == U'\u201D' || c == U'\u00BB') c = U'\u2019', open = true;
        else if (c == U'"') c = open ? U'\u2018' : U'\u2019', open = !open;
    }
    return toUtf8(s);
}

}  // namespace atlas::core
