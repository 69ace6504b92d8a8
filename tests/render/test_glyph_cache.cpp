// The SDF glyph cache (render/glyph_cache): a warm cache gives the same atlas and layout as rasterising; a stale or
// damaged file is refused and rewritten, never trusted.
#include <catch2/catch.hpp>

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "core/atomic_file.hpp"
#include "core/corpus/index_cache.hpp"
#include "core/fonts.hpp"
#include "core/map/style.hpp"
#include "render/font_atlas.hpp"
#include "render/glyph_cache.hpp"

using namespace atlas::render;
namespace fs = std::filesystem;

namespace {

fs::path freshDir(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("atlas-glyph-cache-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

std::vector<fs::path> glyphFiles(const fs::path& dir) {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().filename().string().starts_with("glyphs-")) out.push_back(e.path());
    return out;
}

/// Latin, Armenian, Georgian and Cyrillic labels in three styles, as the map lays them out.
std::vector<std::vector<GlyphQuad>> layoutSample(FontAtlas& fonts) {
    atlas::core::LabelStyle st{};
    st.sizePx = 14.0f;
    std::vector<std::vector<GlyphQuad>> out;
    for (const bool bold : {false, true})
        for (const char* text : {"Stepanakert 1994", "Ստեփանակերտ", "თბილისი", "Степанакерт · km"}) {
            st.bold = bold;
            out.push_back(fonts.layout(text, st));
        }
    st.bold = false;
    st.italic = true;
    out.push_back(fonts.layout("Lachin corridor", st));
    return out;
}

bool sameQuads(const std::vector<std::vector<GlyphQuad>>& a, const std::vector<std::vector<GlyphQuad>>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].size() != b[i].size()) return false;
        for (std::size_t j = 0; j < a[i].size(); ++j) {
            const GlyphQuad& p = a[i][j];
            const GlyphQuad& q = b[i][j];
            if (p.x0 != q.x0 || p.y0 != q.y0 || p.x1 != q.x1 || p.y1 != q.y1 || p.u0 != q.u0 || p.v0 != q.v0 ||
                p.u1 != q.u1 || p.v1 != q.v1)
                return false;
        }
    }
    return true;
}

}  // namespace

TEST_CASE("glyph cache: a warm cache gives the same atlas pixels and layout as rasterising", "[glyphcache]") {
    FontAtlas plain;  // no cache: stb_truetype rasterises every glyph
    const auto expected = layoutSample(plain);

    const fs::path dir = freshDir("warm");
    {
        FontAtlas cold;
        cold.useGlyphCache(dir);
        CHECK(sameQuads(layoutSample(cold), expected));
        CHECK(cold.pixels() == plain.pixels());
        cold.saveGlyphCache();
    }
    const auto files = glyphFiles(dir);
    REQUIRE(files.size() == 1);
    const auto written = atlas::core::readWholeFile(files[0]);
    REQUIRE(written);
    REQUIRE(written->size() > 1000);  // the glyphs' bitmaps are in it

    FontAtlas warm;
    warm.useGlyphCache(dir);
    CHECK(sameQuads(layoutSample(warm), expected));
    CHECK(warm.pixels() == plain.pixels());
    warm.saveGlyphCache();  // nothing new was rasterised: the file is left as it was
    CHECK(atlas::core::readWholeFile(files[0]) == written);
    fs::remove_all(dir);
}

TEST_CASE("glyph cache: a damaged file is refused, the glyphs rasterised again and the file rewritten", "[glyphcache]") {
    FontAtlas plain;
    const auto expected = layoutSample(plain);
    const fs::path dir = freshDir("damaged");
    {
        FontAtlas first;
        first.useGlyphCache(dir);
        (void)layoutSample(first);
        first.saveGlyphCache();
    }
    const auto files = glyphFiles(dir);
    REQUIRE(files.size() == 1);
    auto bytes = *atlas::core::readWholeFile(files[0]);
    const std::string good = bytes;
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x5a);  // one flipped byte in a bitmap
    REQUIRE(!atlas::core::writeFileAtomically(files[0], bytes));

    FontAtlas after;
    after.useGlyphCache(dir);
    CHECK(sameQuads(layoutSample(after), expected));
    CHECK(after.pixels() == plain.pixels());
    after.saveGlyphCache();
    CHECK(atlas::core::readWholeFile(files[0]) == good);
    fs::remove_all(dir);
}

TEST_CASE("glyph cache: decoding checks the key, the checksum and every size", "[glyphcache]") {
    GlyphCacheEntries glyphs;
    glyphs[(1ull << 32) | 7] = CachedGlyph{3, 2, -1, -9, {1, 2, 3, 4, 5, 6}};
    glyphs[5] = CachedGlyph{};  // a space: no bitmap
    const std::string file = encodeGlyphCache(glyphs, 42);
    std::string error;
    const auto back = decodeGlyphCache(file, 42, error);
    REQUIRE(back);
    REQUIRE(back->size() == 2);
    const CachedGlyph& g = back->at((1ull << 32) | 7);
    CHECK((g.w == 3 && g.h == 2 && g.xoff == -1 && g.yoff == -9));
    CHECK(g.sdf == std::vector<std::uint8_t>{1, 2, 3, 4, 5, 6});
    CHECK(back->at(5).sdf.empty());

    CHECK_FALSE(decodeGlyphCache(file, 43, error));
    CHECK(error.find("other fonts") != std::string::npos);
    for (std::size_t cut : {std::size_t{0}, std::size_t{10}, file.size() / 2, file.size() - 1}) {
        CAPTURE(cut);
        CHECK_FALSE(decodeGlyphCache(std::string_view(file).substr(0, cut), 42, error));
    }
    std::string flipped = file;
    flipped[40] = static_cast<char>(flipped[40] ^ 1);
    CHECK_FALSE(decodeGlyphCache(flipped, 42, error));
    CHECK(error.find("checksum") != std::string::npos);
}

