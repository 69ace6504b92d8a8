// AppState <-> ViewState: what the window shows, as the serialisable view state, and back. Pure functions;
// the ids the view state uses (gazetteer ids, passage ids) are resolved through a ViewLookup the caller builds.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/state/app_state.hpp"
#include "core/state/view_state.hpp"

namespace atlas::core {

/// Index <-> id tables for the loaded data. A selection may also name an off-map place (kept by id). Features: map feature index -> gazetteer id (the map feature's own id
/// when it has no gazetteer record). Passages: corpus passage index -> passage id and document index; empty and
/// `corpusLoaded = false` while the corpus is still being indexed.
struct ViewLookup {
    std::vector<std::string> featureIds;
    std::vector<std::string> offmapIds;  // gazetteer ids of off-map places (drawn as arrows at the edge)
    std::vector<std::string> passageIds;
    std::vector<std::size_t> passageDocuments;
    bool corpusLoaded = false;

    [[nodiscard]] std::optional<std::size_t> featureIndex(std::string_view id) const;
    [[nodiscard]] std::optional<std::size_t> passageIndex(std::string_view id) const;
};

/// The built-in view-state layer key a map layer belongs to; empty for MapLayer::Label (sea and region names
/// without geometry follow the global label switch only).
std::string_view layerKeyOf(MapLayer layer);
/// The map layers a built-in key stands for (empty for "offmap" and "graticule", which are frame options).
std::vector<MapLayer> mapLayersOf(std::string_view key);
/// The part of its key a map layer is (builtinLayerParts: "railways" for MapLayer::Railway); empty for a key
/// without parts.
std::string_view layerPartOf(MapLayer layer);

/// The built-in layers with every key present once (state.carried.layers completed with the defaults).
std::vector<LayerSettings> builtinLayers(const AppState& state);
/// The same with visibility, opacity and labels as the window shows them (the first map layer of a key speaks for
/// the key; labels switched off as a whole switch every layer's off).
std::vector<LayerSettings> shownBuiltinLayers(const AppState& state);
/// Copies the built-in layers' `order` and `colour` (state.carried.layers) into state.frame.layerRank and
/// layerColour, per map layer. Called whenever they change (opening a view, SetLayerColour, MoveLayer).
void applyLayerLook(AppState& state);
/// The orderable built-in layer keys (core::builtinLayerOrderable) from the bottom of the draw order to the top.
std::vector<std::string> orderableLayersBottomUp(const AppState& state);

/// The view state of what the window shows. `projector` is the session's current projection.
ViewState toViewState(const AppState& state, const Projector& projector, const ViewLookup& ids);

/// Sets `state` to show `view`. `projector` must be the view's projection (the caller switches the session's
/// projection to view.camera.projection first). Ids that do not resolve are dropped and reported, one line each
/// (e.g. "selection 'x' is not a feature of this map; nothing selected"). While the corpus is not loaded the open
/// passage is kept in state.carried.pendingPassage; call resolvePendingPassage once it is.
std::vector<std::string> applyViewState(const ViewState& view, const Projector& projector, const ViewLookup& ids,
                                        AppState& state);

/// Opens the passage kept while the corpus was loading; returns a problem line when its id is unknown.
std::optional<std::string> resolvePendingPassage(AppState& state, const ViewLookup& ids);

}  // namespace atlas::core
