// Geodesic lengths and areas on the WGS84 ellipsoid through PROJ's geodesic routines (Karney's algorithms).
#include "geoio/geodesy.hpp"

#include <algorithm>
#include <cmath>

#include <geodesic.h>

namespace atlas::geoio {

namespace {

const geod_geodesic& wgs84() {
    static const geod_geodesic g = [] {
        geod_geodesic init{};
        geod_init(&init, 6378137.0, 1.0 / 298.257223563);
        return init;
    }();
    return g;
}

double segmentKm(core::Vec2 a, core::Vec2 b) {
    double s12 = 0.0;
    geod_inverse(&wgs84(), a.y, a.x, b.y, b.x, &s12, nullptr, nullptr);
    return s12 / 1000.0;
}

}  // namespace

double geodesicLengthKm(const std::vector<core::Vec2>& lonLat) {
    double total = 0.0;
    for (std::size_t i = 1; i < lonLat.size(); ++i) total += segmentKm(lonLat[i - 1], lonLat[i]);
    return total;
}

double geodesicAreaKm2(const std::vector<core::Vec2>& ring) {
    if (ring.size() < 3) return 0.0;
    std::vector<double> lats;
    std::vector<double> lons;
    for (const auto& p : ring) {
        lats.push_back(p.y);
        lons.push_back(p.x);
    }
    if (ring.front().x == ring.back().x && ring.front().y == ring.back().y) {  // geod_polygonarea closes it itself
        lats.pop_back();
        lons.pop_back();
    }
    double area = 0.0;
    geod_polygonarea(&wgs84(), lats.data(), lons.data(), static_cast<int>(lats.size()), &area, nullptr);
    return std::abs(area) / 1.0e6;
}

double longestSegmentKm(const std::vector<core::Vec2>& lonLat) {
    double longest = 0.0;
    for (std::size_t i = 1; i < lonLat.size(); ++i) longest = std::max(longest, segmentKm(lonLat[i - 1], lonLat[i]));
    return longest;
}

}  // namespace atlas::geoio
