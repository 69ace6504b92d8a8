// The in-app file chooser (Dear ImGui 1.86 has none): a folder browser with types and a name field, the overwrite
// and wrong-type prompts, and the notice after a save. Decisions are core/files/file_chooser's.
#include "ui/file_chooser.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "ui/metrics.hpp"

namespace atlas::ui {
namespace fs = std::filesystem;
using Chooser = UiState::FileChooser;

namespace {

fs::path homeFolder() {
    const char* home = std::getenv("HOME");
    return home && *home ? fs::path(home) : fs::path("/");
}

fs::path currentFolder() {
    std::error_code ec;
    fs::path cwd = fs::current_path(ec);
    return ec ? fs::path() : cwd;
}

void closeChooser(Chooser& c) {
    c.use.reset();
    c.prompt = Chooser::Prompt::None;
    c.external.reset();
    c.externalConfirmed = false;
    c.nativeRequested = false;
    c.error.clear();
}

/// Takes `path` for the open use when the checks allow, else asks or says why. Returns the choice when taken.
std::optional<FileChoice> consider(UiState& ui, const fs::path& path, bool confirmed) {
    Chooser& c = ui.chooser;
    const core::FileUse use = *c.use;
    const core::ChoiceCheck check = core::checkChoice(use, path);
    c.error.clear();
    switch (check.verdict) {
        case core::ChoiceVerdict::Go: return FileChoice{use, path.string(), false};
        case core::ChoiceVerdict::AskReplace:
            if (confirmed) return FileChoice{use, path.string(), true};
            c.prompt = Chooser::Prompt::Replace;
            c.promptPath = path.string();
            c.promptText = check.message;
            return std::nullopt;
        case core::ChoiceVerdict::WrongType:
            c.prompt = Chooser::Prompt::WrongType;
            c.promptPath = check.suggested.string();
            c.promptText = check.message;
            return std::nullopt;
        case core::ChoiceVerdict::IsFolder:
            c.folder = path.string();
            c.listed = false;
            if (!core::fileUseInfo(use).saves) c.name.clear();
            return std::nullopt;
        default: c.error = check.message; return std::nullopt;
    }
}

std::string sizeText(std::uintmax_t bytes) {
    char buf[32];
    if (bytes >= 1024u * 1024u) std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    else if (bytes >= 1024u) std::snprintf(buf, sizeof buf, "%.0f kB", static_cast<double>(bytes) / 1024.0);
    else std::snprintf(buf, sizeof buf, "%ju B", bytes);
    return buf;
}

void drawExportOptions(UiState& ui) {
    ImGui::TextUnformatted("Resolution");
    for (int s : {1, 2, 4}) {
        ImGui::SameLine();
        const std::string label = std::to_string(s) + "\xC3\x97";
        if (ImGui::RadioButton(label.c_str(), ui.exportScale == s)) ui.exportScale = s;
    }
    ImGui::Checkbox("Legend", &ui.exportLegend);
    ImGui::SameLine();
    ImGui::Checkbox("Year stamp", &ui.exportStamp);
    ImGui::SameLine();
    ImGui::Checkbox("Scale bar", &ui.exportScaleBar);
    ImGui::SameLine();
    ImGui::Checkbox("Citation footer (open passage)", &ui.exportFooter);
}

/// The "Replace X?" or "Save as X.png instead?" question; a choice when answered yes.
std::optional<FileChoice> drawPrompt(UiState& ui, bool& cancelled) {
    Chooser& c = ui.chooser;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + px(520.0f));
    ImGui::TextUnformatted(c.promptText.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    std::optional<FileChoice> choice;
    if (c.prompt == Chooser::Prompt::Replace) {
        if (ImGui::Button("Replace")) choice = FileChoice{*c.use, c.promptPath, true};
    } else {
        const std::string label = "Save as " + fs::path(c.promptPath).filename().string();
        if (ImGui::Button(label.c_str())) {
            c.prompt = Chooser::Prompt::None;
            c.name = fs::path(c.promptPath).filename().string();
            choice = consider(ui, c.promptPath, false);  // the new name may exist too: asks again
        }
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel##prompt") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        c.prompt = Chooser::Prompt::None;
        if (c.external) cancelled = true;  // the desktop's chooser is gone: nothing to go back to
    }
    return choice;
}

/// The folder browser: up, the folder's entries (folders first), the type, the name field and the buttons.
std::optional<FileChoice> drawBrowser(UiState& ui, bool& cancelled) {
    Chooser& c = ui.chooser;
    const core::FileUseInfo& info = core::fileUseInfo(*c.use);
    ImGui::TextUnformatted(info.prompt.data(), info.prompt.data() + info.prompt.size());
    if (*c.use == core::FileUse::ExportPng) drawExportOptions(ui);
    if (c.type < 0 || c.type >= static_cast<int>(info.types.size())) c.type = 0;
    if (!c.listed) {
        c.listing = core::listFolder(c.folder, info.types[static_cast<std::size_t>(c.type)]);
        c.listed = true;
    }
    const fs::path folder(c.folder);
    ImGui::BeginDisabled(folder == folder.root_path() || folder.empty());
    if (ImGui::Button("Up")) {
        c.folder = folder.parent_path().string();
        c.listed = false;
        if (info.folders) c.name.clear();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::TextDisabled("%s", c.folder.c_str());

    std::optional<FileChoice> choice;
    bool accept = false;
    if (ImGui::BeginChild("##entries", ImVec2(px(520.0f), px(260.0f)), true)) {
        if (!c.listing.error.empty()) ImGui::TextWrapped("%s", c.listing.error.c_str());
        std::optional<std::string> enter;
        for (const core::FolderEntry& e : c.listing.entries) {
            const std::string label = (e.folder ? "[folder] " : "") + e.name + "##" + e.name;
            const bool selected = (info.folders ? e.folder : !e.folder) && e.name == c.name;
            if (ImGui::Selectable(label.c_str(), selected, ImGuiSelectableFlags_AllowDoubleClick)) {
                if (e.folder) {
                    if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) enter = e.name;
                    else if (info.folders) c.name = e.name;  // a workspace chooser takes the folder itself
                } else {
                    c.name = e.name;
                    accept = ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left);
                }
            }
            if (!e.folder) {
                ImGui::SameLine(px(420.0f));
                ImGui::TextDisabled("%s", sizeText(e.size).c_str());
            }
        }
        if (c.listing.truncated) ImGui::TextDisabled("(more entries than are listed: type the name)");
        if (enter) {
            c.folder = (folder / *enter).string();
            c.listed = false;
            if (info.folders) c.name.clear();
        }
    }
    ImGui::EndChild();

