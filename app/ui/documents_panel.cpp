// Documents panel: ImGui over core::documentRows; edits, removals and additions are actions the reducer turns into
// commands (the files change in the application, undo moves them back).
#include "ui/documents_panel.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <filesystem>
#include <optional>
#include <string>

#include "core/workspace/document_rows.hpp"
#include "ui/dock.hpp"
#include "ui/file_chooser.hpp"
#include "ui/metrics.hpp"

namespace atlas::ui {
namespace {

std::optional<std::string> orNone(const std::string& s) {
    if (s.empty()) return std::nullopt;
    return s;
}

void drawWorkspaceLine(const core::AppState& state, UiState& ui, std::vector<core::Action>& out) {
    const core::WorkspaceState& ws = state.workspace;
    if (ws.open()) {
        ImGui::Text("Workspace: %s%s", std::filesystem::path(ws.root).filename().c_str(), ws.readOnly ? " (read-only)" : "");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ws.root.c_str());
    } else {
        ImGui::TextWrapped("No workspace: the bundled texts only. A workspace is a folder of your own documents.");
    }
    if (ImGui::Button("New workspace\xE2\x80\xA6")) openFileChooser(ui, core::FileUse::NewWorkspace, state);
    ImGui::SameLine();
    if (ImGui::Button("Open workspace\xE2\x80\xA6")) openFileChooser(ui, core::FileUse::OpenWorkspace, state);
    if (ws.open() && !ws.readOnly) {
        ImGui::SameLine();
        if (ImGui::Button("Add documents\xE2\x80\xA6")) openFileChooser(ui, core::FileUse::AddDocuments, state);
    }
    if (!ui.documents.replace.empty()) {
        std::string names;
        for (const auto& p : ui.documents.replace)
            names += (names.empty() ? "" : ", ") + std::filesystem::path(p).filename().string();
        ImGui::TextWrapped("Replace %s in documents/? The workspace already has a document of that name.", names.c_str());
        if (ImGui::Button("Replace##documents")) {
            out.emplace_back(core::action::AddDocuments{ui.documents.replace, true});
            ui.documents.replace.clear();
        }
        ImGui::SameLine();
        if (ImGui::Button("Keep mine##documents")) ui.documents.replace.clear();
    }
    if (ui.documents.indexing) {
        // Files read, then documents linked, as the indexer counts them; the file it is on below the bar.
        const auto& p = ui.documents.progress;
        const std::string phase = p.phase.empty() ? std::string("Indexing") : p.phase;
        const std::string label = p.total == 0 ? phase + "\xE2\x80\xA6"
                                               : phase + " " + std::to_string(p.done) + " / " + std::to_string(p.total);
        ImGui::ProgressBar(p.fraction(), ImVec2(-1, 0), label.c_str());
        if (!p.current.empty()) ImGui::TextDisabled("%s", p.current.c_str());
    }
}

void drawEditor(const core::DocumentRow& row, UiState& ui, std::vector<core::Action>& out) {
    auto& d = ui.documents;
    ImGui::Indent();
    ImGui::InputText("Title##doc", &d.title);
    ImGui::InputText("Author##doc", &d.author);
    ImGui::InputTextWithHint("Date##doc", "YYYY-MM-DD, YYYY-MM or YYYY", &d.date);
    ImGui::InputTextWithHint("Language##doc", "en, ru, hy, az, ka", &d.language);
    if (ImGui::Button("Save##doc")) {
        core::DocumentMeta after = row.meta;
        after.title = orNone(d.title);
        after.author = orNone(d.author);
        after.date = orNone(d.date);
        after.language = d.language;
        out.emplace_back(core::action::SetDocumentMeta{row.meta, after});
        d.editing.reset();
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel##doc")) d.editing.reset();
    ImGui::Unindent();
}

void drawRow(const core::DocumentRow& row, bool editable, UiState& ui, std::vector<core::Action>& out) {
    ImGui::PushID(row.meta.file.c_str());
    ImGui::TextWrapped("%s", row.title.c_str());
    const std::string author = row.meta.author.value_or("no author");
    const std::string date = row.meta.date.value_or("no date");
    ImGui::TextDisabled("%s \xC2\xB7 %s \xC2\xB7 %s \xC2\xB7 %zu passages \xC2\xB7 %zu mentions%s", author.c_str(),
                        date.c_str(), row.meta.language.empty() ? "?" : row.meta.language.c_str(), row.passages,
                        row.mentions, row.user ? "" : " \xC2\xB7 bundled");
    if (editable && row.user) {
        auto& d = ui.documents;
        if (ImGui::SmallButton("Edit")) {
            d.editing = row.meta.file;
            d.title = row.meta.title.value_or("");
            d.author = row.meta.author.value_or("");
            d.date = row.meta.date.value_or("");
            d.language = row.meta.language;
        }
        ImGui::SameLine();
        if (ImGui::SmallButton("Remove")) d.confirmRemove = row.meta.file;
        if (d.confirmRemove == row.meta.file) {
            ImGui::TextWrapped("Remove %s? It is moved to documents/.removed (Edit > Undo brings it back).",
                               row.meta.file.c_str());
            if (ImGui::Button("Remove##confirm")) {
                out.emplace_back(core::action::RemoveDocument{
                    row.meta.file, row.meta.inManifest ? std::optional<core::DocumentMeta>(row.meta) : std::nullopt});
                d.confirmRemove.reset();
            }
            ImGui::SameLine();
            if (ImGui::Button("Cancel##remove")) d.confirmRemove.reset();
        }
        if (d.editing == row.meta.file) drawEditor(row, ui, out);
    }
    ImGui::Separator();
    ImGui::PopID();
}

}  // namespace

void drawDocumentsPanel(const DocumentsContext& ctx, UiState& ui, std::vector<core::Action>& out) {
    if (!ctx.state.panels.documents) return;
    if (!beginDockedPanel("Documents", core::Panel::Documents, &ui.dock, out)) return;
    drawWorkspaceLine(ctx.state, ui, out);
    for (const auto& p : ctx.problems) {
        const bool error = p.severity == core::Severity::Error;
        ImGui::PushStyleColor(ImGuiCol_Text, error ? ImVec4(0.75f, 0.15f, 0.1f, 1) : ImVec4(0.6f, 0.45f, 0.05f, 1));
        ImGui::TextWrapped("%s", p.toString().c_str());
        ImGui::PopStyleColor();
    }
    ImGui::Separator();
    if (!ctx.data) {
        ImGui::TextDisabled("Indexing the documents\xE2\x80\xA6");
        ImGui::End();
        return;
    }
    const bool editable = ctx.state.workspace.open() && !ctx.state.workspace.readOnly && !ui.documents.indexing;
    for (const core::DocumentRow& row : core::documentRows(ctx.data->corpus, ctx.userFiles)) drawRow(row, editable, ui, out);
    ImGui::End();
}

}  // namespace atlas::ui
