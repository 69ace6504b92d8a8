// The Inspector panel: the selected feature's names, geometry, source and dates, features named alongside, passages.
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

/// Names, periods, features named alongside and passages: the same for a map feature and an off-map place.
void drawGazetteerDetails(const ExplorerContext& ctx, const core::GazetteerFeature& gazetteer,
                          std::vector<core::Action>& out) {
    const core::GazetteerFeature* g = &gazetteer;
    ImGui::TextDisabled("%s \xC2\xB7 %s \xC2\xB7 %s", std::string(core::featureKindName(g->kind)).c_str(),
                        g->subkind.c_str(), g->id.c_str());
    if (ImGui::CollapsingHeader("Names", ImGuiTreeNodeFlags_DefaultOpen) &&
        ImGui::BeginTable("##names", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        for (const auto& n : g->names) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(n.text.c_str());
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s-%s", n.lang.c_str(), n.script.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(usageText(n).c_str());
        }
        ImGui::EndTable();
    }
    if (ImGui::CollapsingHeader("When", ImGuiTreeNodeFlags_DefaultOpen)) {
        for (std::size_t i = 0; i < g->periods.size(); ++i) {
            const auto& p = g->periods[i];
            ImGui::PushID(static_cast<int>(i));
            const std::string a = p.start ? p.start->toString() : "\xE2\x80\xA6";
            const std::string b = p.end ? p.end->toString() : "\xE2\x80\xA6";
            if (ImGui::SmallButton("go")) {  // the time filter steps by year: the years the period touches
                const std::optional<int> y0 = p.start ? std::optional(p.start->year) : std::nullopt;
                const std::optional<int> y1 = p.end ? std::optional(p.end->year) : std::nullopt;
                if (y0 && y1 && *y0 != *y1) out.emplace_back(core::action::SetRange{std::pair{*y0, *y1}});
                else out.emplace_back(core::action::SetYear{y0 ? y0 : y1});
            }
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Set the time filter to this period");
            ImGui::SameLine();
            ImGui::Text("%s\xE2\x80\x93%s  %s  (%s)", a.c_str(), b.c_str(), p.status.c_str(), p.certainty.c_str());
            ImGui::PopID();
        }
        const char* acc = g->accuracy == core::Accuracy::Exact ? "exact" : g->accuracy == core::Accuracy::Approximate ? "approximate" : "schematic";
        ImGui::TextWrapped("Geometry: %s. Source: %s", acc, g->source.c_str());
    }
    if (ImGui::CollapsingHeader("Named alongside", ImGuiTreeNodeFlags_DefaultOpen)) {
        bool show = ctx.state.showCoMentions;
        if (ImGui::Checkbox("Show only these on the map", &show)) out.emplace_back(core::action::SetShowCoMentions{show});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Fade every feature that no passage about this one also names");
        const auto co = core::coMentions(*ctx.data, g->id, 12);
        if (co.empty()) ImGui::TextDisabled("No passage names it with another feature.");
        const float right = ImGui::GetWindowContentRegionMax().x;
        for (std::size_t i = 0; i < co.size(); ++i) {
            const core::GazetteerFeature* other = ctx.data->feature(co[i].featureId);
            const std::string label = (other ? core::displayName(*other, ctx.state.naming) : co[i].featureId) + "  " +
                                      std::to_string(co[i].passages) + "##co" + std::to_string(i);
            const float width = ImGui::CalcTextSize(label.c_str(), nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
            if (i > 0 && ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width < ImGui::GetWindowPos().x + right)
                ImGui::SameLine();
            if (ImGui::SmallButton(label.c_str())) out.emplace_back(core::action::SelectFeatureId{co[i].featureId});
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%zu passages name both; click to select", co[i].passages);
        }
    }
    bool follow = ctx.state.inspectorFollowsTime;
    if (ctx.state.time.active()) {
        const std::string followLabel = "Only passages about " + timeText(ctx.state.time);
        if (ImGui::Checkbox(followLabel.c_str(), &follow)) out.emplace_back(core::action::SetInspectorFollowsTime{follow});
    } else {
        follow = false;  // no year chosen: every passage is "about" it
    }
    const auto groups = core::passagesForFeature(*ctx.data, g->id, follow ? &ctx.state.time : nullptr);
    std::size_t total = 0;
    for (const auto& gr : groups) total += gr.hits.size();
    ImGui::Text("%zu passages in %zu documents", total, groups.size());
    for (const auto& gr : groups) {
        const auto& doc = ctx.data->corpus.documents[gr.document];
        const std::string header = doc.readerTitle() + " (" + doc.meta.date.value_or("undated") + ") \xE2\x80\x94 " +
                                   std::to_string(gr.mentions) + " mentions###doc" + std::to_string(gr.document);
        if (!ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) continue;
        for (const auto& h : gr.hits) {
            const auto& p = ctx.data->corpus.passages[h.passage];
            ImGui::PushID(static_cast<int>(h.passage));
            const std::string years = yearsText(p);
            ImGui::TextDisabled("%s %zu%s%s", std::string(core::passageKindName(p.kind)).c_str(), h.ordinal,
                                years.empty() ? "" : " \xC2\xB7 ", years.c_str());
            std::vector<core::TextSpan> spans;
            if (h.highlightEnd > h.highlightBegin) spans.push_back({h.highlightBegin, h.highlightEnd, g->id});
            ImGui::Indent(8);
            drawRichText(h.sentence, spans);
            ImGui::Unindent(8);
            if (ImGui::SmallButton("Open in reader"))
                out.emplace_back(core::action::OpenPassage{h.passage, p.documentIndex, core::timeForPassage(p)});
            ImGui::Separator();
            ImGui::PopID();
        }
    }
}

}  // namespace

