// The PNG encoder of `render` (libdeflate): every compression level decodes back to the same pixels.
#include <catch2/catch.hpp>

#include <stb_image.h>

#include <zlib.h>

#include <cstring>
#include <memory>

#include "application/png_writer.hpp"

using namespace atlas::app;

namespace {

std::vector<std::uint8_t> decode(const std::vector<std::uint8_t>& png, int& w, int& h) {
    int n = 0;
    std::unique_ptr<stbi_uc, void (*)(void*)> data(
        stbi_load_from_memory(png.data(), static_cast<int>(png.size()), &w, &h, &n, 4), stbi_image_free);
    if (!data) return {};
    return {data.get(), data.get() + static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4};
}

/// The IDAT chunk's zlib stream inflated by zlib, which checks its Adler-32; empty when it does not inflate.
std::vector<std::uint8_t> inflateIdat(const std::vector<std::uint8_t>& png, std::size_t expected) {
    std::size_t at = 8;
    while (at + 8 <= png.size()) {
        const std::size_t length = (std::size_t{png[at]} << 24) | (std::size_t{png[at + 1]} << 16) |
                                   (std::size_t{png[at + 2]} << 8) | png[at + 3];
        if (std::memcmp(png.data() + at + 4, "IDAT", 4) == 0) {
            std::vector<std::uint8_t> out(expected + 1);
            uLongf outSize = static_cast<uLongf>(out.size());
            if (uncompress(out.data(), &outSize, png.data() + at + 8, static_cast<uLong>(length)) != Z_OK) return {};
            out.resize(outSize);
            return out;
        }
        at += 12 + length;
    }
    return {};
}

std::vector<std::uint8_t> testImage(int w, int h, bool opaque) {
    std::vector<std::uint8_t> rgba(static_cast<std::size_t>(w) * h * 4);
    for (std::size_t i = 0; i < rgba.size(); ++i)
        rgba[i] = i % 4 == 3 && opaque ? 0xFF : static_cast<std::uint8_t>((i * 7919u) ^ (i / 148u));
    for (int y = h / 3; y < h / 2; ++y)  // some equal rows, as a map has
        std::copy_n(rgba.begin() + (h / 4) * w * 4, w * 4, rgba.begin() + y * w * 4);
    return rgba;
}

}  // namespace

TEST_CASE("PNG encoder: every level round-trips the pixels", "[png]") {
    const int w = 37, h = 23;  // odd sizes: no row is a multiple of anything
    std::vector<std::uint8_t> rgba(static_cast<std::size_t>(w) * h * 4);
    for (std::size_t i = 0; i < rgba.size(); ++i) rgba[i] = static_cast<std::uint8_t>((i * 7919u) ^ (i / 148u));
    for (int y = 10; y < 20; ++y)  // some equal rows, as a map has
        std::copy_n(rgba.begin() + 9 * w * 4, w * 4, rgba.begin() + y * w * 4);
    for (const char* name : {"fast", "default", "best"}) {
        CAPTURE(name);
        const auto level = pngCompressionFromName(name);
        REQUIRE(level);
        const auto png = encodePng(w, h, rgba, *level);
        REQUIRE(png.size() > 8);
        int dw = 0, dh = 0;
        const auto back = decode(png, dw, dh);
        CHECK(dw == w);
        CHECK(dh == h);
        CHECK(back == rgba);
    }
}

TEST_CASE("PNG encoder: names and bad input", "[png]") {
    CHECK_FALSE(pngCompressionFromName("fastest"));
    CHECK(encodePng(4, 4, std::vector<std::uint8_t>(10), PngCompression::Fast).empty());
    CHECK(encodePng(0, 4, {}, PngCompression::Fast).empty());
}

TEST_CASE("PNG encoder: an opaque image is written as RGB, one with any transparency as RGBA", "[png]") {
    const int w = 19, h = 11;
    std::vector<std::uint8_t> rgba(static_cast<std::size_t>(w) * h * 4);
    for (std::size_t i = 0; i < rgba.size(); ++i) rgba[i] = i % 4 == 3 ? 0xFF : static_cast<std::uint8_t>(i * 31u);
    const auto colourType = [](const std::vector<std::uint8_t>& png) { return png.size() > 25 ? int(png[25]) : -1; };
    const auto opaque = encodePng(w, h, rgba, PngCompression::Fast);
    CHECK(colourType(opaque) == 2);  // IHDR's colour type: truecolour
    int dw = 0, dh = 0;
    CHECK(decode(opaque, dw, dh) == rgba);  // alpha comes back as 255
    rgba[4 * 37 + 3] = 0x80;             // one pixel half transparent
    const auto translucent = encodePng(w, h, rgba, PngCompression::Fast);
    CHECK(colourType(translucent) == 6);  // truecolour with alpha
    CHECK(decode(translucent, dw, dh) == rgba);
    CHECK(opaque.size() < translucent.size());
}

TEST_CASE("PNG encoder: two parts compressed at once (zlib's, then libdeflate's) are one valid zlib stream", "[png]") {
    // Small and odd sizes, one and two rows, opaque (RGB) and not: the stream inflates with its Adler-32 checked by
    // zlib to the filtered rows, and the PNG decodes to the pixels, with one part and with two.
    for (const auto& [w, h] : {std::pair{37, 23}, std::pair{5, 1}, std::pair{9, 2}, std::pair{640, 480}})
        for (const bool opaque : {true, false}) {
            CAPTURE(w, h, opaque);
            const auto rgba = testImage(w, h, opaque);
            const std::size_t filtered = (static_cast<std::size_t>(w) * (opaque ? 3 : 4) + 1) * h;
            std::vector<std::uint8_t> inflated[2], pngs[2];
            for (const int parts : {1, 2}) {
                CAPTURE(parts);
                const auto& png = pngs[parts - 1] = encodePng(w, h, rgba, PngCompression::Fast, parts);
                REQUIRE(png.size() > 8);
                inflated[parts - 1] = inflateIdat(png, filtered);
                CHECK(inflated[parts - 1].size() == filtered);
                int dw = 0, dh = 0;
                const auto back = decode(png, dw, dh);
                CHECK(dw == w);
                CHECK(dh == h);
                CHECK(back == rgba);
            }
            CHECK(inflated[0] == inflated[1]);
            if (h >= 2) CHECK(pngs[0] != pngs[1]);  // two parts were made: another stream, the same rows
        }
}

TEST_CASE("PNG encoder: a large image at the fast level round-trips whichever way it is compressed", "[png]") {
    const int w = 1200, h = 700;  // 2.5 MB of RGB rows: two parts on a machine with two cores
    const auto rgba = testImage(w, h, true);
    const auto png = encodePng(w, h, rgba, PngCompression::Fast);
    CHECK(inflateIdat(png, (static_cast<std::size_t>(w) * 3 + 1) * h).size() == (static_cast<std::size_t>(w) * 3 + 1) * h);
    int dw = 0, dh = 0;
    CHECK(decode(png, dw, dh) == rgba);
    // A corrupted byte in the second part's data is caught by the checksum (the test's check is not vacuous).
    auto bad = png;
    bad[bad.size() / 2] ^= 0x40;
    CHECK(inflateIdat(bad, (static_cast<std::size_t>(w) * 3 + 1) * h).size() != (static_cast<std::size_t>(w) * 3 + 1) * h);
}
