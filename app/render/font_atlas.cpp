// stb_truetype-based font loading, script fallback, SDF rasterisation and shelf packing.
#include "render/font_atlas.hpp"

#include <stb_truetype.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/atomic_file.hpp"
#include "core/corpus/index_cache.hpp"
#include "core/fonts.hpp"
#include "core/text/utf8.hpp"

namespace atlas::render {

struct FontAtlas::Face {
    std::string file;
    // The font file, read whole: stb_truetype reads its tables in place for the session. (Not mapped: a font file
    // cut short on disk while the window runs would then fault inside stb_truetype.)
    std::string bytes;
    [[nodiscard]] const unsigned char* data() const { return reinterpret_cast<const unsigned char*>(bytes.data()); }
    stbtt_fontinfo info{};
    float scale = 1.0f;  // base px per font unit
    float ascent = 0, descent = 0;
};

namespace {

std::filesystem::path defaultFontDir() {
    if (const char* env = std::getenv("ATLAS_FONT_DIR"); env && *env) return env;
    return core::fonts::kNotoDir;
}

}  // namespace

FontAtlas::FontAtlas(const std::filesystem::path& fontDir) {
    const auto dir = fontDir.empty() ? defaultFontDir() : fontDir;
    auto load = [&](std::string_view name) -> const Face* {
        auto face = std::make_unique<Face>();
        face->file = (dir / name).string();
        auto read = core::readWholeFile(face->file);
        if (!read) throw FontError(face->file + ": font not found (install the Debian package fonts-noto-core)");
        face->bytes = std::move(*read);
        if (face->bytes.size() < 12) throw FontError(face->file + ": not a readable TrueType font");
        const int offset = stbtt_GetFontOffsetForIndex(face->data(), 0);
        if (offset < 0 || !stbtt_InitFont(&face->info, face->data(), offset))
            throw FontError(face->file + ": not a readable TrueType font");
        face->scale = stbtt_ScaleForPixelHeight(&face->info, kBasePx);
        int asc = 0, desc = 0, gap = 0;
        stbtt_GetFontVMetrics(&face->info, &asc, &desc, &gap);
        face->ascent = static_cast<float>(asc) * face->scale;
        face->descent = static_cast<float>(desc) * face->scale;
        m_faces.push_back(std::move(face));
        return m_faces.back().get();
    };
    namespace fonts = core::fonts;
    const Face* regular = load(fonts::kSans);
    const Face* bold = load(fonts::kSansBold);
    const Face* italic = load(fonts::kSansItalic);
    const Face* armenian = load(fonts::kArmenian);
    const Face* armenianBold = load(fonts::kArmenianBold);
    const Face* georgian = load(fonts::kGeorgian);
    m_chains = {{regular, armenian, georgian}, {bold, armenianBold, georgian}, {italic, armenian, georgian}};
}

FontAtlas::~FontAtlas() = default;

float FontAtlas::sdfUnitsPerPixel(float sizePx) {
    // onedge 128, 128/kPadding units per base pixel; normalised to [0,1] by the texture.
    const float unitsPerBasePx = (128.0f / static_cast<float>(kPadding)) / 255.0f;
    return unitsPerBasePx * kBasePx / std::max(sizePx, 1.0f);
}

std::vector<FontAtlas::Shaped> FontAtlas::shape(std::string_view utf8, FontStyle style) const {
    const auto& chain = m_chains[static_cast<std::size_t>(style)];
    std::vector<Shaped> out;
    for (char32_t cp : core::toCodepoints(utf8)) {
        Shaped s{chain.front(), 0};
        for (const Face* f : chain) {
            const int g = stbtt_FindGlyphIndex(&f->info, static_cast<int>(cp));
            if (g != 0) { s = {f, g}; break; }
        }
        out.push_back(s);
    }
    return out;
}

float FontAtlas::advanceOf(const Face& face, int g) const {
    int adv = 0, lsb = 0;
    stbtt_GetGlyphHMetrics(&face.info, g, &adv, &lsb);
    return static_cast<float>(adv) * face.scale;
}

float FontAtlas::kern(const Face& face, int a, int b) const {
    return static_cast<float>(stbtt_GetGlyphKernAdvance(&face.info, a, b)) * face.scale;
}

float FontAtlas::lineAscent() const { return m_faces.front()->ascent; }
float FontAtlas::lineHeight() const { return m_faces.front()->ascent - m_faces.front()->descent; }

static FontStyle styleOf(const core::LabelStyle& s) {
    return s.bold ? FontStyle::Bold : s.italic ? FontStyle::Italic : FontStyle::Regular;
}

core::Vec2 FontAtlas::measure(std::string_view utf8, const core::LabelStyle& style) const {
    const auto shaped = shape(utf8, styleOf(style));
    float w = 0;
    for (std::size_t i = 0; i < shaped.size(); ++i) {
        w += advanceOf(*shaped[i].face, shaped[i].glyph);
        if (i + 1 < shaped.size() && shaped[i + 1].face == shaped[i].face)
            w += kern(*shaped[i].face, shaped[i].glyph, shaped[i + 1].glyph);
        if (i + 1 < shaped.size()) w += style.letterSpacingEm * kBasePx;
    }
    const float k = style.sizePx / kBasePx;
    return {w * k, lineHeight() * k};
}

bool FontAtlas::pack(int w, int h, int& x, int& y) {
    if (m_shelfX + w + 1 > kAtlasSize) {
        m_shelfY += m_shelfH + 1;
        m_shelfX = 1;
        m_shelfH = 0;
    }
    if (m_shelfY + h + 1 > kAtlasSize) return false;
    x = m_shelfX;
    y = m_shelfY;
    m_shelfX += w + 1;
    m_shelfH = std::max(m_shelfH, h);
    // The rows in use and one row of zeros below them (what a glyph's bottom edge is filtered against).
    const auto rows = static_cast<std::size_t>(std::min(kAtlasSize, y + h + 1));
    const std::size_t needed = rows * kAtlasSize;
    if (m_pixels.size() < needed) {
        constexpr std::size_t kGrowRows = 64;
        const std::size_t capacityRows = std::min<std::size_t>(kAtlasSize, (rows + kGrowRows - 1) / kGrowRows * kGrowRows);
        if (m_pixels.capacity() < needed) m_pixels.reserve(capacityRows * kAtlasSize);
        m_pixels.resize(needed, 0);
    }
    return true;
}

const FontAtlas::Glyph& FontAtlas::glyph(const Face& face, int g) {
    const auto faceIndex = static_cast<std::uint64_t>(
        std::find_if(m_faces.begin(), m_faces.end(), [&](const auto& f) { return f.get() == &face; }) - m_faces.begin());
    const std::uint64_t key = (faceIndex << 32) | static_cast<std::uint32_t>(g);
    if (auto it = m_glyphs.find(key); it != m_glyphs.end()) return it->second;
    Glyph out;
    out.advance = advanceOf(face, g);
    auto cached = m_sdfs.find(key);
    if (cached == m_sdfs.end()) {
        int w = 0, h = 0, xoff = 0, yoff = 0;
        unsigned char* sdf = stbtt_GetGlyphSDF(&face.info, face.scale, g, kPadding, 128,
                                               128.0f / static_cast<float>(kPadding), &w, &h, &xoff, &yoff);
        CachedGlyph fresh;
        if (sdf && w > 0 && h > 0) {
            fresh = {w, h, xoff, yoff, std::vector<std::uint8_t>(sdf, sdf + static_cast<std::ptrdiff_t>(w) * h)};
        }
        if (sdf) stbtt_FreeSDF(sdf, nullptr);
        cached = m_sdfs.emplace(key, std::move(fresh)).first;
        m_sdfsChanged = true;
    }
    const int w = cached->second.w, h = cached->second.h, xoff = cached->second.xoff, yoff = cached->second.yoff;
    const std::uint8_t* sdf = cached->second.sdf.data();
    int x = 0, y = 0;
    if (w > 0 && h > 0 && pack(w, h, x, y)) {
        for (int row = 0; row < h; ++row)
            std::copy_n(sdf + row * w, w, m_pixels.begin() + (static_cast<std::ptrdiff_t>(y + row) * kAtlasSize + x));
        out.hasBitmap = true;
        out.x0 = static_cast<float>(xoff);
        out.y0 = static_cast<float>(yoff);
        out.x1 = static_cast<float>(xoff + w);
        out.y1 = static_cast<float>(yoff + h);
        const float inv = 1.0f / static_cast<float>(kAtlasSize);
        out.u0 = static_cast<float>(x) * inv;
        out.v0 = static_cast<float>(y) * inv;
        out.u1 = static_cast<float>(x + w) * inv;
        out.v1 = static_cast<float>(y + h) * inv;
        m_dirty = true;
    }
    return m_glyphs.emplace(key, out).first->second;
}

void FontAtlas::useGlyphCache(const std::filesystem::path& cacheDir) {
    if (cacheDir.empty()) return;
    // Keyed by every face's bytes and the SDF parameters: another font file or setting is another cache file.
    std::uint64_t key = core::contentHash(std::to_string(kGlyphCacheFormat) + " " + std::to_string(kBasePx) + " " +
                                          std::to_string(kPadding) + " 128");
    for (const auto& face : m_faces) key = core::contentHash(face->bytes, key);
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(key));
    m_cacheKey = key;
    m_cacheFile = cacheDir / (std::string("glyphs-") + hex + ".bin");
    if (const auto bytes = core::readWholeFile(m_cacheFile)) {
        std::string error;
        if (auto entries = decodeGlyphCache(*bytes, key, error)) {
            for (auto& [id, g] : *entries) m_sdfs.try_emplace(id, std::move(g));
            return;
        }
    }
    m_sdfsChanged = true;  // missing or unusable: written again by saveGlyphCache
}

