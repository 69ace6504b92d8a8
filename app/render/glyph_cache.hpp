// A disk cache of SDF glyph bitmaps (stb_truetype's SDF rasterising was ~4 % of a render's CPU time): one binary
// file keyed by the font files' bytes and the SDF parameters, beside the level-of-detail cache.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace atlas::render {

/// Bumped whenever what a cached glyph holds, or how it is rasterised, changes.
inline constexpr std::uint32_t kGlyphCacheFormat = 1;

/// One rasterised glyph as stbtt_GetGlyphSDF returned it (w or h 0: no bitmap, e.g. a space).
struct CachedGlyph {
    int w = 0, h = 0, xoff = 0, yoff = 0;
    std::vector<std::uint8_t> sdf;  // w * h bytes, rows top-first
};

/// Glyphs by (face index << 32 | glyph index).
using GlyphCacheEntries = std::unordered_map<std::uint64_t, CachedGlyph>;

/// Binary form: magic, format, key, count, the glyphs in key order, and a checksum of everything before it.
std::string encodeGlyphCache(const GlyphCacheEntries& glyphs, std::uint64_t key);

/// Restores what encodeGlyphCache wrote for the same key. Another key, a truncated or corrupted file or sizes that do
/// not add up return nullopt and say why in `error`; it never reads outside `bytes`.
std::optional<GlyphCacheEntries> decodeGlyphCache(std::string_view bytes, std::uint64_t key, std::string& error);

}  // namespace atlas::render
