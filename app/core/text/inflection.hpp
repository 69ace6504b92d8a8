// Inflected name forms: Snowball stems for Russian and Armenian, a suffix table for Azerbaijani and Turkish.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace atlas::core {

enum class StemLanguage { None, Russian, Armenian };

/// The script a folded word is written in, as the stemmer to use: Cyrillic -> Russian, Armenian -> Armenian.
StemLanguage stemLanguageOf(std::string_view foldedWord);

/// Snowball stem of a folded (lower-case) word; the word itself when the language has no stemmer. Uses one
/// stemmer per thread (libstemmer's stemmers are not thread-safe).
std::string stemWord(StemLanguage language, std::string_view foldedWord);

/// True when a Russian name does not decline (ends in a vowel other than а/я, as Баку, Сочи, Тбилиси, Гюмри):
/// it gets no stem pattern, so "баков" never becomes Baku.
bool isIndeclinableRussian(std::string_view foldedWord);

/// Dictionary forms an Azerbaijani/Turkish word may have once one case or possessive suffix from the table is
/// removed ("bakıda" -> "bakı", "laçından" -> "laçın", "şuşaya" -> "şuşa"), longest suffix first. A stem must
/// keep at least 3 letters and at least half of the word's letters.
std::vector<std::string_view> turkicStems(std::string_view foldedWord);

/// Same for Armenian case endings and the article (ում, ից, ի, ը ...).
std::vector<std::string_view> armenianStems(std::string_view foldedWord);

/// The stems of one word as turkicStems/armenianStems find them, held in place (the matcher asks at most word
/// starts of a text: no allocation each time). No word has more: a test checks that no suffix of either table
/// ends with more than kMax of the table's suffixes.
struct WordStems {
    static constexpr std::size_t kMax = 6;
    std::array<std::string_view, kMax> items{};
    std::size_t count = 0;
    [[nodiscard]] const std::string_view* begin() const { return items.data(); }
    [[nodiscard]] const std::string_view* end() const { return items.data() + count; }
};
void turkicStems(std::string_view foldedWord, WordStems& out);
void armenianStems(std::string_view foldedWord, WordStems& out);

/// The most suffixes of the Azerbaijani/Turkish (or Armenian) table that one word can end with at once.
std::size_t turkicSuffixChain();
std::size_t armenianSuffixChain();

/// The Russian names of a province or district made from its one-word Russian name as an adjective: "Тавуш" ->
/// "Тавушская область", "Тавушский район", "Тавушский марз" (a consonant takes -ская/-ский, -и takes -йская,
/// -ь is dropped). Empty for a name of several words, one ending in another vowel, or one not in Cyrillic.
/// Declined forms ("Тавушской области") are then matched as any Russian name is; the adjective alone is not.
std::vector<std::string> russianRegionNames(std::string_view name);

/// Number of code points in UTF-8 text.
std::size_t codepointCount(std::string_view utf8);

}  // namespace atlas::core
