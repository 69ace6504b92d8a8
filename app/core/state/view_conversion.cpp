// AppState <-> ViewState. Layer keys group the renderer's MapLayers (docs/view-state.md, "In the window").
#include "core/state/view_conversion.hpp"

#include <algorithm>

namespace atlas::core {
namespace {

std::size_t idx(MapLayer l) { return static_cast<std::size_t>(l); }

/// Every built-in key present once, in kBuiltinLayerKeys order, then the user layers (as carried).
std::vector<LayerSettings> completeLayers(const std::vector<LayerSettings>& carried) {
    if (carried.empty()) return ViewState::defaultLayers();
    std::vector<LayerSettings> out;
    const auto defaults = ViewState::defaultLayers();
    for (const auto& d : defaults) {
        const auto it = std::find_if(carried.begin(), carried.end(), [&](const LayerSettings& l) { return !l.user && l.key == d.key; });
        out.push_back(it != carried.end() ? *it : d);
    }
    for (const auto& l : carried)
        if (l.user) out.push_back(l);
    return out;
}

bool flagAt(const std::vector<bool>& v, MapLayer l) { return idx(l) < v.size() ? v[idx(l)] : true; }

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

std::string_view layerKeyOf(MapLayer layer) {
    switch (layer) {
        case MapLayer::Land: return "land";
        case MapLayer::Country: return "countries";
        case MapLayer::Border: return "borders";
        case MapLayer::Region: return "regions";
        case MapLayer::Lake:
        case MapLayer::River:
        case MapLayer::Coastline: return "water";
        case MapLayer::Corridor:
        case MapLayer::Railway:
        case MapLayer::Pipeline: return "corridors";
        case MapLayer::Frontline: return "lines";
        case MapLayer::Place: return "places";
        case MapLayer::Label:
        case MapLayer::Count: break;
    }
    return {};
}

std::string_view layerPartOf(MapLayer layer) {
    switch (layer) {
        case MapLayer::Corridor: return "roads";
        case MapLayer::Railway: return "railways";
        case MapLayer::Pipeline: return "pipelines";
        case MapLayer::Lake: return "lakes";
        case MapLayer::River: return "rivers";
        case MapLayer::Coastline: return "coastline";
        default: return {};
    }
}

std::vector<MapLayer> mapLayersOf(std::string_view key) {
    std::vector<MapLayer> out;
    for (std::size_t i = 0; i < idx(MapLayer::Count); ++i)
        if (const auto l = static_cast<MapLayer>(i); !key.empty() && layerKeyOf(l) == key) out.push_back(l);
    return out;
}

std::vector<LayerSettings> builtinLayers(const AppState& s) {
    auto layers = completeLayers(s.carried.layers);
    std::erase_if(layers, [](const LayerSettings& l) { return l.user; });
    return layers;
}

void applyLayerLook(AppState& s) {
    s.frame.layerRank.fill(0);
    s.frame.layerColour.fill(std::nullopt);
    for (const auto& l : builtinLayers(s)) {
        const auto colour = l.colour ? colourFromHex(*l.colour) : std::nullopt;
        for (const MapLayer m : mapLayersOf(l.key)) {
            s.frame.layerRank[idx(m)] = l.order;
            s.frame.layerColour[idx(m)] = colour;
        }
    }
}

std::vector<std::string> orderableLayersBottomUp(const AppState& s) {
    auto layers = builtinLayers(s);
    std::erase_if(layers, [](const LayerSettings& l) { return !builtinLayerOrderable(l.key); });
    std::stable_sort(layers.begin(), layers.end(), [](const auto& a, const auto& b) { return a.order < b.order; });
    std::vector<std::string> out;
    for (const auto& l : layers) out.push_back(l.key);
    return out;
}

std::vector<LayerSettings> shownBuiltinLayers(const AppState& s) {
    auto out = builtinLayers(s);
    for (auto& l : out) {
        const auto layers = mapLayersOf(l.key);
        if (!layers.empty()) {  // shown when any part is; opacity and labels from the first map layer of the group
            const MapLayer first = layers.front();
            l.visible = std::any_of(layers.begin(), layers.end(), [&](MapLayer m) { return flagAt(s.layerVisible, m); });
            l.hidden.clear();
            if (l.visible)
                for (const MapLayer m : layers)
                    if (!flagAt(s.layerVisible, m) && !layerPartOf(m).empty()) l.hidden.emplace_back(layerPartOf(m));
            l.opacity = idx(first) < s.layerOpacity.size() ? s.layerOpacity[idx(first)] : 1.0;
            l.labels = flagAt(s.layerLabels, first);
        } else if (l.key == "graticule") {
            l.visible = s.frame.graticule;
        } else if (l.key == "offmap") {
            l.visible = s.frame.offmapArrows;
        }
        if (!s.frame.labels) l.labels = false;  // labels switched off as a whole
    }
    return out;
}

ViewState toViewState(const AppState& s, const Projector& projector, const ViewLookup& ids) {
    ViewState v;
    v.camera = viewCameraFrom(s.camera, projector);
    v.camera.projection = s.projection;
    if (s.time.year) v.time = TimeSelection::year(*s.time.year);
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
                            hexColour(u.colour), u.labels, order, {}});
        previous = order;
    }

    if (s.selected && *s.selected < ids.featureIds.size() && !ids.featureIds[*s.selected].empty())
        v.selection = ids.featureIds[*s.selected];
    else if (!s.selected)
        v.selection = s.carried.offmapSelection;
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
    else if (v.time.kind == TimeSelection::Kind::Range) s.time.range = std::pair{v.time.from, v.time.to};
    s.time.display = v.time.display;
    if (s.time.year) s.playClock = *s.time.year;
    s.naming = v.naming;

    const auto layers = completeLayers(v.layers);
    bool anyLabels = false;
    for (const auto& l : layers) {
        if (l.user) continue;
        anyLabels |= l.labels;
        for (const MapLayer m : mapLayersOf(l.key)) {
            const std::size_t i = idx(m);
            const bool partHidden = std::find(l.hidden.begin(), l.hidden.end(), layerPartOf(m)) != l.hidden.end();
            if (i < s.layerVisible.size()) s.layerVisible[i] = l.visible && !partHidden;
            if (i < s.layerOpacity.size()) s.layerOpacity[i] = static_cast<float>(std::clamp(l.opacity, 0.0, 1.0));
            if (i < s.layerLabels.size()) s.layerLabels[i] = l.labels;
        }
        if (l.key == "graticule") s.frame.graticule = l.visible;
        if (l.key == "offmap") s.frame.offmapArrows = l.visible;
    }
    s.frame.labels = anyLabels;
    s.carried.layers.clear();
    for (const auto& l : layers)
        if (!l.user) s.carried.layers.push_back(l);
    applyLayerLook(s);
    applyUserLayers(layers, s);

    s.selected.reset();
    s.carried.offmapSelection.reset();
    if (v.selection) {
        if (const auto i = ids.featureIndex(*v.selection)) s.selected = i;
        else if (std::find(ids.offmapIds.begin(), ids.offmapIds.end(), *v.selection) != ids.offmapIds.end())
            s.carried.offmapSelection = v.selection;
        else problems.push_back("selection '" + *v.selection + "' is not a feature of this map; nothing selected");
    }
    s.openPassage.reset();
    s.carried.pendingPassage = v.openPassage;
    if (auto problem = resolvePendingPassage(s, ids)) problems.push_back(std::move(*problem));
    s.carried.highlightedPassage = v.highlightedPassage;
    s.panels = {v.panels.layers, v.panels.inspector, v.panels.reader, v.panels.search, v.panels.timeline, v.panels.legend};
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
