// The path-entry popup (Dear ImGui 1.86 has no file dialog), one widget for every use: views, layers, PNG, decks.
#pragma once

#include <functional>
#include <string>

namespace atlas::ui {

/// What one use of the dialog says and offers.
struct PathDialog {
    const char* title;    // the popup's ImGui id (and title)
    const char* prompt;   // the line above the field: what the path is for
    const char* hint;     // the empty field's example path
    const char* confirm;  // the button that takes the path: "Open", "Save", "Export"
    /// Drawn between the prompt and the field (the PNG export's resolution and parts); may be empty.
    std::function<void()> options = {};
};

enum class PathDialogResult { Hidden, Showing, Accepted, Cancelled };

/// Opens the popup when `requested` (and clears it), then draws it while open. Accepted: the confirm button or
/// Enter with a non-empty `path`; Accepted and Cancelled close the popup.
PathDialogResult drawPathDialog(const PathDialog& dialog, bool& requested, std::string& path);

}  // namespace atlas::ui
