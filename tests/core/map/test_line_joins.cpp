// Line joins: how far each segment's quad reaches past its ends (core::appendPolyline), and that the reach covers
// every point the drawn line should cover — the union of round-capped segments — while drawing less.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <vector>

#include "core/map/scene.hpp"

using namespace atlas::core;

namespace {

constexpr double kPi = 3.14159265358979323846;

/// Whether point p lies inside segment s's quad as line.vert extrudes it: `reach` pixels to each side, and past
/// each end `reach` times the segment's end factor (coordinates are pixels here: one metre per pixel).
bool inQuad(const Segment& s, double reach, double px, double py) {
    const double dx = s.x1 - s.x0, dy = s.y1 - s.y0;
    const double len = std::hypot(dx, dy);
    const double ux = dx / len, uy = dy / len;
    const double along = (px - s.x0) * ux + (py - s.y0) * uy;
    const double across = -(px - s.x0) * uy + (py - s.y0) * ux;
    return along >= -reach * s.ext0 && along <= len + reach * s.ext1 && std::abs(across) <= reach;
}

double distanceToPolyline(const std::vector<Segment>& segs, double px, double py) {
    double best = std::numeric_limits<double>::infinity();
    for (const auto& s : segs)
        best = std::min(best, distanceToSegment({px, py}, {s.x0, s.y0}, {s.x1, s.y1}));
    return best;
}

}  // namespace

TEST_CASE("a polyline's joins reach only as far as the turn needs; its ends reach a full cap", "[scene][lines]") {
    std::vector<Segment> out;
    // straight on, then a right angle, then back on itself
    appendPolyline(out, {{0, 0}, {10, 0}, {20, 0}, {20, 10}, {20, 0}}, {0, 0}, 7);
    REQUIRE(out.size() == 4);
    CHECK(out[0].ext0 == 1.0f);                       // the line's start: a round cap
    CHECK(out[0].ext1 == Approx(out[1].ext0));        // both sides of a join agree
    CHECK(out[0].ext1 < 0.05f);                       // straight on: almost nothing
    CHECK(out[1].ext1 == Approx(std::sin(kPi / 4) + 0.02).margin(1e-4));  // a right angle: sin 45°
    CHECK(out[2].ext1 == 1.0f);                       // turning back on itself: a full cap
    CHECK(out[3].ext1 == 1.0f);                       // the line's end
    CHECK(out[2].feature == 7);
    CHECK(out[2].dist0 == Approx(20.0));
}

TEST_CASE("closed rings join their last segment to their first; breaks end in caps", "[scene][lines]") {
    std::vector<Segment> ring;
    appendPolyline(ring, {{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}, {0, 0}, 0);
    REQUIRE(ring.size() == 4);
    for (const auto& s : ring) {
        CHECK(s.ext0 == Approx(std::sin(kPi / 4) + 0.02).margin(1e-4));
        CHECK(s.ext1 == Approx(std::sin(kPi / 4) + 0.02).margin(1e-4));
    }
    // an unprojectable point splits the line: both pieces end in caps; a repeated point draws nothing and joins
    const double nan = std::numeric_limits<double>::quiet_NaN();
    std::vector<Segment> split;
    appendPolyline(split, {{0, 0}, {10, 0}, {10, 0}, {20, 0}, {nan, 5}, {30, 0}, {40, 0}}, {0, 0}, 0);
    REQUIRE(split.size() == 3);
    CHECK(split[0].ext1 < 0.05f);
    CHECK(split[1].ext1 == 1.0f);
    CHECK(split[2].ext0 == 1.0f);
    CHECK(split[2].ext1 == 1.0f);
    // coordinates are relative to the origin
    std::vector<Segment> moved;
    appendPolyline(moved, {{100, 50}, {110, 50}}, {100, 40}, 0);
    CHECK(moved[0].x0 == 0.0f);
    CHECK(moved[0].y0 == 10.0f);
}

TEST_CASE("the shortened quads still cover the whole round-joined line, with less area", "[scene][lines]") {
    // A zig-zag with every turn from 5° to 175°, and a gentle arc turning 6° at each point; short segments, as a
    // simplified border has at a small scale.
    std::vector<Vec2> zigzag{{0, 0}}, arc{{0, 0}};
    double heading = 0, x = 0, y = 0;
    for (int k = 1; k <= 35; ++k) {
        heading += (k % 2 ? 1 : -1) * (5.0 * k) * kPi / 180.0;
        const double len = 2.0 + (k % 4);
        x += len * std::cos(heading);
        y += len * std::sin(heading);
        zigzag.push_back({x, y});
    }
    heading = x = y = 0;
    for (int k = 1; k <= 40; ++k) {
        heading += 6.0 * kPi / 180.0;
        x += 2.5 * std::cos(heading);
        y += 2.5 * std::sin(heading);
        arc.push_back({x, y});
    }
    for (const auto& [pts, maxShare] : {std::pair{zigzag, 0.95}, std::pair{arc, 0.6}}) {
        std::vector<Segment> segs;
        appendPolyline(segs, pts, {0, 0}, 0);
        for (const double reach : {1.25, 2.75, 6.0}) {
            BBox box;
            for (const auto& p : pts) box.extend(p);
            int inside = 0, missed = 0;
            for (double py = box.minY - reach - 1; py <= box.maxY + reach + 1; py += 0.0625)
                for (double px = box.minX - reach - 1; px <= box.maxX + reach + 1; px += 0.0625) {
                    if (distanceToPolyline(segs, px, py) > reach - 1e-6) continue;
                    ++inside;
                    bool covered = false;
                    for (const auto& s : segs) covered = covered || inQuad(s, reach, px, py);
                    if (!covered) ++missed;
                }
            INFO("reach " << reach << " px: " << missed << " of " << inside << " points of the line not covered");
            CHECK(inside > 1000);
            CHECK(missed == 0);
            // the quads' total area against a full cap at both ends of every segment
            double shortened = 0, full = 0;
            for (const auto& s : segs) {
                const double len = std::hypot(s.x1 - s.x0, s.y1 - s.y0);
                shortened += (len + reach * (s.ext0 + s.ext1)) * 2 * reach;
                full += (len + 2 * reach) * 2 * reach;
            }
            INFO("area " << shortened << " px² against " << full << " px² with full caps");
            CHECK(shortened < maxShare * full);
        }
    }
}
