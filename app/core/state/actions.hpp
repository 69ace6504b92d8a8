// The actions: every change of the application state is one of these, applied by core::apply (core/state/reducer.hpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "core/camera.hpp"
#include "core/corpus/document.hpp"
#include "core/explore/search.hpp"
#include "core/explore/time_step.hpp"
#include "core/gazetteer/naming.hpp"
#include "core/map/feature_visuals.hpp"
#include "core/map/selection.hpp"
#include "core/map/style.hpp"
#include "core/map/user_layer.hpp"
#include "core/present/deck.hpp"
#include "core/present/present_types.hpp"
#include "core/projector.hpp"
#include "core/state/places_state.hpp"
#include "core/state/view_state.hpp"

namespace atlas::core {

/// The panels a view can open or close (the fields of AppState::Panels).
enum class Panel : std::uint8_t { Layers, Inspector, Reader, Search, Timeline, Legend, Deck, Documents, PlacesReview };

namespace action {
struct PanPixels { Vec2 delta; };
struct ZoomAt { double factor; Vec2 anchor; };
struct FlyTo { Camera target; double seconds = 0.9; };
struct ResetView { bool animate = true; };  // to the whole region (flying, or at once)
struct SetProjection { ProjectionId id; };  // asks the app to switch (command::SwitchProjection)
struct SetViewport { Viewport viewport; };
struct SetCursor { std::optional<Vec2> lonLat; };
struct ToggleGraticule {};
struct ToggleLabels {};
struct Tick { double dt; };            // advances animations
struct SetYear { std::optional<int> year; };
struct SetRange { std::optional<std::pair<int, int>> range; };
/// One day (or month) within a year: the year follows it, a range is cleared; nullopt keeps the year, drops the day.
struct SetDate { std::optional<Date> date; };
struct SetTimeDisplay { TimeDisplay display; };
/// A map feature or an off-map place (its arrow), or nothing; clears a user layer's selected feature.
struct Select { std::optional<Selection> selection; };
struct Hover { std::optional<Selection> selection; };
/// By map layer: the opacity and labels act on the layer's view-state key (every map layer of "corridors");
/// the visibility of a map layer that is a part of its key (railways of "corridors") shows or hides that part,
/// otherwise the key. MapLayer::Label has no key: these change nothing for it.
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
/// File > Open view… / Save view as…: the reducer asks the app to read or write the file (command::ReadViewFile,
/// command::WriteViewFile); a view read comes back as ShowView. `overwrite`: the user confirmed replacing an
/// existing file (set only by the file chooser's "Replace" prompt); without it an existing file is not replaced.
struct OpenViewFile { std::string path; };
struct SaveViewFile { std::string path; bool overwrite = false; };
/// Shows a view state (a view file, a deck slide, the last session): projection, camera, time, layers, selection,
/// passage, panels. `source` names it in problem reports ("talk.json slide 3"). A view in another projection
/// first asks the app to switch projection (command::SwitchProjection) and is then shown again.
struct ShowView { ViewState view; std::string source; bool file = false; };  // file: a view file the user opened
/// The app switched the projection (command::SwitchProjection): the camera keeps the place and the ground scale.
struct ProjectionSwitched { ProjectionId id; Camera camera; };
/// The frame's overlay switches and texts from the command line (`render --no-labels --legend --stamp …`);
/// only the fields given change.
struct SetFrameOptions {
    std::optional<bool> labels, graticule, legend;
    std::optional<std::string> stamp, footer;
};
/// The corpus finished indexing: a passage a view left pending is opened now (or reported).
struct CorpusReady {};
/// Opens a passage by id (`--passage`); kept pending until the corpus is indexed.
struct OpenPassageId { std::string id; };
/// The Search panel's query; the app searches the loaded data for it and answers with SearchDone.
struct SetSearchQuery { std::string query; };
struct SearchDone { std::string query; std::vector<SearchResult> results; };
/// Edit > Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z, Ctrl+Y): core/state/history.hpp.
struct Undo {};
struct Redo {};
/// A view file was written (command::WriteViewFile): the window's title names it.
struct ViewSaved { std::string path; };
/// F11, View > Fullscreen: asks the window to enter or leave fullscreen (command::SetFullscreen).
struct ToggleFullscreen {};
/// The window reports whether it is fullscreen (read back every frame; presenting restores it on leaving).
struct WindowFullscreen { bool on; };
/// Logical pixels the presentation's caption band covers at the bottom of the map (measured by the panel).
struct SetCaptionBand { double pixels; };
/// A deck file was read (command::ReadDeckFile) and opens; `slide` (0-based) is shown, or none.
struct DeckOpened { Deck deck; DeckOrigin origin; std::optional<std::size_t> slide = 0; };
/// The deck was written to `origin.path` (command::WriteDeckFile): it is clean and now lives there.
struct DeckSaved { DeckOrigin origin; };
/// The slide selected in the Deck panel's list (also where Shift+F5 starts).
struct SelectDeckSlide { std::size_t slide; };
/// Shows slide `slide` of the presentation (after a projection switch, without a flight).
struct ShowSlide { std::size_t slide; bool animate = true; };
/// Puts the camera at once (`render --bbox`, the first frame's whole region): no flight.
struct SetCamera { Camera camera; };
struct OpenPassage { std::size_t passage; std::size_t document; std::optional<TimeFilter> time; };
struct OpenDocument { std::size_t document; };
struct SetPlaying { bool playing; };
struct SetPlaySpeed { double yearsPerSecond; };
/// The Timeline's step unit (year, month or day).
struct SetTimelineUnit { TimeUnit unit; };
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
    bool overwrite = false;  // the user confirmed replacing an existing file (the file chooser's "Replace")
};
struct Quit {};
/// File > Export handout…: the open deck's PDF handout (application/handout.hpp), one page per slide.
struct ExportHandout {
    std::string path;
    bool overwrite = false;  // the user confirmed replacing an existing file (the file chooser's "Replace")
};
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
/// Layers panel > Zoom to: flies to frame the user layer's features (ReduceContext::userLayerBounds).
struct FitUserLayer { std::uint32_t id; };
/// Layers panel: a user layer's labels on or off, and the attribute they show ("": chosen for it).
struct SetUserLayerLabels { std::uint32_t id; bool on; std::string field; };
struct MoveUserLayer { std::uint32_t id; int steps; };  // +1: one place later in the draw order (drawn above)
struct SetUserLayerStyle { std::uint32_t id; bool visible; float opacity; Color colour; };
struct SelectUserFeature { std::optional<UserFeatureRef> feature; };  // clears `selected`
struct HoverUserFeature { std::optional<UserFeatureRef> feature; };
/// Seminar mode and deck editing (core/state/apply_present.cpp, apply_deck.cpp).
/// `animate`: Start/StartHere fly to the first slide shown (`render --present` draws it without the flight).
struct Present { PresentCommand command; std::size_t slide = 0; bool animate = true; };
struct EditDeck {
    DeckEdit edit;
    std::size_t slide = 0;  // the slide edited (Move: from)
    std::size_t to = 0;     // Move: where the slide ends up
    std::string path;       // Open, Save (empty: the file the deck came from)
    std::string title, caption, notes;  // SetText (slide), SetInfo (title = deck title, caption = author)
    bool overwrite = false;  // Save to another file: the user confirmed replacing it (the deck's own file needs not)
};
/// Workspaces (core/workspace, docs/workspaces.md). Open or create the folder (the app answers WorkspaceOpened).
struct OpenWorkspace { std::string path; bool create = false; bool allowNonEmpty = false; };
struct WorkspaceOpened { std::string root; bool readOnly = false; };
/// Copy document files into the workspace's documents/ and reindex; `overwrite`: the user said Replace.
struct AddDocuments { std::vector<std::string> paths; bool overwrite = false; };
/// Move a workspace document to documents/.removed (the user confirmed); `meta` is its manifest entry, if any.
struct RemoveDocument { std::string file; std::optional<DocumentMeta> meta; };
/// Write a workspace document's metadata to the manifest; `before` is what it was.
struct SetDocumentMeta { DocumentMeta before; DocumentMeta after; };
/// The corpus was indexed again (documents added, removed or edited): indices into it are stale.
struct CorpusReindexed {};
/// Places to review (core/state/apply_places.cpp, docs/workspaces.md). The index's candidates with the files as
/// read; for the workspace already loaded only the candidates are replaced (the state's files are newer).
struct PlacesLoaded {
    std::string root;
    UserGazetteer user;
    ReviewMemory memory;
    std::shared_ptr<const GeoNamesIndex> geonames;
    std::shared_ptr<const std::vector<PlaceCandidate>> candidates;
};
/// Shows a candidate by name, or moves `steps` along the queue (arrows, j/k).
struct ReviewGo { std::optional<std::string> name; int steps = 0; };
struct ReviewFilter { std::string document; };  // "": all documents
/// 1-9: accepts suggestion `choice` (0-based) of `name`'s candidate, or GeoNames place `geonamesId`.
struct ReviewAccept { std::string name; std::size_t choice = 0; std::optional<std::string> geonamesId; };
/// "Accept all confident (N)": every queued candidate the auto-accept rule takes, in one undoable step.
struct ReviewAcceptConfident {};
struct ReviewAlias { std::string name; std::string featureId; };  // a: the name becomes a variant of the feature
struct ReviewPlace { std::string name; Vec2 lonLat; FeatureKind kind = FeatureKind::Place; };  // p: by hand
struct ReviewPlaceRoute { std::string name; std::string fromId, toId; };  // a route between two known features
struct ReviewReject { std::string name; };   // x
struct ReviewDefer { std::string name; };    // s: to the later queue
struct ReviewNoMatch { std::string name; };  // n
/// p / a wait for a map click (Esc: None).
struct SetReviewPick { ReviewPick pick; };
/// A map click while a pick waits: where, and the feature under it ("" for none).
struct ReviewMapClick { Vec2 lonLat; std::string featureId; };
}  // namespace action

