// Inflected name forms: Snowball stems for Russian and Armenian, a suffix table for Azerbaijani and Turkish.
#include "core/text/inflection.hpp"

#include <libstemmer.h>

#include <algorithm>
#include <array>
#include <iterator>
#include <memory>

namespace atlas::core {

namespace {

struct StemmerDeleter {
    void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};
using StemmerPtr = std::unique_ptr<sb_stemmer, StemmerDeleter>;

sb_stemmer* stemmerFor(StemLanguage language) {
    // One pair per thread: a Snowball stemmer keeps its working buffer inside, so it cannot be shared.
    thread_local StemmerPtr russian{sb_stemmer_new("russian", "UTF_8")};
    thread_local StemmerPtr armenian{sb_stemmer_new("armenian", "UTF_8")};
    switch (language) {
        case StemLanguage::Russian: return russian.get();
        case StemLanguage::Armenian: return armenian.get();
        case StemLanguage::None: break;
    }
    return nullptr;
}

// Case and possessive endings (Azerbaijani and Turkish), with the buffer consonants they take after a vowel.
// Longest first so "dakı" wins over "ı".
constexpr std::string_view kTurkicSuffixes[] = {
    "dakı", "dəki", "daki", "deki", "takı", "təki", "taki", "teki",                                  // locative adj.
    "nın",  "nin",  "nun",  "nün",  "dan",  "dən",  "den",  "tan",  "tən",  "ten", "da", "də", "de",  // gen., abl., loc.
    "ta",   "tə",   "te",   "ya",   "yə",   "ye",   "ın",   "in",   "un",   "ün",  "nı", "ni", "nu",  // dat., gen., acc.
    "nü",   "yı",   "yi",   "yu",   "yü",   "lı",   "li",   "lu",   "lü",   "la",  "lə", "le", "ca",  // acc., -li, instr.
    "cə",   "ce",   "sı",   "si",   "su",   "sü",   "a",    "ə",    "e",    "ı",   "i",  "u",  "ü",  "na"};

/// Compared from the last byte back, inline: most suffixes are told apart by their last byte, and this runs for
/// every suffix at every word start of a text (a memcmp call each was a sixth of indexing).
bool endsWith(std::string_view s, std::string_view suffix) {
    if (s.size() < suffix.size()) return false;
    const char* tail = s.data() + (s.size() - suffix.size());
    for (std::size_t i = suffix.size(); i-- > 0;)
        if (tail[i] != suffix[i]) return false;
    return true;
}

}  // namespace

std::size_t codepointCount(std::string_view utf8) {
    std::size_t n = 0;
    for (char c : utf8)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

StemLanguage stemLanguageOf(std::string_view foldedWord) {
    for (std::size_t i = 0; i + 1 < foldedWord.size(); ++i) {
        const auto b = static_cast<unsigned char>(foldedWord[i]);
        if (b == 0xD0 || b == 0xD1) return StemLanguage::Russian;  // U+0400..U+047F
        if (b == 0xD4 || b == 0xD5 || b == 0xD6) {                 // U+0500..U+05BF: Armenian from U+0531
            const char32_t cp = (static_cast<char32_t>(b & 0x1F) << 6) |
                                (static_cast<unsigned char>(foldedWord[i + 1]) & 0x3F);
            if (cp >= 0x531 && cp <= 0x58F) return StemLanguage::Armenian;
        }
    }
    return StemLanguage::None;
}

std::string stemWord(StemLanguage language, std::string_view foldedWord) {
    sb_stemmer* stemmer = stemmerFor(language);
    if (stemmer == nullptr) return std::string(foldedWord);
    const sb_symbol* out = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(foldedWord.data()),
                                           static_cast<int>(foldedWord.size()));
    if (out == nullptr) return std::string(foldedWord);
    return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(sb_stemmer_length(stemmer)));
}

bool isIndeclinableRussian(std::string_view w) {
    static constexpr std::array<std::string_view, 6> kEndings{"у", "ю", "и", "о", "е", "ы"};
    for (std::string_view e : kEndings)
        if (endsWith(w, e)) return true;
    return false;
}

