// The map camera: centre and scale in projected metres, screen <-> world transforms, anchored zoom, fly-to.
#pragma once

#include <optional>

#include "core/geometry.hpp"

namespace atlas::core {

struct Viewport {
    double width = 1;   // pixels
    double height = 1;  // pixels
};

class Camera {
public:
    static constexpr double kMinMetersPerPixel = 5.0;      // street-ish detail; the data is 1:10m
    static constexpr double kMaxMetersPerPixel = 20000.0;  // whole continent

    Camera() = default;
    Camera(Vec2 center, double metersPerPixel) : m_center(center), m_metersPerPixel(clampScale(metersPerPixel)) {}

    [[nodiscard]] Vec2 center() const { return m_center; }
    [[nodiscard]] double metersPerPixel() const { return m_metersPerPixel; }
    void setCenter(Vec2 c) { m_center = c; }
    void setMetersPerPixel(double mpp) { m_metersPerPixel = clampScale(mpp); }

    /// Screen pixels (origin top-left, y down) -> projected metres (y up).
    [[nodiscard]] Vec2 screenToWorld(Vec2 screen, Viewport vp) const;
    [[nodiscard]] Vec2 worldToScreen(Vec2 world, Viewport vp) const;
    /// Visible world rectangle.
    [[nodiscard]] BBox visibleBounds(Viewport vp) const;

    /// Move by a screen-space delta (drag): the world point under the cursor stays under it.
    void panPixels(Vec2 deltaPixels);
    /// Zoom by `factor` (>1 zooms in) keeping the world point under `anchor` fixed on screen.
    void zoomAt(double factor, Vec2 anchorScreen, Viewport vp);
    /// Fit a world box into the viewport with a margin in pixels.
    void fit(const BBox& world, Viewport vp, double marginPixels = 24.0);

    static double clampScale(double mpp);

private:
    Vec2 m_center{0.0, 0.0};
    double m_metersPerPixel = 1000.0;
};

/// A smooth camera flight (zoom out, travel, zoom in), eased in time. Pure function of t in [0, 1].
struct Flight {
    Camera from;
    Camera to;
    double durationSeconds = 0.8;
    double elapsed = 0.0;

    [[nodiscard]] bool done() const { return elapsed >= durationSeconds; }
    /// Advance by dt seconds and return the camera at the new time.
    Camera step(double dt);
    /// The camera at normalised time t (0 = from, 1 = to).
    [[nodiscard]] Camera at(double t) const;
};

}  // namespace atlas::core
