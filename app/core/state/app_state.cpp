// Action handling: panning and zooming cancel flights, ticks advance them.
#include "core/state/app_state.hpp"

#include "core/state/view_conversion.hpp"

#include <algorithm>
#include <cmath>

namespace atlas::core {

Camera homeCamera(const BBox& homeBounds, Viewport vp) {
    Camera c;
    c.fit(homeBounds, vp, 12.0);
    return c;
}

UserLayerEntry* addUserLayer(AppState& s, const std::string& path) {
    if (path.empty()) return nullptr;
    for (const auto& l : s.userLayers)
        if (l.path == path) return nullptr;
    UserLayerEntry e;
    e.id = s.nextUserLayerId++;
    e.path = path;
    e.colour = userLayerColour(e.id - 1);
    s.userLayers.push_back(std::move(e));
    return &s.userLayers.back();
}

bool& panelFlag(AppState::Panels& p, Panel panel) {
    switch (panel) {
        case Panel::Layers: return p.layers;
        case Panel::Inspector: return p.inspector;
        case Panel::Reader: return p.reader;
        case Panel::Search: return p.search;
        case Panel::Timeline: return p.timeline;
        case Panel::Legend: return p.legend;
    }
    return p.layers;
}

namespace {
template <class... Ts>
struct Overloaded : Ts... { using Ts::operator()...; };
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;
}  // namespace

void apply(AppState& s, const Action& a, const BBox& homeBounds) {
    std::visit(Overloaded{
                   [&](const action::PanPixels& p) {
                       s.flight.reset();
                       s.camera.panPixels(p.delta);
                   },
                   [&](const action::ZoomAt& z) {
                       s.flight.reset();
                       s.camera.zoomAt(z.factor, z.anchor, s.viewport);
                   },
                   [&](const action::FlyTo& f) { s.flight = Flight{s.camera, f.target, f.seconds, 0.0}; },
                   [&](const action::ResetView&) {
                       s.flight = Flight{s.camera, homeCamera(homeBounds, s.viewport), 0.9, 0.0};
                   },
                   [&](const action::SetProjection& p) { s.projection = p.id; },
                   [&](const action::SetViewport& v) { s.viewport = v.viewport; },
                   [&](const action::SetCursor& c) { s.cursorLonLat = c.lonLat; },
                   [&](const action::ToggleGraticule&) { s.frame.graticule = !s.frame.graticule; },
                   [&](const action::ToggleLabels&) { s.frame.labels = !s.frame.labels; },
                   [&](const action::Tick& t) {
                       if (s.playing) {
                           if (!s.time.year) s.playClock = kTimelineFirstYear;
                           s.playClock += t.dt * s.playSpeed;
                           if (s.playClock > kTimelineLastYear) {
                               s.playClock = kTimelineLastYear;
                               s.playing = false;
                           }
                           s.time.year = static_cast<int>(s.playClock);
                           s.time.range.reset();
                       }
                       if (!s.flight) return;
                       s.camera = s.flight->step(t.dt);
                       if (s.flight->done()) s.flight.reset();
                   },
                   [&](const action::OpenPassage& o) {
                       s.openPassage = o.passage;
                       s.openDocument = o.document;
                       s.panels.reader = true;
                       if (s.timeFollowsText && o.time) {
                           s.time.year = o.time->year;
                           s.time.range = o.time->range;
                           s.playing = false;
                       }
                   },
                   [&](const action::OpenDocument& o) {
                       s.openDocument = o.document;
                       s.openPassage.reset();
                       s.panels.reader = true;
                   },
                   [&](const action::SetPlaying& p) {
                       s.playing = p.playing;
                       if (p.playing) s.playClock = s.time.year ? *s.time.year : kTimelineFirstYear;
                   },
                   [&](const action::SetPlaySpeed& p) { s.playSpeed = std::clamp(p.yearsPerSecond, 0.25, 50.0); },
                   [&](const action::SetNaming& n) { s.naming = n.naming; },
                   [&](const action::SelectFeatureId&) {},  // resolved by the session (needs the map model)
                   [&](const action::FitFeatureIds&) {},
                   [&](const action::SetInspectorFollowsTime& f) { s.inspectorFollowsTime = f.on; },
                   [&](const action::SetTimeFollowsText& f) { s.timeFollowsText = f.on; },
                   [&](const action::SetSizePlacesByMentions& f) { s.sizePlacesByMentions = f.on; },
                   [&](const action::SetShowCoMentions& f) { s.showCoMentions = f.on; },
                   [&](const action::Quit&) { s.quitRequested = true; },
                   [&](const action::SetYear& y) {
                       s.time.year = y.year;
                       if (y.year) s.playClock = *y.year;
                       if (y.year) s.time.range.reset();
                   },
                   [&](const action::SetRange& r) {
                       s.time.range = r.range;
                       if (r.range) s.time.year.reset();
                   },
                   [&](const action::SetTimeDisplay& d) { s.time.display = d.display; },
                   [&](const action::Select& sel) {
                       s.selected = sel.feature;
                       s.carried.offmapSelection.reset();
                       s.selectedUser.reset();
                   },
                   [&](const action::Hover& h) { s.hovered = h.feature; },
                   [&](const action::SetLayerOpacity& o) {
                       const auto i = static_cast<std::size_t>(o.layer);
                       if (i < s.layerOpacity.size()) s.layerOpacity[i] = std::clamp(o.opacity, 0.0f, 1.0f);
                   },
                   [&](const action::SetUiScale& u) {
                       if (std::isfinite(u.scale)) s.carried.uiScale = std::clamp(u.scale, kMinUiScale, kMaxUiScale);
                   },
                   [&](const action::SetBuiltinLayer& b) {
                       const auto layers = mapLayersOf(b.key);
                       if (b.labels && *b.labels && !layers.empty() && !s.frame.labels) {
                           // Labels were off as a whole (every layer shown unticked): this layer's come back alone.
                           for (std::size_t i = 0; i < s.layerLabels.size(); ++i)
                               if (i != static_cast<std::size_t>(MapLayer::Label)) s.layerLabels[i] = false;
                           s.frame.labels = true;
                       }
                       for (const MapLayer m : layers) {
                           const auto i = static_cast<std::size_t>(m);
                           if (b.visible && i < s.layerVisible.size()) s.layerVisible[i] = *b.visible;
                           if (b.opacity && i < s.layerOpacity.size()) s.layerOpacity[i] = std::clamp(*b.opacity, 0.0f, 1.0f);
                           if (b.labels && i < s.layerLabels.size()) s.layerLabels[i] = *b.labels;
                       }
                       if (b.visible && b.key == "graticule") s.frame.graticule = *b.visible;
                       if (b.visible && b.key == "offmap") s.frame.offmapArrows = *b.visible;
                   },
                   [&](const action::SetLayerColour& c) {
                       auto layers = builtinLayers(s);
                       for (auto& l : layers)
                           if (l.key == c.key) l.colour = c.colour ? std::optional(hexColour(*c.colour)) : std::nullopt;
                       s.carried.layers = std::move(layers);
                       applyLayerLook(s);
                   },
                   [&](const action::MoveLayer& m) {
                       const auto order = orderableLayersBottomUp(s);
                       const auto at = std::find(order.begin(), order.end(), m.key);
                       if (at == order.end() || m.steps == 0) return;
                       const auto from = static_cast<long>(at - order.begin());
                       const long to = std::clamp(from + m.steps, 0L, static_cast<long>(order.size()) - 1);
                       if (to == from) return;
                       // The orderable layers keep the `order` values they had, handed out again in the new sequence.
                       auto layers = builtinLayers(s);
                       std::vector<int> values;
                       for (const auto& key : order)
                           for (const auto& l : layers)
                               if (l.key == key) values.push_back(l.order);
                       std::sort(values.begin(), values.end());
                       for (std::size_t i = 1; i < values.size(); ++i) values[i] = std::max(values[i], values[i - 1] + 1);
                       std::vector<std::string> sequence = order;
                       std::string moved = sequence[static_cast<std::size_t>(from)];
                       sequence.erase(sequence.begin() + from);
                       sequence.insert(sequence.begin() + to, std::move(moved));
                       for (std::size_t i = 0; i < sequence.size(); ++i)
                           for (auto& l : layers)
                               if (l.key == sequence[i]) l.order = values[i];
                       s.carried.layers = std::move(layers);
                       applyLayerLook(s);
                   },
                   [&](const action::SetLayerLabels& l) {
                       const auto i = static_cast<std::size_t>(l.layer);
                       if (i < s.layerLabels.size()) s.layerLabels[i] = l.on;
                   },
                   [&](const action::SetLayerVisible& v) {
                       const auto i = static_cast<std::size_t>(v.layer);
                       if (i < s.layerVisible.size()) s.layerVisible[i] = v.visible;
                   },
                   [&](const action::SetPanelOpen& p) { panelFlag(s.panels, p.panel) = p.open; },
                   [&](const action::OpenViewFile&) {},  // resolved by the viewer (needs files, projector, corpus)
                   [&](const action::SaveViewFile&) {},
                   [&](const action::ExportPng&) {},  // resolved by the viewer (needs the renderer)
                   [&](const action::Present&) {},  // resolved by the viewer (holds the deck and presentation)
                   [&](const action::EditDeck&) {},
                   [&](const action::AddUserLayer& add) { addUserLayer(s, add.path); },
                   [&](const action::UserLayerLoaded& done) {
                       UserLayerEntry* l = findUserLayer(s.userLayers, done.id);
                       if (!l) return;  // removed while it was loading
                       l->status = done.ok ? UserLayerStatus::Ready : UserLayerStatus::Failed;
                       l->featureCount = done.ok ? done.featureCount : 0;
                       l->kind = done.ok ? done.kind : UserGeometryKind::None;
                       l->problems = done.problems;
                   },
                   [&](const action::RemoveUserLayer& r) {
                       std::erase_if(s.userLayers, [&](const UserLayerEntry& l) { return l.id == r.id; });
                       if (s.selectedUser && s.selectedUser->layer == r.id) s.selectedUser.reset();
                       if (s.hoveredUser && s.hoveredUser->layer == r.id) s.hoveredUser.reset();
                   },
                   [&](const action::MoveUserLayer& m) {
                       auto& v = s.userLayers;
                       const auto it = std::find_if(v.begin(), v.end(), [&](const UserLayerEntry& l) { return l.id == m.id; });
                       if (it == v.end()) return;
                       const auto from = static_cast<long>(it - v.begin());
                       const long to = std::clamp(from + m.steps, 0L, static_cast<long>(v.size()) - 1);
                       if (to > from) std::rotate(v.begin() + from, v.begin() + from + 1, v.begin() + to + 1);
                       else if (to < from) std::rotate(v.begin() + to, v.begin() + from, v.begin() + from + 1);
                   },
                   [&](const action::SetUserLayerStyle& st) {
                       UserLayerEntry* l = findUserLayer(s.userLayers, st.id);
                       if (!l) return;
                       l->visible = st.visible;
                       l->opacity = std::clamp(st.opacity, 0.0f, 1.0f);
                       l->colour = st.colour;
                       l->colour.a = 1.0f;
                       // A hidden layer's feature stays neither selected nor hovered (it cannot be seen or picked).
                       if (!st.visible && s.selectedUser && s.selectedUser->layer == st.id) s.selectedUser.reset();
                   },
                   [&](const action::SelectUserFeature& sel) {
                       s.selectedUser = sel.feature;
                       if (sel.feature) {
                           s.selected.reset();
                           s.carried.offmapSelection.reset();
                       }
                   },
                   [&](const action::HoverUserFeature& h) { s.hoveredUser = h.feature; },
               },
               a);
}

}  // namespace atlas::core
