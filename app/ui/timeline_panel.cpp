// The Timeline panel: all years / one year / a range, stepping by year, month or day, snapping to dated events,
// playback, fading the rest.
#include "ui/explorer_panels.hpp"
#include "ui/dock.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "core/explore/time_step.hpp"
#include "core/explore/timeline_scale.hpp"
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

/// Moves to the next item on this line when `width` more pixels fit, else starts a new line.
void sameLineIfFits(float width) {
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

/// A year field: typed years (Enter or the step buttons) go through `set`, clamped to the timeline's years.
template <class Set>
void yearField(const char* id, int value, Set set) {
    int y = value;
    ImGui::SetNextItemWidth(px(104.0f));
    if (ImGui::InputInt(id, &y, 1, 10, ImGuiInputTextFlags_EnterReturnsTrue) && y != value)
        set(std::clamp(y, core::kTimelineFirstYear, core::kTimelineLastYear));
}

/// The year track: a piecewise scale (busy years wide), event ticks as tall as the events in the year, round years
/// labelled, the year or the range's two ends as grabs. Click or drag to choose; a range drags its nearer end.
void drawTrack(const ExplorerContext& ctx, UiState& ui, std::vector<core::Action>& out) {
    const auto& t = ctx.state.time;
    std::vector<int> years;
    years.reserve(ctx.events.size());
    for (const auto& e : ctx.events) years.push_back(e.year);
    const core::TimelineScale scale(core::kTimelineFirstYear, core::kTimelineLastYear, years);

    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    const float w = std::max(px(60.0f), ImGui::GetContentRegionAvail().x);
    const float h = px(44.0f);
    ImGui::InvisibleButton("##track", ImVec2(w, h));
    const bool hovered = ImGui::IsItemHovered(), active = ImGui::IsItemActive();
    const float pad = px(10.0f);
    const auto xOf = [&](int year) { return p0.x + pad + static_cast<float>(scale.fraction(year)) * (w - 2 * pad); };
    const auto yearUnder = [&](float x) { return scale.yearAt((x - p0.x - pad) / std::max(1.0f, w - 2 * pad)); };

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float barY = p0.y + px(12.0f);
    const ImU32 barColour = ImGui::GetColorU32(ImGuiCol_FrameBg);
    const ImU32 accent = ImGui::GetColorU32(ImGuiCol_SliderGrabActive);
    dl->AddRectFilled(ImVec2(p0.x + pad, barY - px(3.0f)), ImVec2(p0.x + w - pad, barY + px(3.0f)), barColour, px(3.0f));
    // Event ticks: one per year that has events, taller with more of them.
    std::string tip;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (std::size_t i = 0; i < ctx.events.size();) {
        std::size_t j = i;
        int count = 0;
        const int y = ctx.events[i].year;
        std::string titles;
        for (; j < ctx.events.size() && ctx.events[j].year == y; ++j, ++count)
            titles += std::to_string(y) + ": " + ctx.events[j].title + "\n";
        const float x = xOf(y);
        const float tall = px(4.0f) + px(2.5f) * static_cast<float>(std::min(count, 4));
        dl->AddLine(ImVec2(x, barY + px(5.0f)), ImVec2(x, barY + px(5.0f) + tall),
                    ImGui::GetColorU32(ImVec4(0.6f, 0.2f, 0.1f, 0.9f)), px(1.5f));
        if (hovered && std::abs(mouse.x - x) < px(3.0f)) tip += titles;
        i = j;  // events are listed by year (core/gazetteer/events)
    }
    // Round years as labels under the ticks.
    const float labelY = barY + px(17.0f);
    for (int y : scale.labelYears(w - 2 * pad, ImGui::CalcTextSize("0000").x + px(14.0f))) {
        const std::string label = std::to_string(y);
        const float x = xOf(y) - ImGui::CalcTextSize(label.c_str()).x * 0.5f;
        dl->AddText(ImVec2(std::clamp(x, p0.x, p0.x + w - ImGui::CalcTextSize(label.c_str()).x), labelY),
                    ImGui::GetColorU32(ImGuiCol_TextDisabled), label.c_str());
    }
    // The choice: a range as a band with two grabs, a year as one grab; all years as nothing.
    const float r = px(6.0f);
    if (t.range) {
        const float a = xOf(t.range->first), b = xOf(t.range->second);
        dl->AddRectFilled(ImVec2(a, barY - px(3.0f)), ImVec2(b, barY + px(3.0f)), accent);
        dl->AddCircleFilled(ImVec2(a, barY), r, accent);
        dl->AddCircleFilled(ImVec2(b, barY), r, accent);
    } else if (t.year) {
        dl->AddCircleFilled(ImVec2(xOf(*t.year), barY), r, accent);
    }
    if (ImGui::IsItemActivated()) {  // which end of a range this drag moves: the nearer one
        ui.timelineHandle = 0;
        if (t.range) ui.timelineHandle = std::abs(mouse.x - xOf(t.range->first)) <= std::abs(mouse.x - xOf(t.range->second)) ? 1 : 2;
    }
    if (active) {
        const int y = yearUnder(mouse.x);
        if (t.range) {
            std::pair<int, int> next = *t.range;
            (ui.timelineHandle == 2 ? next.second : next.first) = y;
            if (next.first > next.second) std::swap(next.first, next.second);
            if (next != *t.range) out.emplace_back(core::action::SetRange{next});
        } else if (t.year != y) {
            out.emplace_back(core::action::SetYear{y});
        }
    }
    if (hovered && !active) {
        if (tip.empty()) ImGui::SetTooltip("%d", yearUnder(mouse.x));
        else ImGui::SetTooltip("%s", tip.c_str());
    }
}

/// Stands the timeline on `d`: a year-only date is the year, anything finer the date.
core::Action showDate(const core::Date& d) {
    if (d.precision() == core::DatePrecision::Year) return core::action::SetYear{d.year};
    return core::action::SetDate{d};
}

}  // namespace

