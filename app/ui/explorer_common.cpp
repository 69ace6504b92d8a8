// Helpers shared by the explorer's panels: gazetteer lookup, name usages, passage years, the time filter's text.
#include "ui/explorer_common.hpp"

#include <imgui.h>

#include "core/gazetteer/naming.hpp"

namespace atlas::ui {

const core::GazetteerFeature* gazetteerOf(const ExplorerContext& ctx, const core::Selection& selection) {
    if (!ctx.data) return nullptr;
    const std::string id = core::gazetteerIdOf(ctx.model, selection);
    return id.empty() ? nullptr : ctx.data->feature(id);
}

std::string selectionName(const ExplorerContext& ctx, const core::Selection& selection) {
    if (const core::GazetteerFeature* g = gazetteerOf(ctx, selection)) return core::displayName(*g, ctx.state.naming);
    const auto naming = static_cast<std::size_t>(ctx.state.naming);
    if (selection.kind == core::Selection::Kind::Feature)
        return selection.index < ctx.model.features.size() ? ctx.model.features[selection.index].label(ctx.state.naming)
                                                           : std::string();
    if (selection.index >= ctx.model.offmap.size()) return {};
    const core::OffmapPlace& p = ctx.model.offmap[selection.index];
    return !p.names[naming].empty() ? p.names[naming] : p.gazetteerId;
}

std::string usageText(const core::Name& n) {
    std::string s;
    for (auto u : n.usage) {
        if (!s.empty()) s += ", ";
        s += std::string(core::nameUsageName(u));
    }
    if (n.adjectival) s += s.empty() ? "adjective" : ", adjective";
    return s;
}

std::string yearsText(const core::Passage& p) {
    std::string s;
    for (const auto& y : p.years) {
        if (!s.empty()) s += ", ";
        s += y.from == y.to ? std::to_string(y.from) : std::to_string(y.from) + "\xE2\x80\x93" + std::to_string(y.to);
    }
    return s;
}

std::string timeText(const core::TimeFilter& t) {
    if (t.year) return std::to_string(*t.year);
    if (t.range) return std::to_string(t.range->first) + "\xE2\x80\x93" + std::to_string(t.range->second);
    return "all years";
}

void sectionTitle(const char* text) {
    ImGui::Spacing();
    ImGui::TextDisabled("%s", text);
    ImGui::Separator();
}

}  // namespace atlas::ui
