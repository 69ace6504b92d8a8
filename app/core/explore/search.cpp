// Name and full-text search: a folding key, a bounded edit distance, and ranking rules.
#include "core/explore/search.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <sstream>

#include "core/text/text_normalize.hpp"
#include "core/text/unicode.hpp"
#include "core/text/utf8.hpp"

namespace atlas::core {
namespace {

std::vector<std::string> words(const std::string& key) {
    std::vector<std::string> out;
    std::istringstream in(key);
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

/// The bytes of `text` from `at` that fold to a key starting with `key`: [at, end), or none.
std::optional<std::size_t> matchEndAt(std::string_view text, std::size_t at, std::string_view key) {
    std::size_t end = at;
    for (std::size_t steps = 0; end < text.size() && steps < key.size() * 2 + 8; ++steps) {
        end += decodeUtf8(text, end).length;
        const std::string k = searchKey(text.substr(at, end - at));
        if (k.empty()) return std::nullopt;  // a space or a dash: a match starts at a letter
        if (k.size() >= key.size()) return k.compare(0, key.size(), key) == 0 ? std::optional(end) : std::nullopt;
        if (key.compare(0, k.size(), k) != 0) return std::nullopt;
    }
    return std::nullopt;
}

bool asciiWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || (c & 0x80) != 0; }

}  // namespace

Snippet searchSnippet(std::string_view text, std::string_view queryKey, std::size_t before, std::size_t after) {
    const auto queryWords = words(std::string(queryKey));
    const std::string first = queryWords.empty() ? std::string() : queryWords.front();
    std::size_t begin = text.size(), end = text.size();
    // Word starts first (the usual match), then any character (a match inside a word: "karabakh" in "Artsakh-Karabakh").
    for (int pass = 0; pass < 2 && begin == text.size() && !first.empty(); ++pass)
        for (std::size_t i = 0; i < text.size(); i += decodeUtf8(text, i).length) {
            if (pass == 0 && i > 0 && asciiWordChar(text[i - 1])) continue;
            if (const auto e = matchEndAt(text, i, first)) {
                begin = i;
                end = *e;
                break;
            }
        }
    const bool found = begin < text.size();
    if (!found) begin = end = 0;
    // Cut at spaces (always character boundaries) so that no word is broken.
    std::size_t from = begin > before ? begin - before : 0;
    if (from > 0) {
        const std::size_t space = text.find_first_of(" \n\t", from);
        from = space != std::string_view::npos && space < begin ? space + 1 : begin;
    }
    std::size_t to = std::min(text.size(), end + after);
    if (to < text.size()) {
        const std::size_t space = text.find_last_of(" \n\t", to);
        to = space != std::string_view::npos && space > end ? space : std::max(end, to);
        while (to < text.size() && (static_cast<unsigned char>(text[to]) & 0xC0) == 0x80) ++to;  // a whole character
    }
    Snippet s;
    if (from > 0) s.text = "\xE2\x80\xA6";
    const std::size_t offset = s.text.size();
    s.text.append(text.substr(from, to - from));
    std::replace_if(s.text.begin(), s.text.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
    if (to < text.size()) s.text += "\xE2\x80\xA6";
    if (found) {
        s.begin = offset + begin - from;
        s.end = offset + end - from;
    }
    return s;
}

std::string searchKey(std::string_view text) {
    const std::string folded = foldForMatch(text);
    std::string out;
    bool space = true;
    for (std::size_t i = 0; i < folded.size();) {
        const Utf8Char ch = decodeUtf8(folded, i);
        i += ch.length;
        const std::string_view base = ch.cp < 0x80 ? std::string_view(folded).substr(i - 1, 1) : searchBase(ch.cp);
        for (std::size_t j = 0; j < base.size();) {
            const Utf8Char b = decodeUtf8(base, j);
            j += b.length;
            char32_t c = b.cp;
            if (c == U'\'' || c == U'-' || c == U' ' || c == U'.' || c == U',' || c == U'/' || isUnicodeSpace(c)) {
                if (!space) out.push_back(' ');
                space = true;
                continue;
            }
            if (c < 0x80) c = static_cast<char32_t>(std::tolower(static_cast<int>(c)));
            appendUtf8(out, c);
            space = false;
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::size_t editDistance(std::u32string_view a, std::u32string_view b, std::size_t cap) {
    const std::size_t n = a.size(), m = b.size();
    if ((n > m ? n - m : m - n) > cap) return cap + 1;
    std::vector<std::size_t> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (std::size_t j = 0; j <= m; ++j) prev[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = i;
        std::size_t rowMin = cur[0];
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) cur[j] = std::min(cur[j], prev2[j - 2] + 1);
            rowMin = std::min(rowMin, cur[j]);
        }
        if (rowMin > cap) return cap + 1;
        prev2.swap(prev);
        prev.swap(cur);
    }
    return prev[m];
}

namespace {

double scoreName(const std::string& q, const std::u32string& q32, const std::string& nameKey) {
    if (nameKey == q) return 100;
    if (nameKey.starts_with(q)) return 80;
    if (nameKey.find(" " + q) != std::string::npos) return 70;
    if (q.size() >= 3 && nameKey.find(q) != std::string::npos) return 60;
    const std::size_t cap = q32.size() >= 8 ? 2 : q32.size() >= 4 ? 1 : 0;
    if (cap == 0) return 0;
    const std::size_t d = editDistance(q32, toCodepoints(nameKey), cap);
    if (d <= cap) return 50 - 10.0 * static_cast<double>(d);
    // a typo in a prefix: compare against the name's start of the same length
    const std::u32string n32 = toCodepoints(nameKey);
    if (n32.size() > q32.size()) {
        const std::size_t dp = editDistance(q32, std::u32string_view(n32).substr(0, q32.size()), cap);
        if (dp <= cap) return 40 - 10.0 * static_cast<double>(dp);
    }
    return 0;
}

}  // namespace

std::vector<SearchResult> search(std::string_view query, const std::vector<GazetteerFeature>& features,
                                 const CorpusIndex* corpus, std::size_t limit) {
    const std::string q = searchKey(query);
    std::vector<SearchResult> out;
    if (q.empty()) return out;
    const std::u32string q32 = toCodepoints(q);
    for (std::size_t i = 0; i < features.size(); ++i) {
        const auto& f = features[i];
        double best = 0;
        std::string matched;
        for (const auto& n : f.names) {
            if (n.adjectival) continue;
            const double s = scoreName(q, q32, searchKey(n.text));
            if (s > best) { best = s; matched = n.text; }
        }
        if (best <= 0) continue;
        std::string label = f.names.empty() ? f.id : f.names.front().text;
        for (const auto& n : f.names)
            if (n.primary) label = n.text;
        out.push_back({SearchResult::Kind::Feature, i, label, matched, best + (6 - f.importance) * 0.5});
    }
    if (corpus && q.size() >= 3) {
        const auto qWords = words(q);
        for (std::size_t i = 0; i < corpus->passages.size(); ++i) {
            const auto& p = corpus->passages[i];
            if (p.kind == PassageKind::Boilerplate) continue;
            const std::string key = searchKey(p.cleanText);
            bool all = true;
            for (const auto& w : qWords) all = all && key.find(w) != std::string::npos;
            if (!all) continue;
            const auto pos = key.find(qWords.front());
            // The title and snippet come after ranking, for the results kept.
            out.push_back({SearchResult::Kind::Passage, i, corpus->documents[p.documentIndex].readerTitle(), {},
                           20.0 + (p.kind == PassageKind::Body ? 1.0 : 0.0) -
                               static_cast<double>(std::min<std::size_t>(pos, 1000)) / 1000.0});
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const SearchResult& a, const SearchResult& b) {
        if (a.score != b.score) return a.score > b.score;
        return a.label < b.label;
    });
    if (out.size() > limit) out.resize(limit);
    for (auto& r : out)
        if (r.kind == SearchResult::Kind::Passage) {
            Snippet s = searchSnippet(corpus->passages[r.index].cleanText, q);
            r.matched = std::move(s.text);
            r.highlightBegin = s.begin;
            r.highlightEnd = s.end;
        }
    return out;
}

}  // namespace atlas::core
