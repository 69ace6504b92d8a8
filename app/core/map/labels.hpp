// Label placement: greedy by priority with collision tests, candidate positions around each anchor.
#pragma once

#include <cstdint>
#include <vector>

#include "core/geometry.hpp"

namespace atlas::core {

enum class LabelAnchor : std::uint8_t { Center, Right, Left, Above, Below, AboveRight, BelowRight, AboveLeft, BelowLeft };

struct LabelCandidate {
    std::uint32_t id = 0;   // caller's handle (feature index)
    Vec2 anchor;            // screen pixels
    double width = 0;       // text box in pixels
    double height = 0;
    double priority = 0;    // higher is placed first
    double offset = 0;      // gap between anchor and text for point labels (0 = centred area label)
    bool pointLabel = true; // point labels try eight positions, area labels only the centre
};

struct PlacedLabel {
    std::uint32_t id = 0;
    BBox box;               // screen pixels, y down
    LabelAnchor anchor = LabelAnchor::Center;
};

struct LabelPlacementOptions {
    double width = 0;        // viewport in pixels; labels must lie fully inside
    double height = 0;
    double padding = 3;      // minimum gap between two labels in pixels
    std::vector<BBox> obstacles;  // symbols that labels must not cover (except their own)
};

/// Places labels so that no two placed boxes (grown by padding) overlap and each lies inside the viewport.
/// Deterministic: ties in priority are broken by id.
std::vector<PlacedLabel> placeLabels(std::vector<LabelCandidate> candidates, const LabelPlacementOptions& opts);

/// The box a candidate would occupy at a given anchor position.
BBox labelBox(const LabelCandidate& c, LabelAnchor a);

}  // namespace atlas::core
