// Dear ImGui's built font atlas as bytes and back, for the disk cache of it (application/font_atlas_file, which
// reads and writes the files: this layer touches no file). The window's merged interface fonts (Latin, Cyrillic,
// Armenian, Georgian, Arabic and a fallback at four sizes) took ~300 ms of stb_truetype rasterising before the first
// frame on every start; the atlas read back takes a few milliseconds. The key covers the ImGui version and every
// input of the build (each font's bytes, size, oversampling, glyph ranges, ...), so another font or setting is
// another key; a damaged or stale file is refused.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

struct ImFontAtlas;

namespace atlas::ui {

/// Bumped whenever what the file holds changes.
inline constexpr std::uint32_t kFontAtlasCacheFormat = 1;

/// The key of an atlas whose fonts have been added but that is not built yet: a hash of every input of the build.
/// Zero when the atlas cannot be cached (glyphs drawn by the application into custom rectangles).
std::uint64_t fontAtlasKey(ImFontAtlas& atlas);

/// Binary form of a built atlas: magic, format, key, texture size and its one-byte-a-texel pixels, each font's
/// metrics and glyphs, the custom rectangles' places, and a checksum of everything before it.
std::string encodeFontAtlas(const ImFontAtlas& atlas, std::uint64_t key);

/// Builds `atlas` (fonts added, not built) from what encodeFontAtlas wrote for the same inputs. Another key, a
/// truncated or corrupted file, or counts that do not match the atlas's fonts leave the atlas unbuilt, return false
/// and say why in `error`; it never reads outside `bytes`.
bool decodeFontAtlas(ImFontAtlas& atlas, std::string_view bytes, std::uint64_t key, std::string& error);

}  // namespace atlas::ui
