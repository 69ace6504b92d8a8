// UI-only state (no business logic): what the panels remember between frames.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/geometry.hpp"

namespace atlas::ui {

struct UiState {
    core::Vec2 mapOrigin;                  // top-left of the map area in window pixels
    core::Vec2 mapSize{1, 1};              // logical pixels of the map (window pixels / mapScale)
    float mapScale = 1.0f;                 // window pixels per logical map pixel: monitor content scale x ui_scale
    float contentScale = 1.0f;             // the monitor's content scale (HiDPI), as GLFW reports it
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
    /// File > Open view… / Save view as… / Open layer…: a path-entry popup (ImGui 1.86 has no file dialog).
    enum class ViewFileDialog { None, Open, Save, OpenLayer, ExportPng };
    ViewFileDialog viewFileDialog = ViewFileDialog::None;
    bool viewFileDialogRequested = false;  // open the popup on the next frame
    std::string viewPath;
    int exportScale = 2;  // File > Export map as PNG…: 1, 2 or 4
    bool exportLegend = true, exportStamp = true, exportScaleBar = true, exportFooter = true;

    // Seminar mode. ExplorerUi mirrors its presentation here every frame for the menu and the window's keys.
    bool presenting = false;
    bool presentDark = false;                // the projector theme chosen (T, View > Dark presentation theme)
    bool isFullscreen = false;               // set by the window
    std::optional<bool> fullscreenWanted;    // presentation: fullscreen on entering, the window back on leaving
    float captionBandHeight = 0.0f;          // logical pixels the caption band covers at the bottom of the map

    // The Deck panel (ui/deck_panel.hpp).
    bool showDeck = false;
    std::size_t deckSlide = 0;                   // the slide selected in the list
    std::optional<std::size_t> deckTextSlide;    // the slide whose texts the edit buffers hold (reloaded on change)
    std::string slideTitle, slideCaption, slideNotes, deckTitle, deckAuthor;  // edit buffers (imgui_stdlib)
    enum class DeckFileDialog { None, Open, SaveAs };
    DeckFileDialog deckFileDialog = DeckFileDialog::None;
    bool deckFileDialogRequested = false;
    std::string deckPath;
    bool confirmNewDeck = false;                 // "discard unsaved changes?" before New deck
};

}  // namespace atlas::ui
