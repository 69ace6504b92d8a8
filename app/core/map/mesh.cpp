// Mesh helpers: area of a triangle mesh, level-of-detail choice.
#include "core/map/mesh.hpp"

#include <algorithm>
#include <cmath>
#include <map>

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

TriangleMesh meshOfTriangles(const std::vector<Vec2>& triangles) {
    TriangleMesh mesh;
    std::map<std::pair<double, double>, std::uint32_t> index;
    for (std::size_t i = 0; i + 2 < triangles.size(); i += 3)
        for (std::size_t k = 0; k < 3; ++k) {
            const Vec2 p = triangles[i + k];
            const auto [it, added] = index.try_emplace({p.x, p.y}, static_cast<std::uint32_t>(mesh.vertices.size()));
            if (added) mesh.vertices.push_back(p);
            mesh.indices.push_back(it->second);
        }
    return mesh;
}

std::vector<std::pair<std::uint32_t, std::uint32_t>> boundaryEdges(const TriangleMesh& mesh) {
    return boundaryEdges(std::span<const std::uint32_t>(mesh.indices));
}

std::vector<std::pair<std::uint32_t, std::uint32_t>> boundaryEdges(std::span<const std::uint32_t> indices) {
    // Each edge as a key that ignores its direction (low index high, high low) with its place in the triangle
    // list; sorted, an edge met once is a boundary edge.
    struct Edge {
        std::uint64_t key;
        std::uint32_t at;  // index into mesh.indices of the edge's first vertex
    };
    const std::size_t triangles = indices.size() / 3;
    std::vector<Edge> edges;
    edges.reserve(triangles * 3);
    for (std::size_t t = 0; t < triangles; ++t)
        for (std::size_t k = 0; k < 3; ++k) {
            const std::uint32_t a = indices[t * 3 + k], b = indices[t * 3 + (k + 1) % 3];
            if (a == b) continue;
            const std::uint64_t lo = std::min(a, b), hi = std::max(a, b);
            edges.push_back({(lo << 32) | hi, static_cast<std::uint32_t>(t * 3 + k)});
        }
    std::sort(edges.begin(), edges.end(), [](const Edge& x, const Edge& y) {
        return x.key != y.key ? x.key < y.key : x.at < y.at;
    });
    std::vector<std::uint32_t> once;
    for (std::size_t i = 0; i < edges.size();) {
        std::size_t j = i + 1;
        while (j < edges.size() && edges[j].key == edges[i].key) ++j;
        if (j == i + 1) once.push_back(edges[i].at);
        i = j;
    }
    std::sort(once.begin(), once.end());
    std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
    out.reserve(once.size());
    for (const std::uint32_t at : once) {
        const std::size_t t = at / 3, k = at % 3;
        out.emplace_back(indices[at], indices[t * 3 + (k + 1) % 3]);
    }
    return out;
}

int lodForScale(double metersPerPixel) {
    constexpr double kMetersPerDegree = 111320.0;
    int best = 0;
    for (int i = 0; i < kLodCount; ++i)
        if (kLodToleranceDegrees[i] * kMetersPerDegree <= 0.5 * metersPerPixel) best = i;
    return best;
}

}  // namespace atlas::core
