// The Reader panel: a document's passages with their place mentions as links; select, show on map, copy citation.
#include "ui/explorer_panels.hpp"
#include "ui/dock.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <optional>
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

void drawReader(const ExplorerContext& ctx, UiState& ui, std::vector<core::Action>& out) {
    if (!ctx.state.panels.reader || !ctx.data) return;
    if (!beginDockedPanel("Reader", core::Panel::Reader, ctx.dock, out)) return;
    const auto& docs = ctx.data->corpus.documents;
    const std::size_t docIndex = std::min(ctx.state.openDocument.value_or(0), docs.empty() ? 0 : docs.size() - 1);
    if (docs.empty()) { ImGui::TextDisabled("No documents"); ImGui::End(); return; }
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##doc", docs[docIndex].readerTitle().c_str())) {
        for (std::size_t d = 0; d < docs.size(); ++d)
            if (ImGui::Selectable(docs[d].readerTitle().c_str(), d == docIndex)) out.emplace_back(core::action::OpenDocument{d});
        ImGui::EndCombo();
    }
    if (ctx.state.openPassage != ui.lastOpenedPassage) {
        ui.scrollReaderToPassage = true;
        ui.lastOpenedPassage = ctx.state.openPassage;
    }
    ImGui::BeginChild("##passages");
    std::optional<int> shownPage;  // a paged document (PDF) says "p. N" where a new page begins
    for (std::size_t i = 0; i < ctx.data->corpus.passages.size(); ++i) {
        const auto& p = ctx.data->corpus.passages[i];
        if (p.documentIndex != docIndex || p.kind == core::PassageKind::Boilerplate) continue;
        if (const auto page = docs[docIndex].pageOf(p.begin()); page && page != shownPage) {
            ImGui::TextDisabled("p. %d", *page);
            shownPage = page;
        }
        ImGui::PushID(static_cast<int>(i));
        const bool open = ctx.state.openPassage == i;
        const bool footnote = p.kind == core::PassageKind::Footnote;
        if (open && ui.scrollReaderToPassage) {
            ImGui::SetScrollHereY(0.1f);
            ui.scrollReaderToPassage = false;
        }
        const ImVec2 start = ImGui::GetCursorScreenPos();
        if (footnote) ImGui::Indent(18);
        if (p.kind == core::PassageKind::Heading) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.35f, 0.2f, 0.12f, 1));
        if (footnote || p.kind == core::PassageKind::FrontMatter || p.kind == core::PassageKind::References)
            ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.42f, 0.42f, 0.42f, 1));
        // Only passages on screen are laid out word by word; the rest are plain wrapped text of the same height.
        const bool visible = ImGui::IsRectVisible(ImVec2(start.x, start.y), ImVec2(start.x + 10, start.y + 200));
        std::optional<std::string> clicked;
        if (visible) clicked = drawRichText(p.cleanText, core::mentionSpans(*ctx.data, i));
        else ImGui::TextWrapped("%s", p.cleanText.c_str());
        if (footnote || p.kind == core::PassageKind::FrontMatter || p.kind == core::PassageKind::References) ImGui::PopStyleColor();
        if (p.kind == core::PassageKind::Heading) ImGui::PopStyleColor();
        if (footnote) ImGui::Unindent(18);
        const ImVec2 end = ImGui::GetItemRectMax();
        if (open)
            ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(start.x - 6, start.y), ImVec2(start.x - 3, end.y),
                                                      ImGui::GetColorU32(ImVec4(0.85f, 0.55f, 0.1f, 1)));
        if (clicked) out.emplace_back(core::action::SelectFeatureId{*clicked, true});
        if (visible) {
            if (ImGui::SmallButton("Select passage"))
                out.emplace_back(core::action::OpenPassage{i, p.documentIndex, core::timeForPassage(p)});
            ImGui::SameLine();
            if (ImGui::SmallButton("Show on map")) out.emplace_back(core::action::FitFeatureIds{ctx.data->links->featuresOf(p.id)});
            ImGui::SameLine();
            // The clipboard belongs to the window system, not to the application state: copied directly.
            if (ImGui::SmallButton("Copy citation")) ImGui::SetClipboardText(core::citePassage(ctx.data->corpus, i).c_str());
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", core::citePassage(ctx.data->corpus, i).c_str());
        }
        ImGui::Spacing();
        ImGui::PopID();
    }
    ImGui::EndChild();
    ImGui::End();
}

}  // namespace atlas::ui
