// The application state: everything the user can change, in one value. Only core::apply (core/state/reducer.hpp)
// changes it; the panels read it and push actions (core/state/actions.hpp).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/camera.hpp"
#include "core/explore/search.hpp"
#include "core/gazetteer/naming.hpp"
#include "core/map/feature_visuals.hpp"
#include "core/map/selection.hpp"
#include "core/map/user_layer.hpp"
#include "core/present/deck.hpp"
#include "core/present/presenter.hpp"
#include "core/projector.hpp"
#include "core/state/actions.hpp"
#include "core/state/view_state.hpp"
#include "core/workspace/workspace_state.hpp"

namespace atlas::core {

/// The map frame's own switches and texts (the layers' settings are in AppState::layers; core::frameOptions
/// derives the renderer's FrameOptions from both).
struct FrameSettings {
    bool labels = true;        // labels as a whole (L); each layer's own switch is its LayerSettings::labels
    bool scaleBar = true;
    float symbolScale = 1.0f;  // presentation enlarges symbols and labels
    bool legend = false;       // the legend panel drawn on the map (render --legend; the Legend panel also shows it)
    std::string stamp;         // a large year stamp in the top-left corner ("" = none)
    std::string footer;        // a citation footer across the bottom ("" = none)
    double reservedBottomPx = 0.0;  // covered by the presentation's caption band
};

/// The open deck (File > Open deck…, --deck, the Deck panel).
struct DeckState {
    std::optional<Deck> deck;      // none open
    DeckOrigin origin;             // origin.path empty: never saved
    bool dirty = false;            // differs from `saved`
    std::optional<Deck> saved;     // the deck as last opened or saved (undo compares with it)
    std::size_t selected = 0;      // the slide selected in the Deck panel
    std::uint64_t revision = 0;    // changes whenever slides change under the panel's edit buffers
};

struct AppState;

/// Undo and redo (core/state/history.hpp): snapshots of the state before each undoable step, newest last.
struct UndoHistory {
    std::vector<std::shared_ptr<const AppState>> past, future;
    double clock = 0.0;                  // seconds of Tick seen, to coalesce a drag into one step
    std::string lastKey;                 // the coalescing key of the newest step ("camera", "time", …)
    double lastAt = -1e9;                // when that step last grew
};

struct AppState {
    Camera camera;
    ProjectionId projection = ProjectionId::LambertCaucasus;
    FrameSettings frame;
    /// The built-in layers, each key of kBuiltinLayerKeys once in that order: visibility, opacity, labels, colour,
    /// draw order and hidden parts. The one source of the layers' settings: the frame, the Layers panel and the
    /// view state derive theirs from it (core/state/layer_settings.hpp).
    std::vector<LayerSettings> layers = ViewState::defaultLayers();
    std::optional<Flight> flight;
    Viewport viewport{1280, 800};
    std::optional<Vec2> cursorLonLat;
    TimeFilter time;
    std::optional<Selection> selected;  // a map feature or an off-map place (its arrow is highlighted)
    std::optional<Selection> hovered;
    std::optional<std::size_t> openPassage;   // corpus passage index shown in the reader
    std::optional<std::size_t> openDocument;  // corpus document index shown in the reader
    bool playing = false;                     // timeline animation
    double playSpeed = 4.0;                   // years per second
    TimeUnit timelineUnit = TimeUnit::Year;   // what the Timeline's step buttons move by
    double playClock = 0.0;                   // fractional year while playing
    NamingChoice naming = NamingChoice::English;
    bool inspectorFollowsTime = false;        // inspector lists only passages about the current time
    bool timeFollowsText = true;              // opening a passage sets the time filter to its years
    bool sizePlacesByMentions = false;        // place symbols scaled by how often the corpus names them
    bool showCoMentions = false;              // with a selection, the map fades what its passages do not also name
    struct Panels {
        bool layers = true, inspector = true, reader = true, search = true, timeline = true, legend = false;
        bool deck = false;
        bool documents = false;
        bool placesReview = false;
    } panels;
    bool quitRequested = false;
    bool fullscreen = false;  // as the window reports it (action::WindowFullscreen)
    bool cameraPlaced = false;  // a view, a slide or --bbox placed the camera; else the first frame frames the region
    /// View-state fields kept as the view state has them: the highlighted passage, the UI scale, an open passage
    /// whose id waits for the corpus to finish loading. See core/view_conversion.hpp.
    struct Carried {
        std::optional<std::string> highlightedPassage;
        double uiScale = 1.0;  // the interface size the user chose (times the monitor's content scale)
        std::optional<std::string> pendingPassage;
        std::string viewSource = "view";  // the file the last view came from (names a pending passage's problem)
    } carried;
    /// Layers added from vector files, in draw order (core/user_layer.hpp); their data lives in the session.
    std::vector<UserLayerEntry> userLayers;
    std::uint32_t nextUserLayerId = 1;
    std::optional<UserFeatureRef> selectedUser;  // a user layer's feature; exclusive with `selected`
    std::optional<UserFeatureRef> hoveredUser;
    /// The Search panel: the query and its results (computed by the app for this query: command::RunSearch).
    struct Search {
        std::string query;
        std::string resultsFor;  // the query `results` belong to
        std::vector<SearchResult> results;
    } search;
    DeckState deck;
    /// Seminar mode: the deck being presented, its slide, blank, spotlight, notes; none when not presenting.
    std::optional<Presentation> presentation;
    PresentTheme presentTheme = PresentTheme::Light;  // kept between presentations (T, View > Dark theme)
    std::string viewFile;  // the view file last opened or saved (the window's title names it)
    WorkspaceState workspace;  // the open workspace (core/workspace); none: the bundled corpus alone
    PlacesReviewState places;  // the Places-to-review panel: the workspace's user gazetteer, review memory, queue
    UndoHistory history;
};


/// Appends a user layer entry (Loading, the next colour, drawn on top); null when the path is empty or already
/// open. AddUserLayer and opening a view use it.
UserLayerEntry* addUserLayer(AppState& state, const std::string& path);

/// The open/closed flag of a panel.
bool& panelFlag(AppState::Panels& panels, Panel panel);

/// The first and last year the timeline offers.
inline constexpr int kTimelineFirstYear = 1800;
inline constexpr int kTimelineLastYear = 2025;

/// The "whole region" camera for a projected home box.
Camera homeCamera(const BBox& homeBounds, Viewport vp);

}  // namespace atlas::core
