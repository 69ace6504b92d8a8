// The interface font atlas's cache files (the bytes: ui/font_atlas_cache.hpp): `imgui-atlas-<key>.bin` in the cache
// folder, read back through a mapping at start, written atomically after a build, the newest few kept.
#pragma once

#include <cstddef>
#include <filesystem>

struct ImFontAtlas;

namespace atlas::app {

/// How buildFontAtlas got its atlas.
enum class FontAtlasSource { Cache, Built, BuiltNotCached };

/// How many atlas files (each 4–5 MB at the default size) a cache folder keeps.
inline constexpr std::size_t kFontAtlasFilesKept = 4;

/// Builds `atlas` (fonts added, not built) from `cacheDir/imgui-atlas-<key>.bin` when that file is there and sound;
/// otherwise with stb_truetype (ImFontAtlas::Build) and, with a cache folder, writes the file atomically for the next
/// start and keeps the kFontAtlasFilesKept newest atlas files there (one per interface size and pixel density used:
/// the window, the presenter's window, `render --ui --scale 2`). A stale or damaged file is only rebuilt: the cache
/// is ours, not the user's. An empty `cacheDir` only builds. The atlas is built either way.
FontAtlasSource buildFontAtlas(ImFontAtlas& atlas, const std::filesystem::path& cacheDir);

/// Removes all but the `keep` most recently written `imgui-atlas-*.bin` files in `cacheDir`; returns how many went.
std::size_t pruneFontAtlasFiles(const std::filesystem::path& cacheDir, std::size_t keep);

}  // namespace atlas::app
