// Label placement: no two placed labels overlap, all stay on screen, priority wins, crowded labels drop out.
#include <catch2/catch.hpp>

#include <random>

#include "core/map/labels.hpp"
#include "core/frame/render_frame.hpp"

using namespace atlas::core;

namespace {
bool overlap(const BBox& a, const BBox& b) {
    return a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
}
}  // namespace

TEST_CASE("no two placed labels overlap on random dense input", "[labels]") {
    const auto seed = GENERATE(1u, 2u, 3u, 42u);
    CAPTURE(seed);
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> px(0, 1200), py(0, 800), w(20, 160), pr(0, 100);
    std::vector<LabelCandidate> cands;
    for (std::uint32_t i = 0; i < 600; ++i)
        cands.push_back({i, {px(rng), py(rng)}, w(rng), 14.0, pr(rng), 5.0, i % 3 != 0});
    LabelPlacementOptions opts{1200, 800, 2.0, {}};
    const auto placed = placeLabels(cands, opts);
    REQUIRE(placed.size() > 40);
    REQUIRE(placed.size() < cands.size());  // crowded: some are hidden
    for (std::size_t i = 0; i < placed.size(); ++i) {
        const BBox& a = placed[i].box;
        CHECK(a.minX >= 0);
        CHECK(a.minY >= 0);
        CHECK(a.maxX <= 1200);
        CHECK(a.maxY <= 800);
        for (std::size_t j = i + 1; j < placed.size(); ++j) CHECK_FALSE(overlap(a, placed[j].box));
    }
}

TEST_CASE("the higher-priority label wins a conflict", "[labels]") {
    std::vector<LabelCandidate> cands{{1, {100, 100}, 80, 14, 10, 0, false}, {2, {110, 104}, 80, 14, 50, 0, false}};
    const auto placed = placeLabels(cands, {400, 400, 2, {}});
    REQUIRE(placed.size() == 1);
    CHECK(placed[0].id == 2);
}

TEST_CASE("a point label moves to the left when the right is taken", "[labels]") {
    std::vector<LabelCandidate> cands{{1, {200, 100}, 60, 14, 10, 6, true}};
    LabelPlacementOptions opts{400, 400, 2, {BBox{206, 80, 300, 120}}};
    const auto placed = placeLabels(cands, opts);
    REQUIRE(placed.size() == 1);
    CHECK(placed[0].anchor == LabelAnchor::Left);
    CHECK(placed[0].box.maxX <= 200 - 6 + 1e-9);
}

TEST_CASE("scale bar lengths are round numbers that fit", "[labels]") {
    auto [mpp, text] = GENERATE(table<double, std::string>({{1000.0, "100 km"}, {250.0, "20 km"}, {3.0, "200 m"}}));
    const ScaleBar bar = chooseScaleBar(mpp, 140.0);
    CHECK(bar.text == text);
    CHECK(bar.pixels <= 140.0);
    CHECK(bar.pixels > 140.0 / 5.0);
}

TEST_CASE("the scale bar is laid out in core: above the bottom inset, text and ticks inside its box", "[labels]") {
    ScaleBar bar = chooseScaleBar(250.0, 140.0);
    const Viewport viewport{800, 600};
    const Theme& theme = defaultTheme();
    const BBox box = layoutScaleBar(bar, viewport, 40.0, 2.0f, theme);
    CHECK(bar.start.x == 16.0);
    CHECK(bar.start.y == 600.0 - 40.0 - 16.0);
    CHECK(bar.tickPx == 12.0);
    CHECK(bar.haloWidthPx > bar.inkWidthPx);
    CHECK(bar.ink == theme.panelInk);
    CHECK(bar.textStyle.sizePx == 22.0f);
    CHECK(bar.textTopLeft.x > bar.start.x + bar.pixels);
    // The bar, its ticks and the text's top-left lie in the box that labels and arrows keep clear of.
    const auto inside = [&](Vec2 p) {
        return p.x >= box.minX && p.x <= box.maxX && p.y >= box.minY && p.y <= box.maxY;
    };
    CHECK(inside(bar.start));
    CHECK(inside(bar.start + Vec2{bar.pixels, -bar.tickPx}));
    CHECK(inside(bar.textTopLeft));
    CHECK(box.maxY <= 600.0 - 40.0);
}

TEST_CASE("graticule step keeps lines apart", "[labels]") {
    CHECK(graticuleStep(100.0) == 0.25);
    CHECK(graticuleStep(1000.0) == 1.0);
    CHECK(graticuleStep(3000.0) == 5.0);
}

namespace {

/// A polar projection: parallels are circles around the pole, meridians straight rays (x, y in metres).
class PolarProjector final : public Projector {
public:
    [[nodiscard]] ProjectionId id() const override { return ProjectionId::LambertCaucasus; }
    [[nodiscard]] std::optional<Vec2> forward(Vec2 ll) const override {
        const double r = (90.0 - ll.y) * 111000.0, t = ll.x * M_PI / 180.0;
        return Vec2{r * std::sin(t), -r * std::cos(t)};
    }
    [[nodiscard]] std::optional<Vec2> inverse(Vec2 xy) const override {
        const double r = std::hypot(xy.x, xy.y);
        return Vec2{std::atan2(xy.x, -xy.y) * 180.0 / M_PI, 90.0 - r / 111000.0};
    }
    [[nodiscard]] double geodesicDistance(Vec2 a, Vec2 b) const override {
        const auto pa = forward(a), pb = forward(b);
        return std::hypot(pb->x - pa->x, pb->y - pa->y);
    }
    void forwardInPlace(std::vector<Vec2>& pts) const override {
        for (auto& p : pts) p = *forward(p);
    }
};

class NoText final : public TextMeasurer {
public:
    [[nodiscard]] Vec2 measure(std::string_view s, const LabelStyle& st) const override {
        return {static_cast<double>(s.size()) * st.sizePx * 0.5, st.sizePx};
    }
};

}  // namespace

