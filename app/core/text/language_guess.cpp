#include "core/text/language_guess.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "core/text/utf8.hpp"

namespace atlas::core {

std::string guessLanguage(std::string_view utf8) {
    constexpr std::size_t kSample = 64 * 1024;
    std::size_t latin = 0, cyrillic = 0, armenian = 0, georgian = 0, schwa = 0;
    for (std::size_t pos = 0; pos < utf8.size() && pos < kSample;) {
        const Utf8Char c = decodeUtf8(utf8, pos);
        pos += c.length > 0 ? c.length : 1;
        const auto cp = static_cast<UChar32>(c.cp);
        if (!u_isalpha(cp)) continue;
        UErrorCode status = U_ZERO_ERROR;
        switch (uscript_getScript(cp, &status)) {
            case USCRIPT_LATIN:
                ++latin;
                schwa += cp == 0x0259 || cp == 0x018F;
                break;
            case USCRIPT_CYRILLIC: ++cyrillic; break;
            case USCRIPT_ARMENIAN: ++armenian; break;
            case USCRIPT_GEORGIAN: ++georgian; break;
            default: break;
        }
    }
    if (cyrillic > latin && cyrillic >= armenian && cyrillic >= georgian) return "ru";
    if (armenian > latin && armenian >= georgian) return "hy";
    if (georgian > latin) return "ka";
    // Azerbaijani writes ə in some 7 % of its letters; an English text quoting an Azerbaijani name stays far
    // under 2.5 %.
    if (latin > 0 && schwa * 40 >= latin) return "az";
    return "en";
}

}  // namespace atlas::core
