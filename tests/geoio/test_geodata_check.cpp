// Basemap check through GDAL: the bundled basemap has every layer; missing and corrupt files are named.
#include <catch2/catch.hpp>

#include "geoio/geodata_check.hpp"

using namespace atlas;

TEST_CASE("the bundled basemap passes", "[geoio][check]") {
    const auto problems = geoio::checkBasemap(ATLAS_SOURCE_DIR "/geodata");
    for (const auto& p : problems) INFO(p.file + ": " + p.featureId + ": " + p.message);
    CHECK(problems.empty());
    CHECK(geoio::requiredBasemapLayers() == std::vector<std::string>{"land", "countries", "borders"});
}

TEST_CASE("a missing or corrupt basemap is one problem naming the file", "[geoio][check]") {
    auto problems = geoio::checkBasemap(ATLAS_TEST_DATA_DIR "/geodata_broken_events");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].file.ends_with("geodata_broken_events/basemap.gpkg"));
    problems = geoio::checkBasemap(ATLAS_TEST_DATA_DIR "/geodata_broken_basemap");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].file.ends_with("geodata_broken_basemap/basemap.gpkg"));
    CHECK_FALSE(problems[0].message.empty());
}
