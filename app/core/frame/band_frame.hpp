// Framing a view above a band drawn over the bottom of the map (the presentation's caption band).
#pragma once

#include "core/camera.hpp"

namespace atlas::core {

/// The camera that shows what `camera` frames on the whole viewport inside the part above a band of `bandPixels`
/// at the bottom (the presentation's caption band): zoomed out by height / (height - band) and moved so that the
/// framed centre sits in the middle of that part; nothing of the framed view is left under the band. A band of 0
/// (or one covering nearly everything) gives the camera back unchanged.
Camera cameraAboveBand(const Camera& camera, Viewport vp, double bandPixels);

}  // namespace atlas::core
