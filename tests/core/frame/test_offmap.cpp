// Off-map places: spherical bearing and distance from Yerevan, and the arrows' distance labels.
#include <catch2/catch.hpp>

#include "core/frame/offmap.hpp"

using namespace atlas::core;
using Catch::Matchers::WithinAbs;

namespace {

const Vec2 kYerevan{44.5126, 40.1811};

}  // namespace

TEST_CASE("spherical bearing and distance", "[gazetteer][offmap]") {
    CHECK_THAT(sphericalBearingDeg({0, 0}, {0, 10}), WithinAbs(0.0, 1e-9));
    CHECK_THAT(sphericalBearingDeg({0, 0}, {10, 0}), WithinAbs(90.0, 1e-9));
    CHECK_THAT(sphericalBearingDeg({0, 0}, {-10, 0}), WithinAbs(270.0, 1e-9));
    CHECK_THAT(greatCircleKm(kYerevan, {37.6176, 55.7558}), WithinAbs(1795.0, 15.0));
    CHECK_THAT(greatCircleKm({0, 0}, {0, 1}), WithinAbs(111.2, 0.1));
}

TEST_CASE("labels round distances to 10 km with thousands separators", "[gazetteer][offmap]") {
    CHECK(offmapLabel("Washington", 9876.4) == "Washington \u00B7 9,880 km");
    CHECK(offmapLabel("Tehran", 754.0) == "Tehran \u00B7 750 km");
    CHECK(offmapLabel("Ankara", 1234567.0) == "Ankara \u00B7 1,234,570 km");
}
