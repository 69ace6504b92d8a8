// Checks the basemap GeoPackage with GDAL: readable, and holding the layers the map needs.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/gazetteer/gazetteer_json.hpp"

namespace atlas::geoio {

/// The basemap layers the viewer draws (land, countries, borders).
const std::vector<std::string>& requiredBasemapLayers();

/// Problems with DIR/basemap.gpkg: missing/unreadable file (GDAL's reason), a required layer missing or empty,
/// per-feature read problems. Empty when the basemap is fine.
std::vector<core::Problem> checkBasemap(const std::filesystem::path& geodataDir);

}  // namespace atlas::geoio
