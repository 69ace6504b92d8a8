// Camera transforms and fly-to interpolation (zoom in log space, an ease-in-out curve, a mid-flight zoom-out).
#include "core/camera.hpp"

#include <algorithm>
#include <cmath>

namespace atlas::core {

double Camera::clampScale(double mpp) { return std::clamp(mpp, kMinMetersPerPixel, kMaxMetersPerPixel); }

Vec2 Camera::screenToWorld(Vec2 screen, Viewport vp) const {
    return {m_center.x + (screen.x - vp.width * 0.5) * m_metersPerPixel,
            m_center.y - (screen.y - vp.height * 0.5) * m_metersPerPixel};
}

Vec2 Camera::worldToScreen(Vec2 world, Viewport vp) const {
    return {(world.x - m_center.x) / m_metersPerPixel + vp.width * 0.5,
            -(world.y - m_center.y) / m_metersPerPixel + vp.height * 0.5};
}

BBox Camera::visibleBounds(Viewport vp) const {
    BBox b;
    b.extend(screenToWorld({0, 0}, vp));
    b.extend(screenToWorld({vp.width, vp.height}, vp));
    return b;
}

void Camera::panPixels(Vec2 deltaPixels) {
    m_center.x -= deltaPixels.x * m_metersPerPixel;
    m_center.y += deltaPixels.y * m_metersPerPixel;
}

void Camera::zoomAt(double factor, Vec2 anchorScreen, Viewport vp) {
    if (!(factor > 0.0)) return;
    const Vec2 before = screenToWorld(anchorScreen, vp);
    m_metersPerPixel = clampScale(m_metersPerPixel / factor);
    const Vec2 after = screenToWorld(anchorScreen, vp);
    m_center = m_center + (before - after);
}

void Camera::fit(const BBox& world, Viewport vp, double marginPixels) {
    if (world.empty()) return;
    const double w = std::max(1.0, vp.width - 2.0 * marginPixels);
    const double h = std::max(1.0, vp.height - 2.0 * marginPixels);
    const double mpp = std::max(world.width() / w, world.height() / h);
    m_center = world.center();
    m_metersPerPixel = clampScale(mpp > 0.0 ? mpp : m_metersPerPixel);
}

Camera Flight::step(double dt) {
    elapsed = std::min(durationSeconds, elapsed + std::max(0.0, dt));
    return at(durationSeconds > 0.0 ? elapsed / durationSeconds : 1.0);
}

Camera Flight::at(double t) const {
    t = std::clamp(t, 0.0, 1.0);
    const double s = t * t * (3.0 - 2.0 * t);  // smoothstep ease-in-out
    // Interpolate scale in log space and lift it in mid-flight when travelling far, so the user
    // sees where the map is going (a light version of van Wijk & Nuij's optimal path).
    const double logA = std::log(from.metersPerPixel());
    const double logB = std::log(to.metersPerPixel());
    const double travel = length(to.center() - from.center());
    const double widerScale = std::max(from.metersPerPixel(), to.metersPerPixel());
    const double lift = std::log(std::max(1.0, travel / (widerScale * 600.0)) + 1.0);
    const double logMpp = logA + (logB - logA) * s + lift * 4.0 * s * (1.0 - s);
    const double mpp = std::exp(logMpp);
    // Move the centre so that it progresses uniformly in screen space at the interpolated scale.
    const Vec2 c = from.center() + (to.center() - from.center()) * s;
    return Camera{c, mpp};
}

}  // namespace atlas::core
