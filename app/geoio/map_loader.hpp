// Loads the bundled (or user-given) geodata folder into a core::MapModel; problems are reported, never fatal.
#pragma once

#include <filesystem>
#include <optional>

#include "core/map_model.hpp"

namespace atlas::geoio {

/// Finds the data root (a folder with geodata/ and corpus/): an explicit path, $ATLAS_DATA_DIR, the install prefix
/// next to the executable (share/caucasus-atlas), or the source tree the binary was built from.
std::optional<std::filesystem::path> findDataRoot(const std::filesystem::path& executable);

/// Reads geodata/basemap.gpkg (land, countries, borders) and builds levels of detail and label points.
/// Missing, empty or corrupt files become Error issues in the model; whatever could be read is kept.
core::MapModel loadMap(const std::filesystem::path& geodataDir);

}  // namespace atlas::geoio
