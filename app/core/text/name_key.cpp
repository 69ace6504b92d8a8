// Spelling-tolerant keys for comparing place names across scripts and transliteration systems (suggestions).
#include "core/text/name_key.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace atlas::core {

std::string latinAscii(std::string_view name) {
    static std::mutex mutex;  // ICU transliterators are not thread-safe; names are short and few
    static const std::unique_ptr<icu::Transliterator> translit = [] {
        UErrorCode err = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(
            icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, err));
        return U_SUCCESS(err) ? std::move(t) : nullptr;
    }();
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
    // Before Latin-ASCII turns them into s, c, e: the letters whose romanisations differ.
    static const std::pair<const char*, const char*> kBefore[] = {
        {"ş", "sh"}, {"Ş", "sh"}, {"ç", "ch"}, {"Ç", "ch"}, {"ə", "a"}, {"Ə", "a"},
        // Russian letters that ICU's ISO 9 romanises with a caron (ž, š, č) or as c/h: the usual digraphs instead,
        // so "Джермук" meets "Jermuk" (dzh -> j) rather than "dzermuk".
        {"щ", "shch"}, {"Щ", "shch"}, {"ж", "zh"}, {"Ж", "zh"}, {"ш", "sh"}, {"Ш", "sh"}, {"ч", "ch"}, {"Ч", "ch"},
        {"ц", "ts"}, {"Ц", "ts"}, {"х", "kh"}, {"Х", "kh"}, {"я", "ya"}, {"Я", "ya"}, {"ю", "yu"}, {"Ю", "yu"}};
    for (const auto& [from, to] : kBefore)
        u.findAndReplace(icu::UnicodeString::fromUTF8(from), icu::UnicodeString::fromUTF8(to));
    {
        const std::lock_guard lock(mutex);
        if (translit) translit->transliterate(u);
    }
    std::string out;
    u.toUTF8String(out);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string nameKey(std::string_view name) {
    std::string s;
    for (const char c : latinAscii(name))
        if (c >= 'a' && c <= 'z') s.push_back(c);
    // Longest first: each rule rewrites a romanisation to one letter.
    static const std::pair<const char*, const char*> kRules[] = {
        {"dzh", "j"}, {"kh", "h"}, {"gh", "g"}, {"dj", "j"}, {"zh", "j"}, {"sh", "s"}, {"ch", "c"}, {"ts", "c"},
        {"yan", "ian"}, {"ye", "e"}, {"x", "h"}, {"q", "h"}, {"w", "v"}};
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        bool done = false;
        for (const auto& [from, to] : kRules) {
            const std::string_view f(from);
            if (s.compare(i, f.size(), f) == 0) {
                out += to;
                i += f.size();
                done = true;
                break;
            }
        }
        if (done) continue;
        out.push_back(s[i] == 'c' ? 'j' : s[i]);  // Azerbaijani c is dzh (Cəbrayıl = Jabrayil)
        ++i;
    }
    std::string single;
    for (const char c : out)
        if (single.empty() || single.back() != c) single.push_back(c);
    return single;
}

double nameSimilarity(std::string_view a, std::string_view b) { return keySimilarity(nameKey(a), nameKey(b)); }

double keySimilarity(const std::string& x, const std::string& y) {
    if (x.empty() || y.empty()) return 0.0;
    if (x == y) return 1.0;
    std::vector<std::size_t> prev(y.size() + 1), cur(y.size() + 1);
    for (std::size_t j = 0; j <= y.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= x.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= y.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    const double longer = static_cast<double>(std::max(x.size(), y.size()));
    return std::max(0.0, 1.0 - static_cast<double>(prev[y.size()]) / longer);
}

}  // namespace atlas::core
