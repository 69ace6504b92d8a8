// The reducer's layers area: the built-in layers' settings by key (AppState::layers) and the user layers.
#include "core/state/reducer_detail.hpp"

#include <algorithm>

namespace atlas::core {

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

namespace detail {
namespace {

LayerSettings* keyOf(AppState& s, MapLayer m) { return builtinLayer(s, layerKeyOf(m)); }

}  // namespace

void reduce(AppState& s, const action::ToggleGraticule&, const ReduceContext&, Commands&) {
    if (LayerSettings* l = builtinLayer(s, "graticule")) l->visible = !l->visible;
}

void reduce(AppState& s, const action::ToggleLabels&, const ReduceContext&, Commands&) {
    s.frame.labels = !s.frame.labels;
}

void reduce(AppState& s, const action::SetLayerOpacity& a, const ReduceContext&, Commands&) {
    if (LayerSettings* l = keyOf(s, a.layer)) l->opacity = std::clamp(static_cast<double>(a.opacity), 0.0, 1.0);
}

void reduce(AppState& s, const action::SetLayerLabels& a, const ReduceContext&, Commands&) {
    if (LayerSettings* l = keyOf(s, a.layer)) l->labels = a.on;
}

void reduce(AppState& s, const action::SetLayerVisible& a, const ReduceContext&, Commands&) {
    LayerSettings* l = keyOf(s, a.layer);
    if (!l) return;
    const std::string part(layerPartOf(a.layer));
    if (part.empty()) {
        l->visible = a.visible;
        return;
    }
    if (!l->visible) {
        if (!a.visible) return;
        // Showing one part of a hidden layer shows that part alone.
        l->visible = true;
        l->hidden.clear();
        for (const auto p : builtinLayerParts(l->key))
            if (p != part) l->hidden.emplace_back(p);
        return;
    }
    std::erase(l->hidden, part);
    if (!a.visible) {
        l->hidden.push_back(part);
        // Keep the parts in the layer's own order (as a view state lists them).
        std::vector<std::string> ordered;
        for (const auto p : builtinLayerParts(l->key))
            if (std::find(l->hidden.begin(), l->hidden.end(), p) != l->hidden.end()) ordered.emplace_back(p);
        l->hidden = std::move(ordered);
    }
}

void reduce(AppState& s, const action::SetBuiltinLayer& a, const ReduceContext&, Commands&) {
    LayerSettings* target = builtinLayer(s, a.key);
    if (!target) return;
    if (a.labels && *a.labels && !s.frame.labels && !mapLayersOf(a.key).empty()) {
        // Labels were off as a whole (every layer shown unticked): this layer's come back alone.
        for (auto& l : s.layers) l.labels = false;
        s.frame.labels = true;
    }
    if (a.visible) {
        target->visible = *a.visible;
        target->hidden.clear();  // showing or hiding a layer shows all its parts again
    }
    if (a.opacity) target->opacity = std::clamp(static_cast<double>(*a.opacity), 0.0, 1.0);
    if (a.labels) target->labels = *a.labels;
}

void reduce(AppState& s, const action::SetLayerColour& a, const ReduceContext&, Commands&) {
    if (LayerSettings* l = builtinLayer(s, a.key)) l->colour = a.colour ? std::optional(hexColour(*a.colour)) : std::nullopt;
}

void reduce(AppState& s, const action::MoveLayer& a, const ReduceContext&, Commands&) {
    const auto order = orderableLayersBottomUp(s);
    const auto at = std::find(order.begin(), order.end(), a.key);
    if (at == order.end() || a.steps == 0) return;
    const auto from = static_cast<long>(at - order.begin());
    const long to = std::clamp(from + a.steps, 0L, static_cast<long>(order.size()) - 1);
    if (to == from) return;
    // The orderable layers keep the `order` values they had, handed out again in the new sequence.
    std::vector<int> values;
    for (const auto& key : order) values.push_back(builtinLayer(s, key)->order);
    std::sort(values.begin(), values.end());
    for (std::size_t i = 1; i < values.size(); ++i) values[i] = std::max(values[i], values[i - 1] + 1);
    std::vector<std::string> sequence = order;
    std::string moved = sequence[static_cast<std::size_t>(from)];
    sequence.erase(sequence.begin() + from);
    sequence.insert(sequence.begin() + to, std::move(moved));
    for (std::size_t i = 0; i < sequence.size(); ++i) builtinLayer(s, sequence[i])->order = values[i];
}

void reduce(AppState& s, const action::SetSizePlacesByMentions& a, const ReduceContext&, Commands&) {
    s.sizePlacesByMentions = a.on;
}

void reduce(AppState& s, const action::AddUserLayer& a, const ReduceContext&, Commands& out) {
    if (!addUserLayer(s, a.path) && !a.path.empty()) report(out, Severity::Warning, a.path, "is already open as a layer");
}

void reduce(AppState& s, const action::UserLayerLoaded& a, const ReduceContext&, Commands&) {
    UserLayerEntry* l = findUserLayer(s.userLayers, a.id);
    if (!l) return;  // removed while it was loading
    l->status = a.ok ? UserLayerStatus::Ready : UserLayerStatus::Failed;
    l->featureCount = a.ok ? a.featureCount : 0;
    l->kind = a.ok ? a.kind : UserGeometryKind::None;
    l->problems = a.problems;
}

void reduce(AppState& s, const action::FitUserLayer& a, const ReduceContext& ctx, Commands&) {
    if (!ctx.userLayerBounds) return;
    const BBox b = ctx.userLayerBounds(a.id);
    if (!b.empty()) s.flight = Flight{s.camera, framingCamera(b, s), 0.9, 0.0};
}

void reduce(AppState& s, const action::SetUserLayerLabels& a, const ReduceContext&, Commands&) {
    if (UserLayerEntry* e = findUserLayer(s.userLayers, a.id)) {
        e->labels = a.on;
        e->labelField = a.field;
    }
}

void reduce(AppState& s, const action::RemoveUserLayer& a, const ReduceContext&, Commands&) {
    std::erase_if(s.userLayers, [&](const UserLayerEntry& l) { return l.id == a.id; });
    if (s.selectedUser && s.selectedUser->layer == a.id) s.selectedUser.reset();
    if (s.hoveredUser && s.hoveredUser->layer == a.id) s.hoveredUser.reset();
}

void reduce(AppState& s, const action::MoveUserLayer& a, const ReduceContext&, Commands&) {
    auto& v = s.userLayers;
    const auto it = std::find_if(v.begin(), v.end(), [&](const UserLayerEntry& l) { return l.id == a.id; });
    if (it == v.end()) return;
    const auto from = static_cast<long>(it - v.begin());
    const long to = std::clamp(from + a.steps, 0L, static_cast<long>(v.size()) - 1);
    if (to > from) std::rotate(v.begin() + from, v.begin() + from + 1, v.begin() + to + 1);
    else if (to < from) std::rotate(v.begin() + to, v.begin() + from, v.begin() + from + 1);
}

void reduce(AppState& s, const action::SetUserLayerStyle& a, const ReduceContext&, Commands&) {
    UserLayerEntry* l = findUserLayer(s.userLayers, a.id);
    if (!l) return;
    l->visible = a.visible;
    l->opacity = std::clamp(a.opacity, 0.0f, 1.0f);
    l->colour = a.colour;
    l->colour.a = 1.0f;
    // A hidden layer's feature stays neither selected nor hovered (it cannot be seen or picked).
    if (!a.visible && s.selectedUser && s.selectedUser->layer == a.id) s.selectedUser.reset();
}

}  // namespace detail
}  // namespace atlas::core
