// `caucasus-atlas render --present`: a slide as the seminar audience sees it. The caption band's position, colours
// and height are measured in the image (text itself is not compared pixel by pixel: fonts differ by machine).
#include <catch2/catch.hpp>

#include <stb_image.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Image {
    int width = 0, height = 0;
    std::vector<std::uint8_t> px;  // RGBA

    [[nodiscard]] std::size_t at(int x, int y) const {
        return (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)) * 4;
    }
    [[nodiscard]] double luminance(int x, int y) const {
        const std::size_t i = at(x, y);
        return 0.2126 * px[i] + 0.7152 * px[i + 1] + 0.0722 * px[i + 2];
    }
    [[nodiscard]] bool near(int x, int y, std::uint32_t rgb, int tolerance) const {
        const std::size_t i = at(x, y);
        for (std::size_t c = 0; c < 3; ++c) {
            const int want = static_cast<int>((rgb >> (16 - 8 * c)) & 0xFF);
            if (std::abs(int(px[i + c]) - want) > tolerance) return false;
        }
        return true;
    }
};

Image renderPresent(const std::string& name, const std::string& args) {
    const fs::path out = fs::path(ATLAS_BINARY_DIR) / ("present-" + name + ".png");
    fs::remove(out);
    const std::string cmd =
        std::string("'") + ATLAS_CLI_EXE + "' render --present " + args + " --out '" + out.string() + "'";
    INFO(cmd);
    REQUIRE(std::system(cmd.c_str()) == 0);
    int w = 0, h = 0, n = 0;
    std::unique_ptr<stbi_uc, void (*)(void*)> data(stbi_load(out.c_str(), &w, &h, &n, 4), stbi_image_free);
    REQUIRE(data);
    return Image{w, h, std::vector<std::uint8_t>(data.get(), data.get() + static_cast<std::size_t>(w) * h * 4)};
}

/// The top of the caption band: the lowest row drawn almost entirely in the band's accent rule colour.
std::optional<int> ruleRow(const Image& img, std::uint32_t accent) {
    for (int y = img.height - 1; y >= 0; --y) {
        int hits = 0;
        for (int x = 0; x < img.width; ++x) hits += img.near(x, y, accent, 24) ? 1 : 0;
        if (hits > img.width * 9 / 10) return y;
    }
    return std::nullopt;
}

struct BandStats {
    double meanLuminance = 0;
    double darkShare = 0;   // pixels with luminance < 90
    double lightShare = 0;  // pixels with luminance > 170
};

BandStats stats(const Image& img, int y0, int y1) {
    BandStats s;
    std::size_t n = 0;
    for (int y = y0; y < y1; ++y)
        for (int x = 0; x < img.width; ++x) {
            const double l = img.luminance(x, y);
            s.meanLuminance += l;
            s.darkShare += l < 90 ? 1 : 0;
            s.lightShare += l > 170 ? 1 : 0;
            ++n;
        }
    if (n == 0) return s;
    s.meanLuminance /= static_cast<double>(n);
    s.darkShare /= static_cast<double>(n);
    s.lightShare /= static_cast<double>(n);
    return s;
}

const std::string kDeck = std::string(" --deck '") + ATLAS_SOURCE_DIR + "/decks/caucasus-story.json'";
constexpr std::uint32_t kLightRule = 0x9A3A26;  // ui/presenter_panels.cpp coloursFor
constexpr std::uint32_t kDarkRule = 0xE8A583;

}  // namespace

TEST_CASE("render --present draws the slide with a readable caption band in both projector themes", "[present][ui]") {
    const Image light = renderPresent("lachin-light", kDeck + " --slide 7 --size 1280x720");
    const Image dark = renderPresent("lachin-dark", kDeck + " --slide 7 --size 1280x720 --theme dark");
    REQUIRE(light.width == 1280);
    REQUIRE(light.height == 720);

    const auto lightTop = ruleRow(light, kLightRule);
    const auto darkTop = ruleRow(dark, kDarkRule);
    REQUIRE(lightTop);
    REQUIRE(darkTop);
    // Title, caption, a quoted sentence and its citation: several lines, but the map keeps most of the screen.
    const int bandHeight = light.height - *lightTop;
    CAPTURE(bandHeight);
    CHECK(bandHeight > light.height / 6);
    CHECK(bandHeight <= light.height / 2 + 2);
    CHECK(std::abs((dark.height - *darkTop) - bandHeight) <= 4);  // same text, same layout

    // Light: dark ink on a white band; dark: light ink on a near-black band. Text covers a few percent of the band.
    const BandStats lb = stats(light, *lightTop + 8, light.height);
    const BandStats db = stats(dark, *darkTop + 8, dark.height);
    CHECK(lb.meanLuminance > 200);
    CHECK(lb.darkShare > 0.02);
    CHECK(lb.darkShare < 0.35);
    CHECK(db.meanLuminance < 60);
    CHECK(db.lightShare > 0.02);
    CHECK(db.lightShare < 0.35);

    // Above the band the map is drawn in the theme's palette: the dark theme's sea and land are far darker.
    const BandStats lm = stats(light, 0, *lightTop - 1);
    const BandStats dm = stats(dark, 0, *darkTop - 1);
    CHECK(lm.meanLuminance - dm.meanLuminance > 80);
}

TEST_CASE("render --present of a view without a passage has a slimmer band: no quote, no citation", "[present][ui]") {
    const Image withQuote = renderPresent("slide1", kDeck + " --slide 1 --size 1280x720");
    const Image plain = renderPresent("view", "--year 1923 --size 1280x720");
    const auto quoteTop = ruleRow(withQuote, kLightRule);
    const auto plainTop = ruleRow(plain, kLightRule);
    REQUIRE(quoteTop);
    REQUIRE(plainTop);
    CHECK(withQuote.height - *quoteTop > (plain.height - *plainTop) + 60);
}
