// Spelling variants of a Latin place name the way the region's names are romanised (kh/x/h, dzh/j/c, sh/ş ...).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace atlas::core {

/// One substitution: `from` may also be written as each of `to` (`wordEnd`: only at the end of a word).
struct TranslitRule {
    std::string_view from;
    std::vector<std::string_view> to;
    bool wordEnd = false;
};

/// The rules, in folded (lower-case) spelling: kh -> x/h, x -> kh, dzh -> j/c/ç/dj, j -> dzh/c, sh <-> ş,
/// ch <-> ç, gh <-> ğ, zh -> j, ts -> c, -yan <-> -ian, -yev <-> -ev/-iev, e <-> ə (ə -> a), ou -> u.
const std::vector<TranslitRule>& translitRules();

struct VariantOptions {
    std::size_t minLetters = 5;   // shorter names get no variants (short variants collide with ordinary words)
    std::size_t maxWords = 2;     // longer phrases (route names, "state border between ...") get none
    std::size_t maxVariants = 24; // per name, the first ones in a fixed order
};

/// Spellings of a folded Latin name (ASCII letters and Latin letters with diacritics, single spaces) under the
/// rules, the name itself excluded; empty for a name in another script, with digits or punctuation, or outside
/// the options' limits. Deterministic: every site keeps its own spelling first, then the rule's targets in order,
/// so variants with one substitution come before those with two.
std::vector<std::string> translitVariants(std::string_view folded, const VariantOptions& options = {});

}  // namespace atlas::core
