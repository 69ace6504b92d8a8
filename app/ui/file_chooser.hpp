// The file chooser: opening it for a use (File menu, Deck panel), the in-app browser (folders, types, a name field,
// "Replace X?" and wrong-type prompts) and the actions a choice becomes. The desktop's own chooser, when the
// application found one, is started by the application and its answer is checked here like a typed path.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/files/file_chooser.hpp"
#include "core/state/app_state.hpp"
#include "ui/ui_state.hpp"

namespace atlas::ui {

/// Opens the chooser for `use` in its start folder (core::startFolder) with its default name
/// (core::defaultFileName from the time filter, the view file, the deck). With `ui.preferNativeChooser` the
/// application is asked to start the desktop's chooser instead (`nativeRequested`).
void openFileChooser(UiState& ui, core::FileUse use, const core::AppState& state);

/// A choice the user made and confirmed: `overwrite` only when they answered "Replace" (or the desktop's chooser
/// asked them).
struct FileChoice {
    core::FileUse use;
    std::string path;
    bool overwrite = false;
};

/// The action a choice becomes: AddUserLayer, OpenViewFile, SaveViewFile, EditDeck Open/Save, ExportPng (with the
/// export options kept in `ui`).
core::Action choiceAction(const FileChoice& choice, const UiState& ui);

/// Draws the in-app chooser while open and handles a desktop chooser's answer; pushes the chosen action into `out`.
/// Returns the choice made this frame, if any.
std::optional<FileChoice> drawFileChooser(UiState& ui, std::vector<core::Action>& out);

/// The notice over the map's bottom-left corner after a save or export, shown for a few seconds.
void drawNotice(UiState& ui);

}  // namespace atlas::ui
