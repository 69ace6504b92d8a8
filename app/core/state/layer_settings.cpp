// Layer settings by view-state key and the per-map-layer look derived from them.
#include "core/state/layer_settings.hpp"

#include <algorithm>

#include "core/map/user_layer.hpp"

namespace atlas::core {
namespace {

std::size_t idx(MapLayer l) { return static_cast<std::size_t>(l); }

bool partHidden(const LayerSettings& l, MapLayer m) {
    const auto part = layerPartOf(m);
    return !part.empty() && std::find(l.hidden.begin(), l.hidden.end(), part) != l.hidden.end();
}

}  // namespace

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
    for (std::size_t i = 0; i < kMapLayerCount; ++i)
        if (const auto l = static_cast<MapLayer>(i); !key.empty() && layerKeyOf(l) == key) out.push_back(l);
    return out;
}

std::vector<LayerSettings> completeBuiltinLayers(const std::vector<LayerSettings>& layers) {
    std::vector<LayerSettings> out;
    for (const auto& d : ViewState::defaultLayers()) {
        const auto it = std::find_if(layers.begin(), layers.end(),
                                     [&](const LayerSettings& l) { return !l.user && l.key == d.key; });
        out.push_back(it != layers.end() ? *it : d);
    }
    return out;
}

const LayerSettings* builtinLayer(const AppState& s, std::string_view key) {
    const auto it = std::find_if(s.layers.begin(), s.layers.end(), [&](const LayerSettings& l) { return l.key == key; });
    return it == s.layers.end() ? nullptr : &*it;
}

LayerSettings* builtinLayer(AppState& s, std::string_view key) {
    return const_cast<LayerSettings*>(builtinLayer(static_cast<const AppState&>(s), key));
}

LayerLook layerLook(const AppState& s) {
    LayerLook look;
    look.visible.fill(true);
    look.opacity.fill(1.0f);
    look.labels.fill(s.frame.labels);
    for (const auto& l : s.layers) {
        if (l.key == "graticule") look.graticule = l.visible;
        if (l.key == "offmap") look.offmapArrows = l.visible;
        const auto colour = l.colour ? colourFromHex(*l.colour) : std::nullopt;
        for (const MapLayer m : mapLayersOf(l.key)) {
            const std::size_t i = idx(m);
            look.visible[i] = l.visible && !partHidden(l, m);
            look.opacity[i] = look.visible[i] ? static_cast<float>(std::clamp(l.opacity, 0.0, 1.0)) : 0.0f;
            look.labels[i] = s.frame.labels && l.labels;
            look.rank[i] = l.order;
            look.colour[i] = colour;
        }
    }
    return look;
}

FrameOptions frameOptions(const AppState& s) {
    FrameOptions o;
    o.labels = s.frame.labels;
    o.scaleBar = s.frame.scaleBar;
    o.symbolScale = s.frame.symbolScale;
    o.legend = s.frame.legend;
    o.stamp = s.frame.stamp;
    o.footer = s.frame.footer;
    o.reservedBottomPx = s.frame.reservedBottomPx;
    o.naming = s.naming;
    const LayerLook look = layerLook(s);
    o.graticule = look.graticule;
    o.offmapArrows = look.offmapArrows;
    o.layerRank = look.rank;
    o.layerColour = look.colour;
    return o;
}

std::vector<LayerSettings> shownBuiltinLayers(const AppState& s) {
    auto out = s.layers;
    for (auto& l : out) {
        const auto parts = builtinLayerParts(l.key);
        if (l.visible && !parts.empty() &&
            std::all_of(parts.begin(), parts.end(), [&](std::string_view p) {
                return std::find(l.hidden.begin(), l.hidden.end(), p) != l.hidden.end();
            })) {
            l.visible = false;  // every part hidden is the layer hidden
            l.hidden.clear();
        }
        if (!l.visible) l.hidden.clear();
        if (!s.frame.labels) l.labels = false;  // labels switched off as a whole
    }
    return out;
}

std::vector<std::string> orderableLayersBottomUp(const AppState& s) {
    auto layers = s.layers;
    std::erase_if(layers, [](const LayerSettings& l) { return !builtinLayerOrderable(l.key); });
    std::stable_sort(layers.begin(), layers.end(), [](const auto& a, const auto& b) { return a.order < b.order; });
    std::vector<std::string> out;
    for (const auto& l : layers) out.push_back(l.key);
    return out;
}

}  // namespace atlas::core
