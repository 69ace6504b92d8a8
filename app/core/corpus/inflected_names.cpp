// Declined and suffixed name forms mapped to their dictionary forms (see inflected_names.hpp).
#include "core/corpus/inflected_names.hpp"

#include <algorithm>
#include <vector>

#include "core/text/inflection.hpp"
#include "core/text/text_normalize.hpp"
#include "core/text/unicode.hpp"
#include "core/text/utf8.hpp"

namespace atlas::core {

namespace {

constexpr std::size_t kMinStem = 3;  // code points a stem keeps, so short stems do not swallow common words
constexpr std::size_t kMaxWords = 4;
const std::string kMarkedOnly = "\x01";  // key prefix: the name takes only marked suffixes (see add)

/// A suffix with a letter only Azerbaijani/Turkish suffixes have (folded text: ı is already i).
bool markedSuffix(std::string_view suffix) {
    return suffix.find("\xC9\x99") != std::string_view::npos || suffix.find("\xC3\xBC") != std::string_view::npos;
}

std::vector<std::string_view> splitWords(std::string_view folded) {
    std::vector<std::string_view> words;
    std::size_t b = 0;
    while (b <= folded.size()) {
        const std::size_t e = std::min(folded.find(' ', b), folded.size());
        words.push_back(folded.substr(b, e - b));
        b = e + 1;
    }
    return words;
}

bool onlyWordBytes(std::string_view w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return isFoldedWordByte(static_cast<unsigned char>(c)); });
}

bool allCapitals(std::string_view text) {
    std::size_t upper = 0;
    for (std::size_t p = 0; p < text.size();) {
        const Utf8Char c = decodeUtf8(text, p);
        p += c.length;
        if (isLowerCase(c.cp)) return false;
        if (isUpperCase(c.cp)) ++upper;
    }
    return upper >= 2;
}

/// A name word less its ending: two code points for a Russian adjectival ending (-ий -ый -ой -ая -яя -ое -ее),
/// else one.
std::string withoutEnding(std::string_view w) {
    static constexpr std::string_view kAdjective[] = {"ий", "ый", "ой", "ая", "яя", "ое", "ее"};
    std::size_t drop = 1;
    for (std::string_view e : kAdjective)
        if (w.size() > e.size() && w.substr(w.size() - e.size()) == e) drop = 2;
    std::size_t cut = w.size();
    for (std::size_t i = 0; i < drop && cut > 0; ++i) {
        --cut;
        while (cut > 0 && (static_cast<unsigned char>(w[cut]) & 0xC0) == 0x80) --cut;
    }
    return std::string(w.substr(0, cut));
}

/// Armenian full stop, comma, question and exclamation marks: non-ASCII, so folded text keeps them in the word.
bool armenianPunctuationAt(std::string_view s, std::size_t i) {
    if (i + 1 >= s.size()) return false;
    const auto a = static_cast<unsigned char>(s[i]);
    const auto b = static_cast<unsigned char>(s[i + 1]);
    return (a == 0xD5 && b >= 0x9A && b <= 0x9F) || (a == 0xD6 && (b == 0x89 || b == 0x8A));
}

std::string join(const std::vector<std::string>& parts) {
    std::string out;
    for (const std::string& p : parts) {
        if (!out.empty()) out.push_back(' ');
        out += p;
    }
    return out;
}

std::size_t leadHash(std::string_view bytes) {
    std::uint32_t h = 2166136261u;  // FNV-1a
    for (const char c : bytes) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return (h ^ (h >> 16)) & 0xFFFFu;
}

}  // namespace

void InflectedNames::LeadFilter::note(std::string_view lead, std::uint8_t words) {
    if (lead.size() >= 4) {
        std::uint8_t& slot = lead4Words[leadHash(lead.substr(0, 4))];
        slot = std::max(slot, words);
    } else if (lead.size() >= 2) {
        std::uint8_t& slot = lead2Words[leadHash(lead.substr(0, 2))];
        slot = std::max(slot, words);
    } else {
        unfiltered = true;
    }
}

std::size_t InflectedNames::LeadFilter::wordsAt(std::string_view rest, std::size_t maxWords) const {
    if (unfiltered) return maxWords;
    const std::size_t four = rest.size() >= 4 ? lead4Words[leadHash(rest.substr(0, 4))] : 0;
    const std::size_t two = rest.size() >= 2 ? lead2Words[leadHash(rest.substr(0, 2))] : 0;
    return std::max(four, two);
}

void InflectedNames::notePrefix(std::string_view lead, std::size_t words, bool stemKey) {
    const auto w = static_cast<std::uint8_t>(std::min<std::size_t>(words, 255));
    m_allLeads.note(lead, w);
    if (stemKey) m_stemLeads.note(lead, w);
}

std::size_t InflectedNames::wordsAt(std::string_view folded, std::size_t pos, bool stemKeysOnly) const {
    return (stemKeysOnly ? m_stemLeads : m_allLeads).wordsAt(folded.substr(pos), m_maxWords);
}

void InflectedNames::put(KeyMap& map, const std::string& key, std::size_t pattern, bool adjectival, std::size_t words,
                         std::vector<std::string> prefixes) {
    const auto [it, inserted] =
        map.try_emplace(key, Entry{static_cast<std::uint32_t>(pattern), !adjectival, std::move(prefixes)});
    if (!inserted && !adjectival) it->second.needsCapital = true;  // a place name sharing the key keeps the rule
    // What the text at a match must begin with: a stem key's first word starts with its name word less the ending
    // (checked in longestAt); a suffix key is the text itself up to the stripped suffix, less its marked-only tag.
    std::string_view lead = &map == &m_stemKeys ? std::string_view(it->second.prefixes.front()) : std::string_view(key);
    if (&map != &m_stemKeys && lead.starts_with(kMarkedOnly)) lead.remove_prefix(kMarkedOnly.size());
    notePrefix(lead, words, &map == &m_stemKeys);
    m_maxWords = std::max(m_maxWords, words);
}