void drawInspector(const ExplorerContext& ctx, UiState& ui, std::vector<core::Action>& out) {
    if (!ctx.state.panels.inspector) return;
    if (!beginDockedPanel("Inspector", core::Panel::Inspector, ctx.dock, out)) return;
    // A new selection is read from its top, not at the scroll position the last one's passages were left at.
    const UiState::InspectorShows shows{ctx.state.selected, ctx.state.selectedUser};
    if (shows != ui.inspectorShows) {
        ImGui::SetScrollY(0.0f);
        ui.inspectorShows = shows;
    }
    if (ctx.state.selectedUser) {
        drawUserFeatureDetails(ctx, out);
        ImGui::End();
        return;
    }
    if (!ctx.state.selected) {
        ImGui::TextWrapped("Click a place, line or area on the map, an arrow at its edge, a highlighted name in the "
                           "reader, or a search result to see its names, dates and every passage that mentions it.");
        ImGui::End();
        return;
    }
    const core::Selection selected = *ctx.state.selected;
    const core::GazetteerFeature* g = gazetteerOf(ctx, selected);
    ImGui::PushFont(ImGui::GetIO().Fonts->Fonts.Size > 1 ? ImGui::GetIO().Fonts->Fonts[1] : nullptr);
    ImGui::TextUnformatted(selectionName(ctx, selected).c_str());
    ImGui::PopFont();
    if (selected.kind == core::Selection::Kind::Offmap)
        ImGui::TextDisabled("Outside the map: the arrow at the map's edge points to it");
    if (g) drawGazetteerDetails(ctx, *g, out);
    else if (!ctx.data) ImGui::TextDisabled("Indexing the corpus\xE2\x80\xA6");
    else if (selected.kind == core::Selection::Kind::Feature && selected.index < ctx.model.features.size())
        ImGui::TextDisabled("%s (basemap feature, no gazetteer record)", ctx.model.features[selected.index].id.c_str());
    ImGui::End();
}

}  // namespace atlas::ui
