// AppState <-> ViewState. Layer keys group the renderer's MapLayers (docs/view-state.md, "In the window").
#include "core/state/view_conversion.hpp"

#include <algorithm>

namespace atlas::core {
namespace {

/// The view's user layers become the window's list, in their `order`. A file the window already has open keeps
/// its entry (id, load status): the session does not read it again; the others are added to be loaded.
void applyUserLayers(const std::vector<LayerSettings>& layers, AppState& s) {
    std::vector<LayerSettings> wanted;
    for (const auto& l : layers)
        if (l.user && !l.key.empty()) wanted.push_back(l);
    std::stable_sort(wanted.begin(), wanted.end(), [](const auto& a, const auto& b) { return a.order < b.order; });
    std::vector<UserLayerEntry> old = std::move(s.userLayers);
    s.userLayers.clear();
    for (const auto& l : wanted) {
        const auto same = std::find_if(old.begin(), old.end(), [&](const UserLayerEntry& e) { return e.path == l.key; });
        UserLayerEntry* e = nullptr;
        if (same != old.end()) {
            if (findUserLayer(s.userLayers, same->id)) continue;  // a path listed twice: the first wins
            s.userLayers.push_back(*same);
            e = &s.userLayers.back();
        } else {
            e = addUserLayer(s, l.key);
            if (!e) continue;
        }
        e->visible = l.visible;
        e->opacity = static_cast<float>(std::clamp(l.opacity, 0.0, 1.0));
        e->colour = (l.colour ? colourFromHex(*l.colour) : std::nullopt).value_or(userLayerColour(e->id - 1));
        e->labels = l.labels;
        e->labelField = l.labelField.value_or("");
        e->order = l.order;
    }
    s.selectedUser.reset();
    s.hoveredUser.reset();
}

}  // namespace

std::optional<std::size_t> ViewLookup::featureIndex(std::string_view id) const {
    for (std::size_t i = 0; i < featureIds.size(); ++i)
        if (featureIds[i] == id) return i;
    return std::nullopt;
}

std::optional<std::size_t> ViewLookup::passageIndex(std::string_view id) const {
    for (std::size_t i = 0; i < passageIds.size(); ++i)
        if (passageIds[i] == id) return i;
    return std::nullopt;
}

std::optional<Selection> ViewLookup::selectionFor(std::string_view id) const {
    if (const auto i = featureIndex(id)) return Selection::feature(*i);
    for (std::size_t i = 0; i < offmapIds.size(); ++i)
        if (offmapIds[i] == id) return Selection::offmap(i);
    return std::nullopt;
}

std::optional<std::string> ViewLookup::idOf(const Selection& s) const {
    const auto& table = s.kind == Selection::Kind::Feature ? featureIds : offmapIds;
    if (s.index >= table.size() || table[s.index].empty()) return std::nullopt;
    return table[s.index];
}

ViewState toViewState(const AppState& s, const Projector& projector, const ViewLookup& ids) {
    ViewState v;
    v.camera = viewCameraFrom(s.camera, projector);
    v.camera.projection = s.projection;
    if (s.time.date) v.time = TimeSelection::onDate(*s.time.date);
    else if (s.time.year) v.time = TimeSelection::year(*s.time.year);
    else if (s.time.range) v.time = TimeSelection::range(s.time.range->first, s.time.range->second);
    v.time.display = s.time.display;
    v.naming = s.naming;
    v.layers = shownBuiltinLayers(s);
    // User layers come from the window's list (in draw order). Each keeps the `order` it was opened with while
    // that still rises along the list; a layer added in the window, or moved, is numbered after the one below it
    // (the first added one after the built-in layers).
    std::erase_if(v.layers, [](const LayerSettings& l) { return l.user; });
    int builtinEnd = 0;
    for (const auto& l : v.layers) builtinEnd = std::max(builtinEnd, l.order + 1);
    int previous = -1;
    for (const auto& u : s.userLayers) {
        const int order = u.order > previous ? u.order : std::max(previous + 1, u.order < 0 ? builtinEnd : 0);
        v.layers.push_back({u.path, true, u.visible, std::clamp(static_cast<double>(u.opacity), 0.0, 1.0),
                            hexColour(u.colour), u.labels, order, {},
                            u.labelField.empty() ? std::nullopt : std::optional<std::string>(u.labelField)});
        previous = order;
    }

    if (s.selected) v.selection = ids.idOf(*s.selected);
    if (s.openPassage && ids.corpusLoaded && *s.openPassage < ids.passageIds.size())
        v.openPassage = ids.passageIds[*s.openPassage];
    else if (s.carried.pendingPassage)
        v.openPassage = s.carried.pendingPassage;
    v.highlightedPassage = s.carried.highlightedPassage;
    v.panels = {s.panels.layers, s.panels.inspector, s.panels.reader, s.panels.search, s.panels.timeline, s.panels.legend};
    v.uiScale = s.carried.uiScale;
    return v;
}

std::vector<std::string> applyViewState(const ViewState& v, const Projector& projector, const ViewLookup& ids,
                                        AppState& s) {
    std::vector<std::string> problems;
    s.projection = v.camera.projection;
    s.flight.reset();
    s.hovered.reset();
    s.playing = false;
    if (const auto camera = cameraFrom(v.camera, projector)) s.camera = *camera;
    else problems.push_back("the camera centre cannot be projected; keeping the current view");

    s.time = {};
    if (v.time.kind == TimeSelection::Kind::Year) s.time.year = v.time.from;
    if (v.time.kind == TimeSelection::Kind::Year && v.time.date) s.time.date = v.time.date;
    else if (v.time.kind == TimeSelection::Kind::Range) s.time.range = std::pair{v.time.from, v.time.to};
    s.time.display = v.time.display;
    if (s.time.year) s.playClock = *s.time.year;
    s.naming = v.naming;

    s.layers = completeBuiltinLayers(v.layers);
    s.frame.labels = std::any_of(s.layers.begin(), s.layers.end(), [](const LayerSettings& l) { return l.labels; });
    applyUserLayers(v.layers, s);

    s.selected.reset();
    if (v.selection) {
        s.selected = ids.selectionFor(*v.selection);
        if (s.selected) s.selectedUser.reset();
        else problems.push_back("selection '" + *v.selection + "' is not a feature of this map; nothing selected");
    }
    s.openPassage.reset();
    s.carried.pendingPassage = v.openPassage;
    if (auto problem = resolvePendingPassage(s, ids)) problems.push_back(std::move(*problem));
    s.carried.highlightedPassage = v.highlightedPassage;
    const bool deckPanel = s.panels.deck;  // the Deck and Documents panels are the window's, not the view's
    const bool documentsPanel = s.panels.documents;
    const bool placesPanel = s.panels.placesReview;
    s.panels = {v.panels.layers, v.panels.inspector, v.panels.reader, v.panels.search, v.panels.timeline, v.panels.legend,
                deckPanel, documentsPanel, placesPanel};
    s.carried.uiScale = v.uiScale;
    return problems;
}

std::optional<std::string> resolvePendingPassage(AppState& s, const ViewLookup& ids) {
    if (!s.carried.pendingPassage || !ids.corpusLoaded) return std::nullopt;
    const std::string id = *s.carried.pendingPassage;
    s.carried.pendingPassage.reset();
    const auto i = ids.passageIndex(id);
    if (!i) return "open passage '" + id + "' is not in the corpus; no passage opened";
    s.openPassage = *i;
    if (*i < ids.passageDocuments.size()) s.openDocument = ids.passageDocuments[*i];
    return std::nullopt;
}

}  // namespace atlas::core
