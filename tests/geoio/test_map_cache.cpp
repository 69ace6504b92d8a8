// loadMap with a level-of-detail cache: built once, then read back; a damaged cache is rebuilt.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "geoio/map_loader.hpp"

using namespace atlas;
namespace fs = std::filesystem;

TEST_CASE("loadMap writes the LOD cache once and then reads it back unchanged", "[geoio][cache]") {
    const fs::path geodata = fs::path(ATLAS_SOURCE_DIR) / "geodata";
    const fs::path cache = fs::temp_directory_path() / ("atlas-lod-cache-test-" + std::to_string(::getpid()));
    fs::remove_all(cache);

    const core::MapModel built = geoio::loadMap(geodata, cache);
    CHECK_FALSE(built.lodsFromCache);
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(cache)) files.push_back(e.path());
    REQUIRE(files.size() == 1);
    CHECK(files[0].filename().string().starts_with("lods-"));

    const core::MapModel cached = geoio::loadMap(geodata, cache);
    CHECK(cached.lodsFromCache);
    REQUIRE(cached.features.size() == built.features.size());
    std::size_t withGeometry = 0;
    for (std::size_t i = 0; i < built.features.size(); ++i) {
        const auto& a = built.features[i].lods;
        const auto& b = cached.features[i].lods;
        REQUIRE(a.size() == b.size());
        withGeometry += a.empty() ? 0 : 1;
        for (std::size_t l = 0; l < a.size(); ++l) {
            CHECK(a[l].fill.vertices == b[l].fill.vertices);
            CHECK(a[l].fill.indices == b[l].fill.indices);
            CHECK(a[l].lines == b[l].lines);
        }
    }
    CHECK(withGeometry > 50);

    {  // damage the cache: the next load rebuilds it and says nothing to the user
        std::fstream f(files[0], std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(100);
        f.put('\x7f');
    }
    const core::MapModel rebuilt = geoio::loadMap(geodata, cache);
    CHECK_FALSE(rebuilt.lodsFromCache);
    CHECK(rebuilt.issues.empty());
    CHECK(geoio::loadMap(geodata, cache).lodsFromCache);  // and the rewritten cache is good again
    fs::remove_all(cache);
}
