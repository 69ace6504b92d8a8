// Geometry helpers: areas, containment, distances, bounds.
#include "core/geometry.hpp"

namespace atlas::core {

BBox Geometry::bounds() const {
    BBox b;
    for (const auto& p : points) b.extend(p);
    for (const auto& l : lines)
        for (const auto& p : l) b.extend(p);
    for (const auto& poly : polygons)
        for (const auto& p : poly.outer) b.extend(p);
    return b;
}

double signedArea(const Ring& ring) {
    const std::size_t n = ring.size();
    if (n < 3) return 0.0;
    double sum = 0.0;
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) sum += cross(ring[j], ring[i]);
    return sum * 0.5;
}

double polygonArea(const Polygon& poly) {
    double a = std::abs(signedArea(poly.outer));
    for (const auto& h : poly.holes) a -= std::abs(signedArea(h));
    return a;
}

namespace {
bool pointInRing(const Ring& ring, Vec2 p) {
    bool inside = false;
    const std::size_t n = ring.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const Vec2 a = ring[i];
        const Vec2 b = ring[j];
        if ((a.y > p.y) != (b.y > p.y)) {
            const double xCross = a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y);
            if (p.x < xCross) inside = !inside;
        }
    }
    return inside;
}
}  // namespace

bool pointInPolygon(const Polygon& poly, Vec2 p) {
    if (!pointInRing(poly.outer, p)) return false;
    return std::none_of(poly.holes.begin(), poly.holes.end(), [&](const Ring& h) { return pointInRing(h, p); });
}

double distanceToSegment(Vec2 p, Vec2 a, Vec2 b) {
    const Vec2 ab = b - a;
    const double len2 = dot(ab, ab);
    double t = len2 > 0.0 ? dot(p - a, ab) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    return length(p - (a + ab * t));
}

double lineLength(const LineString& line) {
    double sum = 0.0;
    for (std::size_t i = 1; i < line.size(); ++i) sum += length(line[i] - line[i - 1]);
    return sum;
}

}  // namespace atlas::core
