// The fonts everything draws text with: the Noto folder and files, and the Unicode ranges the interface's fonts hold.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace atlas::core::fonts {

/// Debian's fonts-noto-core. The map's glyph atlas may be pointed elsewhere (ATLAS_FONT_DIR, tests' fixtures).
inline constexpr std::string_view kNotoDir = "/usr/share/fonts/truetype/noto";
inline constexpr std::string_view kSans = "NotoSans-Regular.ttf";
inline constexpr std::string_view kSansBold = "NotoSans-Bold.ttf";
inline constexpr std::string_view kSansItalic = "NotoSans-Italic.ttf";
inline constexpr std::string_view kArmenian = "NotoSansArmenian-Regular.ttf";
inline constexpr std::string_view kArmenianBold = "NotoSansArmenian-Bold.ttf";
inline constexpr std::string_view kGeorgian = "NotoSansGeorgian-Regular.ttf";
inline constexpr std::string_view kArabic = "NotoSansArabic-Regular.ttf";

/// A font file in kNotoDir.
inline std::string notoFile(std::string_view file) { return std::string(kNotoDir) + "/" + std::string(file); }

// Glyph ranges of the interface's (Dear ImGui's) fonts: [first, last] pairs of UTF-16 code units, zero-terminated,
// the layout ImGui's AddFontFromFileTTF takes (ImWchar is 16 bits).
/// Latin with its extensions (Azerbaijani ə), IPA, general punctuation and currency signs.
inline constexpr std::uint16_t kLatinRanges[] = {0x0020, 0x024F, 0x0250, 0x02AF, 0x1E00, 0x1EFF,
                                                 0x2000, 0x206F, 0x20A0, 0x20CF, 0};
inline constexpr std::uint16_t kCyrillicRanges[] = {0x0400, 0x052F, 0};
/// Latin and Cyrillic in one list (NotoSans holds both), for fonts that take them from one file in one go.
inline constexpr std::uint16_t kLatinCyrillicRanges[] = {0x0020, 0x024F, 0x0250, 0x02AF, 0x1E00, 0x1EFF, 0x2000,
                                                         0x206F, 0x20A0, 0x20CF, 0x0400, 0x052F, 0};
/// Armenian and the Armenian ligatures.
inline constexpr std::uint16_t kArmenianRanges[] = {0x0530, 0x058F, 0xFB13, 0xFB17, 0};
/// Georgian (Mkhedruli, Mtavruli): the gazetteer's Georgian names.
inline constexpr std::uint16_t kGeorgianRanges[] = {0x10A0, 0x10FF, 0x1C90, 0x1CBF, 0};
/// Arabic script: the gazetteer's Persian names. Glyphs only: Dear ImGui draws them unjoined, left to right.
inline constexpr std::uint16_t kArabicRanges[] = {0x0600, 0x06FF, 0};

/// Debian's fonts-dejavu-core: the fallback for what Noto Sans lacks here, the superscript digits ⁰⁴⁵⁶⁷⁸⁹ of the
/// texts' footnotes among them.
inline constexpr std::string_view kDejaVuDir = "/usr/share/fonts/truetype/dejavu";
inline constexpr std::string_view kFallback = "DejaVuSans.ttf";
/// Latin, punctuation, super- and subscripts, currency, letterlike symbols, arrows, maths, shapes.
inline constexpr std::uint16_t kFallbackRanges[] = {0x0020, 0x024F, 0x0250, 0x02FF, 0x1E00, 0x1EFF, 0x2000, 0x206F,
                                                    0x2070, 0x209F, 0x20A0, 0x20CF, 0x2100, 0x214F, 0x2190, 0x21FF,
                                                    0x2200, 0x22FF, 0x25A0, 0x25FF, 0};

/// The interface's faces in the order they are merged into one ImGui font: the first to have a glyph wins, so a
/// later face only fills what the earlier ones lack. Every character of the corpus and the gazetteer has a glyph
/// in one of them (tests/core/text/test_font_coverage.cpp).
struct InterfaceFace {
    std::string_view dir;
    std::string_view file;
    const std::uint16_t* ranges;
    [[nodiscard]] std::string path() const { return std::string(dir) + "/" + std::string(file); }
};
inline constexpr InterfaceFace kInterfaceFaces[] = {
    {kNotoDir, kSans, kLatinCyrillicRanges},
    {kNotoDir, kArmenian, kArmenianRanges},
    {kNotoDir, kGeorgian, kGeorgianRanges},
    {kNotoDir, kArabic, kArabicRanges},
    {kDejaVuDir, kFallback, kFallbackRanges},
};

}  // namespace atlas::core::fonts
