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
    if (!ctx.state.hovered || *ctx.state.hovered >= ctx.model.features.size()) return;
    const auto& mf = ctx.model.features[*ctx.state.hovered];
    const core::GazetteerFeature* g = gazetteerOf(ctx, *ctx.state.hovered);
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(g ? core::displayName(*g, ctx.state.naming).c_str() : mf.name.c_str());
    if (g) {
        ImGui::TextDisabled("%s, %s", std::string(core::featureKindName(g->kind)).c_str(), g->subkind.c_str());
        const auto& v = ctx.visuals;
        if (*ctx.state.hovered < v.size() && !v[*ctx.state.hovered].status.empty())
            ImGui::Text("%s in %s", v[*ctx.state.hovered].status.c_str(), timeText(ctx.state.time).c_str());
        if (ctx.data) ImGui::Text("%zu passages", ctx.data->links->passagesOf(g->id).size());
    }
    ImGui::EndTooltip();
}

}  // namespace atlas::ui
