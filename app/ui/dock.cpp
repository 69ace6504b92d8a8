#include "ui/dock.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <imgui_internal.h>

#include "ui/metrics.hpp"

namespace atlas::ui {
namespace {

ImVec2 topLeft(const core::DockRect& r) { return ImVec2(r.x, r.y); }
ImVec2 extent(const core::DockRect& r) { return ImVec2(r.w, r.h); }
std::size_t index(core::DockArea a) { return static_cast<std::size_t>(a); }

constexpr ImGuiWindowFlags kHandleFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                          ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBackground |
                                          ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoFocusOnAppearing;

const char* const kAreaNames[core::kDockAreas] = {"left", "right", "bottom"};
// The arrows on a collapsed strip point where the area opens: ▶ (left area), ◀ (right), ▲ (bottom).
const char* const kOpenArrows[core::kDockAreas] = {"\xE2\x96\xB6", "\xE2\x97\x80", "\xE2\x96\xB2"};

/// One invisible handle window over `r`: true while dragged; `doubleClicked` on a double click.
bool handle(const char* id, const core::DockRect& r, ImGuiMouseCursor cursor, bool& doubleClicked) {
    ImGui::SetNextWindowPos(topLeft(r));
    ImGui::SetNextWindowSize(extent(r));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowMinSize, ImVec2(1, 1));
    ImGui::Begin(id, nullptr, kHandleFlags);
    ImGui::InvisibleButton("##handle", extent(r));
    const bool hovered = ImGui::IsItemHovered(), active = ImGui::IsItemActive();
    doubleClicked = hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left);
    if (hovered || active) {
        ImGui::SetMouseCursor(cursor);
        ImGui::GetWindowDrawList()->AddRectFilled(topLeft(r), ImVec2(r.right(), r.bottom()),
                                                  ImGui::GetColorU32(active ? ImGuiCol_SeparatorActive
                                                                            : ImGuiCol_SeparatorHovered));
    }
    ImGui::End();
    ImGui::PopStyleVar(2);
    return active && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 0.0f);
}

}  // namespace

void layoutDockedPanels(const core::AppState& state, float statusHeight, UiState& ui) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    core::DockInput in;
    const float top = std::ceil(vp->WorkPos.y), bottom = std::floor(vp->WorkPos.y + vp->WorkSize.y - statusHeight);
    in.work = {std::floor(vp->WorkPos.x), top, std::floor(vp->WorkSize.x), std::max(1.0f, bottom - top)};
    in.scale = px(1.0f);
    in.sizes = ui.dockSizes;
    in.open = state.panels;
    ui.dockInput = in;
    ui.dock = core::layoutDock(in);
}

bool beginDockedPanel(const char* title, core::Panel panel, const core::DockLayout* layout,
                      std::vector<core::Action>& out) {
    ImGuiWindowFlags flags = 0;
    if (layout) {
        const auto& slot = layout->panel[static_cast<std::size_t>(panel)];
        if (!slot) return false;  // its area is collapsed to a strip
        ImGui::SetNextWindowPos(topLeft(*slot));
        ImGui::SetNextWindowSize(extent(*slot));
        flags = kDockedPanelFlags;
    }
    bool open = true;
    ImGui::Begin(title, &open, flags);  // drawn even when ImGui would skip it: the caller always ends it
    if (!open) out.emplace_back(core::action::SetPanelOpen{panel, false});
    return true;
}

void drawDockHandles(const core::AppState&, UiState& ui) {
    const core::DockLayout& l = ui.dock;
    for (core::DockArea a : {core::DockArea::Left, core::DockArea::Right, core::DockArea::Bottom}) {
        const std::size_t i = index(a);
        const std::string name = std::string("##dock-") + kAreaNames[i];
        if (l.splitter[i]) {
            bool doubled = false;
            const bool side = a != core::DockArea::Bottom;
            if (handle((name + "-splitter").c_str(), *l.splitter[i],
                       side ? ImGuiMouseCursor_ResizeEW : ImGuiMouseCursor_ResizeNS, doubled)) {
                const ImVec2 m = ImGui::GetIO().MousePos;
                ui.dockSizes.size[i] = core::dockSizeForSplitter(ui.dockInput, a, side ? m.x : m.y);
            }
            if (doubled) ui.dockSizes.collapsed[i] = true;
        }
        if (l.strip[i]) {
            const core::DockRect& r = *l.strip[i];
            ImGui::SetNextWindowPos(topLeft(r));
            ImGui::SetNextWindowSize(extent(r));
            ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
            ImGui::PushStyleVar(ImGuiStyleVar_WindowMinSize, ImVec2(1, 1));
            ImGui::Begin((name + "-strip").c_str(), nullptr, kHandleFlags & ~ImGuiWindowFlags_NoBackground);
            if (ImGui::Button(kOpenArrows[i], extent(r))) ui.dockSizes.collapsed[i] = false;
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show the %s panels", kAreaNames[i]);
            ImGui::End();
            ImGui::PopStyleVar(2);
        }
    }
    for (std::size_t side = 0; side < 2; ++side) {
        if (!l.stackSplitter[side]) continue;
        bool doubled = false;
        const std::string id = std::string("##dock-") + kAreaNames[side] + "-stack";
        if (handle(id.c_str(), *l.stackSplitter[side], ImGuiMouseCursor_ResizeNS, doubled))
            ui.dockSizes.split[side] = core::dockSplitForY(ui.dockInput, static_cast<core::DockArea>(side),
                                                           ImGui::GetIO().MousePos.y);
    }
}

void addDockSettingsHandler(UiState& ui) {
    ImGuiSettingsHandler h;
    h.TypeName = "CaucasusAtlas";
    h.TypeHash = ImHashStr("CaucasusAtlas");
    h.UserData = &ui;
    h.ReadOpenFn = [](ImGuiContext*, ImGuiSettingsHandler*, const char* name) -> void* {
        return std::strcmp(name, "Dock") == 0 ? reinterpret_cast<void*>(1) : nullptr;
    };
    h.ReadLineFn = [](ImGuiContext*, ImGuiSettingsHandler* self, void*, const char* line) {
        if (std::strncmp(line, "size=", 5) != 0) return;  // the section's blank closing line, or a foreign one
        static_cast<UiState*>(self->UserData)->dockSizes = core::parseDockSizes(line);
    };
    h.WriteAllFn = [](ImGuiContext*, ImGuiSettingsHandler* self, ImGuiTextBuffer* buf) {
        const UiState& state = *static_cast<const UiState*>(self->UserData);
        buf->appendf("[CaucasusAtlas][Dock]\n%s\n\n", core::dockSizesText(state.dockSizes).c_str());
    };
    ImGui::GetCurrentContext()->SettingsHandlers.push_back(h);
}

}  // namespace atlas::ui
