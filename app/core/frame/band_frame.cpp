// Framing a view above the caption band (core/frame/band_frame.hpp).
#include "core/frame/band_frame.hpp"

#include <algorithm>
#include <limits>

namespace atlas::core {

Camera cameraAboveBand(const Camera& camera, Viewport vp, double bandPixels) {
    const double free = vp.height - bandPixels;
    if (bandPixels <= 0.0 || free < vp.height * 0.2) return camera;
    const double mpp = camera.metersPerPixel() * vp.height / free;
    return Camera{camera.center() - Vec2{0.0, 0.5 * bandPixels * mpp}, mpp};
}

BBox projectedInnerBox(const BBox& coverage, const Projector& projector) {
    constexpr int kSamples = 48;
    constexpr double kInf = std::numeric_limits<double>::infinity();
    double left = -kInf, right = kInf, bottom = -kInf, top = kInf;
    for (int i = 0; i <= kSamples; ++i) {
        const double t = static_cast<double>(i) / kSamples;
        const double lon = coverage.minX + t * (coverage.maxX - coverage.minX);
        const double lat = coverage.minY + t * (coverage.maxY - coverage.minY);
        const auto w = projector.forward({coverage.minX, lat});
        const auto e = projector.forward({coverage.maxX, lat});
        const auto s = projector.forward({lon, coverage.minY});
        const auto n = projector.forward({lon, coverage.maxY});
        if (!w || !e || !s || !n) return BBox{};
        left = std::max(left, w->x);
        right = std::min(right, e->x);
        bottom = std::max(bottom, s->y);
        top = std::min(top, n->y);
    }
    if (!(left < right && bottom < top)) return BBox{};
    return BBox{left, bottom, right, top};
}

Camera cameraWithinBox(const Camera& camera, Viewport vp, const BBox& inner) {
    if (inner.empty() || vp.width <= 0.0 || vp.height <= 0.0) return camera;
    double mpp = camera.metersPerPixel();
    mpp = std::min({mpp, inner.width() / vp.width, inner.height() / vp.height});
    const double hw = 0.5 * vp.width * mpp;
    const double hh = 0.5 * vp.height * mpp;
    const Vec2 c = camera.center();
    const Vec2 clamped{std::clamp(c.x, inner.minX + hw, inner.maxX - hw), std::clamp(c.y, inner.minY + hh, inner.maxY - hh)};
    if (mpp == camera.metersPerPixel() && clamped.x == c.x && clamped.y == c.y) return camera;
    return Camera{clamped, mpp};
}

}  // namespace atlas::core
