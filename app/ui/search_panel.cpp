// The Search panel: the query field and its results (places, names in any script, passage text), each selectable.
#include "ui/explorer_panels.hpp"
#include "ui/dock.hpp"

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

void drawSearch(const ExplorerContext& ctx, UiState& ui, std::vector<core::Action>& out) {
    if (!ctx.state.panels.search) return;
    if (!beginDockedPanel("Search", core::Panel::Search, ctx.dock, out)) return;
    if (ui.focusSearch) {
        ImGui::SetKeyboardFocusHere();
        ui.focusSearch = false;
    }
    ImGui::SetNextItemWidth(-1);
    const bool enter = ImGui::InputTextWithHint("##q", "place, name in any script, or text", ui.searchBuffer,
                                                sizeof ui.searchBuffer, ImGuiInputTextFlags_EnterReturnsTrue);
    if (ctx.state.search.query != ui.searchBuffer) out.emplace_back(core::action::SetSearchQuery{ui.searchBuffer});
    const auto& results = ctx.state.search.results;
    auto choose = [&](const core::SearchResult& r) {
        if (!ctx.data) return;
        if (r.kind == core::SearchResult::Kind::Feature)
            out.emplace_back(core::action::SelectFeatureId{ctx.data->gazetteer[r.index].id, true});
        else {
            const auto& p = ctx.data->corpus.passages[r.index];
            out.emplace_back(core::action::OpenPassage{r.index, p.documentIndex, core::timeForPassage(p)});
        }
    };
    if (enter && !results.empty()) choose(results.front());
    for (std::size_t i = 0; i < results.size(); ++i) {
        const auto& r = results[i];
        ImGui::PushID(static_cast<int>(i));
        const bool feature = r.kind == core::SearchResult::Kind::Feature;
        const std::string label = feature ? r.label + (r.matched != r.label ? "  (" + r.matched + ")" : "")
                                           : "\xC2\xB6 " + r.label + ": " + r.matched;
        if (ImGui::Selectable(label.c_str())) choose(r);
        ImGui::PopID();
    }
    ImGui::End();
}

}  // namespace atlas::ui
