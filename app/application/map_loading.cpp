#include "application/map_loading.hpp"

#include <cstdio>

#include "application/geoio_module.hpp"
#include "core/atomic_file.hpp"
#include "core/map/map_model_cache.hpp"

namespace atlas::app {

namespace fs = std::filesystem;

namespace {

std::uint64_t keyOf(const fs::path& geodataDir) {
    return core::mapModelCacheKey(geodataDir.string(),
                                  core::readWholeFile(geodataDir / "basemap.gpkg").value_or(std::string()),
                                  core::readWholeFile(geodataDir / "gazetteer.geojson").value_or(std::string()));
}

}  // namespace

fs::path mapModelCacheFile(const fs::path& cacheDir, std::uint64_t key) {
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(key));
    return cacheDir / (std::string("map-") + hex + ".bin");
}

core::MapModel loadMapModel(const fs::path& geodataDir, const fs::path& cacheDir) {
    if (cacheDir.empty()) return geoioModule().loadMap(geodataDir, cacheDir);
    const std::uint64_t key = keyOf(geodataDir);
    const fs::path file = mapModelCacheFile(cacheDir, key);
    if (const auto bytes = core::readWholeFile(file)) {
        std::string error;
        if (auto model = core::decodeMapModel(*bytes, key, error)) return std::move(*model);
    }
    core::MapModel model = geoioModule().loadMap(geodataDir, cacheDir);
    // A model with problems is not kept: a GEOS deadline or a cancelled load is not the files' last word.
    if (model.issues.empty() && keyOf(geodataDir) == key) {
        std::error_code ec;
        fs::create_directories(cacheDir, ec);
        (void)core::writeFileAtomically(file, core::encodeMapModel(model, key));
    }
    return model;
}

}  // namespace atlas::app
