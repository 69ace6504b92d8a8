// The map of a geodata folder for the window and `render`: from the map model cache when the files are unchanged
// (no GDAL, GEOS or geoio module), else built by the geoio module and cached.
#pragma once

#include <filesystem>

#include "core/map/map_model.hpp"

namespace atlas::app {

/// The map of `geodataDir`. With a `cacheDir`, a cached model whose key (core::mapModelCacheKey: the folder and the
/// bytes of basemap.gpkg and gazetteer.geojson) matches is used; otherwise geoio::loadMap builds it (through the
/// geoio module, which may throw GeoioModuleError) and, when it loaded without a single issue and the files did not
/// change meanwhile, it is written to the cache atomically. A missing, stale or damaged cache file is rebuilt
/// silently; one that cannot be written is not an error.
core::MapModel loadMapModel(const std::filesystem::path& geodataDir, const std::filesystem::path& cacheDir);

/// The cache file for `key` in `cacheDir`.
std::filesystem::path mapModelCacheFile(const std::filesystem::path& cacheDir, std::uint64_t key);

}  // namespace atlas::app
