// User layers from files: every format the issue names loads with the right counts, kinds and attributes; bad
// files give one clear error naming the file and the problem; limits cut a huge file short with a warning.
#include <catch2/catch.hpp>

#include <gdal_utils.h>
#include <gdal_priv.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "core/map/user_layer.hpp"
#include "geoio/projection.hpp"
#include "geoio/user_layer_loader.hpp"

using namespace atlas;
namespace fs = std::filesystem;

namespace {

fs::path fixture(const std::string& name) { return fs::path(ATLAS_TEST_DATA_DIR) / "user_layers" / name; }

/// A scratch folder for files written at test time.
fs::path scratch() {
    const fs::path dir = fs::temp_directory_path() / ("atlas-user-layers-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir;
}

/// Converts a fixture with GDAL (what `ogr2ogr -f DRIVER out in` does), so GeoPackage and Shapefile need no binary
/// fixture in the repository.
fs::path converted(const std::string& fixtureName, const std::string& driver, const std::string& outName) {
    geoio::initGdal();
    const fs::path out = scratch() / outName;
    fs::remove(out);
    GDALDatasetH src = GDALOpenEx(fixture(fixtureName).c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    REQUIRE(src);
    char* args[] = {const_cast<char*>("-f"), const_cast<char*>(driver.c_str()), nullptr};
    GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(args, nullptr);
    int usageError = 0;
    GDALDatasetH dst = GDALVectorTranslate(out.c_str(), nullptr, 1, &src, options, &usageError);
    GDALVectorTranslateOptionsFree(options);
    REQUIRE(dst);
    GDALClose(dst);
    GDALClose(src);
    return out;
}

std::string errorOf(const fs::path& path, const geoio::UserLayerLimits& limits = {}) {
    try {
        (void)geoio::loadUserLayer(path, limits);
    } catch (const geoio::GeoDataError& e) {
        CHECK(e.file() == path.string());
        return e.reason();
    }
    return "loaded";
}

std::size_t triangles(const core::UserLayer& l, int lod) {
    std::size_t n = 0;
    for (const auto& f : l.features)
        if (!f.lods.empty()) n += f.lods[static_cast<std::size_t>(lod)].fill.triangleCount();
    return n;
}

void checkPolygons(const core::UserLayer& l) {
    REQUIRE(l.features.size() == 2);
    CHECK(l.kind == core::UserGeometryKind::Polygons);
    CHECK(core::userFeatureName(l.features[0], 0) == "Test square");
    CHECK(l.features[0].attributes.at("survey") == "2021");
    REQUIRE(l.features[1].lonLat.polygons.size() == 1);
    CHECK(l.features[1].lonLat.polygons[0].holes.size() == 1);
    // Tessellated like the basemap: every level of detail has triangles and outlines.
    REQUIRE(l.features[0].lods.size() == static_cast<std::size_t>(core::kLodCount));
    CHECK(triangles(l, 0) >= 2 + 8);  // a square and a square with a square hole
    CHECK_FALSE(l.features[1].lods[0].lines.empty());
    CHECK(l.lonLatBounds.minX == Approx(44.0));
    CHECK(l.lonLatBounds.maxY == Approx(41.0));
}

}  // namespace

TEST_CASE("user layers: GeoJSON polygons with a hole load, tessellated, with attributes", "[user_layers]") {
    checkPolygons(geoio::loadUserLayer(fixture("polygons.geojson")));
}

TEST_CASE("user layers: GeoPackage and Shapefile (written by GDAL at test time) load the same", "[user_layers]") {
    checkPolygons(geoio::loadUserLayer(converted("polygons.geojson", "GPKG", "polygons.gpkg")));
    checkPolygons(geoio::loadUserLayer(converted("polygons.geojson", "ESRI Shapefile", "polygons.shp")));
}

TEST_CASE("user layers: KML placemarks give a line and a point", "[user_layers]") {
    const auto l = geoio::loadUserLayer(fixture("route.kml"));
    REQUIRE(l.features.size() == 2);
    CHECK(l.kind == core::UserGeometryKind::Mixed);
    CHECK(core::userFeatureName(l.features[0], 0) == "Survey route");
    CHECK(l.features[0].lonLat.lines.size() == 1);
    CHECK(l.features[1].lonLat.points.size() == 1);
    CHECK(l.features[1].lods.empty());  // points need no tessellation
}

TEST_CASE("user layers: CSV with a WKT column, and CSV with lon/lat columns", "[user_layers]") {
    const auto wkt = geoio::loadUserLayer(fixture("sites.csv"));
    REQUIRE(wkt.features.size() == 3);
    CHECK(wkt.kind == core::UserGeometryKind::Mixed);
    CHECK(wkt.features[0].lonLat.points.at(0).x == Approx(44.51));
    CHECK(wkt.features[2].lonLat.lines.size() == 1);
    CHECK(wkt.features[0].attributes.at("name") == "Site A");
    CHECK(wkt.features[0].attributes.count("WKT") == 0);  // the geometry column is not repeated as an attribute

    const auto lonLat = geoio::loadUserLayer(fixture("sites_lonlat.csv"));
    REQUIRE(lonLat.features.size() == 2);
    CHECK(lonLat.kind == core::UserGeometryKind::Points);
    CHECK(lonLat.features[1].lonLat.points.at(0).y == Approx(39.0));
}

TEST_CASE("user layers: bad files are one error naming the file and the problem", "[user_layers]") {
    CHECK(errorOf(fixture("missing.geojson")) == "file not found");
    CHECK(errorOf(fixture("empty.geojson")) == "file is empty");
    CHECK_THAT(errorOf(fixture("corrupt.geojson")), Catch::StartsWith("GDAL cannot open it as vector data"));
    CHECK_THAT(errorOf(fixture("notes.gpkg")), Catch::StartsWith("GDAL cannot open it as vector data"));
    CHECK(errorOf(fixture("no_features.geojson")) == "contains no features");
    CHECK_THAT(errorOf(fixture("no_geometry.csv")), Catch::Contains("none has a geometry"));
}

TEST_CASE("user layers: a file over the feature or vertex limit is cut short with a warning", "[user_layers]") {
    geoio::UserLayerLimits limits;
    limits.maxFeatures = 2;
    const auto few = geoio::loadUserLayer(fixture("sites.csv"), limits);
    CHECK(few.features.size() == 2);
    REQUIRE(few.warnings.size() == 1);
    CHECK_THAT(few.warnings[0], Catch::Contains("more than 2 features; only the first 2 were read"));

    limits = {};
    limits.maxVertices = 6;  // the square has 4 vertices, the holed field 8
    const auto cut = geoio::loadUserLayer(fixture("polygons.geojson"), limits);
    CHECK(cut.features.size() == 1);
    REQUIRE_FALSE(cut.warnings.empty());
    CHECK_THAT(cut.warnings[0], Catch::Contains("more than 6 vertices"));
}

TEST_CASE("user layers: projected for drawing and picking through PROJ", "[user_layers]") {
    const auto layer = geoio::loadUserLayer(fixture("polygons.geojson"));
    const geoio::ProjProjector lcc(core::ProjectionId::LambertCaucasus);
    const core::Vec2 origin = *lcc.forward({45.0, 41.0});
    const auto scene = core::projectUserLayer(layer, lcc, origin);
    CHECK(scene.projection == core::ProjectionId::LambertCaucasus);
    CHECK(scene.fillIndices[0].size() == 3 * triangles(layer, 0));
    CHECK_FALSE(scene.lines[0].empty());
    REQUIRE(scene.pick.entries.size() == 2);

    // Inside the square (not the hole of the other): the square; inside the hole: nothing.
    const core::PickQuery inSquare{*lcc.forward({45.8, 40.8}), 100.0, 5.0, 6.0};
    const auto hit = core::pickHit(scene.pick, inSquare, nullptr);
    REQUIRE(hit);
    CHECK(hit->feature == 0);
    CHECK(hit->kind == core::PickHit::Kind::Area);
    const core::PickQuery inHole{*lcc.forward({44.3, 39.25}), 100.0, 5.0, 6.0};
    CHECK_FALSE(core::pickHit(scene.pick, inHole, nullptr));

    // Another projection gives other coordinates for the same data.
    const geoio::ProjProjector merc(core::ProjectionId::WebMercator);
    const auto again = core::projectUserLayer(layer, merc, *merc.forward({45.0, 41.0}));
    CHECK(again.projection == core::ProjectionId::WebMercator);
    CHECK(again.fillIndices[0].size() == scene.fillIndices[0].size());
    CHECK(again.bounds.width() != Approx(scene.bounds.width()));
}

TEST_CASE("user layers: dates, times and numbers keep the form the file writes them in", "[user_layers]") {
    // GDAL reads ISO dates in GeoJSON as date fields and would give them back as "2023/05/03"; the Inspector shows
    // what the file says.
    for (const auto& path : {fixture("dated_points.geojson"), converted("dated_points.geojson", "GPKG", "dated.gpkg")}) {
        INFO(path);
        const auto layer = geoio::loadUserLayer(path);
        REQUIRE(layer.features.size() == 2);
        const auto& a = layer.features[0].attributes;
        CHECK(a.at("date") == "2023-05-03");
        CHECK(a.at("when") == "2023-05-03T10:20:00");
        CHECK(a.at("at") == "09:15:30");
        CHECK(a.at("share") == "0.1");
        CHECK(a.at("count") == "12");
        CHECK(layer.features[1].attributes.at("when") == "2022-12-12T08:05:09");
    }
}
