// The PNG encoder of `render` (libdeflate): every compression level decodes back to the same pixels.
#include <catch2/catch.hpp>

#include <stb_image.h>

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
