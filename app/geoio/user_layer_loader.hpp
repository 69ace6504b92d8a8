// Loading a user layer: any vector file GDAL reads, through readVectorFile, tessellated like the basemap.
#pragma once

#include <filesystem>

#include "core/map/user_layer.hpp"
#include "geoio/vector_reader.hpp"

namespace atlas::geoio {

/// The most a user layer holds: beyond these the rest of the file is not read (a warning says so), so that a
/// huge file costs a bounded amount of memory and time.
struct UserLayerLimits {
    std::size_t maxFeatures = 200000;
    std::size_t maxVertices = 20000000;
};

/// Reads every layer of the file into one user layer (lon/lat, levels of detail built with buildLods on all
/// cores). Throws GeoDataError naming the file when it is missing, empty, not vector data, or holds no feature
/// with geometry; features that cannot be read or triangulated are skipped with a warning in `warnings`.
core::UserLayer loadUserLayer(const std::filesystem::path& path, const UserLayerLimits& limits = {});

}  // namespace atlas::geoio
