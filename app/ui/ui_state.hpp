// UI-only state (no business logic): what the panels remember between frames.
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <string>
#include <vector>

#include "core/corpus/index_progress.hpp"
#include "core/files/file_chooser.hpp"
#include "core/files/folder_listing.hpp"
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
    bool showIssues = false;  // the Load problems window: opened by a problem with what the user did, not at start
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
    /// The file chooser (ui/file_chooser.hpp): one use at a time, each use's folder and name remembered in `files`.
    struct FileChooser {
        std::optional<core::FileUse> use;  // the chooser shown (or handed to the desktop's); none: closed
        bool requested = false;            // open the in-app popup on the next frame
        bool nativeRequested = false;      // the application starts the desktop's chooser for `use`
        bool nativeRunning = false;        // the desktop's chooser is open: the in-app one waits for its answer
        std::string folder;                // the folder browsed
        std::string name;                  // the name field: a file name, or a path (absolute, ~/…, relative)
        int type = 0;                      // index into the use's types
        core::FolderListing listing;       // `folder` as last listed for `type`
        bool listed = false;               // false: list `folder` again
        std::string error;                 // why the last choice was not taken
        enum class Prompt { None, Replace, WrongType };
        Prompt prompt = Prompt::None;      // a question over the chooser
        std::string promptText, promptPath;  // Replace: the file; WrongType: the name offered instead
        /// The desktop's chooser answered with this path; `confirmed`: it already asked before replacing.
        std::optional<std::string> external;
        bool externalConfirmed = false;
    } chooser;
    core::FileMemory files;  // per-use folders and names, File > Recent (kept in the last session's files.json)
    bool preferNativeChooser = false;  // the app found the desktop's chooser (and ATLAS_FILE_CHOOSER allows it)
    /// A short notice over the map's corner after a save or export ("Saved view to …"), for a few seconds.
    struct Notice {
        std::string text;
        double until = -1.0;  // ImGui time it disappears; negative: starts counting when first drawn
    } notice;
    int exportScale = 2;  // File > Export map as PNG…: 1, 2 or 4
    bool exportLegend = true, exportStamp = true, exportScaleBar = true, exportFooter = true;

    // Seminar mode: the caption band's height as the panel measured it (sent as action::SetCaptionBand).
    float captionBandHeight = 0.0f;          // logical pixels the caption band covers at the bottom of the map

    // The Deck panel (ui/deck_panel.hpp).
    /// The slide and deck revision (AppState::deck) whose texts the edit buffers hold; reloaded when either changes.
    std::optional<std::pair<std::size_t, std::uint64_t>> deckTextFor;
    std::string slideTitle, slideCaption, slideNotes, deckTitle, deckAuthor;  // edit buffers (imgui_stdlib)
    bool confirmNewDeck = false;                 // "discard unsaved changes?" before New deck

    // The Documents panel (ui/documents_panel.hpp).
    struct Documents {
        std::optional<std::string> editing;         // the document whose metadata the edit buffers hold
        std::string title, author, date, language;  // edit buffers (imgui_stdlib)
        std::optional<std::string> confirmRemove;   // "Remove X?" asked about this document
        std::vector<std::string> replace;           // Add documents: files that would replace one; asked about
        bool indexing = false;                      // the application is indexing the corpus again
        core::IndexProgress::Snapshot progress;     // how far it is (counted by the indexer's thread)
    } documents;
    bool reviewFocused = false;  // the Places-to-review panel had the focus last frame: its keys, not the map's
    // The review's "alias to" search (a, or the Alias button): the typed text and the highlighted row.
    struct AliasSearch {
        std::string query;
        int selected = 0;
        bool shown = false;  // the field was shown last frame (it takes the keyboard when it appears)
    } aliasSearch;
};

}  // namespace atlas::ui
