// A disk cache of the features' levels of detail (GEOS triangulation and simplification take most of the start-up
// time): a binary file keyed by the content of the geodata files, so an unchanged map opens without rebuilding.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/map/mesh.hpp"

namespace atlas::core {

/// Bumped whenever the level-of-detail builder changes what it produces.
inline constexpr std::uint32_t kLodCacheFormat = 1;

/// The levels of detail of every feature, in feature order (a feature without geometry has none).
using FeatureLods = std::vector<std::vector<FeatureShape>>;

/// Binary form: magic, format, key, feature count, the shapes, and a checksum of everything before it.
std::string encodeLodCache(const FeatureLods& lods, std::uint64_t key);

/// Restores what encodeLodCache wrote for the same key and feature count. Anything else — another key, a
/// truncated or corrupted file, counts that do not add up, indices outside their mesh — returns nullopt and
/// says why in `error`; it never reads outside `bytes`.
std::optional<FeatureLods> decodeLodCache(std::string_view bytes, std::uint64_t key, std::size_t featureCount,
                                          std::string& error);

}  // namespace atlas::core
