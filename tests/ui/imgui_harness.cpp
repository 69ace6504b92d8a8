#include "imgui_harness.hpp"

#include <cmath>
#include <fstream>
#include <iterator>
#include <unistd.h>
#include <stdexcept>

#include "core/fonts.hpp"

namespace atlas::ui::testing {

ImGuiHarness::ImGuiHarness(float width, float height, float fontScale) {
    m_context = ImGui::CreateContext();
    ImGui::SetCurrentContext(m_context);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.DisplaySize = ImVec2(width, height);
    io.DeltaTime = 1.0f / 60.0f;
    for (int k = 0; k < ImGuiKey_COUNT; ++k) io.KeyMap[k] = k;  // KeysDown[] indexed by ImGuiKey_ itself
    ImGui::StyleColorsLight();
    ImGui::GetStyle().ScaleAllSizes(fontScale);
    // The window's own font at the window's size (app/application/explorer_ui.cpp): text widths as the user sees.
    namespace fonts = core::fonts;
    ImFontConfig merge;
    merge.MergeMode = true;
    const float size = 15.0f * fontScale;
    if (!io.Fonts->AddFontFromFileTTF(fonts::notoFile(fonts::kSans).c_str(), size, nullptr, fonts::kLatinRanges))
        throw std::runtime_error("ImGuiHarness: cannot load " + fonts::notoFile(fonts::kSans));
    io.Fonts->AddFontFromFileTTF(fonts::notoFile(fonts::kSans).c_str(), size, &merge, fonts::kCyrillicRanges);
    io.Fonts->AddFontFromFileTTF(fonts::notoFile(fonts::kArmenian).c_str(), size, &merge, fonts::kArmenianRanges);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);  // builds the atlas; no texture is ever uploaded
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(1)));
}

ImGuiHarness::~ImGuiHarness() { ImGui::DestroyContext(m_context); }

void ImGuiHarness::frame(const std::function<void()>& draw) {
    ImGui::SetCurrentContext(m_context);
    ImGui::NewFrame();
    draw();
    ImGui::Render();
    ImGuiIO& io = ImGui::GetIO();
    io.InputQueueCharacters.resize(0);
    io.MouseWheel = 0.0f;
}

void ImGuiHarness::frames(int n, const std::function<void()>& draw) {
    for (int i = 0; i < n; ++i) frame(draw);
}

std::string ImGuiHarness::frameText(const std::vector<std::function<void()>>& panels) {
    // ImGui's in-memory log is cleared when logging ends (at a top-level window's End), so each panel logs to a
    // file of this process's own.
    const std::filesystem::path file =
        std::filesystem::temp_directory_path() / ("atlas-ui-test-log-" + std::to_string(::getpid()) + ".txt");
    std::filesystem::remove(file);
    frame([&] {
        for (const auto& panel : panels) {
            ImGui::LogToFile(-1, file.c_str());
            panel();
            ImGui::LogFinish();  // when the panel drew no window
        }
    });
    std::string text;
    {
        std::ifstream in(file, std::ios::binary);
        text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    std::filesystem::remove(file);
    return text;
}

void ImGuiHarness::resize(float width, float height) { ImGui::GetIO().DisplaySize = ImVec2(width, height); }

void ImGuiHarness::mouseTo(ImVec2 pos) { ImGui::GetIO().MousePos = pos; }

void ImGuiHarness::click(ImVec2 pos, const std::function<void()>& draw) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = pos;
    frame(draw);  // hover first: ImGui takes a press only on an item hovered in the frame before
    io.MouseDown[0] = true;
    frame(draw);
    io.MouseDown[0] = false;
    frame(draw);
}

void ImGuiHarness::pressKey(ImGuiKey key, const std::function<void()>& draw, bool ctrl, bool shift) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = ctrl;
    io.KeyShift = shift;
    io.KeysDown[key] = true;
    frame(draw);
    io.KeysDown[key] = false;
    io.KeyCtrl = io.KeyShift = false;
    frame(draw);
}

void ImGuiHarness::type(const std::string& utf8, const std::function<void()>& draw) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8.c_str());
    frame(draw);
}

ImGuiID ImGuiHarness::itemId(const char* windowName, const std::vector<std::string>& path) {
    ImGuiID id = ImHashStr(windowName);  // a top-level window's ID seeds its ID stack
    for (const std::string& label : path) id = ImHashStr(label.c_str(), 0, id);
    return id;
}

ImGuiWindow* ImGuiHarness::window(const char* name) { return ImGui::FindWindowByName(name); }

std::optional<ImVec2> ImGuiHarness::locateIn(const char* windowName, const std::vector<std::string>& path,
                                             const std::function<void()>& draw, float step) {
    const ImGuiWindow* w = window(windowName);
    if (!w) return std::nullopt;
    return locate(itemId(windowName, path), w->Rect(), draw, step);
}

std::optional<ImVec2> ImGuiHarness::locate(ImGuiID id, ImRect area, const std::function<void()>& draw, float step) {
    for (float y = area.Min.y + step * 0.5f; y < area.Max.y; y += step)
        for (float x = area.Min.x + step * 0.5f; x < area.Max.x; x += step) {
            mouseTo(ImVec2(x, y));
            frame(draw);
            if (m_context->HoveredId == id || m_context->HoveredIdPreviousFrame == id) return ImVec2(x, y);
        }
    return std::nullopt;
}

}  // namespace atlas::ui::testing
