// Golden images: the offscreen renderer draws fixed views of the bundled data, compared with tests/golden/.
// Rebaseline with ATLAS_REBASELINE=1; on failure the actual and a diff image go to <build>/golden-actual/.
#include <catch2/catch.hpp>

#include <stb_image.h>
#include <stb_image_write.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <set>

#include "application/atlas_session.hpp"
#include "application/headless_gl.hpp"
#include "core/state/layer_settings.hpp"
#include "core/state/reducer.hpp"
#include "core/map/scene.hpp"
#include "render/render_target.hpp"

using namespace atlas;
namespace fs = std::filesystem;

namespace {

struct Image {
    int width = 0, height = 0;
    std::vector<std::uint8_t> rgba;
};

std::optional<Image> loadPng(const fs::path& p) {
    int w = 0, h = 0, n = 0;
    std::unique_ptr<stbi_uc, void (*)(void*)> data(stbi_load(p.c_str(), &w, &h, &n, 4), stbi_image_free);
    if (!data) return std::nullopt;
    Image img{w, h, {}};
    img.rgba.assign(data.get(), data.get() + static_cast<std::size_t>(w) * h * 4);
    return img;
}

struct Fixture {
    std::unique_ptr<app::OffscreenGl> gl = app::openOffscreenGl();  // EGL: no display needed
    app::AtlasSession session{fs::path(ATLAS_SOURCE_DIR) / "geodata", core::ProjectionId::LambertCaucasus};
};

Fixture& fixture() {
    static Fixture f;  // one GL context for the whole test run
    f.session.renderer().setAreaFringes(true);  // as `render` draws
    return f;
}

Image renderView(core::AppState& state, float scale = 1.0f) {
    render::RenderTarget target;
    const int w = static_cast<int>(state.viewport.width * scale), h = static_cast<int>(state.viewport.height * scale);
    target.resize(w, h, render::defaultSamples());  // as `render` draws: no MSAA on llvmpipe, the areas' fringes
    fixture().session.drawFrame(state, scale, target);
    return Image{w, h, target.readPixels()};
}

/// Compares within a per-channel tolerance; at most `maxShare` of pixels may differ.
void compareWithGolden(const std::string& name, const Image& actual, int tolerance = 24, double maxShare = 0.004) {
    const fs::path golden = fs::path(ATLAS_GOLDEN_DIR) / (name + ".png");
    if (const char* re = std::getenv("ATLAS_REBASELINE"); re && std::string(re) == "1") {
        stbi_write_png(golden.c_str(), actual.width, actual.height, 4, actual.rgba.data(), actual.width * 4);
        WARN("rebaselined " << golden);
        return;
    }
    const auto expected = loadPng(golden);
    REQUIRE(expected);
    REQUIRE(expected->width == actual.width);
    REQUIRE(expected->height == actual.height);
    std::size_t differing = 0;
    Image diff{actual.width, actual.height, std::vector<std::uint8_t>(actual.rgba.size(), 0)};
    for (std::size_t i = 0; i < actual.rgba.size(); i += 4) {
        int worst = 0;
        for (std::size_t c = 0; c < 3; ++c) worst = std::max(worst, std::abs(int(actual.rgba[i + c]) - int(expected->rgba[i + c])));
        const bool bad = worst > tolerance;
        differing += bad ? 1 : 0;
        diff.rgba[i] = bad ? 255 : actual.rgba[i] / 4;
        diff.rgba[i + 1] = bad ? 0 : actual.rgba[i + 1] / 4;
        diff.rgba[i + 2] = bad ? 0 : actual.rgba[i + 2] / 4;
        diff.rgba[i + 3] = 255;
    }
    const double share = static_cast<double>(differing) / static_cast<double>(actual.rgba.size() / 4);
    CAPTURE(name, differing, share);
    if (share > maxShare) {
        fs::create_directories(ATLAS_ACTUAL_DIR);
        const fs::path a = fs::path(ATLAS_ACTUAL_DIR) / (name + "-actual.png");
        const fs::path d = fs::path(ATLAS_ACTUAL_DIR) / (name + "-diff.png");
        stbi_write_png(a.c_str(), actual.width, actual.height, 4, actual.rgba.data(), actual.width * 4);
        stbi_write_png(d.c_str(), diff.width, diff.height, 4, diff.rgba.data(), diff.width * 4);
        FAIL("image differs from " << golden << "; see " << a << " and " << d);
    }
}

core::AppState homeState(double w, double h) {
    core::AppState s;
    s.viewport = {w, h};
    s.camera = core::homeCamera(fixture().session.scene().homeBounds, s.viewport);
    return s;
}

}  // namespace

