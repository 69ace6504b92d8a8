// A disk cache of the whole loaded map (core::MapModel: features with their lon/lat geometry, label points, levels
// of detail and periods; off-map places; the home view), keyed by the content of basemap.gpkg and
// gazetteer.geojson. With it, an unchanged map opens without GDAL, GEOS or the geoio module at all
// (application/map_loading.hpp); the level-of-detail cache (lod_cache.hpp) still spares GEOS when only one file
// changed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/map/map_model.hpp"

namespace atlas::core {

/// Bumped whenever MapModel, its encoding, or what geoio::loadMap builds changes.
inline constexpr std::uint32_t kMapModelCacheFormat = 1;

/// The cache key of a geodata folder: the format (this one and kLodCacheFormat), the folder's path (the model's messages name its files) and the
/// bytes of basemap.gpkg and gazetteer.geojson (a missing file hashes as empty).
std::uint64_t mapModelCacheKey(std::string_view geodataDir, std::string_view basemapBytes,
                               std::string_view gazetteerBytes);

/// Binary form: magic, format, key, the model, and a checksum of everything before it. `lodsFromCache` is not
/// stored (a decoded model has it set).
std::string encodeMapModel(const MapModel& model, std::uint64_t key);

/// Restores what encodeMapModel wrote for the same key. Anything else — another key or format, a truncated or
/// corrupted file, an enum value out of range, a mesh index outside its vertices — returns nullopt and says why in
/// `error`; it never reads outside `bytes`.
std::optional<MapModel> decodeMapModel(std::string_view bytes, std::uint64_t key, std::string& error);

}  // namespace atlas::core
