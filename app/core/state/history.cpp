// Undo and redo: undoable actions, coalesced snapshots, restoring one.
#include "core/state/history.hpp"

#include <algorithm>
#include <type_traits>

#include "core/state/reducer.hpp"

namespace atlas::core {
namespace {

template <class T, class... Ts>
constexpr bool isOneOf = (std::is_same_v<T, Ts> || ...);

/// A copy of the state to keep: without its own history and the search results (recomputed from the query).
std::shared_ptr<const AppState> snapshot(const AppState& s) {
    auto copy = std::make_shared<AppState>(s);
    copy->history = {};
    copy->search.results.clear();
    copy->search.resultsFor.clear();
    return copy;
}

void trim(std::vector<std::shared_ptr<const AppState>>& v) {
    if (v.size() > kUndoLimit) v.erase(v.begin(), v.begin() + static_cast<long>(v.size() - kUndoLimit));
}

bool sameMeta(const DocumentMeta& a, const DocumentMeta& b) {
    return a.file == b.file && a.title == b.title && a.author == b.author && a.outlet == b.outlet && a.date == b.date &&
           a.language == b.language && a.url == b.url && a.note == b.note;
}

/// The file moves and manifest writes that take the workspace from `now` to `target` (undo or redo of the
/// Documents panel's removals and edits); a step from another workspace changes nothing on disk.
void workspaceCommands(const WorkspaceState& now, WorkspaceState& target, Commands& out) {
    if (target.root != now.root) {
        target = now;
        return;
    }
    const std::size_t before = out.size();
    const auto has = [](const std::vector<RemovedDocument>& v, const RemovedDocument& r) {
        return std::find(v.begin(), v.end(), r) != v.end();
    };
    for (const auto& r : now.removed)
        if (!has(target.removed, r)) out.emplace_back(command::RestoreDocumentFile{now.root, r.file, r.meta});
    for (const auto& r : target.removed)
        if (!has(now.removed, r)) out.emplace_back(command::RemoveDocumentFile{now.root, r.file});
    const auto find = [](const std::vector<MetaEdit>& v, const std::string& file) -> const MetaEdit* {
        for (const auto& e : v)
            if (e.after.file == file) return &e;
        return nullptr;
    };
    for (const auto& e : now.edits) {
        const MetaEdit* t = find(target.edits, e.after.file);
        if (!t) out.emplace_back(command::WriteDocumentMeta{now.root, e.before});
        else if (!sameMeta(t->after, e.after)) out.emplace_back(command::WriteDocumentMeta{now.root, t->after});
    }
    for (const auto& t : target.edits)
        if (!find(now.edits, t.after.file)) out.emplace_back(command::WriteDocumentMeta{now.root, t.after});
    target.readOnly = now.readOnly;
    if (out.size() != before) out.emplace_back(command::Reindex{});
}

/// The review's files as the step had them, written again when they differ from now (undo or redo of an accept,
/// alias, placing, rejection, deferral or no match); the newest candidates and GeoNames stay.
void placesCommands(const PlacesReviewState& now, PlacesReviewState& target, Commands& out) {
    if (target.root != now.root) {
        target = now;
        return;
    }
    target.geonames = now.geonames;
    target.candidates = now.candidates;
    target.pick = ReviewPick::None;
    if (target.memory == now.memory && userGazetteerToGeoJson(target.user) == userGazetteerToGeoJson(now.user)) return;
    out.emplace_back(command::WritePlacesFiles{target.root, target.user, target.memory});
    out.emplace_back(command::Reindex{});
}

}  // namespace

std::string undoKey(const Action& action) {
    return std::visit(
        [](const auto& a) -> std::string {
            using T = std::decay_t<decltype(a)>;
            if constexpr (isOneOf<T, action::PanPixels, action::ZoomAt>) return "camera";
            else if constexpr (isOneOf<T, action::SetYear, action::SetRange, action::SetDate, action::SetTimeDisplay>) return "time";
            else if constexpr (std::is_same_v<T, action::SetBuiltinLayer>)
                return a.opacity && !a.visible && !a.labels ? "layer-opacity:" + a.key : "layer:" + a.key;
            else if constexpr (std::is_same_v<T, action::SetLayerOpacity>)
                return "layer-opacity:" + std::to_string(static_cast<int>(a.layer));
            else if constexpr (std::is_same_v<T, action::SetUserLayerStyle>) return "user-style:" + std::to_string(a.id);
            else if constexpr (std::is_same_v<T, action::SetUiScale>) return "ui-scale";
            else if constexpr (std::is_same_v<T, action::EditDeck>) {
                switch (a.edit) {
                    case DeckEdit::Open:
                    case DeckEdit::Save: return {};  // the app reads or writes; the answer (DeckOpened) is the step
                    case DeckEdit::SetText: return "deck-text:" + std::to_string(a.slide);
                    case DeckEdit::SetInfo: return "deck-info";
                    default: return "step";  // each edit its own step
                }
            } else if constexpr (isOneOf<T, action::FlyTo, action::ResetView, action::SetProjection, action::Select,
                                         action::SelectFeatureId, action::FitFeatureIds, action::SelectUserFeature,
                                         action::OpenPassage, action::OpenDocument, action::ToggleGraticule,
                                         action::ToggleLabels, action::SetLayerVisible, action::SetLayerLabels,
                                         action::SetLayerColour, action::MoveLayer, action::SetPanelOpen,
                                         action::SetNaming, action::SetInspectorFollowsTime,
                                         action::SetTimeFollowsText, action::SetSizePlacesByMentions,
                                         action::SetShowCoMentions, action::AddUserLayer, action::RemoveUserLayer, action::FitUserLayer, action::SetUserLayerLabels,
                                         action::MoveUserLayer, action::ShowView, action::DeckOpened,
                                         action::RemoveDocument, action::SetDocumentMeta, action::ReviewAccept,
                                         action::ReviewAcceptConfident, action::ReviewAlias, action::ReviewPlace,
                                         action::ReviewPlaceRoute, action::ReviewReject, action::ReviewDefer,
                                         action::ReviewNoMatch, action::ReviewMapClick>)
                return "step";  // a step of its own, never merged
            else
                return {};
        },
        action);
}

void recordStep(AppState& s, const Action& action) {
    if (const auto* tick = std::get_if<action::Tick>(&action)) {
        s.history.clock += std::max(0.0, tick->dt);
        return;
    }
    if (s.presentation) return;  // presenting steps slides; what it changes is given back on leaving
    const std::string key = undoKey(action);
    if (key.empty()) return;
    UndoHistory& h = s.history;
    // Only drags and typing merge (keys with a subject, "camera", "time", "ui-scale"); other steps never do.
    const bool merge = key != "step" && key == h.lastKey && h.clock - h.lastAt <= kCoalesceSeconds && !h.past.empty();
    h.lastKey = key;
    h.lastAt = h.clock;
    if (merge) return;  // the step already holds the state before the run began
    h.past.push_back(snapshot(s));
    trim(h.past);
    h.future.clear();
}

bool restoreStep(AppState& s, bool redo, Commands& out) {
    UndoHistory history = std::move(s.history);
    auto& from = redo ? history.future : history.past;
    auto& to = redo ? history.past : history.future;
    if (from.empty()) {
        s.history = std::move(history);
        return false;
    }
    const std::shared_ptr<const AppState> target = from.back();
    from.pop_back();
    to.push_back(snapshot(s));
    trim(to);

    AppState next = *target;
    // What belongs to the window and the session stays as it is now.
    next.viewport = s.viewport;
    next.cursorLonLat = s.cursorLonLat;
    next.hovered.reset();
    next.hoveredUser.reset();
    next.flight.reset();
    next.fullscreen = s.fullscreen;
    next.cameraPlaced = true;
    next.playing = false;
    next.quitRequested = s.quitRequested;
    next.presentation = s.presentation;
    next.frame.symbolScale = s.frame.symbolScale;
    next.frame.reservedBottomPx = s.frame.reservedBottomPx;
    next.search.query = s.search.query;
    next.nextUserLayerId = std::max(next.nextUserLayerId, s.nextUserLayerId);
    // A layer that comes back whose data the session no longer holds is read again.
    for (auto& l : next.userLayers)
        if (!findUserLayer(s.userLayers, l.id)) l.status = UserLayerStatus::Loading;
    // The deck's file is what it is: the unsaved mark compares with it.
    next.deck.saved = s.deck.saved;
    next.deck.origin = s.deck.deck && next.deck.deck ? s.deck.origin : next.deck.origin;
    next.deck.dirty = next.deck.deck && (!next.deck.saved || *next.deck.deck != *next.deck.saved);
    next.deck.revision = s.deck.revision + 1;  // the panel reloads its buffers
    workspaceCommands(s.workspace, next.workspace, out);
    placesCommands(s.places, next.places, out);
    const ProjectionId shownProjection = s.projection;
    const Camera camera = next.camera;
    next.history = std::move(history);
    next.history.lastKey.clear();  // the next step starts a new one
    s = std::move(next);
    if (s.projection != shownProjection) {
        // The scene is in the other projection: the app switches, then the camera the step had comes back.
        const ProjectionId wanted = s.projection;
        s.projection = shownProjection;
        out.emplace_back(command::SwitchProjection{wanted, {action::SetCamera{camera}}});
    }
    return true;
}

std::string windowTitle(const AppState& s) {
    std::string title = "Caucasus Atlas";
    auto fileName = [](const std::string& path) {
        const auto slash = path.find_last_of('/');
        return slash == std::string::npos ? path : path.substr(slash + 1);
    };
    if (s.deck.deck) {
        const std::string name = s.deck.origin.path.empty() ? s.deck.deck->title : s.deck.origin.path.filename().string();
        title += " \xE2\x80\x94 " + (name.empty() ? std::string("Untitled deck") : name);
        if (s.deck.dirty) title += " \xE2\x80\xA2";  // unsaved changes
    } else if (!s.viewFile.empty()) {
        title += " \xE2\x80\x94 " + fileName(s.viewFile);
    }
    if (s.workspace.open()) title += " [" + fileName(s.workspace.root) + (s.workspace.readOnly ? ", read-only]" : "]");
    return title;
}

}  // namespace atlas::core