TEST_CASE("the bundled data loads without problems", "[golden]") {
    const auto& model = fixture().session.model();
    for (const auto& i : model.issues) UNSCOPED_INFO(i.toString());
    CHECK(model.issues.empty());
    CHECK(model.features.size() > 50);
}

TEST_CASE("golden: the whole region", "[golden]") {
    auto state = homeState(800, 500);
    compareWithGolden("region-800x500", renderView(state));
}

TEST_CASE("render draws the whole region with no display at all (EGL)", "[golden][egl]") {
    const fs::path out = fs::path(ATLAS_ACTUAL_DIR).parent_path() / "egl-region-800x500.png";
    fs::remove(out);
#if defined(__SANITIZE_ADDRESS__)
    // As for `render --ui` (test_ui_golden.cpp): LeakSanitizer's stop-the-world tracer segfaults at the exit of this
    // EGL surfaceless llvmpipe render ("Tracer caught signal 11", google/sanitizers#1353, seen twice in a row on
    // 2026-12-06), so this subprocess runs without the leak check; ASan and UBSan still check it, and the other CLI
    // renders (--handout, --animate, --present …) keep it.
    const std::string leakCheck = "LSAN_OPTIONS=detect_leaks=0 ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 ";
#else
    const std::string leakCheck;
#endif
    const std::string cmd = "env -u DISPLAY -u WAYLAND_DISPLAY " + leakCheck + "'" + ATLAS_CLI_EXE +
                            "' render --size 800x500 --out '" + out.string() + "'";
    INFO(cmd);
    REQUIRE(std::system(cmd.c_str()) == 0);
    const auto image = loadPng(out);
    REQUIRE(image);
    CHECK(fixture().gl->platform().starts_with("EGL"));
    compareWithGolden("region-800x500", *image);
}

TEST_CASE("golden: Nagorno-Karabakh close up, 2x", "[golden]") {
    auto state = homeState(640, 400);
    const auto& p = fixture().session.projector();
    state.camera.fit(core::projectBBox({45.2, 39.2, 47.4, 40.5}, p), state.viewport, 8);
    compareWithGolden("karabakh-640x400@2x", renderView(state, 2.0f));
}

TEST_CASE("the render has land, sea and border colours where expected", "[golden]") {
    auto state = homeState(800, 500);
    state.frame.labels = false;
    core::builtinLayer(state, "graticule")->visible = false;
    const Image img = renderView(state);
    const auto& p = fixture().session.projector();
    auto pixelAt = [&](double lon, double lat) {
        const auto xy = p.forward({lon, lat});
        REQUIRE(xy);
        const auto s = state.camera.worldToScreen(*xy, state.viewport);
        const std::size_t i = (static_cast<std::size_t>(s.y) * img.width + static_cast<std::size_t>(s.x)) * 4;
        return std::array<int, 3>{img.rgba[i], img.rgba[i + 1], img.rgba[i + 2]};
    };
    const auto sea = pixelAt(50.5, 41.0);       // Caspian
    const auto armenia = pixelAt(44.6, 40.5);   // near Yerevan's north
    const auto blackSea = pixelAt(38.5, 43.0);
    auto near = [](std::array<int, 3> a, core::Color c) {
        return std::abs(a[0] - int(c.r * 255)) < 6 && std::abs(a[1] - int(c.g * 255)) < 6 && std::abs(a[2] - int(c.b * 255)) < 6;
    };
    CHECK(near(sea, core::defaultTheme().sea));
    CHECK(near(blackSea, core::defaultTheme().sea));
    CHECK(near(armenia, core::defaultTheme().focusA));
}

TEST_CASE("every projection renders the region without errors", "[golden]") {
    core::AppState state = homeState(320, 200);
    for (auto id : core::kAllProjections) {
        CAPTURE(core::projectionKey(id));
        (void)fixture().session.switchProjection(id, state.camera, state.viewport);
        state.projection = id;
        state.camera = core::homeCamera(fixture().session.scene().homeBounds, state.viewport);
        const Image img = renderView(state);
        std::size_t landLike = 0;
        for (std::size_t i = 0; i < img.rgba.size(); i += 4)
            landLike += (img.rgba[i] > 215 && img.rgba[i + 2] < 225) ? 1 : 0;  // warm land, not blue sea
        CHECK(landLike > img.rgba.size() / 4 / 3);
        CHECK(glGetError() == GL_NO_ERROR);
    }
    (void)fixture().session.switchProjection(core::ProjectionId::LambertCaucasus, state.camera, state.viewport);
}

