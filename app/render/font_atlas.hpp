// Fonts and glyphs on the CPU: Noto faces with script fallback, SDF glyphs packed into an atlas, text layout.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/frame/render_frame.hpp"
#include "core/map/style.hpp"
#include "render/glyph_cache.hpp"

namespace atlas::render {

class FontError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

enum class FontStyle : std::uint8_t { Regular, Bold, Italic };

struct GlyphQuad {
    float x0, y0, x1, y1;  // pixels relative to the text origin (top-left of the line box), y down
    float u0, v0, u1, v1;  // atlas texture coordinates
};

/// All the fonts the map uses, with an SDF glyph atlas filled on demand.
class FontAtlas final : public core::TextMeasurer {
public:
    static constexpr int kAtlasSize = 2048;
    static constexpr float kBasePx = 40.0f;  // SDF glyphs are rendered at this size
    static constexpr int kPadding = 6;       // SDF spread in base pixels

    /// Loads the Noto faces from `fontDir` (or the standard Debian location); throws FontError naming the file.
    explicit FontAtlas(const std::filesystem::path& fontDir = {});
    ~FontAtlas() override;
    FontAtlas(const FontAtlas&) = delete;
    FontAtlas& operator=(const FontAtlas&) = delete;

    [[nodiscard]] core::Vec2 measure(std::string_view utf8, const core::LabelStyle& style) const override;
    /// Lays out a single line; glyphs missing from the atlas are rasterised and the atlas marked dirty.
    std::vector<GlyphQuad> layout(std::string_view utf8, const core::LabelStyle& style);

    /// Takes SDF glyphs from the cache file in `cacheDir` for these fonts (glyph-<key>.bin) when it matches; glyphs
    /// it lacks are rasterised as before. An empty dir, or a missing, stale or corrupt file, just means no cache.
    void useGlyphCache(const std::filesystem::path& cacheDir);
    /// Writes the cache file again (atomically) when glyphs were rasterised since it was read; a cache that cannot
    /// be written is not an error.
    void saveGlyphCache();

    /// The atlas's rows in use (and a row of zeros under them), kAtlasSize bytes a row: the texture's other rows
    /// are never sampled. The rows grow as glyphs are packed (most maps use a fraction of the 4 MiB).
    [[nodiscard]] const std::vector<std::uint8_t>& pixels() const { return m_pixels; }
    [[nodiscard]] int pixelRows() const { return static_cast<int>(m_pixels.size() / kAtlasSize); }
    [[nodiscard]] bool dirty() const { return m_dirty; }
    void clearDirty() { m_dirty = false; }
    /// SDF units per output pixel at a given text size (for the shader's smoothing and halo width).
    [[nodiscard]] static float sdfUnitsPerPixel(float sizePx);

private:
    struct Face;
    struct Glyph {
        float advance = 0;                  // base px
        float x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // box relative to the pen at the baseline, base px, y down
        float u0 = 0, v0 = 0, u1 = 0, v1 = 0;
        bool hasBitmap = false;
    };
    struct Shaped {
        const Face* face;
        int glyph;
    };

    [[nodiscard]] std::vector<Shaped> shape(std::string_view utf8, FontStyle style) const;
    const Glyph& glyph(const Face& face, int glyphIndex);
    [[nodiscard]] float advanceOf(const Face& face, int glyphIndex) const;
    [[nodiscard]] float kern(const Face& face, int a, int b) const;
    [[nodiscard]] float lineAscent() const;
    [[nodiscard]] float lineHeight() const;
    bool pack(int w, int h, int& x, int& y);

    std::vector<std::unique_ptr<Face>> m_faces;
    std::vector<std::vector<const Face*>> m_chains;  // per FontStyle: primary face then script fallbacks
    std::unordered_map<std::uint64_t, Glyph> m_glyphs;
    std::filesystem::path m_cacheFile;  // empty: no glyph cache
    std::uint64_t m_cacheKey = 0;
    GlyphCacheEntries m_sdfs;           // every SDF bitmap read from the cache or rasterised since
    bool m_sdfsChanged = false;
    std::vector<std::uint8_t> m_pixels;
    int m_shelfX = 1, m_shelfY = 1, m_shelfH = 0;
    bool m_dirty = true;
};

}  // namespace atlas::render
