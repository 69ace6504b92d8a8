// The font atlas cache's bytes (ui/font_atlas_cache.hpp): an atlas read back is the atlas stb_truetype built, texel
// for texel and glyph for glyph; damaged, stale or foreign bytes are refused with the reason and leave the atlas
// unbuilt. The files themselves: tests/render/test_font_atlas_file.cpp.
#include <catch2/catch.hpp>

#include <imgui.h>
#include <imgui_internal.h>

#include <cstring>
#include <string>

#include "core/corpus/index_cache.hpp"
#include "ui/font_atlas_cache.hpp"
#include "ui/presenter_panels.hpp"

using namespace atlas;

namespace {

/// An ImGui context holding the window's interface fonts as the application adds them (not built).
struct FontsContext {
    ImGuiContext* context = nullptr;
    ImGuiContext* previous = nullptr;
    explicit FontsContext(float px = 15.0f) {
        previous = ImGui::GetCurrentContext();
        context = ImGui::CreateContext();
        ImGui::SetCurrentContext(context);  // CreateContext makes only the first context current
        REQUIRE(ui::addInterfaceFont(px));
        ui::addPresenterFonts(px, 1.0f, 1.0f);
    }
    ~FontsContext() {
        ImGui::DestroyContext(context);
        ImGui::SetCurrentContext(previous);
    }
    FontsContext(const FontsContext&) = delete;
    FontsContext& operator=(const FontsContext&) = delete;
    [[nodiscard]] ImFontAtlas& atlas() const { return *context->IO.Fonts; }
};

template <typename T>
bool sameVector(const ImVector<T>& a, const ImVector<T>& b) {
    return a.Size == b.Size && (a.Size == 0 || std::memcmp(a.Data, b.Data, sizeof(T) * static_cast<std::size_t>(a.Size)) == 0);
}

/// Everything text drawing reads from a built atlas.
void requireSameAtlas(const ImFontAtlas& built, const ImFontAtlas& restored) {
    REQUIRE(restored.IsBuilt());
    REQUIRE(restored.TexWidth == built.TexWidth);
    REQUIRE(restored.TexHeight == built.TexHeight);
    REQUIRE(restored.TexPixelsAlpha8);
    CHECK(std::memcmp(restored.TexPixelsAlpha8, built.TexPixelsAlpha8,
                      static_cast<std::size_t>(built.TexWidth) * static_cast<std::size_t>(built.TexHeight)) == 0);
    CHECK(restored.TexUvScale.x == built.TexUvScale.x);
    CHECK(restored.TexUvScale.y == built.TexUvScale.y);
    CHECK(restored.TexUvWhitePixel.x == built.TexUvWhitePixel.x);
    CHECK(restored.TexUvWhitePixel.y == built.TexUvWhitePixel.y);
    CHECK(std::memcmp(restored.TexUvLines, built.TexUvLines, sizeof built.TexUvLines) == 0);
    REQUIRE(restored.Fonts.Size == built.Fonts.Size);
    for (int i = 0; i < built.Fonts.Size; ++i) {
        const ImFont& a = *built.Fonts[i];
        const ImFont& b = *restored.Fonts[i];
        INFO("font " << i);
        CHECK(b.FontSize == a.FontSize);
        CHECK(b.Ascent == a.Ascent);
        CHECK(b.Descent == a.Descent);
        CHECK(b.ConfigDataCount == a.ConfigDataCount);
        CHECK(b.FallbackChar == a.FallbackChar);
        CHECK(b.EllipsisChar == a.EllipsisChar);
        CHECK(b.DotChar == a.DotChar);
        CHECK(b.FallbackAdvanceX == a.FallbackAdvanceX);
        REQUIRE(b.FallbackGlyph);
        CHECK(b.FallbackGlyph->Codepoint == a.FallbackGlyph->Codepoint);
        CHECK(sameVector(a.Glyphs, b.Glyphs));
        CHECK(sameVector(a.IndexAdvanceX, b.IndexAdvanceX));
        CHECK(sameVector(a.IndexLookup, b.IndexLookup));
        CHECK(std::memcmp(a.Used4kPagesMap, b.Used4kPagesMap, sizeof a.Used4kPagesMap) == 0);
        // A line in the three scripts of the corpus, measured with each atlas.
        const char* text = "Lachin corridor \xD0\x9B\xD0\xB0\xD1\x87\xD0\xB8\xD0\xBD \xD4\xBC\xD5\xA1\xD5\xB9\xD5\xAB\xD5\xB6 d\xC9\x99hliz";
        const ImVec2 sa = a.CalcTextSizeA(a.FontSize, 1e9f, 0.0f, text);
        const ImVec2 sb = b.CalcTextSizeA(b.FontSize, 1e9f, 0.0f, text);
        CHECK(sa.x == sb.x);
        CHECK(sa.y == sb.y);
    }
}

}  // namespace