namespace {

/// The base map (land, countries, borders, coast) plus only the given thematic layers.
core::AppState layerState(std::initializer_list<core::MapLayer> keep, double w = 560, double h = 380) {
    auto state = homeState(w, h);
    for (std::size_t l = 0; l < core::kMapLayerCount; ++l) {
        const auto layer = static_cast<core::MapLayer>(l);
        const bool base = layer == core::MapLayer::Land || layer == core::MapLayer::Country ||
                          layer == core::MapLayer::Border || layer == core::MapLayer::Coastline;
        const bool wanted = std::find(keep.begin(), keep.end(), layer) != keep.end();
        if (!base && !wanted) core::apply(state, core::action::SetLayerVisible{layer, false}, core::BBox{});
    }
    core::builtinLayer(state, "offmap")->visible = false;
    const auto& p = fixture().session.projector();
    state.camera.fit(core::projectBBox({43.3, 38.6, 48.2, 41.6}, p), state.viewport, 8);
    return state;
}

/// Draws a layerState: the sea and region names without geometry (MapLayer::Label, which follows only the labels
/// switch as a whole) are left out too, through the session's per-feature opacity factors.
Image renderLayers(core::AppState& state) {
    const auto& features = fixture().session.model().features;
    std::vector<float> factor(features.size(), 1.0f);
    for (std::size_t i = 0; i < features.size(); ++i)
        if (features[i].layer == core::MapLayer::Label) factor[i] = 0.0f;
    fixture().session.setEmphasis(std::move(factor), {});
    Image img = renderView(state);
    fixture().session.setEmphasis({}, {});
    return img;
}

}  // namespace

TEST_CASE("golden: one image per layer kind", "[golden]") {
    SECTION("places (points sized by importance, labels)") {
        auto state = layerState({core::MapLayer::Place});
        compareWithGolden("layer-places", renderLayers(state));
    }
    SECTION("corridors, railways and pipelines in 2022: the Lachin corridor blockaded") {
        auto state = layerState({core::MapLayer::Corridor, core::MapLayer::Railway, core::MapLayer::Pipeline});
        state.time.year = 2022;
        compareWithGolden("layer-corridors-2022", renderLayers(state));
    }
    SECTION("borders and lines in 1995: the line of contact") {
        auto state = layerState({core::MapLayer::Frontline});
        state.time.year = 1995;
        compareWithGolden("layer-lines-1995", renderLayers(state));
    }
    SECTION("regions in 1923: the NKAO") {
        auto state = layerState({core::MapLayer::Region});
        state.time.year = 1923;
        compareWithGolden("layer-regions-1923", renderLayers(state));
    }
    SECTION("water: lakes and rivers") {
        auto state = layerState({core::MapLayer::Lake, core::MapLayer::River});
        compareWithGolden("layer-water", renderLayers(state));
    }
}

TEST_CASE("golden: legend, year stamp, citation footer, off-map arrows and both sides' names", "[golden]") {
    auto state = homeState(900, 560);
    state.time.year = 2023;
    state.naming = core::NamingChoice::Both;
    state.frame.legend = true;
    state.frame.stamp = "2023";
    state.frame.footer = "Passage cited: corpus document 004, paragraph 12 (test footer, wrapped when it is longer than the "
                         "width of the map allows)";
    const auto& p = fixture().session.projector();
    state.camera.fit(core::projectBBox({44.0, 38.7, 47.6, 40.9}, p), state.viewport, 8);
    const Image img = renderView(state);
    compareWithGolden("overlay-2023-both", img);
}

