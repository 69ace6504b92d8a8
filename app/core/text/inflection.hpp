// Inflected name forms: Snowball stems for Russian and Armenian, a suffix table for Azerbaijani and Turkish.
#pragma once

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

/// The Russian names of a province or district made from its one-word Russian name as an adjective: "Тавуш" ->
/// "Тавушская область", "Тавушский район", "Тавушский марз" (a consonant takes -ская/-ский, -и takes -йская,
/// -ь is dropped). Empty for a name of several words, one ending in another vowel, or one not in Cyrillic.
/// Declined forms ("Тавушской области") are then matched as any Russian name is; the adjective alone is not.
std::vector<std::string> russianRegionNames(std::string_view name);

/// Number of code points in UTF-8 text.
std::size_t codepointCount(std::string_view utf8);

}  // namespace atlas::core
