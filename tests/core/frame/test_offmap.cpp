// Off-map arrows from Yerevan: Moscow on the top edge, Washington left/top-left, Tehran at the bottom.
#include <catch2/catch.hpp>

#include "core/frame/offmap.hpp"

using namespace atlas::core;
using Catch::Matchers::WithinAbs;

namespace {

const Vec2 kYerevan{44.5126, 40.1811};
const Vec2 kViewport{1200, 800};
constexpr double kMargin = 24.0;

std::vector<OffmapArrow> arrows() {
    return offmapArrows(kYerevan,
                        {{"moscow", "Moscow", {37.6176, 55.7558}},
                         {"washington", "Washington", {-77.0369, 38.9072}},
                         {"tehran", "Tehran", {51.3890, 35.6892}}},
                        sphericalBearingDeg, kViewport, kMargin);
}

bool onInsetEdge(Vec2 p) {
    const double e = 1e-6;
    const bool inside = p.x >= kMargin - e && p.x <= kViewport.x - kMargin + e && p.y >= kMargin - e &&
                        p.y <= kViewport.y - kMargin + e;
    const bool edge = std::abs(p.x - kMargin) < e || std::abs(p.x - (kViewport.x - kMargin)) < e ||
                      std::abs(p.y - kMargin) < e || std::abs(p.y - (kViewport.y - kMargin)) < e;
    return inside && edge;
}

}  // namespace

TEST_CASE("spherical bearing and distance", "[gazetteer][offmap]") {
    CHECK_THAT(sphericalBearingDeg({0, 0}, {0, 10}), WithinAbs(0.0, 1e-9));
    CHECK_THAT(sphericalBearingDeg({0, 0}, {10, 0}), WithinAbs(90.0, 1e-9));
    CHECK_THAT(sphericalBearingDeg({0, 0}, {-10, 0}), WithinAbs(270.0, 1e-9));
    CHECK_THAT(greatCircleKm(kYerevan, {37.6176, 55.7558}), WithinAbs(1795.0, 15.0));
    CHECK_THAT(greatCircleKm({0, 0}, {0, 1}), WithinAbs(111.2, 0.1));
}

TEST_CASE("arrows from Yerevan land on the expected edges", "[gazetteer][offmap]") {
    const auto a = arrows();
    REQUIRE(a.size() == 3);
    CHECK(a[0].id == "moscow");
    CHECK(a[0].edge == ViewportEdge::Top);
    CHECK(a[0].screen.x < kViewport.x / 2);  // Moscow is north-north-west
    CHECK(a[0].bearingDeg > 330.0);
    CHECK(a[1].id == "washington");
    CHECK((a[1].edge == ViewportEdge::Left || a[1].edge == ViewportEdge::Top));
    CHECK(a[1].screen.x < kViewport.x / 2);
    CHECK(a[1].screen.y < kViewport.y / 2);
    CHECK(a[2].id == "tehran");
    CHECK(a[2].edge == ViewportEdge::Bottom);
    CHECK(a[2].screen.x > kViewport.x / 2);
    for (const auto& arrow : a) {
        CAPTURE(arrow.id, arrow.screen.x, arrow.screen.y);
        CHECK(onInsetEdge(arrow.screen));
        CHECK_THAT(arrow.angleDeg, WithinAbs(arrow.bearingDeg, 1e-9));
    }
    CHECK(a[0].label.rfind("Moscow \u00B7 1,", 0) == 0);
    CHECK(a[1].distanceKm > 9000.0);
}

TEST_CASE("the bearing function decides the direction", "[gazetteer][offmap]") {
    auto fixed = [](double b) { return [b](Vec2, Vec2) { return b; }; };
    const std::vector<OffmapTarget> one{{"x", "X", {0, 0}}};
    auto a = offmapArrows({45, 40}, one, fixed(90.0), {1000, 500}, 10).at(0);
    CHECK(a.edge == ViewportEdge::Right);
    CHECK_THAT(a.screen.x, WithinAbs(990.0, 1e-9));
    CHECK_THAT(a.screen.y, WithinAbs(250.0, 1e-9));
    a = offmapArrows({45, 40}, one, fixed(-45.0), {1000, 500}, 10).at(0);  // normalised to 315
    CHECK_THAT(a.bearingDeg, WithinAbs(315.0, 1e-9));
    CHECK(a.edge == ViewportEdge::Top);
    CHECK_THAT(a.screen.y, WithinAbs(10.0, 1e-9));
    CHECK_THAT(a.screen.x, WithinAbs(260.0, 1e-9));
    a = offmapArrows({45, 40}, one, fixed(180.0), {1000, 500}, 10).at(0);
    CHECK(a.edge == ViewportEdge::Bottom);
    CHECK_THAT(a.screen.x, WithinAbs(500.0, 1e-9));
}

TEST_CASE("labels round distances to 10 km with thousands separators", "[gazetteer][offmap]") {
    CHECK(offmapLabel("Washington", 9876.4) == "Washington \u00B7 9,880 km");
    CHECK(offmapLabel("Tehran", 754.0) == "Tehran \u00B7 750 km");
    CHECK(offmapLabel("Ankara", 1234567.0) == "Ankara \u00B7 1,234,570 km");
}