TEST_CASE("off-map arrows and the legend are laid out in the frame the renderer draws", "[golden]") {
    auto state = homeState(900, 560);
    state.frame.legend = true;
    const core::RenderFrame frame = fixture().session.buildFrame(state, 1.0f);
    CHECK_FALSE(frame.legendBox.empty());
    REQUIRE_FALSE(frame.arrows.empty());
    const bool moscow = std::any_of(frame.arrows.begin(), frame.arrows.end(), [](const auto& a) { return a.id == "moscow"; });
    CHECK(moscow);
    for (const auto& label : frame.labels) {  // map labels keep clear of the legend and the arrows' labels
        CHECK_FALSE(frame.legendBox.contains(label.topLeft));
        for (const auto& a : frame.arrows) CHECK_FALSE(a.box.contains(label.topLeft));
    }
    // Naming choice reaches the labels (zoomed onto Stepanakert/Khankendi and Shushi/Shusha).
    const auto& p = fixture().session.projector();
    state.camera.fit(core::projectBBox({46.4, 39.6, 47.1, 40.0}, p), state.viewport, 8);
    state.naming = core::NamingChoice::Azerbaijani;
    const auto az = fixture().session.buildFrame(state, 1.0f);
    CHECK(std::any_of(az.labels.begin(), az.labels.end(), [](const auto& l) { return l.text == "Khankendi"; }));
    CHECK_FALSE(std::any_of(az.labels.begin(), az.labels.end(), [](const auto& l) { return l.text == "Stepanakert"; }));
    state.naming = core::NamingChoice::Armenian;
    const auto am = fixture().session.buildFrame(state, 1.0f);
    CHECK(std::any_of(am.labels.begin(), am.labels.end(), [](const auto& l) { return l.text == "Stepanakert"; }));
    CHECK(std::any_of(am.labels.begin(), am.labels.end(), [](const auto& l) { return l.text == "Shushi"; }));
    CHECK(std::any_of(az.labels.begin(), az.labels.end(), [](const auto& l) { return l.text == "Shusha"; }));
}

TEST_CASE("a layer's colour and draw order chosen in the Layers panel reach the pixels", "[golden][layers]") {
    auto state = homeState(800, 500);
    state.frame.labels = false;
    core::builtinLayer(state, "graticule")->visible = false;
    const auto& p = fixture().session.projector();
    auto pixelAt = [&](const Image& img, double lon, double lat) {
        const auto xy = p.forward({lon, lat});
        REQUIRE(xy);
        const auto s = state.camera.worldToScreen(*xy, state.viewport);
        const std::size_t i = (static_cast<std::size_t>(s.y) * img.width + static_cast<std::size_t>(s.x)) * 4;
        return std::array<int, 3>{img.rgba[i], img.rgba[i + 1], img.rgba[i + 2]};
    };
    auto near = [](std::array<int, 3> a, core::Color c) {
        return std::abs(a[0] - int(c.r * 255)) < 6 && std::abs(a[1] - int(c.g * 255)) < 6 && std::abs(a[2] - int(c.b * 255)) < 6;
    };
    const double armeniaLon = 44.6, armeniaLat = 40.5, sevanLon = 45.3, sevanLat = 40.35;  // Lake Sevan's middle
    const Image before = renderView(state);
    CHECK(near(pixelAt(before, armeniaLon, armeniaLat), core::defaultTheme().focusA));
    CHECK(near(pixelAt(before, sevanLon, sevanLat), core::defaultTheme().lake));

    const core::Color blue = core::Color::rgb(0x2050C0);
    core::apply(state, core::action::SetLayerColour{"countries", blue}, core::BBox{});
    const Image recoloured = renderView(state);
    CHECK(near(pixelAt(recoloured, armeniaLon, armeniaLat), blue));
    CHECK(near(pixelAt(recoloured, sevanLon, sevanLat), core::defaultTheme().lake));  // the lake still on top

    core::apply(state, core::action::MoveLayer{"water", -5}, core::BBox{});  // lakes under the land and the countries
    const Image reordered = renderView(state);
    CHECK(near(pixelAt(reordered, sevanLon, sevanLat), blue));

    core::apply(state, core::action::SetLayerColour{"countries", std::nullopt}, core::BBox{});
    core::apply(state, core::action::MoveLayer{"water", +2}, core::BBox{});  // back above land and countries
    const Image restored = renderView(state);
    CHECK(near(pixelAt(restored, armeniaLon, armeniaLat), core::defaultTheme().focusA));
    CHECK(near(pixelAt(restored, sevanLon, sevanLat), core::defaultTheme().lake));
}

