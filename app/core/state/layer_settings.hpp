// The built-in layers' settings (AppState::layers, one LayerSettings per view-state key) and everything derived
// from them: per-map-layer visibility, opacity, labels, draw rank and colour, and the frame options of a state.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/frame/render_frame.hpp"
#include "core/map/style.hpp"
#include "core/state/app_state.hpp"
#include "core/state/view_state.hpp"

namespace atlas::core {

inline constexpr std::size_t kMapLayerCount = static_cast<std::size_t>(MapLayer::Count);

/// The built-in view-state layer key a map layer belongs to; empty for MapLayer::Label (sea and region names
/// without geometry follow the global label switch only).
std::string_view layerKeyOf(MapLayer layer);
/// The map layers a built-in key stands for (empty for "offmap" and "graticule", which are frame options).
std::vector<MapLayer> mapLayersOf(std::string_view key);
/// The part of its key a map layer is (builtinLayerParts: "railways" for MapLayer::Railway); empty for a key
/// without parts.
std::string_view layerPartOf(MapLayer layer);

/// `layers` with every built-in key present once, in kBuiltinLayerKeys order (missing ones take the defaults);
/// user layers dropped. What a view's layers become in AppState::layers.
std::vector<LayerSettings> completeBuiltinLayers(const std::vector<LayerSettings>& layers);
/// A built-in layer's settings by key; null for an unknown key.
const LayerSettings* builtinLayer(const AppState& state, std::string_view key);
LayerSettings* builtinLayer(AppState& state, std::string_view key);

/// What the layers' settings mean for each map layer.
struct LayerLook {
    std::array<bool, kMapLayerCount> visible{};   // the key shown and this part not hidden
    std::array<float, kMapLayerCount> opacity{};  // the key's opacity, 0 where not visible
    std::array<bool, kMapLayerCount> labels{};    // the key's labels, and labels on as a whole
    std::array<int, kMapLayerCount> rank{};       // the key's draw order
    std::array<std::optional<Color>, kMapLayerCount> colour{};  // the user's colour for the key; null: the theme's
    bool graticule = true;                        // the "graticule" key shown
    bool offmapArrows = true;                     // the "offmap" key shown
};
LayerLook layerLook(const AppState& state);

/// The renderer's frame options for a state: its frame settings, naming, and the layers' look (graticule, off-map
/// arrows, per-layer rank and colour). The theme and the selection id are the session's to add.
FrameOptions frameOptions(const AppState& state);

/// The built-in layers as a view state saves them: as AppState::layers has them, with labels off everywhere
/// while labels are off as a whole; a layer whose every part is hidden is the layer hidden.
std::vector<LayerSettings> shownBuiltinLayers(const AppState& state);
/// The orderable built-in layer keys (core::builtinLayerOrderable) from the bottom of the draw order to the top.
std::vector<std::string> orderableLayersBottomUp(const AppState& state);

}  // namespace atlas::core