void drawTimeline(const ExplorerContext& ctx, UiState& ui, std::vector<core::Action>& out) {
    if (!ctx.state.panels.timeline) return;
    if (!beginDockedPanel("Timeline", core::Panel::Timeline, ctx.dock, out)) return;
    const auto& t = ctx.state.time;
    const int shown = t.year.value_or(t.range ? t.range->first : 2020);
    if (ImGui::RadioButton("All years", !t.active())) {
        out.emplace_back(core::action::SetYear{std::nullopt});
        out.emplace_back(core::action::SetRange{std::nullopt});
    }
    ImGui::SameLine(0, px(16.0f));
    if (ImGui::RadioButton("Year", t.year.has_value())) {
        ui.rangeMode = false;
        out.emplace_back(core::action::SetYear{shown});
    }
    ImGui::SameLine();
    // The year, typed: also from "All years" or a range, which it replaces.
    yearField("##year", t.year.value_or(shown), [&](int y) { out.emplace_back(core::action::SetYear{y}); });
    sameLineIfFits(px(300.0f));
    if (ImGui::RadioButton("Range", t.range.has_value())) {
        ui.rangeMode = true;
        out.emplace_back(core::action::SetRange{std::pair{shown - 3, shown}});
    }
    ImGui::SameLine();
    const std::pair<int, int> range = t.range.value_or(std::pair{shown - 3, shown});
    yearField("##from", range.first, [&](int y) {
        out.emplace_back(core::action::SetRange{std::pair{std::min(y, range.second), std::max(y, range.second)}});
    });
    ImGui::SameLine(0, px(4.0f));
    ImGui::TextUnformatted("\xE2\x80\x93");
    ImGui::SameLine(0, px(4.0f));
    yearField("##to", range.second, [&](int y) {
        out.emplace_back(core::action::SetRange{std::pair{std::min(range.first, y), std::max(range.first, y)}});
    });

    // The date the timeline stands on: the day or month when one is set, else the year.
    const core::Date at = t.date ? *t.date : core::Date(shown);
    const std::vector<core::Date> events = core::eventDates(ctx.events);
    sameLineIfFits(px(420.0f));
    if (ImGui::ArrowButton("##prev", ImGuiDir_Left))
        if (auto d = core::previousEventDate(events, at)) out.emplace_back(showDate(*d));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Previous dated event");
    ImGui::SameLine();
    if (ImGui::Button(ctx.state.playing ? "Pause" : "Play")) out.emplace_back(core::action::SetPlaying{!ctx.state.playing});
    ImGui::SameLine();
    if (ImGui::ArrowButton("##next", ImGuiDir_Right))
        if (auto d = core::nextEventDate(events, at)) out.emplace_back(showDate(*d));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Next dated event");
    ImGui::SameLine();
    float speed = static_cast<float>(ctx.state.playSpeed);
    ImGui::SetNextItemWidth(px(110.0f));
    if (ImGui::SliderFloat("##speed", &speed, 0.5f, 20.0f, "%.1f yr/s")) out.emplace_back(core::action::SetPlaySpeed{speed});
    // Step by a unit: a year, a month or a day from the date shown.
    sameLineIfFits(px(330.0f));
    ImGui::TextUnformatted("Step");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(px(80.0f));
    if (ImGui::BeginCombo("##unit", std::string(core::timeUnitName(ctx.state.timelineUnit)).c_str())) {
        for (core::TimeUnit u : {core::TimeUnit::Year, core::TimeUnit::Month, core::TimeUnit::Day})
            if (ImGui::Selectable(std::string(core::timeUnitName(u)).c_str(), u == ctx.state.timelineUnit))
                out.emplace_back(core::action::SetTimelineUnit{u});
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    if (ImGui::Button("-##step")) out.emplace_back(showDate(core::stepDate(at, ctx.state.timelineUnit, -1)));
    ImGui::SameLine();
    if (ImGui::Button("+##step")) out.emplace_back(showDate(core::stepDate(at, ctx.state.timelineUnit, 1)));
    ImGui::SameLine();
    std::string standing = "all years";
    if (t.range) standing = std::to_string(t.range->first) + "\xE2\x80\x93" + std::to_string(t.range->second);
    else if (t.active()) standing = at.toString();
    ImGui::Text("on %s", standing.c_str());
    sameLineIfFits(px(120.0f));
    bool fade = t.display == core::TimeDisplay::Fade;
    if (ImGui::Checkbox("Fade others", &fade))
        out.emplace_back(core::action::SetTimeDisplay{fade ? core::TimeDisplay::Fade : core::TimeDisplay::Hide});

    drawTrack(ctx, ui, out);
    ImGui::End();
}

}  // namespace atlas::ui
