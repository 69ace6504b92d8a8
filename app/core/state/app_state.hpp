// Application state and the actions that change it: the single place where the view is decided.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/camera.hpp"
#include "core/map/feature_visuals.hpp"
#include "core/gazetteer/naming.hpp"
#include "core/projector.hpp"
#include "core/frame/render_frame.hpp"
#include "core/map/user_layer.hpp"
#include "core/state/view_state.hpp"

namespace atlas::core {

struct AppState {
    Camera camera;
    ProjectionId projection = ProjectionId::LambertCaucasus;
    FrameOptions frame;
    std::optional<Flight> flight;
    Viewport viewport{1280, 800};
    std::optional<Vec2> cursorLonLat;
    TimeFilter time;
    std::optional<std::size_t> selected;  // feature index in the MapModel
    std::optional<std::size_t> hovered;
    std::vector<float> layerOpacity = std::vector<float>(static_cast<std::size_t>(MapLayer::Count), 1.0f);
    std::vector<bool> layerVisible = std::vector<bool>(static_cast<std::size_t>(MapLayer::Count), true);
    std::vector<bool> layerLabels = std::vector<bool>(static_cast<std::size_t>(MapLayer::Count), true);
    std::optional<std::size_t> openPassage;   // corpus passage index shown in the reader
    std::optional<std::size_t> openDocument;  // corpus document index shown in the reader
    bool playing = false;                     // timeline animation
    double playSpeed = 4.0;                   // years per second
    double playClock = 0.0;                   // fractional year while playing
    NamingChoice naming = NamingChoice::English;
    bool inspectorFollowsTime = false;        // inspector lists only passages about the current time
    bool timeFollowsText = true;              // opening a passage sets the time filter to its years
    bool sizePlacesByMentions = false;        // place symbols scaled by how often the corpus names them
    bool showCoMentions = false;              // with a selection, the map fades what its passages do not also name
    struct Panels {
        bool layers = true, inspector = true, reader = true, search = true, timeline = true, legend = false;
    } panels;
    bool showIssues = true;
    bool quitRequested = false;
    /// View-state fields kept as the view state has them: the built-in layers' settings (their colour and order
    /// reach the frame through core::applyLayerLook), the highlighted passage, the UI scale, an open passage
    /// whose id waits for the corpus to finish loading, a selected off-map place. See core/view_conversion.hpp.
    struct Carried {
        std::vector<LayerSettings> layers;  // built-in layers; empty: ViewState::defaultLayers()
        std::optional<std::string> highlightedPassage;
        double uiScale = 1.0;  // the interface size the user chose (times the monitor's content scale)
        std::optional<std::string> pendingPassage;
        std::optional<std::string> offmapSelection;  // a selected off-map place (gazetteer id): its arrow is highlighted
    } carried;
    /// Layers added from vector files, in draw order (core/user_layer.hpp); their data lives in the session.
    std::vector<UserLayerEntry> userLayers;
    std::uint32_t nextUserLayerId = 1;
    std::optional<UserFeatureRef> selectedUser;  // a user layer's feature; exclusive with `selected`
    std::optional<UserFeatureRef> hoveredUser;
};

/// The panels a view can open or close (the fields of AppState::Panels).
enum class Panel : std::uint8_t { Layers, Inspector, Reader, Search, Timeline, Legend };

/// Seminar mode (core/presenter.hpp): keys, menu items and the deck panel's Present button. Start presents the open
/// deck from its first slide, StartHere from the slide selected in the deck panel; GoTo (with a slide) jumps.
enum class PresentCommand : std::uint8_t {
    Start, StartHere, Next, Previous, First, Last, GoTo, Blank, Spotlight, Notes, PresenterWindow, Theme, Leave
};
/// The projector palettes (core::projectorLightTheme, projectorDarkTheme).
enum class PresentTheme : std::uint8_t { Light, Dark };
/// Edits of the open deck from the Deck panel and the File menu; each goes through a pure function of core/deck.hpp.
enum class DeckEdit : std::uint8_t {
    New, Open, Save, AddCurrentView, UpdateFromCurrentView, Move, Duplicate, Delete, Show, SetText, SetInfo
};

namespace action {
struct PanPixels { Vec2 delta; };
struct ZoomAt { double factor; Vec2 anchor; };
struct FlyTo { Camera target; double seconds = 0.9; };
struct ResetView {};                   // fly to the whole region
struct SetProjection { ProjectionId id; };
struct SetViewport { Viewport viewport; };
struct SetCursor { std::optional<Vec2> lonLat; };
struct ToggleGraticule {};
struct ToggleLabels {};
struct Tick { double dt; };            // advances animations
struct SetYear { std::optional<int> year; };
struct SetRange { std::optional<std::pair<int, int>> range; };
struct SetTimeDisplay { TimeDisplay display; };
struct Select { std::optional<std::size_t> feature; };
struct Hover { std::optional<std::size_t> feature; };
struct SetLayerOpacity { MapLayer layer; float opacity; };
struct SetLayerVisible { MapLayer layer; bool visible; };
struct SetLayerLabels { MapLayer layer; bool on; };
/// A built-in layer's colour by view-state key ("corridors"); null restores the theme's colour.
struct SetLayerColour { std::string key; std::optional<Color> colour; };
/// Moves a built-in layer up (steps > 0: drawn later, above its neighbours) or down its draw order, among the
/// layers core::builtinLayerOrderable accepts; at either end nothing changes.
struct MoveLayer { std::string key; int steps; };
/// A built-in layer's visibility, opacity or labels by view-state key, for every map layer of the key ("graticule"
/// and "offmap" take the visibility only); only the fields given change. Showing a layer shows all its parts.
struct SetBuiltinLayer {
    std::string key;
    std::optional<bool> visible;
    std::optional<float> opacity;
    std::optional<bool> labels;
};
/// View > Interface size: the window's panels, fonts and map symbols at `scale` times the monitor's own content
/// scale (view state `ui_scale`, clamped to 0.5..4).
struct SetUiScale { double scale; };
struct SetPanelOpen { Panel panel; bool open; };
/// Session-level file requests (File menu): resolved by the viewer, which owns the projector and the corpus.
struct OpenViewFile { std::string path; };
struct SaveViewFile { std::string path; };
struct OpenPassage { std::size_t passage; std::size_t document; std::optional<TimeFilter> time; };
struct OpenDocument { std::size_t document; };
struct SetPlaying { bool playing; };
struct SetPlaySpeed { double yearsPerSecond; };
struct SetNaming { NamingChoice naming; };
/// Session-level requests the viewer resolves (they need the projection or the gazetteer-to-map mapping).
struct SelectFeatureId { std::string gazetteerId; bool fly = true; };
struct FitFeatureIds { std::vector<std::string> gazetteerIds; };
struct SetInspectorFollowsTime { bool on; };
struct SetTimeFollowsText { bool on; };
struct SetSizePlacesByMentions { bool on; };
struct SetShowCoMentions { bool on; };
/// File > Export map as PNG…: the map as shown, at `scale` times its pixels, with the chosen overlay (resolved by
/// the viewer, which owns the renderer).
struct ExportPng {
    std::string path;
    float scale = 1.0f;
    bool legend = true, stamp = true, scaleBar = true, footer = true;
};
struct Quit {};
/// User layers (core/user_layer.hpp). AddUserLayer appends an entry in the Loading state; the session then reads
/// the file on a worker and reports back with UserLayerLoaded. A path already open is not added twice.
struct AddUserLayer { std::string path; };
struct UserLayerLoaded {
    std::uint32_t id;
    bool ok;
    std::size_t featureCount = 0;
    UserGeometryKind kind = UserGeometryKind::None;
    std::vector<std::string> problems;  // the error when !ok, else warnings
};
struct RemoveUserLayer { std::uint32_t id; };
struct MoveUserLayer { std::uint32_t id; int steps; };  // +1: one place later in the draw order (drawn above)
struct SetUserLayerStyle { std::uint32_t id; bool visible; float opacity; Color colour; };
struct SelectUserFeature { std::optional<UserFeatureRef> feature; };  // clears `selected`
struct HoverUserFeature { std::optional<UserFeatureRef> feature; };
/// Seminar mode and deck editing: resolved by the viewer, which holds the open deck and the presentation.
struct Present { PresentCommand command; std::size_t slide = 0; };
struct EditDeck {
    DeckEdit edit;
    std::size_t slide = 0;  // the slide edited (Move: from)
    std::size_t to = 0;     // Move: where the slide ends up
    std::string path;       // Open, Save (empty: the file the deck came from)
    std::string title, caption, notes;  // SetText (slide), SetInfo (title = deck title, caption = author)
};
}  // namespace action

using Action = std::variant<action::PanPixels, action::ZoomAt, action::FlyTo, action::ResetView, action::SetProjection,
                            action::SetViewport, action::SetCursor, action::ToggleGraticule, action::ToggleLabels,
                            action::Tick, action::Quit, action::SetYear, action::SetRange, action::SetTimeDisplay,
                            action::Select, action::Hover, action::SetLayerOpacity, action::OpenPassage,
                            action::OpenDocument, action::SetPlaying, action::SetPlaySpeed, action::SetNaming,
                            action::SelectFeatureId, action::FitFeatureIds, action::SetInspectorFollowsTime,
                            action::SetTimeFollowsText, action::SetLayerVisible, action::SetPanelOpen,
                            action::OpenViewFile, action::SaveViewFile, action::AddUserLayer,
                            action::UserLayerLoaded, action::RemoveUserLayer, action::MoveUserLayer,
                            action::SetUserLayerStyle, action::SelectUserFeature, action::HoverUserFeature,
                            action::Present, action::EditDeck, action::SetSizePlacesByMentions,
                            action::SetShowCoMentions, action::ExportPng, action::SetLayerLabels,
                            action::SetLayerColour, action::MoveLayer, action::SetBuiltinLayer,
                            action::SetUiScale>;

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

/// Applies one action. Projection changes are recorded in the state; the caller rebuilds the scene
/// and re-centres the camera (it owns the projector).
void apply(AppState& state, const Action& a, const BBox& homeBounds);

}  // namespace atlas::core
