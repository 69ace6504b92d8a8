// A disk cache of Dear ImGui's built font atlas. The window's four merged interface fonts (Latin, Cyrillic,
// Armenian, Georgian, Arabic and a fallback at four sizes) took ~300 ms of stb_truetype rasterising before the first
// frame on every start; the atlas read back from its file takes a few milliseconds. The file is keyed by the ImGui
// version and every input of the build (each font's bytes, size, oversampling, glyph ranges, ...), so another font
// file or setting is another file; a damaged or stale one is refused and the atlas built (and written) again.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
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

/// How buildFontAtlas got its atlas.
enum class FontAtlasSource { Cache, Built, BuiltNotCached };

/// Builds `atlas` from `cacheDir/imgui-atlas-<key>.bin` when that file is there and sound; otherwise with
/// stb_truetype (ImFontAtlas::Build) and, with a cache folder, writes the file atomically for the next start.
/// An empty `cacheDir` only builds. The atlas is built either way (unless it has no fonts at all).
/// After writing a file it keeps the kFontAtlasFilesKept newest atlas files in the folder (one per interface size
/// and pixel density used: the window, the presenter's window, `render --ui --scale 2`) and removes the older ones.
FontAtlasSource buildFontAtlas(ImFontAtlas& atlas, const std::filesystem::path& cacheDir);

/// How many atlas files (each 4–5 MB at the default size) a cache folder keeps.
inline constexpr std::size_t kFontAtlasFilesKept = 4;

/// Removes all but the `keep` most recently written `imgui-atlas-*.bin` files in `cacheDir`; returns how many went.
std::size_t pruneFontAtlasFiles(const std::filesystem::path& cacheDir, std::size_t keep);

}  // namespace atlas::ui