TEST_CASE("graticule lines follow the projected curve within a quarter pixel, with few segments", "[labels]") {
    const PolarProjector projector;
    const double mpp = GENERATE(200.0, 1000.0, 4000.0);
    CAPTURE(mpp);
    Camera camera;
    camera.setCenter(*projector.forward({46.0, 41.0}));
    camera.setMetersPerPixel(mpp);
    const Viewport vp{1200, 800};
    FrameOptions options;
    options.labels = false;
    options.scaleBar = false;
    options.offmapArrows = false;
    const RenderFrame frame = buildFrame(MapModel{}, SceneGeometry{}, projector, camera, vp, 1.0f, NoText{}, options);
    REQUIRE(frame.graticule.size() > 10);
    const double step = frame.graticuleStepDegrees;
    std::size_t onParallels = 0;
    double worst = 0.0;
    for (const Segment& s : frame.graticule) {
        const auto a = projector.inverse({s.x0, s.y0}), b = projector.inverse({s.x1, s.y1});
        REQUIRE(a);
        REQUIRE(b);
        // Segments run along one grid line in lon/lat: the curve's middle is the middle in lon/lat.
        const auto m = projector.forward((*a + *b) * 0.5);
        const double len = std::hypot(s.x1 - s.x0, s.y1 - s.y0);
        const double off = std::abs((s.x1 - s.x0) * (m->y - s.y0) - (s.y1 - s.y0) * (m->x - s.x0)) / len;
        worst = std::max(worst, off / mpp);
        if (std::abs(a->y - b->y) < 1e-6) ++onParallels;
    }
    CHECK(worst <= 0.25 + 1e-6);
    CHECK(onParallels > 0);
    // Sampling every line at 16 points per step (as before) would give `dense` segments; where the curves are
    // gentle the adaptive sampling needs far fewer, and never more.
    double lon0 = 1e9, lon1 = -1e9, lat0 = 1e9, lat1 = -1e9;
    for (const Segment& s : frame.graticule)
        for (const Vec2 p : {Vec2{s.x0, s.y0}, Vec2{s.x1, s.y1}}) {
            const auto ll = projector.inverse(p);
            lon0 = std::min(lon0, ll->x), lon1 = std::max(lon1, ll->x), lat0 = std::min(lat0, ll->y), lat1 = std::max(lat1, ll->y);
        }
    const double nLon = (lon1 - lon0) / step + 1, nLat = (lat1 - lat0) / step + 1;
    const double dense = 16.0 * (nLon * (nLat - 1) + nLat * (nLon - 1));
    CAPTURE(frame.graticule.size(), dense);
    CHECK(static_cast<double>(frame.graticule.size()) <= dense + 1e-9);
    if (mpp <= 1000.0) CHECK(static_cast<double>(frame.graticule.size()) < dense / 3.0);
}

TEST_CASE("a district is named only close in, and never pushes a town's label away", "[labels]") {
    const PolarProjector projector;
    MapModel model;
    MapFeature town;
    town.id = "goris";
    town.name = "Goris";
    town.layer = MapLayer::Place;
    town.labelClass = LabelClass::Town;
    town.importance = 4;
    MapFeature district;
    district.id = "zangi-district";
    district.name = "Zangi District";
    district.layer = MapLayer::Label;
    district.labelClass = LabelClass::Region;
    district.importance = 5;
    district.district = true;
    model.features = {town, district};
    FrameOptions options;
    options.scaleBar = false;
    options.offmapArrows = false;
    const Viewport vp{1200, 800};
    auto frameAt = [&](double mpp, double districtOffsetPx) {
        Camera camera;
        camera.setCenter({0, 0});
        camera.setMetersPerPixel(mpp);
        SceneGeometry scene;
        // The district's name, centred 70 px right of the town, lies where the town's own label goes first.
        scene.labelPoints = {Vec2{0, 0}, Vec2{districtOffsetPx * mpp, 0}};
        scene.points = {PointSymbol{0, 0, 3, 0}};
        return buildFrame(model, scene, projector, camera, vp, 1.0f, NoText{}, options);
    };
    auto labelOf = [](const RenderFrame& f, std::uint32_t feature) -> const LabelDraw* {
        for (const LabelDraw& l : f.labels)
            if (l.feature == feature) return &l;
        return nullptr;
    };
    // Far from the town, close in: named.
    CHECK(labelOf(frameAt(200.0, 300.0), 1) != nullptr);
    // The whole region in view (1,000 m per pixel): not named, wherever it lies.
    CHECK(labelOf(frameAt(1000.0, 300.0), 1) == nullptr);
    // Where the two compete, the town keeps its label on the right of its point and the district yields.
    const RenderFrame close = frameAt(200.0, 70.0);
    const LabelDraw* goris = labelOf(close, 0);
    REQUIRE(goris != nullptr);
    CHECK(goris->topLeft.x > 600.0);
    CHECK(labelOf(close, 1) == nullptr);
}
