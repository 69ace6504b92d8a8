// Spelling variants of a Latin place name (see translit_variants.hpp).
#include "core/text/translit_variants.hpp"

#include <algorithm>
#include <set>

#include "core/text/inflection.hpp"

namespace atlas::core {

namespace {

/// Latin letters the region's romanisations use: a-z and the Azerbaijani/Turkish letters with diacritics.
bool latinNameByte(std::string_view s, std::size_t i, std::size_t& length) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c >= 'a' && c <= 'z') || c == ' ' || c == '\'') {
        length = 1;
        return true;
    }
    if ((c == 0xC3 || c == 0xC4 || c == 0xC5 || c == 0xC9) && i + 1 < s.size()) {  // U+00C0..U+027F
        length = 2;
        return true;
    }
    return false;
}

bool atWordEnd(std::string_view s, std::size_t end) { return end == s.size() || s[end] == ' ' || s[end] == '\''; }

}  // namespace

const std::vector<TranslitRule>& translitRules() {
    // Longest source first at one position: "dzh" before "zh", "kh" before "h".
    static const std::vector<TranslitRule> kRules{
        {"dzh", {"j", "c", "ç", "dj"}},
        {"yan", {"ian"}, true},
        {"ian", {"yan"}, true},
        {"yev", {"ev"}, true},
        {"kh", {"x", "h"}},
        {"sh", {"ş"}},
        {"ch", {"ç"}},
        {"gh", {"ğ"}},
        {"zh", {"j"}},
        {"ts", {"c"}},
        {"ou", {"u"}},
        {"ev", {"yev", "iev"}, true},
        {"x", {"kh"}},
        {"ş", {"sh"}},
        {"ç", {"ch"}},
        {"ğ", {"gh"}},
        {"ə", {"e", "a"}},
        {"j", {"dzh", "c"}},
        {"e", {"ə"}},
    };
    return kRules;
}

std::vector<std::string> translitVariants(std::string_view folded, const VariantOptions& options) {
    std::vector<std::string> out;
    if (folded.empty()) return out;
    std::size_t words = 1;
    for (std::size_t i = 0; i < folded.size();) {
        std::size_t length = 0;
        if (!latinNameByte(folded, i, length)) return out;
        if (folded[i] == ' ') ++words;
        i += length;
    }
    if (words > options.maxWords || codepointCount(folded) < options.minLetters) return out;

    // Segments: each either one fixed piece or a rule site with its alternatives (own spelling first).
    std::vector<std::vector<std::string_view>> segments;
    const auto& rules = translitRules();
    for (std::size_t i = 0; i < folded.size();) {
        const TranslitRule* hit = nullptr;
        for (const TranslitRule& r : rules) {
            if (folded.compare(i, r.from.size(), r.from) != 0) continue;
            if (r.wordEnd && !atWordEnd(folded, i + r.from.size())) continue;
            hit = &r;
            break;
        }
        if (hit != nullptr) {
            std::vector<std::string_view> alts{folded.substr(i, hit->from.size())};
            alts.insert(alts.end(), hit->to.begin(), hit->to.end());
            segments.push_back(std::move(alts));
            i += hit->from.size();
            continue;
        }
        std::size_t length = 1;
        latinNameByte(folded, i, length);
        segments.push_back({folded.substr(i, length)});
        i += length;
    }
    // Breadth by number of substitutions: all one-site variants, then two-site ones, ... up to the cap.
    std::vector<std::size_t> sites;
    for (std::size_t k = 0; k < segments.size(); ++k)
        if (segments[k].size() > 1) sites.push_back(k);
    std::set<std::string> seen{std::string(folded)};
    auto emit = [&](const std::vector<std::size_t>& pick) {
        std::string v;
        for (std::size_t k = 0; k < segments.size(); ++k) v += segments[k][pick[k]];
        if (seen.insert(v).second) out.push_back(std::move(v));
    };
    std::vector<std::size_t> pick(segments.size(), 0);
    for (std::size_t changes = 1; changes <= sites.size() && out.size() < options.maxVariants; ++changes) {
        // Every choice of `changes` sites (a bitmask walk over few sites; names have a handful).
        if (sites.size() > 12) break;
        for (std::uint32_t mask = 1; mask < (1u << sites.size()) && out.size() < options.maxVariants; ++mask) {
            if (static_cast<std::size_t>(__builtin_popcount(mask)) != changes) continue;
            // Odometer over the targets of the chosen sites.
            std::vector<std::size_t> chosen;
            for (std::size_t b = 0; b < sites.size(); ++b)
                if ((mask >> b) & 1u) chosen.push_back(sites[b]);
            std::fill(pick.begin(), pick.end(), 0);
            for (std::size_t k : chosen) pick[k] = 1;
            while (out.size() < options.maxVariants) {
                emit(pick);
                std::size_t d = 0;
                while (d < chosen.size() && ++pick[chosen[d]] == segments[chosen[d]].size()) pick[chosen[d++]] = 1;
                if (d == chosen.size()) break;
            }
        }
    }
    return out;
}

}  // namespace atlas::core
