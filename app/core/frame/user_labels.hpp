// Labels for the user's own layers: each point's value of the chosen attribute, set beside its symbol where it
// covers no label the map already placed and stays in view.
#pragma once

#include <cstdint>
#include <limits>
#include <string>

#include "core/frame/overlay.hpp"
#include "core/frame/render_frame.hpp"
#include "core/map/user_layer.hpp"

namespace atlas::core {

/// LabelDraw::feature of a user layer's label (no map feature: the per-layer label switches leave it alone).
inline constexpr std::uint32_t kUserLabelFeature = std::numeric_limits<std::uint32_t>::max();
/// At most this many labels per layer and frame: a layer of 100,000 points labels what fits, at a bounded cost.
inline constexpr std::size_t kMaxUserLabels = 2000;

/// Adds to frame.labels a label for each point of `scene` (features of `layer`) whose `field` is set, to the
/// right of the symbol or else to its left, skipping those that would overlap a label already in the frame or
/// leave the viewport. Styled as a town's label at the frame's symbol scale.
void addUserLayerLabels(RenderFrame& frame, const UserLayer& layer, const UserLayerScene& scene,
                        const std::string& field, const TextMeasurer& measurer);

}  // namespace atlas::core
