// The map's hover tooltip: name, kind, status in the chosen years and passage count of the feature under the cursor.
#include "ui/explorer_panels.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "core/present/citation.hpp"
#include "core/gazetteer/gazetteer_json.hpp"
#include "core/gazetteer/naming.hpp"
#include "core/map/user_layer.hpp"
#include "core/state/view_conversion.hpp"
#include "ui/explorer_common.hpp"
#include "ui/metrics.hpp"
#include "ui/rich_text.hpp"
#include "ui/user_layer_panels.hpp"

namespace atlas::ui {

void drawHoverTooltip(const ExplorerContext& ctx) {
    if (ctx.state.hoveredUser) {
        drawUserFeatureTooltip(ctx);
        return;
    }
    if (!ctx.state.hovered) return;
    const core::Selection hovered = *ctx.state.hovered;
    const std::string name = selectionName(ctx, hovered);
    if (name.empty()) return;  // an index out of range (the model changed under the hover)
    const core::GazetteerFeature* g = gazetteerOf(ctx, hovered);
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(name.c_str());
    if (hovered.kind == core::Selection::Kind::Offmap) ImGui::TextDisabled("outside the map; click to inspect");
    if (g) {
        ImGui::TextDisabled("%s, %s", std::string(core::featureKindName(g->kind)).c_str(), g->subkind.c_str());
        const auto& v = ctx.visuals;
        if (const auto i = core::featureOf(hovered); i && *i < v.size() && !v[*i].status.empty())
            ImGui::Text("%s in %s", v[*i].status.c_str(), timeText(ctx.state.time).c_str());
        if (ctx.data) ImGui::Text("%zu passages", ctx.data->links->passagesOf(g->id).size());
    }
    ImGui::EndTooltip();
}

}  // namespace atlas::ui