TEST_CASE("glyph cache: a file with a good checksum but sizes that do not add up is refused", "[glyphcache]") {
    GlyphCacheEntries glyphs;
    glyphs[9] = CachedGlyph{2, 2, 0, 0, {10, 20, 30, 40}};
    const std::string file = encodeGlyphCache(glyphs, 7);
    const std::string body = file.substr(0, file.size() - 8);
    auto reseal = [](std::string b) {  // what a writer with a bug would produce: the checksum matches
        const std::uint64_t sum = atlas::core::contentHash(b);
        b.append(reinterpret_cast<const char*>(&sum), 8);
        return b;
    };
    auto putAt = [](std::string b, std::size_t at, auto v) {
        std::memcpy(b.data() + at, &v, sizeof v);
        return b;
    };
    constexpr std::size_t countAt = 8 + 4 + 8, firstGlyphAt = countAt + 8, widthAt = firstGlyphAt + 8;
    std::string error;
    REQUIRE(decodeGlyphCache(reseal(body), 7, error));  // the resealed original is fine

    CHECK_FALSE(decodeGlyphCache(reseal(putAt(body, countAt, std::uint64_t{2})), 7, error));
    CHECK(error == "glyph 1 is cut short");
    CHECK_FALSE(decodeGlyphCache(reseal(putAt(body, widthAt, std::int32_t{5000})), 7, error));
    CHECK(error == "glyph 0 has an impossible size");
    CHECK_FALSE(decodeGlyphCache(reseal(putAt(body, widthAt, std::int32_t{3})), 7, error));  // 3 x 2 > 4 bytes
    CHECK(error == "glyph 0's bitmap is cut short");
    CHECK_FALSE(decodeGlyphCache(reseal(body + "x"), 7, error));
    CHECK(error == "bytes left after the last glyph");
    std::string twice = putAt(body, countAt, std::uint64_t{2});
    twice += body.substr(firstGlyphAt);
    CHECK_FALSE(decodeGlyphCache(reseal(twice), 7, error));
    CHECK(error == "glyph 1 appears twice");
}

TEST_CASE("font atlas: the pixels grow with the rows in use and every glyph lies inside them", "[glyphcache]") {
    FontAtlas fonts;  // no cache: every glyph rasterised and packed
    CHECK(fonts.pixelRows() == 0);
    CHECK(fonts.pixels().empty());
    const auto quads = layoutSample(fonts);
    const int rows = fonts.pixelRows();
    REQUIRE(rows > 0);
    CHECK(rows < FontAtlas::kAtlasSize / 4);  // a dozen labels fill a few shelves, not the 4 MiB atlas
    CHECK(fonts.pixels().size() == static_cast<std::size_t>(rows) * FontAtlas::kAtlasSize);
    int glyphs = 0;
    for (const auto& line : quads)
        for (const GlyphQuad& q : line) {
            ++glyphs;
            const float lastRow = q.v1 * FontAtlas::kAtlasSize;
            CHECK(lastRow <= static_cast<float>(rows - 1));  // a row of zeros stays below the lowest glyph
        }
    CHECK(glyphs > 60);
    // The row under the packed glyphs is zero (what the bottom edge of the lowest glyph is filtered against).
    const auto& px = fonts.pixels();
    bool zeroRow = true;
    for (int x = 0; x < FontAtlas::kAtlasSize; ++x)
        zeroRow = zeroRow && px[static_cast<std::size_t>(rows - 1) * FontAtlas::kAtlasSize + static_cast<std::size_t>(x)] == 0;
    CHECK(zeroRow);
    // Laying out the same labels again packs nothing new.
    (void)layoutSample(fonts);
    CHECK(fonts.pixelRows() == rows);
}

TEST_CASE("font atlas: a missing or truncated font file is refused by name", "[glyphcache]") {
    const fs::path dir = freshDir("broken-font");
    CHECK_THROWS_WITH(FontAtlas(dir), Catch::Contains((dir / "NotoSans-Regular.ttf").string()) &&
                                          Catch::Contains("font not found"));
    // Every face present, the first one empty: refused as unreadable, not read past its end.
    namespace fonts = atlas::core::fonts;
    for (const auto face : {fonts::kSans, fonts::kSansBold, fonts::kSansItalic, fonts::kArmenian, fonts::kArmenianBold,
                            fonts::kGeorgian})
        fs::copy_file(fonts::notoFile(face), dir / face);
    { std::ofstream(dir / "NotoSans-Regular.ttf", std::ios::binary | std::ios::trunc); }
    CHECK_THROWS_WITH(FontAtlas(dir), Catch::Contains("NotoSans-Regular.ttf: not a readable TrueType font"));
    fs::remove_all(dir);
}
