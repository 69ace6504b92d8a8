// Geometry helpers: areas with holes, containment, distances.
#include <catch2/catch.hpp>

#include "core/geometry.hpp"

using namespace atlas::core;

TEST_CASE("polygon area subtracts holes", "[geometry]") {
    Polygon p;
    p.outer = {{0, 0}, {10, 0}, {10, 10}, {0, 10}};
    p.holes.push_back({{2, 2}, {2, 4}, {4, 4}, {4, 2}});
    CHECK(polygonArea(p) == Approx(96.0));
    CHECK(signedArea(p.outer) == Approx(100.0));
    CHECK(signedArea(p.holes[0]) == Approx(-4.0));
}

TEST_CASE("point in polygon respects holes", "[geometry]") {
    Polygon p;
    p.outer = {{0, 0}, {10, 0}, {10, 10}, {0, 10}};
    p.holes.push_back({{2, 2}, {4, 2}, {4, 4}, {2, 4}});
    CHECK(pointInPolygon(p, {1, 1}));
    CHECK_FALSE(pointInPolygon(p, {3, 3}));
    CHECK_FALSE(pointInPolygon(p, {11, 3}));
}

TEST_CASE("distance to segment clamps to the ends", "[geometry]") {
    CHECK(distanceToSegment({5, 3}, {0, 0}, {10, 0}) == Approx(3.0));
    CHECK(distanceToSegment({-3, 4}, {0, 0}, {10, 0}) == Approx(5.0));
    CHECK(lineLength({{0, 0}, {3, 4}, {3, 10}}) == Approx(11.0));
}
