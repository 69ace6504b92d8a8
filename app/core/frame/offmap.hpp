// Off-map places (Moscow, Washington, Tehran ...): bearing, distance and the label of their arrows (map_overlay).
#pragma once

#include <string>

#include "core/geometry.hpp"

namespace atlas::core {

/// Spherical initial bearing (degrees, 0..360) and great-circle distance (km, mean Earth radius): a fallback and
/// for tests; accurate to about 0.5 % against the ellipsoid.
double sphericalBearingDeg(Vec2 fromLonLat, Vec2 toLonLat);
double greatCircleKm(Vec2 fromLonLat, Vec2 toLonLat);

/// "Moscow · 1,797 km" (distance rounded to 10 km, thousands separated by commas).
std::string offmapLabel(const std::string& name, double distanceKm);

}  // namespace atlas::core
