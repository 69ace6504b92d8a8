// Arrows on the viewport edge pointing at off-map features (Moscow, Washington, Tehran ...), computed without PROJ.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/geometry.hpp"

namespace atlas::core {

/// Initial bearing in degrees clockwise from north, from one lon/lat point to another (PROJ geodesic in the app).
using BearingFn = std::function<double(Vec2 from, Vec2 to)>;

enum class ViewportEdge { Top, Right, Bottom, Left };

struct OffmapTarget {
    std::string id;
    std::string label;  // display name (the caller applies the naming choice)
    Vec2 lonLat;
};

struct OffmapArrow {
    std::string id;
    std::string label;      // "Moscow · 1,797 km"
    Vec2 screen;            // arrow tip in pixels, y down, inside the viewport by `margin`
    double angleDeg = 0.0;  // screen direction of the arrow, clockwise from screen up (= bearing on a north-up map)
    double bearingDeg = 0.0;
    double distanceKm = 0.0;
    ViewportEdge edge = ViewportEdge::Top;
};

/// One arrow per target, in input order: the ray from the viewport centre along the bearing from `centreLonLat`,
/// clipped to the viewport inset by `marginPx`. Assumes north is up on screen.
std::vector<OffmapArrow> offmapArrows(Vec2 centreLonLat, const std::vector<OffmapTarget>& targets,
                                      const BearingFn& bearing, Vec2 viewportSizePx, double marginPx);

/// Spherical initial bearing (degrees, 0..360) and great-circle distance (km, mean Earth radius): a fallback and
/// for tests; accurate to about 0.5 % against the ellipsoid.
double sphericalBearingDeg(Vec2 fromLonLat, Vec2 toLonLat);
double greatCircleKm(Vec2 fromLonLat, Vec2 toLonLat);

/// "Moscow · 1,797 km" (distance rounded to 10 km, thousands separated by commas).
std::string offmapLabel(const std::string& name, double distanceKm);

}  // namespace atlas::core