void InflectedNames::add(std::string_view nameText, std::string_view lang, std::string_view folded,
                         std::size_t pattern, bool adjectival) {
    if (allCapitals(nameText)) return;
    const std::vector<std::string_view> words = splitWords(folded);
    if (words.empty() || words.size() > kMaxWords || !std::all_of(words.begin(), words.end(), onlyWordBytes)) return;
    const StemLanguage language = stemLanguageOf(words.front());
    if (language != StemLanguage::None) {
        // Every combination of "stem" and "whole word" per word (at most 2^4 keys).
        std::vector<std::vector<std::string>> choices;
        std::vector<std::string> prefixes;
        for (std::string_view w : words) {
            prefixes.push_back(withoutEnding(w));
            if (stemLanguageOf(w) != language) return;
            if (language == StemLanguage::Russian && isIndeclinableRussian(w) && words.size() == 1) return;
            std::vector<std::string> alts{std::string(w)};
            const std::string stem = stemWord(language, w);
            if (stem != w && codepointCount(stem) >= kMinStem) alts.push_back(stem);
            choices.push_back(std::move(alts));
        }
        std::vector<std::size_t> pick(choices.size(), 0);
        while (true) {
            std::vector<std::string> parts;
            for (std::size_t i = 0; i < choices.size(); ++i) parts.push_back(choices[i][pick[i]]);
            put(m_stemKeys, join(parts), pattern, adjectival, words.size(), prefixes);
            std::size_t i = 0;
            while (i < pick.size() && ++pick[i] == choices[i].size()) pick[i++] = 0;
            if (i == pick.size()) break;
        }
        if (language == StemLanguage::Armenian) put(m_turkicKeys, std::string(folded), pattern, adjectival, words.size());
        return;
    }
    if (lang == "az" || lang == "tr") {
        put(m_turkicKeys, std::string(folded), pattern, adjectival, words.size());
        return;
    }
    // A name in another language ("Tbilisi", en) takes only unmistakably Azerbaijani/Turkish suffixes in a text
    // ("Tbilisiyə", "Parisdən": with ə or ü), so English words ("Indiana", "Israeli") are not read as suffixed.
    put(m_turkicKeys, kMarkedOnly + std::string(folded), pattern, adjectival, words.size());
}

InflectedNames::Hit InflectedNames::longestAt(std::string_view folded, std::size_t pos, bool nameThenSuffix) const {
    Hit best{kNone, pos, true};
    // Without a name then a suffix at pos only a stem key can match: the leads of those alone are asked.
    const std::size_t maxWords = m_maxWords == 0 ? 0 : wordsAt(folded, pos, !nameThenSuffix);
    if (maxWords == 0) return best;
    // The words from pos, separated by exactly one space.
    std::string_view words[kMaxWords];
    std::size_t n = 0;
    std::size_t p = pos;
    while (n < maxWords && p < folded.size()) {
        std::size_t e = p;
        while (e < folded.size() && isFoldedWordByte(static_cast<unsigned char>(folded[e])) &&
               !armenianPunctuationAt(folded, e))
            ++e;
        if (e == p) break;
        words[n++] = folded.substr(p, e - p);
        if (e + 1 >= folded.size() || folded[e] != ' ') break;
        p = e + 1;
    }
    if (n == 0) return best;
    auto endOf = [&](std::size_t k) {
        return static_cast<std::size_t>(words[k - 1].data() + words[k - 1].size() - folded.data());
    };
    const StemLanguage language = stemLanguageOf(words[0]);
    if (language != StemLanguage::None) {
        std::string key;
        std::vector<std::size_t> keyEnds;
        for (std::size_t k = 0; k < n; ++k) {
            if (stemLanguageOf(words[k]) != language) break;
            if (k > 0) key.push_back(' ');
            key += stemWord(language, words[k]);
            keyEnds.push_back(key.size());
        }
        for (std::size_t k = keyEnds.size(); k > 0; --k) {
            const auto it = m_stemKeys.find(std::string_view(key).substr(0, keyEnds[k - 1]));
            if (it == m_stemKeys.end() || it->second.prefixes.size() != k) continue;
            bool ok = true;
            for (std::size_t i = 0; i < k && ok; ++i) ok = words[i].starts_with(it->second.prefixes[i]);
            if (ok) return {it->second.pattern, endOf(k), it->second.needsCapital};
        }
        if (language != StemLanguage::Armenian) return best;
    }
    // A suffixed form is its name followed by suffixes in the same word: without one, stripping finds none.
    if (m_turkicKeys.empty() || !nameThenSuffix) return best;
    WordStems stems;
    for (std::size_t k = n; k > 0; --k) {
        const std::string_view last = words[k - 1];
        if (language == StemLanguage::Armenian) armenianStems(last, stems);
        else turkicStems(last, stems);
        for (std::string_view stem : stems) {
            // The words before the last and the last one's stem: one run of the folded text.
            const std::string_view key =
                folded.substr(pos, static_cast<std::size_t>(last.data() - folded.data()) - pos + stem.size());
            auto it = m_turkicKeys.find(key);
            if (it == m_turkicKeys.end() && language == StemLanguage::None && markedSuffix(last.substr(stem.size())))
                it = m_turkicKeys.find(kMarkedOnly + std::string(key));
            if (it != m_turkicKeys.end()) return {it->second.pattern, endOf(k), it->second.needsCapital};
        }
    }
    return best;
}

}  // namespace atlas::core