namespace {

// Armenian case endings and the article, added to a place name as it is (Երևան-ում, Շուշի-ի, Իրան-ից).
constexpr std::string_view kArmenianSuffixes[] = {"յում", "յից", "ում", "ից", "ով", "ին", "ու", "յի", "ի", "ը", "ն"};

/// A suffix list with its entries grouped by last byte (in list order): a word is compared only with the suffixes
/// that end as it does.
class SuffixTable {
public:
    template <std::size_t N>
    explicit SuffixTable(const std::string_view (&suffixes)[N]) : m_suffixes(suffixes), m_count(N) {
        for (std::size_t i = 0; i < N; ++i) m_byLastByte[static_cast<unsigned char>(suffixes[i].back())].push_back(i);
    }

    /// The stems left by the suffixes `word` ends with, in list order; a stem keeps at least three letters and at
    /// least half of the word's.
    void strip(std::string_view word, WordStems& out) const {
        out.count = 0;
        if (word.empty()) return;
        std::size_t letters = 0;
        for (const std::size_t i : m_byLastByte[static_cast<unsigned char>(word.back())]) {
            const std::string_view suffix = m_suffixes[i];
            if (!endsWith(word, suffix)) continue;
            const std::string_view stem = word.substr(0, word.size() - suffix.size());
            const std::size_t kept = codepointCount(stem);
            if (letters == 0) letters = codepointCount(word);
            if (kept < 3 || 2 * kept < letters) continue;
            if (out.count < WordStems::kMax) out.items[out.count++] = stem;  // kMax is above chain(): never short
        }
    }
    [[nodiscard]] std::vector<std::string_view> strip(std::string_view word) const {
        WordStems stems;
        strip(word, stems);
        return {stems.begin(), stems.end()};
    }
    /// The most suffixes one word can end with: for each suffix, how many of the table's suffixes it ends with.
    [[nodiscard]] std::size_t chain() const {
        std::size_t most = 0;
        for (std::size_t i = 0; i < m_count; ++i) {
            std::size_t n = 0;
            for (std::size_t j = 0; j < m_count; ++j) n += endsWith(m_suffixes[i], m_suffixes[j]) ? 1 : 0;
            most = std::max(most, n);
        }
        return most;
    }

private:
    const std::string_view* m_suffixes;
    std::size_t m_count = 0;
    std::array<std::vector<std::size_t>, 256> m_byLastByte;
};

const SuffixTable& turkicTable() {
    static const SuffixTable table(kTurkicSuffixes);
    return table;
}

const SuffixTable& armenianTable() {
    static const SuffixTable table(kArmenianSuffixes);
    return table;
}

}  // namespace

std::vector<std::string_view> turkicStems(std::string_view word) { return turkicTable().strip(word); }
std::vector<std::string_view> armenianStems(std::string_view word) { return armenianTable().strip(word); }
void turkicStems(std::string_view word, WordStems& out) { turkicTable().strip(word, out); }
void armenianStems(std::string_view word, WordStems& out) { armenianTable().strip(word, out); }
std::size_t turkicSuffixChain() { return turkicTable().chain(); }
std::size_t armenianSuffixChain() { return armenianTable().chain(); }

std::vector<std::string> russianRegionNames(std::string_view name) {
    if (name.empty() || name.find(' ') != std::string_view::npos || name.find('-') != std::string_view::npos)
        return {};
    // Every letter Cyrillic (two bytes, lead byte 0xD0 or 0xD1), at least four letters.
    if (name.size() % 2 != 0 || name.size() < 8) return {};
    for (std::size_t i = 0; i < name.size(); i += 2) {
        const auto lead = static_cast<unsigned char>(name[i]);
        if (lead != 0xD0 && lead != 0xD1) return {};
    }
    const std::string_view last = name.substr(name.size() - 2);
    std::string stem(name);
    static constexpr std::string_view kVowels[] = {"а", "е", "ё", "о", "у", "ы", "э", "ю", "я", "й"};
    if (last == "ь") {
        stem.resize(stem.size() - 2);
    } else if (last == "и") {
        stem += "й";
    } else if (std::find(std::begin(kVowels), std::end(kVowels), last) != std::end(kVowels)) {
        return {};
    }
    return {stem + "ская область", stem + "ский район", stem + "ский марз"};
}

}  // namespace atlas::core
