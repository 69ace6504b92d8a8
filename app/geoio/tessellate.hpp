// GEOS-backed polygon triangulation (constrained Delaunay, holes respected) and topology-preserving simplification.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>

#include "core/geometry.hpp"
#include "core/map/mesh.hpp"

namespace atlas::geoio {

class GeometryError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The work went past geometryLimits() (too tangled to repair, out of time, or cancelled).
class GeometryLimitError : public GeometryError {
public:
    using GeometryError::GeometryError;
};

/// Triangulates polygons (outer rings and holes); throws GeometryError with GEOS's reason on failure, and
/// GeometryLimitError when an invalid polygon's edges meet more than geometryLimits().maxRepairCrossings times or
/// this thread's GeometryDeadline passes (GEOS's repair is interrupted then).
core::TriangleMesh triangulate(const std::vector<core::Polygon>& polygons);

/// Simplifies polygons and lines with a tolerance (same units as the coordinates), keeping topology valid.
core::Geometry simplify(const core::Geometry& geometry, double tolerance);

/// The part of a geometry's polygons inside a box.
core::Geometry clipToBox(const core::Geometry& geometry, const core::BBox& box);

/// A good label position inside the largest polygon (centre of its maximum inscribed circle), or the bbox centre.
std::optional<core::Vec2> labelPoint(const core::Geometry& geometry);

/// Builds every level of detail of a feature (see core::kLodToleranceDegrees) within geometryLimits(): when the
/// polygons cannot be triangulated within them, every level draws their rings as outlines only and `gaveUp` (if
/// given) gets the reason, e.g. "its edges cross 1001 times or more; drawn as an outline only".
std::vector<core::FeatureShape> buildLods(const core::Geometry& lonLat, bool outlinePolygons,
                                          std::string* gaveUp = nullptr);

}  // namespace atlas::geoio
