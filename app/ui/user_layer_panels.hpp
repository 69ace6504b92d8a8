// The user layers' part of the explorer: their rows in the Layers panel, and a user feature in the Inspector and
// the hover tooltip. Like the other panels they read the state and push actions.
#pragma once

#include <vector>

#include "ui/explorer_panels.hpp"

namespace atlas::ui {

/// "User layers" rows: visibility, colour, opacity, order (up/down), remove, feature count, load problems.
void drawUserLayersSection(const ExplorerContext& ctx, std::vector<core::Action>& out);
/// The selected user feature's layer, name and attributes (inside the Inspector window).
void drawUserFeatureDetails(const ExplorerContext& ctx, std::vector<core::Action>& out);
/// Tooltip for the hovered user feature: its name and layer, and the first attributes.
void drawUserFeatureTooltip(const ExplorerContext& ctx);

}  // namespace atlas::ui
