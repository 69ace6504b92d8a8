// Edge positions and labels for off-map arrows: a ray from the viewport centre clipped to the inset viewport.
#include "core/frame/offmap.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace atlas::core {

namespace {

constexpr double kEarthRadiusKm = 6371.0088;
constexpr double kInf = std::numeric_limits<double>::infinity();
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

std::vector<OffmapArrow> offmapArrows(Vec2 centre, const std::vector<OffmapTarget>& targets, const BearingFn& bearing,
                                      Vec2 size, double margin) {
    std::vector<OffmapArrow> out;
    const double halfW = std::max(0.0, size.x / 2 - margin), halfH = std::max(0.0, size.y / 2 - margin);
    const Vec2 mid{size.x / 2, size.y / 2};
    for (const auto& t : targets) {
        OffmapArrow a;
        a.id = t.id;
        a.bearingDeg = std::fmod(std::fmod(bearing(centre, t.lonLat), 360.0) + 360.0, 360.0);
        a.angleDeg = a.bearingDeg;
        a.distanceKm = greatCircleKm(centre, t.lonLat);
        a.label = offmapLabel(t.label, a.distanceKm);
        const Vec2 dir{std::sin(rad(a.bearingDeg)), -std::cos(rad(a.bearingDeg))};  // screen y grows downwards
        const double tx = std::abs(dir.x) > 1e-12 ? halfW / std::abs(dir.x) : kInf;
        const double ty = std::abs(dir.y) > 1e-12 ? halfH / std::abs(dir.y) : kInf;
        const double reach = std::min(tx, ty);
        a.screen = mid + dir * reach;
        if (ty <= tx) a.edge = dir.y < 0 ? ViewportEdge::Top : ViewportEdge::Bottom;
        else a.edge = dir.x < 0 ? ViewportEdge::Left : ViewportEdge::Right;
        out.push_back(std::move(a));
    }
    return out;
}

}  // namespace atlas::core
