// The Documents panel: the workspace (open, new, add documents), every document with its metadata and counts,
// the user's editable and removable, the bundled read-only, and the corpus's load problems one line each.
#pragma once

#include <string>
#include <vector>

#include "core/explore/explorer.hpp"
#include "core/load_issue.hpp"
#include "core/state/app_state.hpp"
#include "ui/ui_state.hpp"

namespace atlas::ui {

struct DocumentsContext {
    const core::AppState& state;
    const core::AtlasData* data;                   // null while the corpus is first indexed
    const std::vector<std::string>& userFiles;     // the documents that came from the workspace
    const std::vector<core::LoadIssue>& problems;  // the corpus's problems: a file that cannot be read, …
};

/// Draws the panel when state.panels.documents; pushes OpenWorkspace (through the chooser), AddDocuments,
/// SetDocumentMeta and RemoveDocument (after "Remove X?").
void drawDocumentsPanel(const DocumentsContext& ctx, UiState& ui, std::vector<core::Action>& out);

}  // namespace atlas::ui
