// The map's region frame (lon 38..52, lat 36..45): what "on the map" and "offmap" mean, defined once.
#pragma once

#include "core/geometry.hpp"

namespace atlas::core {

/// Longitude/latitude frame of the South Caucasus map; a feature with no vertex inside it is off-map.
inline constexpr double kFrameMinLon = 38.0;
inline constexpr double kFrameMaxLon = 52.0;
inline constexpr double kFrameMinLat = 36.0;
inline constexpr double kFrameMaxLat = 45.0;

/// Lon/lat box the bundled basemap's land, countries and water cover (geodata/build_basemap.sh clips to it): past
/// it the map shows only the background.
inline constexpr double kBasemapMinLon = 33.0;
inline constexpr double kBasemapMaxLon = 57.0;
inline constexpr double kBasemapMinLat = 34.0;
inline constexpr double kBasemapMaxLat = 48.0;
inline BBox basemapCoverage() { return BBox{kBasemapMinLon, kBasemapMinLat, kBasemapMaxLon, kBasemapMaxLat}; }

inline BBox regionFrame() { return BBox{kFrameMinLon, kFrameMinLat, kFrameMaxLon, kFrameMaxLat}; }

/// Inclusive test against the frame.
inline bool insideRegionFrame(Vec2 lonLat) {
    return lonLat.x >= kFrameMinLon && lonLat.x <= kFrameMaxLon && lonLat.y >= kFrameMinLat && lonLat.y <= kFrameMaxLat;
}

/// True when at least one vertex (point, line vertex or ring vertex) of the geometry lies inside the frame.
inline bool anyVertexInFrame(const Geometry& g) {
    for (const Vec2 p : g.points)
        if (insideRegionFrame(p)) return true;
    for (const auto& line : g.lines)
        for (const Vec2 p : line)
            if (insideRegionFrame(p)) return true;
    for (const auto& poly : g.polygons) {
        for (const Vec2 p : poly.outer)
            if (insideRegionFrame(p)) return true;
        for (const auto& hole : poly.holes)
            for (const Vec2 p : hole)
                if (insideRegionFrame(p)) return true;
    }
    return false;
}

}  // namespace atlas::core
