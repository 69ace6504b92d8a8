// Scene building: the year filter decides which thematic features reach the GPU batches.
#include <catch2/catch.hpp>

#include <cmath>

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

TEST_CASE("buildScene gives each area the edges of its outline, in its colour, at every level of detail",
          "[scene][fringe]") {
    core::MapFeature lake;
    lake.id = "a-lake";
    lake.layer = core::MapLayer::Lake;
    core::Polygon poly;
    poly.outer = {{45.0, 40.0}, {45.4, 40.0}, {45.4, 40.3}, {45.0, 40.3}};
    poly.holes.push_back({{45.1, 40.1}, {45.2, 40.1}, {45.2, 40.2}, {45.1, 40.2}});
    lake.lonLat.polygons.push_back(poly);
    lake.lods = geoio::buildLods(lake.lonLat, false);
    core::MapModel model;
    model.features.push_back(lake);
    geoio::ProjProjector p(core::ProjectionId::LambertCaucasus);
    const auto scene = core::buildScene(model, p, core::defaultTheme());
    const core::FillBatch* batch = nullptr;
    for (const auto& b : scene.fills)
        if (b.layer == core::MapLayer::Lake) batch = &b;
    REQUIRE(batch);
    const std::uint32_t colour = core::packColor(core::defaultTheme().lake);
    for (std::size_t lod = 0; lod < core::kLodCount; ++lod) {
        CAPTURE(lod);
        const auto edges = core::fillEdges(*batch, lod);
        CHECK(edges.size() == 8);  // four sides outside, four around the hole (the triangles' inner edges left out)
        double perimeter = 0.0;
        for (const auto& e : edges) {
            CHECK(e.rgba == colour);
            CHECK(e.feature == 0);
            perimeter += std::hypot(double(e.x1) - e.x0, double(e.y1) - e.y0);
        }
        // The outer ring is ~34 km by ~33 km, the hole a quarter of that: about 168 km of edges in all.
        CHECK(perimeter > 150'000.0);
        CHECK(perimeter < 190'000.0);
    }
}