using Action = std::variant<action::PanPixels, action::ZoomAt, action::FlyTo, action::ResetView, action::SetProjection,
                            action::SetViewport, action::SetCursor, action::ToggleGraticule, action::ToggleLabels,
                            action::Tick, action::Quit, action::SetYear, action::SetRange, action::SetDate, action::SetTimeDisplay,
                            action::Select, action::Hover, action::SetLayerOpacity, action::OpenPassage,
                            action::OpenDocument, action::SetPlaying, action::SetPlaySpeed, action::SetTimelineUnit, action::SetNaming,
                            action::SelectFeatureId, action::FitFeatureIds, action::SetInspectorFollowsTime,
                            action::SetTimeFollowsText, action::SetLayerVisible, action::SetPanelOpen,
                            action::OpenViewFile, action::SaveViewFile, action::AddUserLayer,
                            action::UserLayerLoaded, action::RemoveUserLayer, action::FitUserLayer, action::SetUserLayerLabels, action::MoveUserLayer,
                            action::SetUserLayerStyle, action::SelectUserFeature, action::HoverUserFeature,
                            action::Present, action::EditDeck, action::SetSizePlacesByMentions,
                            action::SetShowCoMentions, action::ExportPng, action::ExportHandout, action::SetLayerLabels,
                            action::SetLayerColour, action::MoveLayer, action::SetBuiltinLayer,
                            action::SetUiScale, action::ShowView, action::ProjectionSwitched,
                            action::SetFrameOptions, action::CorpusReady, action::OpenPassageId,
                            action::SetSearchQuery, action::SearchDone, action::WindowFullscreen,
                            action::SetCaptionBand, action::DeckOpened, action::DeckSaved, action::SelectDeckSlide,
                            action::ShowSlide, action::SetCamera, action::ToggleFullscreen,
                            action::Undo, action::Redo, action::ViewSaved, action::OpenWorkspace,
                            action::WorkspaceOpened, action::AddDocuments, action::RemoveDocument,
                            action::SetDocumentMeta, action::CorpusReindexed, action::PlacesLoaded,
                            action::ReviewGo, action::ReviewFilter, action::ReviewAccept,
                            action::ReviewAcceptConfident, action::ReviewAlias, action::ReviewPlace,
                            action::ReviewPlaceRoute, action::ReviewReject, action::ReviewDefer,
                            action::ReviewNoMatch, action::SetReviewPick, action::ReviewMapClick>;


}  // namespace atlas::core
