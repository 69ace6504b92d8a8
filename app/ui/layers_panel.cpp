// The Layers panel: map layers (visibility, colour, draw order), place sizing, line status, user layers and the legend.
#include "ui/explorer_panels.hpp"
#include "ui/dock.hpp"

#include "core/map/scene.hpp"
#include "core/state/layer_settings.hpp"

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

void drawLayersPanel(const ExplorerContext& ctx, std::vector<core::Action>& out) {
    if (!ctx.state.panels.layers) return;
    if (!beginDockedPanel("Layers", core::Panel::Layers, ctx.dock, out)) return;
    drawUserLayersSection(ctx, out);
    sectionTitle("Map layers");
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("Listed as drawn: the top one last. Areas always lie under lines; the arrows reorder each "
                       "among its kind.");
    ImGui::PopStyleColor();
    const core::Theme& t = core::defaultTheme();
    struct Row { const char* key; const char* label; core::Color swatch; const char* tip; };
    const Row rows[] = {
        {"places", "Places", t.placeFill, "Towns, cities and capitals the gazetteer dates and the corpus names"},
        {"offmap", "Off-map places", t.placeFill, "Arrows at the map's edge toward places far outside it"},
        {"corridors", "Corridors and routes", core::layerLineStyle(core::MapLayer::Corridor, t).color, "Corridors, roads, railways and pipelines"},
        {"lines", "Contact and ceasefire lines", core::layerLineStyle(core::MapLayer::Frontline, t).color, "Lines of contact, ceasefire and front lines"},
        {"borders", "State borders", t.stateBorder.color, "Borders between states and Soviet republics"},
        {"regions", "Regions", core::layerLineStyle(core::MapLayer::Region, t).color, "Nagorno-Karabakh, Nakhchivan, Syunik/Zangezur, districts"},
        {"water", "Lakes, rivers and coast", t.lake, "Lakes, rivers and the coastline"},
        {"countries", "Countries", t.focusA, "Country fills"},
        {"land", "Land", t.land, "The land under the country fills"},
        {"graticule", "Graticule", t.graticule, "Lines of latitude and longitude"},
    };
    const auto shown = core::shownBuiltinLayers(ctx.state);
    const core::LayerLook look = core::layerLook(ctx.state);  // once per frame, not once per part
    const auto settingsOf = [&](std::string_view key) -> const core::LayerSettings* {
        for (const auto& l : shown)
            if (l.key == key) return &l;
        return nullptr;
    };
    // Listed as drawn, top first: places and off-map arrows always on top, then the layers the user can reorder
    // (top of the list = drawn last; areas are drawn under every line whatever their place), the graticule last.
    std::vector<const Row*> list{&rows[0], &rows[1]};
    const auto order = core::orderableLayersBottomUp(ctx.state);
    for (auto it = order.rbegin(); it != order.rend(); ++it)
        for (const Row& r : rows)
            if (*it == r.key) list.push_back(&r);
    list.push_back(&rows[9]);
    // A tree by kind: each layer a node (visibility, colour, draw order on its row); opened, its opacity, labels and,
    // for corridors and water, the parts that can be hidden on their own.
    for (std::size_t n = 0; n < list.size(); ++n) {
        const Row& r = *list[n];
        const core::LayerSettings* l = settingsOf(r.key);
        if (!l) continue;
        const std::string_view key = r.key;
        ImGui::PushID(r.key);
        const bool orderable = core::builtinLayerOrderable(key);
        const bool simple = key == "offmap" || key == "graticule";  // visibility only
        const auto chosen = l->colour ? core::colourFromHex(*l->colour) : std::nullopt;
        const core::Color c = chosen.value_or(r.swatch);
        bool visible = l->visible;
        if (ImGui::Checkbox("##visible", &visible)) out.emplace_back(core::action::SetBuiltinLayer{r.key, visible, {}, {}});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip(visible ? "Hide this layer" : "Show this layer");
        ImGui::SameLine();
        if (!simple) {
            float rgb[3] = {c.r, c.g, c.b};
            if (ImGui::ColorEdit3("##colour", rgb, ImGuiColorEditFlags_NoInputs | ImGuiColorEditFlags_NoLabel))
                out.emplace_back(core::action::SetLayerColour{r.key, core::Color{rgb[0], rgb[1], rgb[2], 1.0f}});
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip(chosen ? "Colour chosen for this layer (right-click the name to reset)"
                                         : "Click to choose a colour for this layer");
        } else {
            ImGui::ColorButton("##swatch", ImVec4(c.r, c.g, c.b, 1), ImGuiColorEditFlags_NoTooltip,
                               ImVec2(ImGui::GetFrameHeight(), ImGui::GetFrameHeight()));
        }
        ImGui::SameLine();
        const ImGuiTreeNodeFlags flags = ImGuiTreeNodeFlags_AllowItemOverlap | ImGuiTreeNodeFlags_SpanAvailWidth |
                                         ImGuiTreeNodeFlags_FramePadding | (simple ? ImGuiTreeNodeFlags_Leaf : 0);
        if (!visible) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        const bool open = ImGui::TreeNodeEx("##node", flags, "%s", r.label);
        if (!visible) ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", r.tip);
        if (chosen && ImGui::BeginPopupContextItem("##reset")) {
            if (ImGui::MenuItem("Reset colour")) out.emplace_back(core::action::SetLayerColour{r.key, std::nullopt});
            ImGui::EndPopup();
        }
        if (orderable) {
            const bool top = !order.empty() && order.back() == key;
            const bool bottom = !order.empty() && order.front() == key;
            const float arrows = ImGui::GetFrameHeight() * 2.0f + ImGui::GetStyle().ItemSpacing.x;
            ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - arrows);
            ImGui::BeginDisabled(top);
            if (ImGui::ArrowButton("##up", ImGuiDir_Up)) out.emplace_back(core::action::MoveLayer{r.key, +1});
            ImGui::EndDisabled();
            if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
                ImGui::SetTooltip("Draw above the layer listed over it");
            ImGui::SameLine();
            ImGui::BeginDisabled(bottom);
            if (ImGui::ArrowButton("##down", ImGuiDir_Down)) out.emplace_back(core::action::MoveLayer{r.key, -1});
            ImGui::EndDisabled();
            if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
                ImGui::SetTooltip("Draw under the layer listed below it");
        }
        if (open) {
            if (!simple) {
                const bool hasLabels = key != "land";
                float o = static_cast<float>(l->opacity);
                ImGui::SetNextItemWidth(hasLabels ? -ImGui::CalcTextSize("labels").x - px(40.0f) : -1.0f);
                if (ImGui::SliderFloat("##opacity", &o, 0.0f, 1.0f, "opacity %.2f"))
                    out.emplace_back(core::action::SetBuiltinLayer{r.key, {}, o, {}});
                if (hasLabels) {
                    ImGui::SameLine();
                    bool labels = l->labels;
                    if (ImGui::Checkbox("labels", &labels)) out.emplace_back(core::action::SetBuiltinLayer{r.key, {}, {}, labels});
                }
                bool parts = false;
                const auto layers = core::mapLayersOf(key);
                for (const std::string_view part : core::builtinLayerParts(key)) {
                    const auto it = std::find_if(layers.begin(), layers.end(),
                                                 [&](core::MapLayer m) { return core::layerPartOf(m) == part; });
                    if (it == layers.end()) continue;
                    const core::MapLayer m = *it;
                    parts = true;
                    bool partShown = look.visible[static_cast<std::size_t>(m)];
                    const std::string name(part);
                    if (ImGui::Checkbox(name.c_str(), &partShown)) out.emplace_back(core::action::SetLayerVisible{m, partShown});
                    ImGui::SameLine();
                }
                if (parts) ImGui::NewLine();
            }
            ImGui::TreePop();
        }
        if (n == 1 || n + 2 == list.size()) ImGui::Separator();  // the fixed rows apart from the ordered ones
        ImGui::PopID();
    }
    bool bySize = ctx.state.sizePlacesByMentions;
    if (ImGui::Checkbox("Size places by mentions", &bySize)) out.emplace_back(core::action::SetSizePlacesByMentions{bySize});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("A place's symbol grows with how often the corpus names it");
    sectionTitle("Line status (in the chosen year)");
    const char* statuses[] = {"blockaded", "closed", "proposed", "controlled-by-armenia", "controlled-by-azerbaijan", "peacekeeping"};
    for (const char* st : statuses) {
        const auto s = core::statusStyle(core::MapLayer::Corridor, st);
        if (!s) continue;
        ImGui::ColorButton(st, ImVec4(s->color.r, s->color.g, s->color.b, 1), ImGuiColorEditFlags_NoTooltip, ImVec2(px(14.0f), px(14.0f)));
        ImGui::SameLine();
        ImGui::Text("%s%s", st, s->dashed ? " (dashed)" : "");
    }
    ImGui::TextWrapped("Dashed lines without a status colour are schematic or approximate: drawn from documented "
                       "waypoints, not surveyed.");
    ImGui::End();
}

}  // namespace atlas::ui
