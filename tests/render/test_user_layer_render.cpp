// A view's user layers are drawn by `caucasus-atlas render --view` (the window's renderer): a red polygon turns its
// part of the frame red, in every projection, and a bad layer file is a warning naming it, not a failure.
#include <catch2/catch.hpp>

#include <stb_image.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Picture {
    int width = 0, height = 0;
    std::vector<std::uint8_t> px;
    [[nodiscard]] const std::uint8_t* at(int x, int y) const {
        return px.data() + (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)) * 4;
    }
};

/// Writes a view centred on the test square (45.6..46.0 E, 40.6..41.0 N) with the given user layers.
fs::path writeView(const std::string& name, const std::string& projection, const std::string& userLayers) {
    const fs::path view = fs::path(ATLAS_BINARY_DIR) / ("user-layer-" + name + ".json");
    std::ofstream out(view);
    out << R"({"format": "caucasus-atlas-view", "version": 1,
               "camera": {"lon": 45.8, "lat": 40.8, "ground_metres_per_pixel": 300, "projection": ")"
        << projection << R"("}, "panels": {"legend": false}, "user_layers": [)" << userLayers << "]}";
    return view;
}

std::string layer(const std::string& file, const std::string& colour, int order) {
    const fs::path path = fs::path(ATLAS_TEST_DATA_DIR) / "user_layers" / file;
    return R"({"path": ")" + path.string() + R"(", "visible": true, "opacity": 1.0, "colour": ")" + colour +
           R"(", "labels": false, "order": )" + std::to_string(order) + "}";
}

/// Runs `caucasus-atlas render --view VIEW` at 320x240 and reads the picture; the output (stderr) goes to `log`.
Picture render(const fs::path& view, const std::string& name, std::string* log = nullptr,
               const std::string& options = "") {
    const fs::path out = fs::path(ATLAS_BINARY_DIR) / ("user-layer-" + name + ".png");
    const fs::path err = fs::path(ATLAS_BINARY_DIR) / ("user-layer-" + name + ".log");
    fs::remove(out);
#if defined(__SANITIZE_ADDRESS__)
    // LeakSanitizer's stop-the-world tracer segfaults ("Tracer caught signal 11", google/sanitizers#1353) at the exit
    // of every single-sampled `render` of a view with user layers through EGL surfaceless llvmpipe (16 of 16 runs
    // on 2026-12-07; with 4x multisampling, or without user layers, 0 of 6), as it does for `render --ui`
    // (test_ui_golden.cpp): these subprocesses run without the leak check in the sanitizer build; ASan and UBSan
    // still check them.
    const std::string prefix = "env LSAN_OPTIONS=detect_leaks=0 ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 '";
#else
    const std::string prefix = "'";
#endif
    const std::string cmd = prefix + ATLAS_CLI_EXE + "' render --no-labels --size 320x240 " + options + " --view '" +
                            view.string() + "' --out '" + out.string() + "' 2> '" + err.string() + "'";
    INFO(cmd);
    const int status = std::system(cmd.c_str());
    std::string said;
    {
        std::ifstream in(err);
        said.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    INFO("its standard error: " << said);  // in the test's output when it fails (CI reads sanitizer reports there)
    REQUIRE(status == 0);
    if (log) *log = said;
    int w = 0, h = 0, n = 0;
    std::unique_ptr<stbi_uc, void (*)(void*)> data(stbi_load(out.c_str(), &w, &h, &n, 4), stbi_image_free);
    REQUIRE(data);
    return Picture{w, h, std::vector<std::uint8_t>(data.get(), data.get() + static_cast<std::size_t>(w) * h * 4)};
}

/// Share of pixels in the centre 40x40 whose red rose by at least 40 over `before` while blue did not.
double reddened(const Picture& before, const Picture& after) {
    int count = 0, total = 0;
    for (int y = after.height / 2 - 20; y < after.height / 2 + 20; ++y)
        for (int x = after.width / 2 - 20; x < after.width / 2 + 20; ++x) {
            const auto* a = before.at(x, y);
            const auto* b = after.at(x, y);
            const int redGain = int(b[0]) - int(a[0]) + (int(a[2]) - int(b[2]));  // redder: more red, less blue
            count += redGain >= 40 ? 1 : 0;
            ++total;
        }
    return static_cast<double>(count) / total;
}

}  // namespace

TEST_CASE("render: a view's user layer is drawn in its colour, in every projection", "[render][user_layers]") {
    for (const std::string projection : {"lcc", "webmercator"}) {
        INFO(projection);
        const Picture plain = render(writeView("plain-" + projection, projection, ""), "plain-" + projection);
        const Picture red = render(writeView("red-" + projection, projection, layer("polygons.geojson", "#ff0000", 10)),
                                   "red-" + projection);
        REQUIRE(red.width == 320);
        CHECK(reddened(plain, red) > 0.9);
        // Outside the square (the top-left corner of the frame is north-west of it) nothing changed.
        const auto* a = plain.at(5, 5);
        const auto* b = red.at(5, 5);
        CHECK(std::abs(int(a[0]) - int(b[0])) <= 2);
    }
}

TEST_CASE("render: user layers that cannot be read are warnings naming the file; the rest is drawn",
          "[render][user_layers]") {
    const std::string layers = layer("polygons.geojson", "#ff0000", 10) + "," + layer("corrupt.geojson", "#00ff00", 11) +
                               "," + layer("missing.geojson", "#0000ff", 12);
    std::string log;
    const Picture plain = render(writeView("plain-lcc", "lcc", ""), "plain-lcc");
    const Picture bad = render(writeView("bad", "lcc", layers), "bad", &log);
    CHECK_THAT(log, Catch::Contains("corrupt.geojson: GDAL cannot open it as vector data"));
    CHECK_THAT(log, Catch::Contains("missing.geojson: file not found; the layer was not added"));
    CHECK(reddened(plain, bad) > 0.9);
}

TEST_CASE("render: --bbox frames its box over the view's camera", "[render][user_layers]") {
    // The view is centred on the red square; --bbox moves the picture onto the square (still red at the centre) or
    // onto central Anatolia, far west of it (nothing red there).
    const fs::path view = writeView("bbox", "lcc", layer("polygons.geojson", "#ff0000", 10));
    const Picture plain = render(writeView("plain-bbox", "lcc", ""), "plain-bbox");
    const Picture onSquare = render(view, "bbox-on", nullptr, "--bbox 45.7,40.7,45.9,40.9");
    CHECK(reddened(plain, onSquare) > 0.9);
    const Picture elsewhere = render(view, "bbox-off", nullptr, "--bbox 33.0,38.5,35.0,39.5");
    const Picture elsewherePlain = render(writeView("plain-bbox", "lcc", ""), "bbox-off-plain", nullptr,
                                          "--bbox 33.0,38.5,35.0,39.5");
    CHECK(reddened(elsewherePlain, elsewhere) < 0.01);
    // And it is another picture than the view's own framing.
    CHECK(reddened(elsewhere, onSquare) > 0.9);
}