    ImGui::SetNextItemWidth(px(200.0f));
    const std::string typeLabel(info.types[static_cast<std::size_t>(c.type)].label);
    if (ImGui::BeginCombo("Type", typeLabel.c_str())) {
        for (std::size_t i = 0; i < info.types.size(); ++i) {
            const std::string l(info.types[i].label);
            if (ImGui::Selectable(l.c_str(), static_cast<int>(i) == c.type)) {
                c.type = static_cast<int>(i);
                c.listed = false;
            }
        }
        ImGui::EndCombo();
    }
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(px(520.0f));
    accept |= ImGui::InputTextWithHint("##name", info.folders ? "folder name (empty: this folder), or a path" : "file name, or a path",
                                       &c.name, ImGuiInputTextFlags_EnterReturnsTrue);
    const std::string confirm(info.confirm);
    accept |= ImGui::Button(confirm.c_str());
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) cancelled = true;
    if (!c.error.empty()) ImGui::TextColored(ImVec4(0.7f, 0.15f, 0.1f, 1.0f), "%s", c.error.c_str());
    if (accept && !cancelled && c.name.empty() && info.folders) choice = consider(ui, folder, false);  // this folder
    else if (accept && !cancelled && c.name.empty()) c.error = "Type a file name or choose a file.";
    else if (accept && !cancelled) choice = consider(ui, core::resolveTyped(c.folder, c.name, homeFolder()), false);
    return choice;
}

}  // namespace

void openFileChooser(UiState& ui, core::FileUse use, const core::AppState& state) {
    Chooser& c = ui.chooser;
    if (c.nativeRunning) return;  // the desktop's chooser is open: its answer comes first
    closeChooser(c);
    c.use = use;
    c.folder = core::startFolder(ui.files, use, currentFolder(), homeFolder()).string();
    core::DefaultNameInput in;
    in.time = state.time;
    in.viewFile = state.viewFile;
    if (state.deck.deck) {
        in.deckFile = state.deck.origin.path.string();
        in.deckTitle = state.deck.deck->title;
    }
    c.name = core::defaultFileName(use, ui.files, in);
    c.type = 0;
    c.listed = false;
    if (ui.preferNativeChooser) c.nativeRequested = true;
    else c.requested = true;
}

