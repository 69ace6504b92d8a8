// Scene building: the year filter decides which thematic features reach the GPU batches.
#include <catch2/catch.hpp>

#include "core/map/scene.hpp"
#include "geoio/projection.hpp"
#include "geoio/tessellate.hpp"

using namespace atlas;

namespace {
core::MapFeature line(const std::string& id, std::optional<int> start, std::optional<int> end) {
    core::MapFeature f;
    f.id = id;
    f.layer = core::MapLayer::Frontline;
    f.lonLat.lines.push_back({{46.0, 39.5}, {46.5, 39.8}, {47.0, 40.0}});
    f.periods.push_back({start, end, "de-facto", "certain", ""});
    f.lods = geoio::buildLods(f.lonLat, false);
    return f;
}

std::size_t segmentsOf(const core::SceneGeometry& s, core::MapLayer layer) {
    std::size_t n = 0;
    for (const auto& b : s.lines)
        if (b.layer == layer) n += b.segments[0].size();
    return n;
}
}  // namespace

TEST_CASE("buildScene keeps only the features of the chosen year", "[scene][time]") {
    core::MapModel model;
    model.features.push_back(line("contact-line", 1994, 2020));
    model.features.push_back(line("ceasefire-line", 2020, 2023));
    geoio::ProjProjector p(core::ProjectionId::LambertCaucasus);
    const auto& theme = core::defaultTheme();
    CHECK(segmentsOf(core::buildScene(model, p, theme), core::MapLayer::Frontline) == 4);
    CHECK(segmentsOf(core::buildScene(model, p, theme, 1993), core::MapLayer::Frontline) == 0);
    CHECK(segmentsOf(core::buildScene(model, p, theme, 1994), core::MapLayer::Frontline) == 2);
    CHECK(segmentsOf(core::buildScene(model, p, theme, 2020), core::MapLayer::Frontline) == 4);
    CHECK(segmentsOf(core::buildScene(model, p, theme, 2024), core::MapLayer::Frontline) == 0);
    const auto s2021 = core::buildScene(model, p, theme, 2021);
    CHECK_FALSE(s2021.labelPoints[0]);  // hidden features get no label either
}
