// The font atlas cache's bytes: the inputs hashed into a key, the built atlas encoded and decoded (font_atlas_cache.hpp).
#include "ui/font_atlas_cache.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstring>
#include <vector>

#include "core/corpus/binary_io.hpp"
#include "core/corpus/index_cache.hpp"

namespace atlas::ui {
namespace {

constexpr char kMagic[8] = {'A', 'T', 'L', 'I', 'M', 'F', 'A', '\n'};
constexpr int kMaxSide = 16384;             // far above any atlas ImGui packs; guards against absurd sizes
constexpr std::uint64_t kMaxGlyphs = 1u << 20;

using core::detail::Reader;
using core::detail::Writer;

std::uint32_t bitsOf(float f) {
    std::uint32_t u = 0;
    std::memcpy(&u, &f, sizeof u);
    return u;
}

float floatOf(std::uint32_t u) {
    float f = 0;
    std::memcpy(&f, &u, sizeof f);
    return f;
}

int fontIndexOf(const ImFontAtlas& atlas, const ImFont* font) {
    for (int i = 0; i < atlas.Fonts.Size; ++i)
        if (atlas.Fonts[i] == font) return i;
    return -1;
}

/// Per font: the metrics the build gives it and its glyphs, as read from a file before anything is applied.
struct FontRecord {
    float ascent = 0, descent = 0;
    int configCount = 0;
    int metricsSurface = 0;
    std::vector<ImFontGlyph> glyphs;
};

}  // namespace

std::uint64_t fontAtlasKey(ImFontAtlas& atlas) {
    ImFontAtlasBuildInit(&atlas);  // registers the mouse-cursor and line rectangles every build packs
    Writer w;                       // every input of the build, then hashed
    w.u32(kFontAtlasCacheFormat);
    w.u32(static_cast<std::uint32_t>(IMGUI_VERSION_NUM));
    w.u32(static_cast<std::uint32_t>(sizeof(ImFontGlyph)));
    w.u32(static_cast<std::uint32_t>(atlas.Flags));
    w.i32(atlas.TexDesiredWidth);
    w.i32(atlas.TexGlyphPadding);
    w.i32(atlas.Fonts.Size);
    w.i32(atlas.CustomRects.Size);
    for (const ImFontAtlasCustomRect& r : atlas.CustomRects) {
        if (r.Font != nullptr) return 0;  // a glyph the application draws itself: not ours to cache
        w.u32(r.Width);
        w.u32(r.Height);
    }
    std::uint64_t key = 0;
    w.i32(atlas.ConfigData.Size);
    for (const ImFontConfig& c : atlas.ConfigData) {
        if (!c.FontData || c.FontDataSize <= 0) return 0;
        key = core::contentHash(std::string_view(static_cast<const char*>(c.FontData), static_cast<std::size_t>(c.FontDataSize)), key);
        w.u64(key);
        w.i32(c.FontNo);
        w.u32(bitsOf(c.SizePixels));
        w.i32(c.OversampleH);
        w.i32(c.OversampleV);
        w.u8(c.PixelSnapH ? 1 : 0);
        w.u8(c.MergeMode ? 1 : 0);
        for (const float f : {c.GlyphExtraSpacing.x, c.GlyphExtraSpacing.y, c.GlyphOffset.x, c.GlyphOffset.y,
                              c.GlyphMinAdvanceX, c.GlyphMaxAdvanceX, c.RasterizerMultiply})
            w.u32(bitsOf(f));
        w.u32(c.FontBuilderFlags);
        w.u32(static_cast<std::uint32_t>(c.EllipsisChar));
        w.i32(fontIndexOf(atlas, c.DstFont));
        const ImWchar* ranges = c.GlyphRanges ? c.GlyphRanges : atlas.GetGlyphRangesDefault();
        for (; ranges[0] != 0; ranges += 2) {
            w.u32(static_cast<std::uint32_t>(ranges[0]));
            w.u32(static_cast<std::uint32_t>(ranges[1]));
        }
        w.u32(0);
    }
    return core::contentHash(w.out(), key) | 1u;  // never 0, which means "not cacheable"
}

std::string encodeFontAtlas(const ImFontAtlas& atlas, std::uint64_t key) {
    if (!atlas.TexPixelsAlpha8 || atlas.TexWidth <= 0 || atlas.TexHeight <= 0) return {};
    Writer w;
    w.bytes(kMagic, sizeof kMagic);
    w.u32(kFontAtlasCacheFormat);
    w.u64(key);
    w.i32(atlas.TexWidth);
    w.i32(atlas.TexHeight);
    w.bytes(atlas.TexPixelsAlpha8, static_cast<std::size_t>(atlas.TexWidth) * static_cast<std::size_t>(atlas.TexHeight));
    w.i32(atlas.Fonts.Size);
    for (const ImFont* f : atlas.Fonts) {
        w.u32(bitsOf(f->Ascent));
        w.u32(bitsOf(f->Descent));
        w.i32(f->ConfigDataCount);
        w.i32(f->MetricsTotalSurface);
        w.u64(static_cast<std::uint64_t>(f->Glyphs.Size));
        for (const ImFontGlyph& g : f->Glyphs) {
            w.u32(g.Codepoint);
            w.u8(static_cast<std::uint8_t>(g.Colored | (g.Visible << 1)));
            for (const float v : {g.AdvanceX, g.X0, g.Y0, g.X1, g.Y1, g.U0, g.V0, g.U1, g.V1}) w.u32(bitsOf(v));
        }
    }
    w.i32(atlas.CustomRects.Size);
    for (const ImFontAtlasCustomRect& r : atlas.CustomRects) {
        w.u32(r.X);
        w.u32(r.Y);
    }
    std::string& out = w.out();
    const std::uint64_t sum = core::contentHash(out);
    w.u64(sum);
    return std::move(out);
}

bool decodeFontAtlas(ImFontAtlas& atlas, std::string_view bytes, std::uint64_t key, std::string& error) {
    if (bytes.size() < sizeof kMagic + 4 + 8 + 8 || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
        error = "not a font atlas cache file";
        return false;
    }
    std::uint64_t stored = 0;
    std::memcpy(&stored, bytes.data() + bytes.size() - 8, 8);
    const std::string_view body = bytes.substr(0, bytes.size() - 8);
    if (core::contentHash(body) != stored) {
        error = "checksum mismatch (truncated or corrupted)";
        return false;
    }
    Reader r(body);
    r.bytes(sizeof kMagic);
    const std::uint32_t format = r.u32();
    const std::uint64_t fileKey = r.u64();
    if (format != kFontAtlasCacheFormat || fileKey != key || key == 0) {
        error = "written for other fonts, settings or another format";
        return false;
    }
    const int width = r.i32(), height = r.i32();
    if (r.fail() || width <= 0 || height <= 0 || width > kMaxSide || height > kMaxSide) {
        error = "the texture has an impossible size";
        return false;
    }
    const std::string_view pixels = r.bytes(static_cast<std::uint64_t>(width) * static_cast<std::uint64_t>(height));
    if (r.fail()) {
        error = "the texture's pixels are cut short";
        return false;
    }
    // Everything is read and checked before the atlas is touched: a bad file leaves it as it was.
    if (r.i32() != atlas.Fonts.Size || r.fail()) {
        error = "holds another number of fonts";
        return false;
    }
    std::vector<int> configsOf(static_cast<std::size_t>(atlas.Fonts.Size), 0);
    for (const ImFontConfig& c : atlas.ConfigData) {
        const int fi = fontIndexOf(atlas, c.DstFont);
        if (fi < 0) {
            error = "a font source has no font";
            return false;
        }
        ++configsOf[static_cast<std::size_t>(fi)];
    }
    std::vector<FontRecord> fonts(static_cast<std::size_t>(atlas.Fonts.Size));
    for (std::size_t fi = 0; fi < fonts.size(); ++fi) {
        FontRecord& f = fonts[fi];
        f.ascent = floatOf(r.u32());
        f.descent = floatOf(r.u32());
        f.configCount = r.i32();
        f.metricsSurface = r.i32();
        const std::uint64_t count = r.u64();
        if (r.fail() || count > kMaxGlyphs || f.configCount != configsOf[fi]) {
            error = "font " + std::to_string(fi) + "'s record does not match its sources";
            return false;
        }
        f.glyphs.resize(static_cast<std::size_t>(count));
        for (ImFontGlyph& g : f.glyphs) {
            const std::uint32_t codepoint = r.u32();
            const std::uint8_t flags = r.u8();
            float v[9];
            for (float& x : v) x = floatOf(r.u32());
            if (r.fail() || codepoint > IM_UNICODE_CODEPOINT_MAX || flags > 3) {
                error = "font " + std::to_string(fi) + "'s glyphs are cut short or impossible";
                return false;
            }
            g.Codepoint = codepoint & 0x3FFFFFFFu;  // checked above: at most IM_UNICODE_CODEPOINT_MAX
            g.Colored = flags & 1u;
            g.Visible = (flags >> 1) & 1u;
            g.AdvanceX = v[0];
            g.X0 = v[1], g.Y0 = v[2], g.X1 = v[3], g.Y1 = v[4];
            g.U0 = v[5], g.V0 = v[6], g.U1 = v[7], g.V1 = v[8];
        }
    }
    ImFontAtlasBuildInit(&atlas);
    if (r.i32() != atlas.CustomRects.Size || r.fail()) {
        error = "holds another number of custom rectangles";
        return false;
    }
    std::vector<std::pair<unsigned, unsigned>> places(static_cast<std::size_t>(atlas.CustomRects.Size));
    for (std::size_t i = 0; i < places.size(); ++i) {
        const std::uint32_t x = r.u32(), y = r.u32();
        const ImFontAtlasCustomRect& rect = atlas.CustomRects[static_cast<int>(i)];
        if (r.fail() || x + rect.Width > static_cast<std::uint32_t>(width) ||
            y + rect.Height > static_cast<std::uint32_t>(height)) {
            error = "custom rectangle " + std::to_string(i) + " lies outside the texture";
            return false;
        }
        places[i] = {x, y};
    }
    if (!r.atEnd()) {
        error = "bytes left after the last record";
        return false;
    }

    // Apply, as ImGui's own builder leaves the atlas: texture, font set-up per source, glyphs, then the finish step
    // (default texture data, baked lines, lookup tables).
    atlas.ClearTexData();
    atlas.TexID = nullptr;
    atlas.TexWidth = width;
    atlas.TexHeight = height;
    atlas.TexUvScale = ImVec2(1.0f / static_cast<float>(width), 1.0f / static_cast<float>(height));
    atlas.TexUvWhitePixel = ImVec2(0.0f, 0.0f);
    atlas.TexPixelsAlpha8 = static_cast<unsigned char*>(IM_ALLOC(pixels.size()));
    std::memcpy(atlas.TexPixelsAlpha8, pixels.data(), pixels.size());
    for (std::size_t i = 0; i < places.size(); ++i) {
        atlas.CustomRects[static_cast<int>(i)].X = static_cast<unsigned short>(places[i].first);
        atlas.CustomRects[static_cast<int>(i)].Y = static_cast<unsigned short>(places[i].second);
    }
    for (ImFontConfig& c : atlas.ConfigData) {
        const FontRecord& f = fonts[static_cast<std::size_t>(fontIndexOf(atlas, c.DstFont))];
        ImFontAtlasBuildSetupFont(&atlas, c.DstFont, &c, f.ascent, f.descent);
    }
    for (int fi = 0; fi < atlas.Fonts.Size; ++fi) {
        ImFont* font = atlas.Fonts[fi];
        FontRecord& f = fonts[static_cast<std::size_t>(fi)];
        font->Glyphs.resize(static_cast<int>(f.glyphs.size()));
        if (!f.glyphs.empty()) std::memcpy(font->Glyphs.Data, f.glyphs.data(), f.glyphs.size() * sizeof(ImFontGlyph));
        font->MetricsTotalSurface = f.metricsSurface;
        font->DirtyLookupTables = true;
    }
    ImFontAtlasBuildFinish(&atlas);
    return true;
}

}  // namespace atlas::ui
