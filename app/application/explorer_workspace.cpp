// ExplorerUi's workspace commands: opening or creating a workspace, copying documents into it, removing and
// restoring them and writing their metadata (core/workspace does the file work); each outcome is a notice or an
// issue naming the file, and a change asks the window loop to index the corpus again.
#include <filesystem>
#include <iostream>
#include <variant>

#include "application/explorer_ui.hpp"
#include "core/atomic_file.hpp"
#include "core/files/file_chooser.hpp"
#include "core/gazetteer/user_gazetteer.hpp"
#include "core/workspace/workspace.hpp"

namespace atlas::app {
namespace {

namespace cmd = core::command;

/// core/workspace's messages are "FILE: what went wrong": the issue names the file apart.
core::LoadIssue issueFrom(core::Severity severity, const std::string& line) {
    const auto colon = line.find(": ");
    if (colon == std::string::npos) return {severity, "workspace", "", line};
    return {severity, line.substr(0, colon), "", line.substr(colon + 2)};
}

std::string absoluteFolder(const std::string& path) {
    std::error_code ec;
    const std::filesystem::path p = std::filesystem::absolute(path, ec);
    return (ec ? std::filesystem::path(path) : p.lexically_normal()).string();
}

}  // namespace

void ExplorerUi::setCorpusDocuments(std::vector<std::string> userFiles, std::vector<core::LoadIssue> problems) {
    m_userFiles = std::move(userFiles);
    m_corpusProblems = std::move(problems);
}

void ExplorerUi::openWorkspace(const cmd::OpenWorkspace& c, core::AppState& state) {
    std::string root = absoluteFolder(c.path);
    while (root.size() > 1 && root.back() == '/') root.pop_back();
    const auto report = [&](core::Severity s, const std::string& line) {
        auto issue = issueFrom(s, line);
        std::cerr << "caucasus-atlas: " << issue.toString() << "\n";
        addIssue(issue.severity, issue.file, issue.message);
    };
    if (c.create)
        if (auto error = core::createWorkspace(root, c.allowNonEmpty)) {
            report(core::Severity::Error, *error);
            return;
        }
    std::string error;
    const auto opened = core::openWorkspace(root, error);
    if (!opened) {
        report(core::Severity::Error, error + "; the workspace was not opened");
        return;
    }
    for (const auto& problem : opened->problems) report(core::Severity::Warning, problem);
    const std::string openedRoot = opened->layout.root.string();
    core::rememberFile(m_ui.files, c.create ? core::FileUse::NewWorkspace : core::FileUse::OpenWorkspace, openedRoot);
    dispatch(core::action::WorkspaceOpened{openedRoot, opened->readOnly}, state);
    m_reindex = openedRoot;
    m_ui.notice = {std::string(c.create ? "Created" : "Opened") + " the workspace " + openedRoot +
                       (opened->readOnly ? " (read-only)" : ""),
                   -1.0};
}

void ExplorerUi::copyDocuments(const cmd::CopyDocuments& c, core::AppState& state) {
    const core::WorkspaceLayout ws{c.root};
    std::vector<std::string> replace;
    std::size_t copied = 0;
    std::vector<std::filesystem::path> files;
    for (const auto& p : c.paths) files.emplace_back(p);
    for (const core::AddPlan& plan : core::planAddDocuments(ws, files)) {
        if (plan.replaces && !c.overwrite) {
            replace.push_back(plan.source.string());  // the Documents panel asks "Replace X?"
            continue;
        }
        if (auto error = core::addDocument(plan, c.overwrite)) {
            auto issue = issueFrom(core::Severity::Warning, *error);
            std::cerr << "caucasus-atlas: " << issue.toString() << "\n";
            addIssue(issue.severity, issue.file, issue.message);
        } else {
            ++copied;
        }
    }
    if (!replace.empty()) {
        m_ui.documents.replace = std::move(replace);
        if (!state.panels.documents) dispatch(core::action::SetPanelOpen{core::Panel::Documents, true}, state);
    }
    if (copied == 0) return;
    m_ui.notice = {"Added " + std::to_string(copied) + (copied == 1 ? " document to " : " documents to ") +
                       ws.documents().string() + "; indexing\xE2\x80\xA6",
                   -1.0};
    m_reindex = c.root;
}

void ExplorerUi::runDocumentFileCommand(const core::Command& command, core::AppState&) {
    std::optional<std::string> error;
    std::string done;
    if (const auto* r = std::get_if<cmd::RemoveDocumentFile>(&command)) {
        std::optional<core::DocumentMeta> meta;  // the reducer already holds the entry for undo
        error = core::removeDocument(core::WorkspaceLayout{r->root}, r->file, meta);
        done = "Moved " + r->file + " to documents/.removed";
    } else if (const auto* b = std::get_if<cmd::RestoreDocumentFile>(&command)) {
        error = core::restoreDocument(core::WorkspaceLayout{b->root}, b->file, b->meta);
        done = "Put " + b->file + " back into documents/";
    } else if (const auto* w = std::get_if<cmd::WriteDocumentMeta>(&command)) {
        error = core::writeDocumentMeta(core::WorkspaceLayout{w->root}, w->meta);
        done = "Saved the metadata of " + w->meta.file + " to the workspace's manifest.json";
    }
    if (error) {
        auto issue = issueFrom(core::Severity::Error, *error);
        std::cerr << "caucasus-atlas: " << issue.toString() << "\n";
        addIssue(issue.severity, issue.file, issue.message);
        return;
    }
    if (!done.empty()) m_ui.notice = {done, -1.0};
}

void ExplorerUi::writePlacesFiles(const cmd::WritePlacesFiles& c) {
    const std::filesystem::path root = c.root;
    const std::pair<std::filesystem::path, std::string> files[] = {
        {root / core::kUserGazetteerFile, core::userGazetteerToGeoJson(c.user)},
        {root / core::kReviewFile, core::reviewMemoryToJson(c.memory)}};
    for (const auto& [path, text] : files) {
        if (core::readWholeFile(path).value_or(std::string()) == text) continue;  // unchanged: not rewritten
        if (auto error = core::writeFileAtomically(path, text)) {
            std::cerr << "caucasus-atlas: " << path.string() << ": " << *error << "\n";
            addIssue(core::Severity::Error, path.string(), *error + "; the review's change is not saved");
        }
    }
}

}  // namespace atlas::app
