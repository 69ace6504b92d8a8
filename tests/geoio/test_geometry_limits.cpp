// Bounded geometry work: a scribble is outlined instead of repaired, deadlines and cancelling stop GEOS.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>

#include <unistd.h>

#include "geoio/geometry_limits.hpp"
#include "geoio/map_loader.hpp"
#include "geoio/tessellate.hpp"
#include "geoio/user_layer_loader.hpp"

using namespace atlas;
namespace fs = std::filesystem;

namespace {

const fs::path kScribble = fs::path(ATLAS_SOURCE_DIR) / "tests/robustness/data/scribble/scribble.geojson";

core::Geometry bowtie() {
    core::Geometry g;
    g.polygons.push_back({{{0, 0}, {1, 1}, {1, 0}, {0, 1}}, {}});
    return g;
}

bool outlineOnly(const std::vector<core::FeatureShape>& lods) {
    return lods.size() == static_cast<std::size_t>(core::kLodCount) &&
           std::all_of(lods.begin(), lods.end(),
                       [](const auto& s) { return s.fill.indices.empty() && !s.lines.empty(); });
}

/// Restores the limits (and the cancel flag) a test changed.
struct LimitsGuard {
    geoio::GeometryLimits saved = geoio::geometryLimits();
    ~LimitsGuard() {
        geoio::geometryLimits() = saved;
        geoio::cancelGeometryWork(false);
    }
};

}  // namespace

TEST_CASE("geometry limits: a 500-vertex scribble in a user layer is drawn as an outline, not repaired",
          "[geometry_limits]") {
    const auto layer = geoio::loadUserLayer(kScribble);
    REQUIRE(layer.features.size() == 1);
    CHECK(outlineOnly(layer.features[0].lods));
    REQUIRE_FALSE(layer.warnings.empty());
    CHECK_THAT(layer.warnings[0], Catch::Contains("feature 1: its edges cross 1001 times or more") &&
                                      Catch::Contains("drawn as an outline only"));
}

TEST_CASE("geometry limits: a polygon crossing itself a few times is still repaired and filled", "[geometry_limits]") {
    std::string gaveUp;
    const auto lods = geoio::buildLods(bowtie(), false, &gaveUp);
    CHECK(gaveUp.empty());
    REQUIRE(lods.size() == static_cast<std::size_t>(core::kLodCount));
    CHECK(lods[0].fill.area() == Approx(0.5));
}

TEST_CASE("geometry limits: repair past the time limit gives up with a reason", "[geometry_limits]") {
    LimitsGuard guard;
    geoio::geometryLimits().timePerFeature = std::chrono::milliseconds(0);
    std::string gaveUp;
    const auto lods = geoio::buildLods(bowtie(), false, &gaveUp);
    CHECK(outlineOnly(lods));
    CHECK_THAT(gaveUp, Catch::Contains("gave up after the time limit (0 ms)"));
}

TEST_CASE("geometry limits: cancelled work (the window closing) stops at once", "[geometry_limits]") {
    LimitsGuard guard;
    geoio::cancelGeometryWork();
    core::Geometry square;
    square.polygons.push_back({{{0, 0}, {1, 0}, {1, 1}, {0, 1}}, {}});
    std::string gaveUp;
    const auto lods = geoio::buildLods(square, false, &gaveUp);
    CHECK(outlineOnly(lods));
    CHECK_THAT(gaveUp, Catch::StartsWith("cancelled"));
    CHECK_THROWS_WITH(geoio::loadUserLayer(kScribble), Catch::Contains("loading was cancelled"));
}

TEST_CASE("geometry limits: a scribble in the gazetteer is outlined with a message naming file and feature",
          "[geometry_limits]") {
    const fs::path dir = fs::temp_directory_path() / ("atlas-scribble-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    fs::copy_file(fs::path(ATLAS_SOURCE_DIR) / "geodata/basemap.gpkg", dir / "basemap.gpkg");
    fs::copy_file(fs::path(ATLAS_SOURCE_DIR) / "tests/robustness/data/geodata_scribble/gazetteer.geojson",
                  dir / "gazetteer.geojson");
    const auto model = geoio::loadMap(dir);
    fs::remove_all(dir);
    const auto issue = std::find_if(model.issues.begin(), model.issues.end(),
                                    [](const core::LoadIssue& i) { return i.where == "scribble-region"; });
    REQUIRE(issue != model.issues.end());
    CHECK(issue->file == (dir / "gazetteer.geojson").string());
    CHECK_THAT(issue->message, Catch::Contains("drawn as an outline only"));
    const auto scribble = std::find_if(model.features.begin(), model.features.end(),
                                       [](const core::MapFeature& f) { return f.gazetteerId == "scribble-region"; });
    REQUIRE(scribble != model.features.end());
    CHECK(outlineOnly(scribble->lods));
    const auto plain = std::find_if(model.features.begin(), model.features.end(),
                                    [](const core::MapFeature& f) { return f.gazetteerId == "plain-region"; });
    REQUIRE(plain != model.features.end());
    CHECK_FALSE(plain->lods.at(0).fill.indices.empty());
}
