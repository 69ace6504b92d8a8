// Spelling-tolerant keys for comparing place names across scripts and transliteration systems (suggestions).
#pragma once

#include <string>
#include <string_view>

namespace atlas::core {

/// A name in lower-case ASCII: any script transliterated (ICU Any-Latin, Latin-ASCII), ş -> sh, ç -> ch, ə -> a;
/// spaces, digits and punctuation kept (ids, slugs).
std::string latinAscii(std::string_view name);

/// A lower-case ASCII key of a name: any script transliterated to Latin (ICU Any-Latin, Latin-ASCII), then the
/// usual variants of the region's romanisations folded together: kh/x/q -> h, gh -> g, dzh/dj/zh/j/c -> j,
/// sh/ş -> s, ch/ç/ts -> c, ə -> a, w -> v, -yan -> -ian, ye -> e (Yerevan ~ Ереван), apostrophes and non-letters dropped, doubled letters
/// single (an Azerbaijani lone c is j: Cəbrayıl ~ Jabrayil).
/// "Khankendi", "Xankendi" and "Ханкенди" give "hankendi"; "Gavarr" and "Gavar" give "gavar".
std::string nameKey(std::string_view name);

/// Similarity of two names in [0, 1]: 1 when their keys are equal, else 1 - edit distance / longer key length
/// on nameKey (so "Xankandi" ~ "Khankendi" = 0.875).
double nameSimilarity(std::string_view a, std::string_view b);

/// nameSimilarity on keys already made by nameKey (to compare one name with many).
double keySimilarity(const std::string& x, const std::string& y);

}  // namespace atlas::core
