// The Places-to-review panel: the queue of unknown names, the current candidate's passages and numbered GeoNames
// suggestions, and the review's keys (core/state/key_bindings, KeyContext::Review) while it has the focus.
#pragma once

#include <vector>

#include "core/explore/explorer.hpp"
#include "core/state/app_state.hpp"
#include "ui/ui_state.hpp"

namespace atlas::ui {

/// Draws the panel when state.panels.placesReview; pushes ReviewGo, ReviewFilter, ReviewAccept(Confident),
/// ReviewReject, ReviewDefer, ReviewNoMatch, SetReviewPick, Undo and OpenPassage. `data` is null while indexing.
void drawPlacesReviewPanel(const core::AppState& state, const core::AtlasData* data, UiState& ui,
                           std::vector<core::Action>& out);

}  // namespace atlas::ui
