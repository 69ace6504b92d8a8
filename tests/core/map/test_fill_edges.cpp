// An area's outline from its triangles (core::boundaryEdges), the edges its anti-aliasing fringe is drawn along.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <utility>

#include "core/map/mesh.hpp"

using namespace atlas::core;

namespace {
/// Undirected edges, each as (low, high) vertex index.
std::set<std::pair<std::uint32_t, std::uint32_t>> undirected(const std::vector<std::pair<std::uint32_t, std::uint32_t>>& edges) {
    std::set<std::pair<std::uint32_t, std::uint32_t>> out;
    for (const auto& [a, b] : edges) out.insert({std::min(a, b), std::max(a, b)});
    return out;
}
}  // namespace

TEST_CASE("boundary edges: a square of two triangles has its four sides, not its diagonal", "[mesh][fringe]") {
    TriangleMesh square{{{0, 0}, {1, 0}, {1, 1}, {0, 1}}, {0, 1, 2, 0, 2, 3}};
    const auto edges = boundaryEdges(square);
    REQUIRE(edges.size() == 4);
    CHECK(undirected(edges) == std::set<std::pair<std::uint32_t, std::uint32_t>>{{0, 1}, {1, 2}, {2, 3}, {0, 3}});
    // In each triangle's own order, listed triangle by triangle.
    CHECK(edges[0] == std::pair<std::uint32_t, std::uint32_t>{0, 1});
    CHECK(edges[1] == std::pair<std::uint32_t, std::uint32_t>{1, 2});
    CHECK(edges[2] == std::pair<std::uint32_t, std::uint32_t>{2, 3});
    CHECK(edges[3] == std::pair<std::uint32_t, std::uint32_t>{3, 0});
}

TEST_CASE("boundary edges: a square with a square hole has both rings, whatever the triangles' winding",
          "[mesh][fringe]") {
    // Outer 0..3, hole 4..7; the frame between them in eight triangles, half of them wound the other way.
    TriangleMesh frame{{{0, 0}, {4, 0}, {4, 4}, {0, 4}, {1, 1}, {3, 1}, {3, 3}, {1, 3}},
                       {0, 1, 5, 0, 5, 4,    // bottom
                        1, 2, 6, 6, 5, 1,    // right (second triangle clockwise)
                        2, 3, 7, 2, 7, 6,    // top
                        3, 0, 4, 4, 7, 3}};  // left (second triangle clockwise)
    const auto edges = boundaryEdges(frame);
    CHECK(undirected(edges) == std::set<std::pair<std::uint32_t, std::uint32_t>>{
                                   {0, 1}, {1, 2}, {2, 3}, {0, 3}, {4, 5}, {5, 6}, {6, 7}, {4, 7}});
    CHECK(edges.size() == 8);
}

TEST_CASE("boundary edges: two parts touching along an edge have no edge there; an empty mesh has none",
          "[mesh][fringe]") {
    // Two unit squares side by side, as two polygons of one feature sharing the vertices of the middle edge.
    TriangleMesh two{{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {2, 0}, {2, 1}}, {0, 1, 2, 0, 2, 3, 1, 4, 5, 1, 5, 2}};
    const auto edges = undirected(boundaryEdges(two));
    CHECK(edges.size() == 6);
    CHECK_FALSE(edges.count({1, 2}));  // the shared side is inside the shape
    CHECK(boundaryEdges(TriangleMesh{}).empty());
    // A degenerate triangle (two equal indices) adds no edge from a vertex to itself.
    TriangleMesh degenerate{{{0, 0}, {1, 0}}, {0, 1, 1}};
    for (const auto& [a, b] : boundaryEdges(degenerate)) CHECK(a != b);
}

TEST_CASE("a triangle list becomes a mesh with shared vertices, so its outline can be found", "[mesh][fringe]") {
    // An arrow head as an overlay draws it: two triangles given point by point, sharing two points.
    const std::vector<Vec2> list{{0, 0}, {10, 5}, {0, 10}, {0, 0}, {0, 10}, {-3, 5}};
    const TriangleMesh mesh = meshOfTriangles(list);
    CHECK(mesh.vertices.size() == 4);
    REQUIRE(mesh.indices.size() == 6);
    CHECK(mesh.indices[3] == mesh.indices[0]);
    CHECK(mesh.indices[4] == mesh.indices[2]);
    CHECK(boundaryEdges(mesh).size() == 4);  // the shared side (0,0)-(0,10) is not an edge of the outline
    CHECK(meshOfTriangles({{0, 0}, {1, 1}}).indices.empty());  // a partial triangle is left out
}
