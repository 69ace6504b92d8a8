// Triangulation preserves area (holes included) on fixtures and on the bundled basemap; simplification keeps shapes.
#include <catch2/catch.hpp>

#include <cmath>

#include "geoio/tessellate.hpp"
#include "geoio/vector_reader.hpp"

using namespace atlas;

TEST_CASE("triangulated area equals polygon area with holes", "[tessellate]") {
    core::Polygon square;
    square.outer = {{0, 0}, {10, 0}, {10, 10}, {0, 10}};
    square.holes.push_back({{2, 2}, {2, 5}, {5, 5}, {5, 2}});
    square.holes.push_back({{6, 6}, {6, 8}, {8, 8}, {8, 6}});
    auto mesh = geoio::triangulate({square});
    CHECK(mesh.area() == Approx(core::polygonArea(square)).epsilon(1e-9));
    CHECK(mesh.area() == Approx(100.0 - 9.0 - 4.0));
    CHECK(mesh.triangleCount() >= 8);
}

TEST_CASE("concave polygon area is preserved", "[tessellate]") {
    core::Polygon comb;
    comb.outer = {{0, 0}, {9, 0}, {9, 5}, {8, 5}, {8, 1}, {6, 1}, {6, 5}, {5, 5}, {5, 1}, {3, 1}, {3, 5}, {0, 5}};
    auto mesh = geoio::triangulate({comb});
    CHECK(mesh.area() == Approx(core::polygonArea(comb)));
}

TEST_CASE("basemap countries triangulate to their own area", "[tessellate][basemap]") {
    std::vector<core::LoadIssue> issues;
    auto layers = geoio::readVectorFile(std::string(ATLAS_SOURCE_DIR) + "/geodata/basemap.gpkg", issues);
    CHECK(issues.empty());
    bool sawArmeniaWithHoles = false;
    bool sawNakhchivan = false;
    for (const auto& layer : layers) {
        if (layer.name != "countries") continue;
        for (const auto& f : layer.features) {
            const std::string name = f.attributes.at("name");
            CAPTURE(name);
            double area = 0.0;
            for (const auto& p : f.geometry.polygons) area += core::polygonArea(p);
            auto mesh = geoio::triangulate(f.geometry.polygons);
            CHECK(mesh.area() == Approx(area).epsilon(1e-6));
            if (name == "Armenia")
                for (const auto& p : f.geometry.polygons) sawArmeniaWithHoles |= !p.holes.empty();
            if (name == "Azerbaijan")
                for (const auto& p : f.geometry.polygons) {
                    auto b = core::Geometry{{}, {}, {p}}.bounds();
                    sawNakhchivan |= b.minX > 44.7 && b.maxX < 46.7 && b.minY > 38.7 && b.maxY < 39.8;
                }
        }
    }
    CHECK(sawArmeniaWithHoles);  // Azerbaijani exclaves inside Armenia
    CHECK(sawNakhchivan);        // the exclave is a separate polygon of Azerbaijan
}

TEST_CASE("levels of detail get coarser and keep area within a few percent", "[tessellate]") {
    core::Geometry circle;
    core::Polygon p;
    for (int i = 0; i < 720; ++i) {
        const double a = i * 3.14159265358979 / 360.0;
        p.outer.push_back({45.0 + 3.0 * std::cos(a), 40.0 + 3.0 * std::sin(a)});  // region-sized
    }
    circle.polygons.push_back(p);
    auto lods = geoio::buildLods(circle, true);
    REQUIRE(lods.size() == static_cast<std::size_t>(core::kLodCount));
    for (std::size_t i = 1; i < lods.size(); ++i) {
        CHECK(lods[i].fill.vertices.size() <= lods[i - 1].fill.vertices.size());
        CHECK(lods[i].fill.area() == Approx(lods[0].fill.area()).epsilon(0.02));
    }
    CHECK(lods.back().fill.vertices.size() < lods.front().fill.vertices.size());
    CHECK(lods[0].lines.size() == 1);  // the outline
}

TEST_CASE("reading a missing or corrupt file names the file", "[vector_reader]") {
    std::vector<core::LoadIssue> issues;
    CHECK_THROWS_WITH(geoio::readVectorFile("/nonexistent/x.gpkg", issues),
                      Catch::Contains("/nonexistent/x.gpkg") && Catch::Contains("not found"));
    const std::string corrupt = std::string(ATLAS_TEST_DATA_DIR) + "/geodata/corrupt.gpkg";
    CHECK_THROWS_WITH(geoio::readVectorFile(corrupt, issues), Catch::Contains("corrupt.gpkg"));
    const std::string empty = std::string(ATLAS_TEST_DATA_DIR) + "/geodata/empty.geojson";
    CHECK_THROWS_WITH(geoio::readVectorFile(empty, issues), Catch::Contains("empty"));
}
