// AppState <-> ViewState: what the window shows, as the serialisable view state, and back. Pure functions;
// the ids the view state uses (gazetteer ids, passage ids) are resolved through a ViewLookup the caller builds.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/state/app_state.hpp"
#include "core/state/layer_settings.hpp"
#include "core/state/view_state.hpp"

namespace atlas::core {

/// Index <-> id tables for the loaded data. Features: map feature index -> gazetteer id (the map feature's own id
/// when it has no gazetteer record); off-map places: MapModel::offmap index -> gazetteer id. Passages: corpus passage index -> passage id and document index; empty and
/// `corpusLoaded = false` while the corpus is still being indexed.
struct ViewLookup {
    std::vector<std::string> featureIds;
    std::vector<std::string> offmapIds;  // gazetteer ids of off-map places (drawn as arrows at the edge)
    std::vector<std::string> passageIds;
    std::vector<std::size_t> passageDocuments;
    bool corpusLoaded = false;

    [[nodiscard]] std::optional<std::size_t> featureIndex(std::string_view id) const;
    [[nodiscard]] std::optional<std::size_t> passageIndex(std::string_view id) const;
    /// What a gazetteer id selects: the map feature with it, else the off-map place with it, else nothing.
    [[nodiscard]] std::optional<Selection> selectionFor(std::string_view id) const;
    /// The id a selection is saved under (none for an index out of range or a feature without an id).
    [[nodiscard]] std::optional<std::string> idOf(const Selection& selection) const;
};

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
