// Picking on the bundled data: places before lines before areas, the smallest area wins, hidden features are skipped.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/frame/map_overlay.hpp"
#include "core/map/picking.hpp"
#include "geoio/map_loader.hpp"
#include "geoio/projection.hpp"

using namespace atlas;

namespace {
struct Loaded {
    core::MapModel model = geoio::loadMap(std::string(ATLAS_SOURCE_DIR) + "/geodata");
    geoio::ProjProjector projector{core::ProjectionId::LambertCaucasus};
    core::PickIndex index = core::buildPickIndex(model, projector);
};
Loaded& loaded() {
    static Loaded l;
    return l;
}
std::string pickAt(double lon, double lat, double mpp = 300.0, const std::vector<core::FeatureVisual>* v = nullptr) {
    auto& l = loaded();
    const auto xy = l.projector.forward({lon, lat});
    REQUIRE(xy);
    const auto hit = core::pick(l.index, {*xy, mpp, 5, 6}, v);
    return hit ? l.model.features[*hit].id : std::string("(none)");
}
}  // namespace

TEST_CASE("a click on a town symbol picks the town", "[picking]") {
    const auto i = loaded().model.findById("stepanakert");
    REQUIRE(i);
    const auto p = loaded().model.features[*i].lonLat.points.at(0);
    CHECK(pickAt(p.x, p.y) == "stepanakert");
    CHECK(pickAt(p.x + 0.01, p.y + 0.005) == "stepanakert");  // within a few pixels at 300 m/px
}

TEST_CASE("away from symbols and lines the smallest area wins", "[picking]") {
    CHECK(pickAt(44.2, 41.9, 50.0) == "country-268");     // inside Georgia, nothing else there
    CHECK(pickAt(50.5, 41.0, 50.0) == "(none)");          // the Caspian Sea
}

TEST_CASE("hidden features cannot be picked", "[picking]") {
    auto& l = loaded();
    const auto i = l.model.findById("stepanakert");
    REQUIRE(i);
    std::vector<core::FeatureVisual> v(l.model.features.size());
    v[*i].opacity = 0.0f;
    const auto p = l.model.features[*i].lonLat.points.at(0);
    CHECK(pickAt(p.x, p.y, 300.0, &v) != "stepanakert");
}

namespace {
/// Every glyph 0.6 em wide and 1.2 em tall (the arrows' labels need a size, not a font).
class FixedMeasurer final : public core::TextMeasurer {
public:
    core::Vec2 measure(std::string_view utf8, const core::LabelStyle& style) const override {
        std::size_t chars = 0;
        for (unsigned char c : utf8) chars += (c & 0xC0) != 0x80;
        return {static_cast<double>(chars) * 0.6 * style.sizePx, 1.2 * style.sizePx};
    }
};
}  // namespace

TEST_CASE("an off-map place's arrow is picked before the polygon under it", "[picking][offmap]") {
    auto& l = loaded();
    const core::Viewport vp{1000, 700};
    const core::Vec2 centreLonLat{46.0, 41.0};
    const auto centre = l.projector.forward(centreLonLat);
    REQUIRE(centre);
    const core::Camera camera(*centre, 1000.0);
    std::vector<core::ArrowTarget> targets;
    for (const auto& p : l.model.offmap)
        if (p.importance <= 2) targets.push_back({p.gazetteerId, p.names[0], p.lonLat, p.importance, false});
    core::ArrowLayoutInput in;
    in.centreLonLat = centreLonLat;
    in.viewport = vp;
    core::Overlay overlay;
    const auto arrows = core::layoutOffmapArrows(targets, in, FixedMeasurer{}, overlay);
    const auto moscow = std::find_if(arrows.begin(), arrows.end(), [](const auto& a) { return a.id == "moscow"; });
    REQUIRE(moscow != arrows.end());

    // Moscow's arrow at the top edge lies over Russia: the map alone would pick Russia's polygon there.
    const core::Vec2 onArrow = moscow->tip + core::Vec2{0.0, 4.0};
    const auto under = core::pick(l.index, {camera.screenToWorld(onArrow, vp), camera.metersPerPixel(), 5, 6}, nullptr);
    REQUIRE(under);
    CHECK(l.model.features[*under].isoN3 == "643");
    // The arrows are asked first: the arrow (or its label) names Moscow.
    const auto hit = core::offmapArrowAt(arrows, l.model, onArrow);
    REQUIRE(hit);
    CHECK(l.model.offmap[*hit].gazetteerId == "moscow");
    const core::Vec2 label{(moscow->box.minX + moscow->box.maxX) / 2, (moscow->box.minY + moscow->box.maxY) / 2};
    CHECK(core::offmapArrowAt(arrows, l.model, label) == hit);
    // Away from every arrow nothing off the map is picked.
    CHECK_FALSE(core::offmapArrowAt(arrows, l.model, {500.0, 350.0}));
    CHECK_FALSE(core::offmapArrowAt({}, l.model, onArrow));
}