core::Action choiceAction(const FileChoice& choice, const UiState& ui) {
    using U = core::FileUse;
    switch (choice.use) {
        case U::OpenLayer: return core::action::AddUserLayer{choice.path};
        case U::OpenView: return core::action::OpenViewFile{choice.path};
        case U::OpenWorkspace: return core::action::OpenWorkspace{choice.path, false};
        case U::NewWorkspace: return core::action::OpenWorkspace{choice.path, true};
        case U::AddDocuments: return core::action::AddDocuments{{choice.path}, false};
        case U::SaveView: return core::action::SaveViewFile{choice.path, choice.overwrite};
        case U::ExportPng:
            return core::action::ExportPng{choice.path,     static_cast<float>(ui.exportScale), ui.exportLegend,
                                           ui.exportStamp,  ui.exportScaleBar,                  ui.exportFooter,
                                           choice.overwrite};
        case U::ExportHandout: return core::action::ExportHandout{choice.path, choice.overwrite};
        case U::OpenDeck:
        case U::SaveDeck:
        default: {
            core::action::EditDeck a{};
            a.edit = choice.use == U::OpenDeck ? core::DeckEdit::Open : core::DeckEdit::Save;
            a.path = choice.path;
            a.overwrite = choice.overwrite;
            return a;
        }
    }
}

std::optional<FileChoice> drawFileChooser(UiState& ui, std::vector<core::Action>& out) {
    Chooser& c = ui.chooser;
    if (!c.use) return std::nullopt;
    std::optional<FileChoice> choice;
    bool cancelled = false;
    if (c.external && c.prompt == Chooser::Prompt::None) {  // the desktop's chooser answered
        if (c.external->empty()) cancelled = true;           // it was cancelled
        else if (!(choice = consider(ui, *c.external, c.externalConfirmed)) && c.prompt == Chooser::Prompt::None) {
            c.requested = true;  // not taken and nothing to ask: the in-app chooser shows why
            c.folder = fs::path(*c.external).parent_path().string();
            c.name = fs::path(*c.external).filename().string();
            c.listed = false;
            c.external.reset();
        } else if (c.prompt != Chooser::Prompt::None) {
            c.requested = true;  // the question is asked in the in-app popup
        }
    }
    const core::FileUseInfo& info = core::fileUseInfo(*c.use);
    const std::string id = std::string(info.title) + "###filechooser";
    if (c.requested) {
        ImGui::OpenPopup(id.c_str());
        c.requested = false;
    }
    ImGui::SetNextWindowSize(ImVec2(px(560.0f), 0), ImGuiCond_Appearing);
    if (!choice && !cancelled && ImGui::BeginPopupModal(id.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        choice = c.prompt != Chooser::Prompt::None ? drawPrompt(ui, cancelled) : drawBrowser(ui, cancelled);
        if (choice || cancelled) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    } else if (!choice && !cancelled && !c.nativeRunning && !c.nativeRequested && !ImGui::IsPopupOpen(id.c_str())) {
        cancelled = true;  // the popup was closed some other way
    }
    if (choice) {
        core::rememberChoice(ui.files, choice->use, choice->path);
        out.push_back(choiceAction(*choice, ui));
    }
    if (choice || cancelled) closeChooser(c);
    return choice;
}

void drawNotice(UiState& ui) {
    if (ui.notice.text.empty()) return;
    const double now = ImGui::GetTime();
    if (ui.notice.until < 0.0) ui.notice.until = now + 4.0;
    if (now > ui.notice.until) {
        ui.notice = {};
        return;
    }
    const float k = ui.mapScale > 0.0f ? ui.mapScale : 1.0f;
    const ImVec2 corner(static_cast<float>(ui.mapOrigin.x) + px(12.0f),
                        static_cast<float>(ui.mapOrigin.y + ui.mapSize.y * k) - px(12.0f));
    ImGui::SetNextWindowPos(corner, ImGuiCond_Always, ImVec2(0.0f, 1.0f));
    ImGui::SetNextWindowBgAlpha(0.9f);
    constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                        ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoInputs;
    if (ImGui::Begin("##notice", nullptr, kFlags)) ImGui::TextUnformatted(ui.notice.text.c_str());
    ImGui::End();
}

}  // namespace atlas::ui
