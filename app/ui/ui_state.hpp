// UI-only state (no business logic): what the panels remember between frames.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/geometry.hpp"

namespace atlas::ui {

struct UiState {
    core::Vec2 mapOrigin;                  // top-left of the map area in window pixels
    core::Vec2 mapSize{1, 1};              // logical pixels
    std::optional<core::Vec2> mouseOnMap;  // pixels relative to the map's top-left, when hovered
    std::optional<core::Vec2> clickOnMap;  // a click (press and release without dragging) this frame
    bool draggingMap = false;
    bool showIssues = true;
    bool showHelp = false;
    bool fullscreenRequested = false;
    char searchBuffer[256] = {};
    std::string lastSearch;                        // the query the cached results belong to
    std::vector<std::size_t> resultOrder;          // unused placeholder for keyboard navigation
    int searchCursor = 0;
    bool focusSearch = false;
    bool scrollReaderToPassage = false;
    std::optional<std::size_t> lastOpenedPassage;
    bool rangeMode = false;
    /// File > Open view… / Save view as…: a path-entry popup (ImGui 1.86 has no file dialog).
    enum class ViewFileDialog { None, Open, Save };
    ViewFileDialog viewFileDialog = ViewFileDialog::None;
    bool viewFileDialogRequested = false;  // open the popup on the next frame
    char viewPath[1024] = {};
};

}  // namespace atlas::ui
