// The path-entry popup: a prompt, optional extra options, the path field, confirm and Cancel.
#include "ui/path_dialog.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "ui/metrics.hpp"

namespace atlas::ui {

PathDialogResult drawPathDialog(const PathDialog& dialog, bool& requested, std::string& path) {
    if (requested) {
        ImGui::OpenPopup(dialog.title);
        requested = false;
    }
    ImGui::SetNextWindowSize(ImVec2(px(520.0f), 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(dialog.title, nullptr, ImGuiWindowFlags_AlwaysAutoResize))
        return PathDialogResult::Hidden;
    ImGui::TextUnformatted(dialog.prompt);
    if (dialog.options) dialog.options();
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(500);
    const bool enter = ImGui::InputTextWithHint("##path", dialog.hint, &path, ImGuiInputTextFlags_EnterReturnsTrue);
    const bool ok = ImGui::Button(dialog.confirm) || enter;
    ImGui::SameLine();
    const bool cancel = ImGui::Button("Cancel");
    const bool accepted = ok && !path.empty();
    if (accepted || cancel) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return accepted ? PathDialogResult::Accepted : cancel ? PathDialogResult::Cancelled : PathDialogResult::Showing;
}

}  // namespace atlas::ui
