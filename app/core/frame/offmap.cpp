// Spherical bearing and great-circle distance to off-map places, and their arrows' distance labels.
#include "core/frame/offmap.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace atlas::core {

namespace {

constexpr double kEarthRadiusKm = 6371.0088;
double rad(double deg) { return deg * std::numbers::pi / 180.0; }
double deg(double r) { return r * 180.0 / std::numbers::pi; }

std::string withThousands(long value) {
    std::string digits = std::to_string(value < 0 ? -value : value);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), ",");
    return (value < 0 ? "-" : "") + digits;
}

}  // namespace

double sphericalBearingDeg(Vec2 from, Vec2 to) {
    const double p1 = rad(from.y), p2 = rad(to.y), dl = rad(to.x - from.x);
    const double y = std::sin(dl) * std::cos(p2);
    const double x = std::cos(p1) * std::sin(p2) - std::sin(p1) * std::cos(p2) * std::cos(dl);
    const double b = deg(std::atan2(y, x));
    return b < 0 ? b + 360.0 : b;
}

double greatCircleKm(Vec2 from, Vec2 to) {
    const double dp = rad(to.y - from.y), dl = rad(to.x - from.x);
    const double a = std::sin(dp / 2) * std::sin(dp / 2) +
                     std::cos(rad(from.y)) * std::cos(rad(to.y)) * std::sin(dl / 2) * std::sin(dl / 2);
    return 2.0 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(a)));
}

std::string offmapLabel(const std::string& name, double distanceKm) {
    const long rounded = std::lround(distanceKm / 10.0) * 10;
    return name + " \u00B7 " + withThousands(rounded) + " km";
}

}  // namespace atlas::core
