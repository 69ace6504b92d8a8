// Framing a view above the caption band (core/frame/band_frame.hpp).
#include "core/frame/band_frame.hpp"

namespace atlas::core {

Camera cameraAboveBand(const Camera& camera, Viewport vp, double bandPixels) {
    const double free = vp.height - bandPixels;
    if (bandPixels <= 0.0 || free < vp.height * 0.2) return camera;
    const double mpp = camera.metersPerPixel() * vp.height / free;
    return Camera{camera.center() - Vec2{0.0, 0.5 * bandPixels * mpp}, mpp};
}

}  // namespace atlas::core
