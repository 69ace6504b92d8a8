// Plain geometry types shared by every layer: points, rings, polygons, lines, boxes (lon/lat or projected).
#pragma once

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace atlas::core {

struct Vec2 {
    double x = 0.0;
    double y = 0.0;
    friend Vec2 operator+(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
    friend Vec2 operator-(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
    friend Vec2 operator*(Vec2 a, double s) { return {a.x * s, a.y * s}; }
    friend bool operator==(Vec2 a, Vec2 b) = default;
};

inline double dot(Vec2 a, Vec2 b) { return a.x * b.x + a.y * b.y; }
inline double cross(Vec2 a, Vec2 b) { return a.x * b.y - a.y * b.x; }
inline double length(Vec2 a) { return std::sqrt(dot(a, a)); }

using Ring = std::vector<Vec2>;        // closed implicitly: last point != first point is fine
using LineString = std::vector<Vec2>;

struct Polygon {
    Ring outer;
    std::vector<Ring> holes;
};

struct BBox {
    double minX = std::numeric_limits<double>::infinity();
    double minY = std::numeric_limits<double>::infinity();
    double maxX = -std::numeric_limits<double>::infinity();
    double maxY = -std::numeric_limits<double>::infinity();

    [[nodiscard]] bool empty() const { return minX > maxX || minY > maxY; }
    void extend(Vec2 p) {
        minX = std::min(minX, p.x);
        minY = std::min(minY, p.y);
        maxX = std::max(maxX, p.x);
        maxY = std::max(maxY, p.y);
    }
    void extend(const BBox& b) {
        if (b.empty()) return;
        extend(Vec2{b.minX, b.minY});
        extend(Vec2{b.maxX, b.maxY});
    }
    [[nodiscard]] bool contains(Vec2 p) const { return p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY; }
    [[nodiscard]] bool intersects(const BBox& b) const {
        return !(b.minX > maxX || b.maxX < minX || b.minY > maxY || b.maxY < minY);
    }
    [[nodiscard]] Vec2 center() const { return {(minX + maxX) * 0.5, (minY + maxY) * 0.5}; }
    [[nodiscard]] double width() const { return maxX - minX; }
    [[nodiscard]] double height() const { return maxY - minY; }
};

/// Geometry of one feature: any mix of points, lines and polygons (multi-geometries flattened).
struct Geometry {
    std::vector<Vec2> points;
    std::vector<LineString> lines;
    std::vector<Polygon> polygons;

    [[nodiscard]] bool empty() const { return points.empty() && lines.empty() && polygons.empty(); }
    [[nodiscard]] BBox bounds() const;
};

/// Signed area of a ring (shoelace), positive when counter-clockwise.
double signedArea(const Ring& ring);
/// Area of a polygon: |outer| minus |holes|.
double polygonArea(const Polygon& poly);
/// Even-odd point in polygon (holes respected).
bool pointInPolygon(const Polygon& poly, Vec2 p);
/// Distance from p to segment ab.
double distanceToSegment(Vec2 p, Vec2 a, Vec2 b);
/// Total length of a polyline.
double lineLength(const LineString& line);

}  // namespace atlas::core
