// Geodesic lengths and areas on the WGS84 ellipsoid (PROJ's geodesic.h), for checks on lon/lat geometry.
#pragma once

#include <vector>

#include "core/geometry.hpp"

namespace atlas::geoio {

/// Length in km of a lon/lat line along the geodesics between its vertices.
[[nodiscard]] double geodesicLengthKm(const std::vector<core::Vec2>& lonLat);

/// Area in km² enclosed by a lon/lat ring (closed or not), whatever its orientation.
[[nodiscard]] double geodesicAreaKm2(const std::vector<core::Vec2>& ring);

/// The longest geodesic segment of a line, in km (0 for fewer than two vertices).
[[nodiscard]] double longestSegmentKm(const std::vector<core::Vec2>& lonLat);

}  // namespace atlas::geoio
