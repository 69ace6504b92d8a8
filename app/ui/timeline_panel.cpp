// The Timeline panel: all years / one year / a range, stepping and playback through events, fading the rest.
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

void drawTimeline(const ExplorerContext& ctx, UiState& ui, std::vector<core::Action>& out) {
    if (!ctx.state.panels.timeline) return;
    if (!beginDockedPanel("Timeline", core::Panel::Timeline, ctx.dock, out)) return;
    const auto& t = ctx.state.time;
    if (ImGui::RadioButton("All years", !t.active())) {
        out.emplace_back(core::action::SetYear{std::nullopt});
        out.emplace_back(core::action::SetRange{std::nullopt});
    }
    ImGui::SameLine();
    if (ImGui::RadioButton("Year", t.year.has_value())) {
        ui.rangeMode = false;
        out.emplace_back(core::action::SetYear{t.year.value_or(t.range ? t.range->first : 2020)});
    }
    ImGui::SameLine();
    if (ImGui::RadioButton("Range", t.range.has_value())) {
        ui.rangeMode = true;
        const int y = t.year.value_or(2020);
        out.emplace_back(core::action::SetRange{std::pair{y - 3, y}});
    }
    ImGui::SameLine(0, px(24.0f));
    const int current = t.year.value_or(t.range ? t.range->first : 2020);
    if (ImGui::ArrowButton("##prev", ImGuiDir_Left))
        if (auto y = core::previousEventYear(ctx.events, current)) out.emplace_back(core::action::SetYear{*y});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Previous event");
    ImGui::SameLine();
    if (ImGui::Button(ctx.state.playing ? "Pause" : "Play")) out.emplace_back(core::action::SetPlaying{!ctx.state.playing});
    ImGui::SameLine();
    if (ImGui::ArrowButton("##next", ImGuiDir_Right))
        if (auto y = core::nextEventYear(ctx.events, current)) out.emplace_back(core::action::SetYear{*y});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Next event");
    ImGui::SameLine();
    float speed = static_cast<float>(ctx.state.playSpeed);
    ImGui::SetNextItemWidth(110);
    if (ImGui::SliderFloat("##speed", &speed, 0.5f, 20.0f, "%.1f yr/s")) out.emplace_back(core::action::SetPlaySpeed{speed});
    ImGui::SameLine();
    bool fade = t.display == core::TimeDisplay::Fade;
    if (ImGui::Checkbox("Fade others", &fade))
        out.emplace_back(core::action::SetTimeDisplay{fade ? core::TimeDisplay::Fade : core::TimeDisplay::Hide});

    ImGui::SetNextItemWidth(-1);
    const ImVec2 sliderPos = ImGui::GetCursorScreenPos();
    if (t.range) {
        int a = t.range->first, b = t.range->second;
        if (ImGui::DragIntRange2("##range", &a, &b, 0.5f, core::kTimelineFirstYear, core::kTimelineLastYear))
            out.emplace_back(core::action::SetRange{std::pair{std::min(a, b), std::max(a, b)}});
    } else {
        int y = t.year.value_or(2020);
        if (ImGui::SliderInt("##year", &y, core::kTimelineFirstYear, core::kTimelineLastYear)) out.emplace_back(core::action::SetYear{y});
    }
    // Event ticks under the slider, with the events' titles on hover.
    const float width = ImGui::GetItemRectSize().x;
    const float grab = ImGui::GetStyle().GrabMinSize;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float y0 = sliderPos.y + ImGui::GetItemRectSize().y + 2;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    std::string tip;
    for (const auto& e : ctx.events) {
        const float f = static_cast<float>(e.year - core::kTimelineFirstYear) /
                        static_cast<float>(core::kTimelineLastYear - core::kTimelineFirstYear);
        const float x = sliderPos.x + grab * 0.5f + f * (width - grab);
        dl->AddLine(ImVec2(x, y0), ImVec2(x, y0 + 8), ImGui::GetColorU32(ImVec4(0.6f, 0.2f, 0.1f, 0.9f)), 1.5f);
        if (std::abs(mouse.x - x) < 3 && mouse.y >= y0 - 2 && mouse.y <= y0 + 12)
            tip += std::to_string(e.year) + ": " + e.title + "\n";
    }
    ImGui::Dummy(ImVec2(width, 12));
    if (!tip.empty()) ImGui::SetTooltip("%s", tip.c_str());
    ImGui::End();
}

}  // namespace atlas::ui
