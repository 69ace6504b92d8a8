// Sweep-line search for meeting edges: edges sorted by their left end, an active list pruned as the sweep passes.
#include "core/ring_crossings.hpp"

#include <algorithm>
#include <vector>

namespace atlas::core {
namespace {

double orient(Vec2 a, Vec2 b, Vec2 c) { return cross(b - a, c - a); }
int sign(double v) { return (v > 0) - (v < 0); }
bool onSegment(Vec2 a, Vec2 b, Vec2 p) {
    return std::min(a.x, b.x) <= p.x && p.x <= std::max(a.x, b.x) && std::min(a.y, b.y) <= p.y &&
           p.y <= std::max(a.y, b.y);
}

struct Edge {
    Vec2 a, b;
    double minX, maxX, minY, maxY;
    std::size_t ring;   // which ring
    std::size_t index;  // edge index within its ring
    std::size_t ringSize;
};

bool adjacent(const Edge& e, const Edge& f) {
    if (e.ring != f.ring) return false;
    const std::size_t n = e.ringSize, i = std::min(e.index, f.index), j = std::max(e.index, f.index);
    return j == i || j == i + 1 || (i == 0 && j == n - 1);
}

void addRing(const Ring& ring, std::size_t which, std::vector<Edge>& edges) {
    std::size_t n = ring.size();
    if (n > 1 && ring.front() == ring.back()) --n;
    if (n < 2) return;
    for (std::size_t i = 0; i < n; ++i) {
        const Vec2 a = ring[i], b = ring[(i + 1) % n];
        edges.push_back({a, b, std::min(a.x, b.x), std::max(a.x, b.x), std::min(a.y, b.y), std::max(a.y, b.y), which,
                         i, n});
    }
}

RingCrossings sweep(std::vector<Edge>& edges, std::size_t maxCrossings, std::size_t maxPairTests) {
    RingCrossings out;
    std::sort(edges.begin(), edges.end(), [](const Edge& e, const Edge& f) { return e.minX < f.minX; });
    std::vector<const Edge*> active;
    std::size_t tests = 0;
    for (const Edge& e : edges) {
        // Edges that end left of this one's start can meet nothing further right.
        std::erase_if(active, [&](const Edge* f) { return f->maxX < e.minX; });
        for (const Edge* f : active) {
            if (++tests > maxPairTests) {
                out.capped = true;
                return out;
            }
            if (f->maxY < e.minY || f->minY > e.maxY || adjacent(e, *f)) continue;
            if (!segmentsIntersect(e.a, e.b, f->a, f->b)) continue;
            ++out.count;
            const std::pair<std::size_t, std::size_t> pair{std::min(e.index, f->index), std::max(e.index, f->index)};
            if (!out.first || pair < *out.first) out.first = pair;
            if (out.count >= maxCrossings) {
                out.capped = true;
                return out;
            }
        }
        active.push_back(&e);
    }
    return out;
}

}  // namespace

bool segmentsIntersect(Vec2 a, Vec2 b, Vec2 c, Vec2 d) {
    const int o1 = sign(orient(a, b, c)), o2 = sign(orient(a, b, d));
    const int o3 = sign(orient(c, d, a)), o4 = sign(orient(c, d, b));
    if (o1 != o2 && o3 != o4) return true;
    if (o1 == 0 && onSegment(a, b, c)) return true;
    if (o2 == 0 && onSegment(a, b, d)) return true;
    if (o3 == 0 && onSegment(c, d, a)) return true;
    if (o4 == 0 && onSegment(c, d, b)) return true;
    return false;
}

RingCrossings findRingCrossings(const Ring& ring, std::size_t maxCrossings, std::size_t maxPairTests) {
    std::vector<Edge> edges;
    addRing(ring, 0, edges);
    return sweep(edges, maxCrossings, maxPairTests);
}

RingCrossings findPolygonCrossings(const Polygon& polygon, std::size_t maxCrossings, std::size_t maxPairTests) {
    std::vector<Edge> edges;
    addRing(polygon.outer, 0, edges);
    for (std::size_t h = 0; h < polygon.holes.size(); ++h) addRing(polygon.holes[h], h + 1, edges);
    return sweep(edges, maxCrossings, maxPairTests);
}

}  // namespace atlas::core
