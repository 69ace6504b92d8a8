// The sweep that finds meeting edges: right answers, work close to linear on real shapes, bounded on scribbles.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>

#include "core/gazetteer/gazetteer_check.hpp"
#include "core/ring_crossings.hpp"

using namespace atlas;

namespace {

core::Ring circle(std::size_t n) {
    core::Ring r;
    for (std::size_t i = 0; i < n; ++i) {
        const double a = 2.0 * M_PI * static_cast<double>(i) / static_cast<double>(n);
        r.push_back({std::cos(a), std::sin(a)});
    }
    return r;
}

core::Ring scribble(std::size_t n) {
    std::uint32_t x = 12345;
    core::Ring r;
    for (std::size_t i = 0; i < n; ++i) {
        x = x * 1103515245u + 12345u;
        const double px = (x >> 8) / 16777216.0;
        x = x * 1103515245u + 12345u;
        r.push_back({px, (x >> 8) / 16777216.0});
    }
    return r;
}

}  // namespace

TEST_CASE("ring crossings: a bowtie meets once, a square never", "[ring_crossings]") {
    const core::Ring bowtie{{0, 0}, {1, 1}, {1, 0}, {0, 1}};
    const auto b = core::findRingCrossings(bowtie, 100, 1000);
    CHECK(b.count == 1);
    REQUIRE(b.first);
    CHECK(b.first->first == 0);
    CHECK(b.first->second == 2);
    CHECK_FALSE(b.capped);
    const auto s = core::findRingCrossings({{0, 0}, {1, 0}, {1, 1}, {0, 1}}, 100, 1000);
    CHECK(s.count == 0);
    CHECK_FALSE(s.first);
}

TEST_CASE("ring crossings: a 160,000-vertex border is checked with near-linear work", "[ring_crossings]") {
    const core::Ring ring = circle(160000);
    // Each edge meets only the few active edges near it: far below n^2/2 = 1.28e10 pair visits.
    const auto c = core::findRingCrossings(ring, 10, 20 * ring.size());
    CHECK_FALSE(c.capped);
    CHECK(c.count == 0);
    CHECK_FALSE(core::ringProblem(ring).has_value());
}

TEST_CASE("ring crossings: a scribble stops at the cap", "[ring_crossings]") {
    const core::Ring ring = scribble(500);
    const auto c = core::findRingCrossings(ring, 1001, 10'000'000);
    CHECK(c.capped);
    CHECK(c.count == 1001);
    const auto work = core::findRingCrossings(ring, 1'000'000, 5000);
    CHECK(work.capped);
    CHECK(work.count < 5000);
    const auto problem = core::ringProblem(ring);
    REQUIRE(problem);
    CHECK_THAT(*problem, Catch::Contains("self-intersecting"));
}

TEST_CASE("ring crossings: holes that cross the shell count", "[ring_crossings]") {
    core::Polygon p;
    p.outer = {{0, 0}, {10, 0}, {10, 10}, {0, 10}};
    p.holes.push_back({{2, 2}, {4, 2}, {4, 4}, {2, 4}});
    CHECK(core::findPolygonCrossings(p, 10, 1000).count == 0);
    p.holes.push_back({{8, 8}, {12, 8}, {12, 9}, {8, 9}});  // pokes out through the right edge
    CHECK(core::findPolygonCrossings(p, 10, 1000).count == 2);
}
