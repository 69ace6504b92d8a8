// Mesh helpers: area of a triangle mesh, level-of-detail choice.
#include "core/map/mesh.hpp"

#include <cmath>

namespace atlas::core {

double TriangleMesh::area() const {
    double sum = 0.0;
    for (std::size_t i = 0; i + 2 < indices.size(); i += 3) {
        const Vec2 a = vertices[indices[i]];
        const Vec2 b = vertices[indices[i + 1]];
        const Vec2 c = vertices[indices[i + 2]];
        sum += std::abs(cross(b - a, c - a)) * 0.5;
    }
    return sum;
}

int lodForScale(double metersPerPixel) {
    constexpr double kMetersPerDegree = 111320.0;
    int best = 0;
    for (int i = 0; i < kLodCount; ++i)
        if (kLodToleranceDegrees[i] * kMetersPerDegree <= 0.5 * metersPerPixel) best = i;
    return best;
}

}  // namespace atlas::core
