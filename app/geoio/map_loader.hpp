// Loads the bundled (or user-given) geodata folder into a core::MapModel; problems are reported, never fatal.
#pragma once

#include <filesystem>
#include <optional>

#include "core/map/map_model.hpp"

namespace atlas::geoio {

/// Reads geodata/basemap.gpkg (land, countries, borders) and builds levels of detail and label points.
/// Missing, empty or corrupt files become Error issues in the model; whatever could be read is kept.
/// With a `cacheDir`, the levels of detail are read from (or written to) a cache file there keyed by the content of
/// basemap.gpkg and gazetteer.geojson; a missing, stale or damaged cache is rebuilt silently.
core::MapModel loadMap(const std::filesystem::path& geodataDir, const std::filesystem::path& cacheDir = {});

}  // namespace atlas::geoio
