// Picking on the bundled data: places before lines before areas, the smallest area wins, hidden features are skipped.
#include <catch2/catch.hpp>

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
