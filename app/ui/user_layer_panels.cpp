// User layer rows and feature details: ImGui over AppState::userLayers and the session's loaded layers.
#include "ui/user_layer_panels.hpp"

#include <imgui.h>

#include <string>

namespace atlas::ui {
namespace {

const core::UserFeature* userFeature(const ExplorerContext& ctx, const core::UserFeatureRef& ref) {
    const core::UserLayer* layer = ctx.userLayer ? ctx.userLayer(ref.layer) : nullptr;
    return layer && ref.feature < layer->features.size() ? &layer->features[ref.feature] : nullptr;
}

std::string layerName(const ExplorerContext& ctx, std::uint32_t id) {
    const core::UserLayerEntry* e = core::findUserLayer(ctx.state.userLayers, id);
    return e ? e->displayName() : std::string("layer");
}

}  // namespace

void drawUserLayersSection(const ExplorerContext& ctx, std::vector<core::Action>& out) {
    ImGui::TextDisabled("User layers");
    ImGui::Separator();
    const auto& layers = ctx.state.userLayers;
    if (layers.empty()) {
        ImGui::TextWrapped("File > Open layer\xE2\x80\xA6 or drop a vector file (GeoJSON, GeoPackage, Shapefile, KML, "
                           "CSV with WKT) on the window.");
    }
    // Listed top to bottom as drawn: the last in the draw order is on top of the map and of the list.
    for (std::size_t n = layers.size(); n-- > 0;) {
        const core::UserLayerEntry& l = layers[n];
        ImGui::PushID(static_cast<int>(l.id));
        bool visible = l.visible;
        float colour[3] = {l.colour.r, l.colour.g, l.colour.b};
        if (ImGui::ColorEdit3("##colour", colour, ImGuiColorEditFlags_NoInputs | ImGuiColorEditFlags_NoLabel))
            out.emplace_back(core::action::SetUserLayerStyle{l.id, l.visible, l.opacity,
                                                             core::Color{colour[0], colour[1], colour[2], 1.0f}});
        ImGui::SameLine();
        const std::string name = l.displayName();
        if (ImGui::Checkbox(name.c_str(), &visible))
            out.emplace_back(core::action::SetUserLayerStyle{l.id, visible, l.opacity, l.colour});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", l.path.c_str());
        float opacity = l.opacity;
        ImGui::SetNextItemWidth(-1);
        if (ImGui::SliderFloat("##opacity", &opacity, 0.0f, 1.0f, "opacity %.2f"))
            out.emplace_back(core::action::SetUserLayerStyle{l.id, l.visible, opacity, l.colour});
        ImGui::BeginDisabled(n + 1 == layers.size());
        if (ImGui::ArrowButton("##up", ImGuiDir_Up)) out.emplace_back(core::action::MoveUserLayer{l.id, +1});
        ImGui::EndDisabled();
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Draw above the layer over it");
        ImGui::SameLine();
        ImGui::BeginDisabled(n == 0);
        if (ImGui::ArrowButton("##down", ImGuiDir_Down)) out.emplace_back(core::action::MoveUserLayer{l.id, -1});
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (ImGui::SmallButton("Remove")) out.emplace_back(core::action::RemoveUserLayer{l.id});
        if (l.status == core::UserLayerStatus::Ready) {
            ImGui::SameLine();
            if (ImGui::SmallButton("Zoom to")) out.emplace_back(core::action::FitUserLayer{l.id});
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Frame the layer's features on the map");
            // Labels at the layer's points, from a field of its attributes.
            if (const core::UserLayer* data = ctx.userLayer ? ctx.userLayer(l.id) : nullptr) {
                const std::vector<std::string>& fields = data->fields;
                if (!fields.empty()) {
                    bool labels = l.labels;
                    if (ImGui::Checkbox("Labels", &labels))
                        out.emplace_back(core::action::SetUserLayerLabels{l.id, labels, l.labelField});
                    ImGui::SameLine();
                    const std::string shown = core::userLabelField(fields, l.labelField);
                    ImGui::SetNextItemWidth(-1);
                    if (ImGui::BeginCombo("##labelfield", shown.c_str())) {
                        for (const std::string& f : fields)
                            if (ImGui::Selectable(f.c_str(), f == shown))
                                out.emplace_back(core::action::SetUserLayerLabels{l.id, true, f});
                        ImGui::EndCombo();
                    }
                    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The attribute the labels show");
                }
            }
        }
        ImGui::SameLine();
        switch (l.status) {
            case core::UserLayerStatus::Loading: ImGui::TextDisabled("loading\xE2\x80\xA6"); break;
            case core::UserLayerStatus::Ready:
                ImGui::TextDisabled("%zu %s", l.featureCount, std::string(core::userGeometryKindName(l.kind)).c_str());
                break;
            case core::UserLayerStatus::Failed: ImGui::TextColored(ImVec4(0.75f, 0.15f, 0.1f, 1), "not loaded"); break;
        }
        const ImVec4 problemColour = l.status == core::UserLayerStatus::Failed ? ImVec4(0.75f, 0.15f, 0.1f, 1)
                                                                              : ImVec4(0.6f, 0.45f, 0.05f, 1);
        for (const auto& p : l.problems) {
            ImGui::PushStyleColor(ImGuiCol_Text, problemColour);
            ImGui::TextWrapped("%s", p.c_str());
            ImGui::PopStyleColor();
        }
        ImGui::Separator();
        ImGui::PopID();
    }
}

void drawUserFeatureDetails(const ExplorerContext& ctx, std::vector<core::Action>& out) {
    const core::UserFeatureRef ref = *ctx.state.selectedUser;
    const core::UserFeature* f = userFeature(ctx, ref);
    if (!f) {
        ImGui::TextDisabled("The selected layer is no longer loaded.");
        return;
    }
    ImGui::PushFont(ImGui::GetIO().Fonts->Fonts.Size > 1 ? ImGui::GetIO().Fonts->Fonts[1] : nullptr);
    ImGui::TextUnformatted(core::userFeatureName(*f, ref.feature).c_str());
    ImGui::PopFont();
    ImGui::TextDisabled("feature %zu of user layer %s", ref.feature + 1, layerName(ctx, ref.layer).c_str());
    if (ImGui::SmallButton("Clear selection")) out.emplace_back(core::action::SelectUserFeature{std::nullopt});
    if (f->attributes.empty()) {
        ImGui::TextDisabled("No attributes");
        return;
    }
    if (ImGui::BeginTable("##attributes", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        for (const auto& [key, value] : f->attributes) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", key.c_str());
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", value.c_str());
        }
        ImGui::EndTable();
    }
}

void drawUserFeatureTooltip(const ExplorerContext& ctx) {
    const core::UserFeatureRef ref = *ctx.state.hoveredUser;
    const core::UserFeature* f = userFeature(ctx, ref);
    if (!f) return;
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(core::userFeatureName(*f, ref.feature).c_str());
    ImGui::TextDisabled("%s", layerName(ctx, ref.layer).c_str());
    constexpr std::size_t kShown = 6;  // the Inspector lists them all on click
    std::size_t shown = 0;
    for (const auto& [key, value] : f->attributes) {
        if (shown++ == kShown) {
            ImGui::TextDisabled("\xE2\x80\xA6 click for all %zu attributes", f->attributes.size());
            break;
        }
        ImGui::Text("%s: %s", key.c_str(), value.size() > 60 ? (value.substr(0, 60) + "\xE2\x80\xA6").c_str() : value.c_str());
    }
    ImGui::EndTooltip();
}

}  // namespace atlas::ui