TEST_CASE("a corridor drawn to its stated width is blended once, joints too, and leaves the frame opaque",
          "[golden][band]") {
    // Lachin corridor in 2021: a 5 km band (the 10 Nov 2020 statement) around the road, which turns at
    // (46.74989, 39.76006). Blended capsule by capsule, the band would come out darker where two capsules overlap.
    auto state = homeState(800, 500);
    state.frame.labels = false;
    core::builtinLayer(state, "graticule")->visible = false;
    core::apply(state, core::action::SetYear{2021}, core::BBox{});
    const auto& p = fixture().session.projector();
    state.camera.fit(core::projectBBox({46.30, 39.45, 46.85, 39.85}, p), state.viewport, 8);
    const double bandPx = 5000.0 / state.camera.metersPerPixel();
    REQUIRE(bandPx > 40.0);  // wide enough to be drawn to scale, and to sample inside

    const Image with = renderView(state);
    core::apply(state, core::action::SetBuiltinLayer{"corridors", false, std::nullopt, std::nullopt}, core::BBox{});
    const Image without = renderView(state);

    std::size_t translucent = 0;  // the band's bookkeeping in the alpha channel is undone
    for (std::size_t i = 3; i < with.rgba.size(); i += 4) translucent += with.rgba[i] != 255 ? 1 : 0;
    CHECK(translucent == 0);

    auto screen = [&](double lon, double lat) {
        const auto xy = p.forward({lon, lat});
        REQUIRE(xy);
        return state.camera.worldToScreen(*xy, state.viewport);
    };
    auto pixel = [](const Image& img, core::Vec2 s) {
        const std::size_t i = (static_cast<std::size_t>(s.y) * img.width + static_cast<std::size_t>(s.x)) * 4;
        return std::array<int, 3>{img.rgba[i], img.rgba[i + 1], img.rgba[i + 2]};
    };
    // Stepanakert -> Shusha -> Sus, the road's vertices in geodata/gazetteer.geojson (geodata/build_lines.py)
    const core::Vec2 a = screen(46.7528, 39.8177), v = screen(46.74989, 39.76006), b = screen(46.605, 39.665);
    auto unit = [](core::Vec2 d) { return d * (1.0 / core::length(d)); };
    const core::Vec2 ua = unit(v - a), ub = unit(b - v);
    // inside both capsules: from the joint, a third of the band's width towards the inside of the turn
    const core::Vec2 inner = unit(ub - ua);
    const core::Vec2 atJoint = v + inner * (bandPx / 3.0);
    // inside one capsule only: the middle of the second segment, the same distance to the same side
    core::Vec2 side{-ub.y, ub.x};
    if (side.x * inner.x + side.y * inner.y < 0) side = side * -1.0;
    const core::Vec2 atMiddle = (v + b) * 0.5 + side * (bandPx / 3.0);

    const auto baseJoint = pixel(without, atJoint), baseMiddle = pixel(without, atMiddle);
    CAPTURE(baseJoint, baseMiddle, pixel(with, atJoint), pixel(with, atMiddle));
    for (int c = 0; c < 3; ++c) REQUIRE(std::abs(baseJoint[c] - baseMiddle[c]) <= 3);  // the same ground below
    int strongest = 0;
    for (int c = 0; c < 3; ++c) {
        const int joint = pixel(with, atJoint)[c] - baseJoint[c], middle = pixel(with, atMiddle)[c] - baseMiddle[c];
        strongest = std::max(strongest, std::abs(middle));
        CHECK(std::abs(joint - middle) <= 3);
    }
    CHECK(strongest >= 12);  // the band is there
}

