// UI-only state (no business logic): what the panels remember between frames.
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <string>
#include <vector>

#include "core/geometry.hpp"
#include "core/map/selection.hpp"
#include "core/map/user_layer.hpp"
#include "core/state/dock_layout.hpp"

namespace atlas::ui {

struct UiState {
    core::Vec2 mapOrigin;                  // top-left of the map area in window pixels
    core::Vec2 mapSize{1, 1};              // logical pixels of the map (window pixels / mapScale)
    float mapScale = 1.0f;                 // window pixels per logical map pixel: monitor content scale x ui_scale
    float contentScale = 1.0f;             // the monitor's content scale (HiDPI), as GLFW reports it
    std::optional<core::Vec2> mouseOnMap;  // pixels relative to the map's top-left, when hovered
    std::optional<core::Vec2> clickOnMap;  // a click (press and release without dragging) this frame
    bool draggingMap = false;
    /// The docked frame (ui/dock.hpp): the sizes the user set (saved with the window layout) and this frame's layout.
    core::DockSizes dockSizes;
    core::DockInput dockInput;
    core::DockLayout dock;
    bool showIssues = true;
    bool showHelp = false;
    char searchBuffer[256] = {};                   // the Search field; its text goes to AppState::search.query
    bool focusSearch = false;
    bool scrollReaderToPassage = false;
    /// What the Inspector showed last frame: a new selection scrolls it back to the top.
    using InspectorShows = std::pair<std::optional<core::Selection>, std::optional<core::UserFeatureRef>>;
    InspectorShows inspectorShows;
    std::optional<std::size_t> lastOpenedPassage;
    bool rangeMode = false;
    int timelineHandle = 0;  // the range end the Timeline's track is dragging: 1 the first, 2 the last
    /// File > Open view… / Save view as… / Open layer…: a path-entry popup (ImGui 1.86 has no file dialog).
    enum class ViewFileDialog { None, Open, Save, OpenLayer, ExportPng };
    ViewFileDialog viewFileDialog = ViewFileDialog::None;
    bool viewFileDialogRequested = false;  // open the popup on the next frame
    std::string viewPath;
    int exportScale = 2;  // File > Export map as PNG…: 1, 2 or 4
    bool exportLegend = true, exportStamp = true, exportScaleBar = true, exportFooter = true;

    // Seminar mode: the caption band's height as the panel measured it (sent as action::SetCaptionBand).
    float captionBandHeight = 0.0f;          // logical pixels the caption band covers at the bottom of the map

    // The Deck panel (ui/deck_panel.hpp).
    /// The slide and deck revision (AppState::deck) whose texts the edit buffers hold; reloaded when either changes.
    std::optional<std::pair<std::size_t, std::uint64_t>> deckTextFor;
    std::string slideTitle, slideCaption, slideNotes, deckTitle, deckAuthor;  // edit buffers (imgui_stdlib)
    enum class DeckFileDialog { None, Open, SaveAs };
    DeckFileDialog deckFileDialog = DeckFileDialog::None;
    bool deckFileDialogRequested = false;
    std::string deckPath;
    bool confirmNewDeck = false;                 // "discard unsaved changes?" before New deck
};

}  // namespace atlas::ui
