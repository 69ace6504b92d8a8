// The whole window as `caucasus-atlas render --ui` draws it, compared with golden images in tests/golden/.
// The command runs as a child process (it owns its GL context and ImGui). Rebaseline with ATLAS_REBASELINE=1;
// on failure the actual image and a diff go to <build>/golden-actual/.
#include <catch2/catch.hpp>

#include <stb_image.h>
#include <stb_image_write.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace fs = std::filesystem;

namespace {

struct Rgba {
    int width = 0, height = 0;
    std::vector<std::uint8_t> px;
};

std::optional<Rgba> readPng(const fs::path& p) {
    int w = 0, h = 0, n = 0;
    std::unique_ptr<stbi_uc, void (*)(void*)> data(stbi_load(p.c_str(), &w, &h, &n, 4), stbi_image_free);
    if (!data) return std::nullopt;
    return Rgba{w, h, std::vector<std::uint8_t>(data.get(), data.get() + static_cast<std::size_t>(w) * h * 4)};
}

/// Runs `caucasus-atlas render --ui ARGS --out <build>/ui-NAME.png` and reads the image.
Rgba renderUi(const std::string& name, const std::string& args) {
    const fs::path out = fs::path(ATLAS_BINARY_DIR) / ("ui-" + name + ".png");
    fs::remove(out);
#if defined(__SANITIZE_ADDRESS__)
    // LeakSanitizer's stop-the-world tracer segfaults ("Tracer caught signal 11", google/sanitizers#1353) at the exit
    // of every `render --ui` drawn through EGL surfaceless llvmpipe, so this one subprocess runs without the leak
    // check in the sanitizer build; ASan and UBSan still check it, and every other render keeps the leak check.
    const std::string prefix = "env LSAN_OPTIONS=detect_leaks=0 ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 '";
#else
    const std::string prefix = "'";
#endif
    const std::string cmd = prefix + ATLAS_CLI_EXE + "' render --ui " + args + " --out '" + out.string() + "'";
    INFO(cmd);
    REQUIRE(std::system(cmd.c_str()) == 0);
    auto img = readPng(out);
    REQUIRE(img);
    return *img;
}

/// Share of pixels whose worst channel differs by more than `tolerance` inside [x0,x1)x[y0,y1).
double differingShare(const Rgba& a, const Rgba& b, int tolerance, int x0, int y0, int x1, int y1) {
    std::size_t differing = 0, total = 0;
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x) {
            const std::size_t i = (static_cast<std::size_t>(y) * static_cast<std::size_t>(a.width) + static_cast<std::size_t>(x)) * 4;
            int worst = 0;
            for (std::size_t c = 0; c < 3; ++c) worst = std::max(worst, std::abs(int(a.px[i + c]) - int(b.px[i + c])));
            differing += worst > tolerance ? 1 : 0;
            ++total;
        }
    return total ? static_cast<double>(differing) / static_cast<double>(total) : 0.0;
}

/// Text makes window images sensitive: a pixel differs when a channel is off by more than `tolerance`, and at
/// most `maxShare` of the pixels may differ.
void compareUiWithGolden(const std::string& name, const Rgba& actual, int tolerance = 40, double maxShare = 0.006) {
    const fs::path golden = fs::path(ATLAS_GOLDEN_DIR) / (name + ".png");
    if (const char* re = std::getenv("ATLAS_REBASELINE"); re && std::string(re) == "1") {
        stbi_write_png(golden.c_str(), actual.width, actual.height, 4, actual.px.data(), actual.width * 4);
        WARN("rebaselined " << golden);
        return;
    }
    const auto expected = readPng(golden);
    REQUIRE(expected);
    REQUIRE(expected->width == actual.width);
    REQUIRE(expected->height == actual.height);
    const double share = differingShare(actual, *expected, tolerance, 0, 0, actual.width, actual.height);
    CAPTURE(name, share);
    if (share > maxShare) {
        Rgba diff = actual;
        for (std::size_t i = 0; i < diff.px.size(); i += 4) {
            int worst = 0;
            for (std::size_t c = 0; c < 3; ++c) worst = std::max(worst, std::abs(int(actual.px[i + c]) - int(expected->px[i + c])));
            const bool bad = worst > tolerance;
            for (std::size_t c = 0; c < 3; ++c) diff.px[i + c] = bad ? (c == 0 ? 255 : 0) : static_cast<std::uint8_t>(actual.px[i + c] / 4);
            diff.px[i + 3] = 255;
        }
        fs::create_directories(ATLAS_ACTUAL_DIR);
        const fs::path a = fs::path(ATLAS_ACTUAL_DIR) / (name + "-actual.png");
        const fs::path d = fs::path(ATLAS_ACTUAL_DIR) / (name + "-diff.png");
        stbi_write_png(a.c_str(), actual.width, actual.height, 4, actual.px.data(), actual.width * 4);
        stbi_write_png(d.c_str(), diff.width, diff.height, 4, diff.px.data(), diff.width * 4);
        FAIL("image differs from " << golden << "; see " << a << " and " << d);
    }
}

}  // namespace

TEST_CASE("golden ui: the Lachin corridor selected, the inspector lists its passages", "[golden][ui]") {
    const Rgba selected = renderUi("lachin", "--select lachin-corridor --size 1280x800");
    REQUIRE(selected.width == 1280);
    REQUIRE(selected.height == 800);
    compareUiWithGolden("ui-lachin-1280x800", selected);
    // Without a selection the inspector holds a two-line hint: its window (top right) must look different.
    const Rgba none = renderUi("none", "--size 1280x800");
    CHECK(differingShare(selected, none, 40, 1280 - 452, 40, 1280 - 12, 540) > 0.03);
}

TEST_CASE("ui: an off-map place chosen with --select fills the inspector like a place on the map", "[ui][offmap]") {
    // Before off-map places were inspectable, `--select washington` left the inspector with its hint: the same
    // pixels as no selection. Now its names, periods and passages fill the window (top right).
    const Rgba none = renderUi("none-offmap", "--size 1280x800");
    for (const char* id : {"washington", "moscow", "brussels"}) {
        const Rgba selected = renderUi(std::string("select-") + id, std::string("--select ") + id + " --size 1280x800");
        CAPTURE(id);
        CHECK(differingShare(selected, none, 40, 1280 - 452, 40, 1280 - 12, 540) > 0.03);
    }
}