TEST_CASE("render target: a multisampled image that cannot be made falls back to fewer samples, then none",
          "[golden][render_target]") {
    // ATLAS_MSAA_BUDGET_MB makes a sample count over it behave like one the driver refuses: the same fallback a
    // huge image takes (a 16384x16384 image at 4x would need 4 GiB), tried here on small images.
    struct BudgetScope {
        explicit BudgetScope(const char* mb) { ::setenv("ATLAS_MSAA_BUDGET_MB", mb, 1); }
        ~BudgetScope() { ::unsetenv("ATLAS_MSAA_BUDGET_MB"); }
    };
    CHECK(render::multisampleBudgetBytes() == (std::size_t{1} << 30));  // the default: 1 GiB
    auto state = homeState(320, 200);
    render::RenderTarget full;
    full.resize(320, 200, 4);
    REQUIRE(full.samples() == 4);
    CHECK(full.samplesNote().empty());
    fixture().session.drawFrame(state, 1.0f, full);
    const Image msaa{320, 200, full.readPixels()};
    {
        const BudgetScope budget("1");  // 4x takes 1000 KiB: fits; 640x400 at 4x (3.9 MiB) and 2x (2 MiB) do not
        CHECK(render::multisampleBudgetBytes() == (std::size_t{1} << 20));
        render::RenderTarget half;
        half.resize(640, 400, 4);
        CHECK(half.samples() == 0);
        CHECK(half.samplesNote() == "a 640x400 image with 4x multisampling does not fit (it would take 4 MiB, over "
                                    "the 1 MiB allowed (ATLAS_MSAA_BUDGET_MB)); drawn with no multisampling");
        const BudgetScope more("3");
        half.resize(640, 400, 4);
        CHECK(half.samples() == 0);  // same size and samples asked: kept as it was
        render::RenderTarget two;  // a new image reads the budget again
        two.resize(640, 400, 4);
        CHECK(two.samples() == 2);
        CHECK_THAT(two.samplesNote(), Catch::EndsWith("drawn with 2x multisampling"));
    }
    const BudgetScope none("0");
    render::RenderTarget single;
    single.resize(320, 200, 4);
    REQUIRE(single.samples() == 0);
    CHECK_THAT(single.samplesNote(), Catch::Contains("drawn with no multisampling"));
    fixture().session.drawFrame(state, 1.0f, single);
    const Image plain{320, 200, single.readPixels()};
    // The same map, only its edges not smoothed: most pixels equal, a few (edges) different.
    std::size_t changed = 0, farOff = 0;
    std::set<std::uint32_t> colours;
    for (std::size_t i = 0; i < plain.rgba.size(); i += 4) {
        int worst = 0;
        for (std::size_t c = 0; c < 3; ++c) worst = std::max(worst, std::abs(int(plain.rgba[i + c]) - int(msaa.rgba[i + c])));
        changed += worst > 0 ? 1 : 0;
        farOff += worst > 24 ? 1 : 0;
        colours.insert(std::uint32_t{plain.rgba[i]} << 16 | std::uint32_t{plain.rgba[i + 1]} << 8 | plain.rgba[i + 2]);
    }
    const std::size_t pixels = plain.rgba.size() / 4;
    CAPTURE(changed, farOff, colours.size());
    CHECK(changed > 0);                // the edges really were drawn without multisampling
    CHECK(farOff * 20 < pixels);       // ... and the picture is the same map (fewer than 5% of pixels far off)
    CHECK(colours.size() > 10);        // land, sea, borders, labels: not an empty frame
}

TEST_CASE("without multisampling, the areas' fringes bring their edges closer to the 4x picture",
          "[golden][render_target]") {
    // A view drawn twice: 4x multisampled (the reference) and single-sampled (as `render` and the window draw on
    // a software rasterizer), where each area's edges get a one-pixel coverage fringe. The Mingachevir reservoir
    // at 120 m a pixel, lakes and countries only: edges that only fills draw. The error is the sum over pixels of
    // the largest channel difference from the reference, per pixel of the image: measured 0.0525 with the fringe
    // left out (stairs along every edge), 0.0365 with it (only the pixels just inside an edge stay too strong).
    auto state = layerState({core::MapLayer::Lake}, 480, 300);  // lakes over the countries, nothing else
    state.frame.labels = false;
    core::builtinLayer(state, "graticule")->visible = false;
    const auto centre = fixture().session.projector().forward({47.0, 40.85});
    REQUIRE(centre);
    state.camera = core::Camera(*centre, 120.0);
    render::RenderTarget reference, single;
    reference.resize(480, 300, 4);
    single.resize(480, 300, 0);
    REQUIRE(reference.samples() == 4);
    REQUIRE(single.samples() == 0);
    fixture().session.drawFrame(state, 1.0f, reference);
    const auto msaa = reference.readPixels();
    fixture().session.drawFrame(state, 1.0f, single);
    const auto plain = single.readPixels();
    REQUIRE(msaa.size() == plain.size());
    std::size_t differing = 0;
    double error = 0.0;
    for (std::size_t i = 0; i < plain.size(); i += 4) {
        int worst = 0;
        for (std::size_t c = 0; c < 3; ++c) worst = std::max(worst, std::abs(int(plain[i + c]) - int(msaa[i + c])));
        differing += worst > 0 ? 1 : 0;
        error += worst;
    }
    const double perPixel = error / static_cast<double>(plain.size() / 4);
    CAPTURE(differing, perPixel);
    CHECK(differing > 0);  // really drawn two ways
    CHECK(perPixel < 0.045);
}