TEST_CASE("font atlas cache: the atlas read back is the one stb_truetype built", "[fontatlascache]") {
    FontsContext built;
    const std::uint64_t key = ui::fontAtlasKey(built.atlas());
    REQUIRE(key != 0);
    REQUIRE(built.atlas().Build());
    CHECK(ui::fontAtlasKey(built.atlas()) == key);  // building changes no input
    const std::string file = ui::encodeFontAtlas(built.atlas(), key);
    REQUIRE(file.size() > static_cast<std::size_t>(built.atlas().TexWidth) * built.atlas().TexHeight);

    FontsContext restored;
    CHECK(ui::fontAtlasKey(restored.atlas()) == key);  // the same fonts added the same way: the same key
    std::string error;
    REQUIRE(ui::decodeFontAtlas(restored.atlas(), file, key, error));
    requireSameAtlas(built.atlas(), restored.atlas());
    CHECK(ui::encodeFontAtlas(restored.atlas(), key) == file);  // and it writes the same file again
}

TEST_CASE("font atlas cache: another size or oversampling is another key", "[fontatlascache]") {
    FontsContext a(15.0f), b(18.0f);
    CHECK(ui::fontAtlasKey(a.atlas()) != ui::fontAtlasKey(b.atlas()));
    FontsContext c(15.0f);
    c.atlas().ConfigData[0].OversampleH = 2;
    CHECK(ui::fontAtlasKey(a.atlas()) != ui::fontAtlasKey(c.atlas()));
}

TEST_CASE("font atlas cache: damaged, stale and foreign files are refused and leave the atlas unbuilt",
          "[fontatlascache]") {
    FontsContext built;
    const std::uint64_t key = ui::fontAtlasKey(built.atlas());
    REQUIRE(built.atlas().Build());
    const std::string good = ui::encodeFontAtlas(built.atlas(), key);

    const auto refused = [&](const std::string& bytes, std::uint64_t withKey, const std::string& reason) {
        FontsContext target;
        std::string error;
        CHECK_FALSE(ui::decodeFontAtlas(target.atlas(), bytes, withKey, error));
        CHECK(error.find(reason) != std::string::npos);
        CHECK_FALSE(target.atlas().IsBuilt());
        CHECK(target.atlas().TexPixelsAlpha8 == nullptr);
        CHECK(target.atlas().Fonts[0]->Glyphs.Size == 0);
    };
    refused("", key, "not a font atlas cache file");
    refused("ATLSDFG\n" + good.substr(8), key, "not a font atlas cache file");
    refused(good.substr(0, good.size() / 2), key, "checksum mismatch");
    std::string flipped = good;
    flipped[flipped.size() / 3] = static_cast<char>(flipped[flipped.size() / 3] ^ 0x40);
    refused(flipped, key, "checksum mismatch");
    refused(good, key ^ 0x10, "written for other fonts");

    // Checksummed but inconsistent: the texture's side made impossible, the count of fonts changed.
    const auto resealed = [](std::string body) {
        body.resize(body.size() - 8);
        const std::uint64_t sum = core::contentHash(body);
        body.append(reinterpret_cast<const char*>(&sum), 8);
        return body;
    };
    const std::size_t sizes = 8 + 4 + 8;  // magic, format, key, then width and height
    std::string huge = good;
    const int side = 1 << 20;
    std::memcpy(huge.data() + sizes, &side, 4);
    refused(resealed(huge), key, "impossible size");
    std::string fonts = good;
    const std::size_t fontCountAt = sizes + 8 + static_cast<std::size_t>(built.atlas().TexWidth) * built.atlas().TexHeight;
    const int oneMore = built.atlas().Fonts.Size + 1;
    std::memcpy(fonts.data() + fontCountAt, &oneMore, 4);
    refused(resealed(fonts), key, "another number of fonts");
    refused(resealed(good + "tail0000"), key, "bytes left");
}
