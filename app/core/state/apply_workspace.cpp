// The reducer's workspace area: opening a workspace, adding, removing and describing its documents. The files
// change through commands the app runs; the state keeps what undo needs to move them back.
#include <algorithm>

#include "core/state/reducer_detail.hpp"

namespace atlas::core::detail {

void reduce(AppState&, const action::OpenWorkspace& a, const ReduceContext&, Commands& out) {
    out.emplace_back(command::OpenWorkspace{a.path, a.create, a.allowNonEmpty});
}

void reduce(AppState& s, const action::WorkspaceOpened& a, const ReduceContext&, Commands&) {
    s.workspace = WorkspaceState{};
    s.workspace.root = a.root;
    while (s.workspace.root.size() > 1 && s.workspace.root.back() == '/') s.workspace.root.pop_back();
    s.workspace.readOnly = a.readOnly;
    s.panels.documents = true;
}

void reduce(AppState& s, const action::AddDocuments& a, const ReduceContext&, Commands& out) {
    if (!s.workspace.open()) {
        report(out, Severity::Warning, a.paths.empty() ? std::string("documents") : a.paths.front(),
               "no workspace is open: File > New workspace… or Open workspace… first; nothing was added");
        return;
    }
    if (s.workspace.readOnly) {
        report(out, Severity::Warning, s.workspace.root, "the workspace is read-only; nothing was added");
        return;
    }
    out.emplace_back(command::CopyDocuments{s.workspace.root, a.paths, a.overwrite});
}

void reduce(AppState& s, const action::RemoveDocument& a, const ReduceContext&, Commands& out) {
    if (!s.workspace.open() || s.workspace.readOnly) {
        report(out, Severity::Warning, a.file, "not in a writable workspace; nothing was removed");
        return;
    }
    s.workspace.removed.push_back({a.file, a.meta});
    out.emplace_back(command::RemoveDocumentFile{s.workspace.root, a.file});
    out.emplace_back(command::Reindex{});
}

void reduce(AppState& s, const action::SetDocumentMeta& a, const ReduceContext&, Commands& out) {
    if (!s.workspace.open() || s.workspace.readOnly) {
        report(out, Severity::Warning, a.after.file, "not in a writable workspace; the metadata was not changed");
        return;
    }
    auto& edits = s.workspace.edits;
    auto it = std::find_if(edits.begin(), edits.end(), [&](const MetaEdit& e) { return e.after.file == a.after.file; });
    if (it == edits.end()) edits.push_back({a.before, a.after});
    else it->after = a.after;
    out.emplace_back(command::WriteDocumentMeta{s.workspace.root, a.after});
    out.emplace_back(command::Reindex{});
}

void reduce(AppState& s, const action::CorpusReindexed&, const ReduceContext&, Commands&) {
    // Document and passage indices may have moved: the Reader closes its document, Search asks again.
    s.openPassage.reset();
    s.openDocument.reset();
    s.search.resultsFor.clear();
    s.search.results.clear();
}

}  // namespace atlas::core::detail
