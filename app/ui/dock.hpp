// The docked frame around the map (ImGui 1.86 has no docking branch): panels sit in the side and bottom areas that
// core::layoutDock computes, splitters between the areas and the map resize them, a collapsed area keeps a strip
// with a button to open it again, and the map draws in the rectangle left over.
#pragma once

#include <vector>

#include <imgui.h>

#include "core/state/actions.hpp"
#include "core/state/app_state.hpp"
#include "core/state/dock_layout.hpp"
#include "ui/ui_state.hpp"

namespace atlas::ui {

/// The window flags of a docked panel: placed by the layout, never moved, resized or saved by ImGui itself.
inline constexpr ImGuiWindowFlags kDockedPanelFlags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                                      ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings;

/// This frame's layout into ui.dock: the main viewport's work area (under the menu bar) less the status bar of
/// `statusHeight` window pixels, at the current interface scale.
void layoutDockedPanels(const core::AppState& state, float statusHeight, UiState& ui);

/// Begins a docked panel's window where the layout places it, with a close box that pushes
/// SetPanelOpen{panel, false}; the caller ends it with ImGui::End(). False, with nothing begun, when the panel has
/// no place this frame (its area is collapsed to a strip). Without a layout (null) the window floats.
bool beginDockedPanel(const char* title, core::Panel panel, const core::DockLayout* layout,
                      std::vector<core::Action>& out);

/// The splitters (drag to resize, double-click to collapse) and the collapsed areas' strips (click to open).
/// They change only ui.dockSizes: window layout, kept with ImGui's layout, not the application state.
void drawDockHandles(const core::AppState& state, UiState& ui);

/// Registers a "[CaucasusAtlas][Dock]" section in ImGui's ini text so the area sizes are saved and restored with
/// the window layout (application/last_session). Call after ImGui::CreateContext and before loading the ini.
void addDockSettingsHandler(UiState& ui);

}  // namespace atlas::ui
