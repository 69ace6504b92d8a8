// Rich text: splits into words, wraps by measured width, colours and underlines mention spans.
#include "ui/rich_text.hpp"

#include <imgui.h>

namespace atlas::ui {

std::optional<std::string> drawRichText(const std::string& text, const std::vector<core::TextSpan>& spans) {
    std::optional<std::string> clicked;
    const float wrap = ImGui::GetContentRegionAvail().x;
    const float space = ImGui::CalcTextSize(" ").x;
    float x = 0.0f;
    std::size_t spanIdx = 0;
    std::size_t i = 0;
    bool first = true;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, ImGui::GetStyle().ItemSpacing.y * 0.4f));
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ') ++i;
        if (i >= text.size()) break;
        while (spanIdx < spans.size() && spans[spanIdx].end <= i) ++spanIdx;
        std::size_t end = i;
        const core::TextSpan* span = nullptr;
        if (spanIdx < spans.size() && spans[spanIdx].begin <= i) {
            span = &spans[spanIdx];
            end = span->end;  // a multi-word name stays in one piece
        } else {
            while (end < text.size() && text[end] != ' ') ++end;
            if (spanIdx < spans.size() && spans[spanIdx].begin < end) end = spans[spanIdx].begin;
        }
        const char* b = text.data() + i;
        const char* e = text.data() + end;
        const float w = ImGui::CalcTextSize(b, e).x;
        if (!first) {
            if (x + space + w > wrap && x > 0.0f) x = 0.0f;
            else {
                ImGui::SameLine(0.0f, end > i && text[i - 1] == ' ' ? space : 0.0f);
                x += space;
            }
        }
        if (span) {
            const core::Color c = core::featureColor(span->featureId);
            ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(c.r, c.g, c.b, 1.0f));
            ImGui::TextUnformatted(b, e);
            ImGui::PopStyleColor();
            const ImVec2 mn = ImGui::GetItemRectMin(), mx = ImGui::GetItemRectMax();
            ImGui::GetWindowDrawList()->AddLine(ImVec2(mn.x, mx.y), ImVec2(mx.x, mx.y),
                                                ImGui::GetColorU32(ImVec4(c.r, c.g, c.b, 0.6f)));
            if (ImGui::IsItemHovered()) {
                ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
                ImGui::SetTooltip("%s — click to select and show on the map", span->featureId.c_str());
            }
            if (ImGui::IsItemClicked()) clicked = span->featureId;
        } else {
            ImGui::TextUnformatted(b, e);
        }
        x += w;
        first = false;
        i = end;
    }
    ImGui::PopStyleVar();
    return clicked;
}

}  // namespace atlas::ui
