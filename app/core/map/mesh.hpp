// Triangle meshes and line-segment lists: the GPU-ready shapes of features, built once at load.
#pragma once

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "core/geometry.hpp"

namespace atlas::core {

/// Triangles over shared vertices (coordinates in whatever space the producer used).
struct TriangleMesh {
    std::vector<Vec2> vertices;
    std::vector<std::uint32_t> indices;  // 3 per triangle

    [[nodiscard]] std::size_t triangleCount() const { return indices.size() / 3; }
    [[nodiscard]] double area() const;
};

/// A triangle list (three points each) as a mesh whose equal points share one vertex (boundaryEdges needs that).
TriangleMesh meshOfTriangles(const std::vector<Vec2>& triangles);

/// The edges of `mesh` that bound its area: those only one triangle has (an edge two triangles share is inside
/// the shape; vertices must be shared, as triangulate() leaves them). Each is a pair of vertex indices in
/// triangle order, listed in the order of the triangles; a degenerate triangle's edges count like any other.
std::vector<std::pair<std::uint32_t, std::uint32_t>> boundaryEdges(const TriangleMesh& mesh);
/// The same over a triangle index list alone (three indices a triangle).
std::vector<std::pair<std::uint32_t, std::uint32_t>> boundaryEdges(std::span<const std::uint32_t> indices);

/// One feature's shape at one level of detail, in lon/lat.
struct FeatureShape {
    TriangleMesh fill;                // polygons, triangulated
    std::vector<LineString> lines;    // outlines or line geometry
};

/// Simplification tolerances of the levels of detail, in degrees (level 0 is the full geometry).
inline constexpr double kLodToleranceDegrees[] = {0.0, 0.002, 0.008, 0.03};
inline constexpr int kLodCount = 4;

/// Picks the coarsest level whose tolerance stays under half a pixel at the given scale.
int lodForScale(double metersPerPixel);

}  // namespace atlas::core
