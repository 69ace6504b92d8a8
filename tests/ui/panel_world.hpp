// What the explorer's panels read, empty unless a test fills it: the state, a map model, events, visuals, the
// panels' own UiState and the actions they push.
#pragma once

#include <vector>

#include "core/load_issue.hpp"
#include "ui/explorer_panels.hpp"
#include "ui/panels.hpp"

namespace atlas::ui::testing {

struct PanelWorld {
    core::AppState state;
    core::MapModel model;
    std::vector<core::Event> events;
    std::vector<core::FeatureVisual> visuals;
    std::vector<core::LoadIssue> issues;
    UiState uiState;
    std::vector<core::Action> out;

    /// The explorer panels' context; docked where `dock` says, floating when it is null.
    [[nodiscard]] ExplorerContext explorer(const core::DockLayout* dock = nullptr) const {
        return {state, model, nullptr, events, visuals, {}, dock};
    }
    /// The menu, map view and status bar's context (no map texture, no frame drawn yet).
    [[nodiscard]] PanelContext panels() const { return {state, issues, nullptr, 0, {1, 1}, "", {}}; }
};

}  // namespace atlas::ui::testing