void FontAtlas::saveGlyphCache() {
    if (m_cacheFile.empty() || !m_sdfsChanged) return;
    std::error_code ec;
    std::filesystem::create_directories(m_cacheFile.parent_path(), ec);
    if (!core::writeFileAtomically(m_cacheFile, encodeGlyphCache(m_sdfs, m_cacheKey))) m_sdfsChanged = false;
}

std::vector<GlyphQuad> FontAtlas::layout(std::string_view utf8, const core::LabelStyle& style) {
    const auto shaped = shape(utf8, styleOf(style));
    const float k = style.sizePx / kBasePx;
    std::vector<GlyphQuad> quads;
    float pen = 0;
    const float baseline = lineAscent();
    for (std::size_t i = 0; i < shaped.size(); ++i) {
        const Glyph& g = glyph(*shaped[i].face, shaped[i].glyph);
        if (g.hasBitmap)
            quads.push_back({(pen + g.x0) * k, (baseline + g.y0) * k, (pen + g.x1) * k, (baseline + g.y1) * k, g.u0, g.v0,
                             g.u1, g.v1});
        pen += g.advance;
        if (i + 1 < shaped.size() && shaped[i + 1].face == shaped[i].face)
            pen += kern(*shaped[i].face, shaped[i].glyph, shaped[i + 1].glyph);
        if (i + 1 < shaped.size()) pen += style.letterSpacingEm * kBasePx;
    }
    return quads;
}

}  // namespace atlas::render
