// Edge crossings of rings found by a sweep over x (O(n log n) for ordinary shapes), with a cap on the work done.
#pragma once

#include <cstddef>
#include <optional>
#include <utility>

#include "core/geometry.hpp"

namespace atlas::core {

/// Whether segments ab and cd share a point (touching and collinear overlap count).
bool segmentsIntersect(Vec2 a, Vec2 b, Vec2 c, Vec2 d);

struct RingCrossings {
    std::size_t count = 0;                                  // pairs of non-adjacent edges that meet (up to the cap)
    std::optional<std::pair<std::size_t, std::size_t>> first;  // the lowest (i, j) pair among those found
    bool capped = false;                                    // the search stopped at maxCrossings or maxPairTests
};

/// Pairs of non-adjacent edges of one ring (edge i runs from vertex i to i+1, the last one closes the ring) that
/// meet. Repeated consecutive vertices must be removed first. Stops after `maxCrossings` meetings or
/// `maxPairTests` edge visits (whichever first), so it is bounded however the ring is drawn.
RingCrossings findRingCrossings(const Ring& ring, std::size_t maxCrossings, std::size_t maxPairTests);

/// Meetings between edges of a polygon's rings (outer and holes together; edges adjacent in a ring excluded),
/// counted up to `maxCrossings` with at most `maxPairTests` edge visits: a bound on the cost of repairing it.
RingCrossings findPolygonCrossings(const Polygon& polygon, std::size_t maxCrossings, std::size_t maxPairTests);

}  // namespace atlas::core
