// UI-only state (no business logic): what the panels remember between frames.
#pragma once

#include <optional>

#include "core/geometry.hpp"

namespace atlas::ui {

struct UiState {
    core::Vec2 mapOrigin;                  // top-left of the map area in window pixels
    core::Vec2 mapSize{1, 1};              // logical pixels
    std::optional<core::Vec2> mouseOnMap;  // pixels relative to the map's top-left, when hovered
    bool showIssues = true;
    bool showHelp = false;
    bool fullscreenRequested = false;
};

}  // namespace atlas::ui
