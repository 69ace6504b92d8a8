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
namespace {

/// A passage result: its document's title and, below it, the snippet around the match, as one selectable row.
bool passageRow(const core::SearchResult& r) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);  // the texts over the row's hover and click highlight
    draw->ChannelsSetCurrent(1);
    ImGui::BeginGroup();
    ImGui::Text("\xC2\xB6 %s", r.label.c_str());
    ImGui::Indent(ImGui::GetFontSize());
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", r.matched.c_str());
    ImGui::PopStyleColor();
    ImGui::Unindent(ImGui::GetFontSize());
    ImGui::EndGroup();
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    draw->ChannelsSetCurrent(0);
    ImGui::SetCursorScreenPos(min);
    const bool clicked = ImGui::Selectable("##passage", false, 0, ImVec2(0.0f, max.y - min.y));
    draw->ChannelsMerge();
    return clicked;
}

}  // namespace

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
        if (r.kind == core::SearchResult::Kind::Feature) {
            const std::string label = r.label + (r.matched != r.label ? "  (" + r.matched + ")" : "");
            if (ImGui::Selectable(label.c_str())) choose(r);
        } else if (passageRow(r)) {
            choose(r);
        }
        ImGui::PopID();
    }
    ImGui::End();
}

}  // namespace atlas::ui
