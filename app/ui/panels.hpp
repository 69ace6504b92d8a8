// The viewer's ImGui panels: each reads the state and pushes actions; none changes the state directly.
#pragma once

#include <string>
#include <vector>

#include "core/state/app_state.hpp"
#include "core/explore/explorer.hpp"
#include "core/load_issue.hpp"
#include "core/frame/render_frame.hpp"
#include "ui/ui_state.hpp"

namespace atlas::ui {

struct PanelContext {
    const core::AppState& state;
    const std::vector<core::LoadIssue>& issues;
    const core::RenderFrame* lastFrame;  // may be null before the first frame
    unsigned int mapTexture;             // GL texture name of the rendered map
    core::Vec2 mapTextureSize;           // in framebuffer pixels
    std::string glInfo;
    core::StatusCounts counts;           // features drawn now and passages about the current time
};

/// The status bar's height in window pixels at the current interface size (the docked layout ends above it).
float statusBarHeight();
void drawMainMenu(const PanelContext& ctx, UiState& ui, std::vector<core::Action>& out);
/// The map fills the window under the menu and status bars; input on it becomes pan/zoom actions.
void drawMapView(const PanelContext& ctx, UiState& ui, std::vector<core::Action>& out);
void drawStatusBar(const PanelContext& ctx, const UiState& ui);
void drawIssues(const PanelContext& ctx, UiState& ui);
void drawHelp(UiState& ui);

}  // namespace atlas::ui
