// The explorer's panels: layers and legend, inspector, reader, search and timeline. They read the state and
// the loaded data and push actions; none of them changes anything directly.
#pragma once

#include <functional>
#include <vector>

#include "core/state/app_state.hpp"
#include "core/state/dock_layout.hpp"
#include "core/gazetteer/events.hpp"
#include "core/explore/explorer.hpp"
#include "core/map/map_model.hpp"
#include "core/explore/search.hpp"
#include "ui/ui_state.hpp"

namespace atlas::ui {

struct ExplorerContext {
    const core::AppState& state;
    const core::MapModel& model;
    const core::AtlasData* data;                       // null while the corpus is being indexed
    const std::vector<core::Event>& events;
    const std::vector<core::FeatureVisual>& visuals;
    /// A loaded user layer's data by UserLayerEntry::id (null while loading, failed or gone).
    std::function<const core::UserLayer*(std::uint32_t)> userLayer = {};
    /// Where the docked panels go this frame (ui/dock.hpp); null: they float.
    const core::DockLayout* dock = nullptr;
};

void drawLayersPanel(const ExplorerContext& ctx, std::vector<core::Action>& out);
/// The selected map feature, off-map place or user layer feature; scrolls to the top when the selection changes.
void drawInspector(const ExplorerContext& ctx, UiState& ui, std::vector<core::Action>& out);
void drawReader(const ExplorerContext& ctx, UiState& ui, std::vector<core::Action>& out);
void drawSearch(const ExplorerContext& ctx, UiState& ui, std::vector<core::Action>& out);
void drawTimeline(const ExplorerContext& ctx, UiState& ui, std::vector<core::Action>& out);
/// Tooltip for the feature under the cursor on the map.
void drawHoverTooltip(const ExplorerContext& ctx);

}  // namespace atlas::ui
