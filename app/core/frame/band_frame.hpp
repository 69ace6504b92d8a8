// Framing a view above a band drawn over the bottom of the map (the presentation's caption band).
#pragma once

#include "core/camera.hpp"
#include "core/geometry.hpp"
#include "core/projector.hpp"

namespace atlas::core {

/// The camera that shows what `camera` frames on the whole viewport inside the part above a band of `bandPixels`
/// at the bottom (the presentation's caption band): zoomed out by height / (height - band) and moved so that the
/// framed centre sits in the middle of that part; nothing of the framed view is left under the band. A band of 0
/// (or one covering nearly everything) gives the camera back unchanged.
Camera cameraAboveBand(const Camera& camera, Viewport vp, double bandPixels);

/// The largest axis-aligned rectangle, in projected metres, that lies inside the lon/lat box `coverage` (its edges
/// sampled: a parallel is an arc and a meridian slants in a conic projection). Empty when it cannot be projected.
BBox projectedInnerBox(const BBox& coverage, const Projector& projector);

/// The camera moved, and zoomed in only if it must, so that the whole viewport shows ground inside `inner` (from
/// projectedInnerBox): a slide never shows the basemap's clipped edge as a shape floating in the sea. The camera is
/// returned unchanged when it already fits or `inner` is empty.
Camera cameraWithinBox(const Camera& camera, Viewport vp, const BBox& inner);

}  // namespace atlas::core
