// The Deck panel: the open deck's slides (click to show), editing buttons, slide texts, saving and presenting;
// Open and Save as go through the file chooser (ui/file_chooser.hpp). It pushes EditDeck / Present actions only.
#pragma once

#include <vector>

#include "core/state/app_state.hpp"
#include "core/present/deck.hpp"
#include "ui/ui_state.hpp"

namespace atlas::ui {

/// Reads the open deck from state.deck (none open, its origin, unsaved changes, the selected slide).
void drawDeckPanel(const core::AppState& state, UiState& ui, std::vector<core::Action>& out);

}  // namespace atlas::ui
