// A document's language guessed from its letters, for texts without a manifest entry that says it: the script
// most letters are written in (Cyrillic: ru, Armenian: hy, Georgian: ka), and for Latin text Azerbaijani's schwa
// (ə) tells az from en. A guess, shown as such: a manifest's "language" always wins.
#pragma once

#include <string>
#include <string_view>

namespace atlas::core {

/// ISO 639-1 code for the first 64 KiB of `utf8`: "ru", "hy", "ka", "az" or "en" (also when there are no letters).
[[nodiscard]] std::string guessLanguage(std::string_view utf8);

}  // namespace atlas::core
