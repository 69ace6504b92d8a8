// Dear ImGui driven without a GPU (the architecture guide's headless UI tests): a context with a built font atlas
// and no renderer backend, frames stepped by hand, mouse and keys fed through ImGuiIO, and items found by their ID.
// Panels are drawn exactly as in the window; the tests assert the actions they push.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <imgui.h>
#include <imgui_internal.h>

namespace atlas::ui::testing {

class ImGuiHarness {
public:
    /// A window of `width` x `height` pixels; `fontScale` is the interface size (1 = 100 %, 2 = 200 %).
    ImGuiHarness(float width, float height, float fontScale = 1.0f);
    ~ImGuiHarness();
    ImGuiHarness(const ImGuiHarness&) = delete;
    ImGuiHarness& operator=(const ImGuiHarness&) = delete;

    /// Runs one frame: NewFrame, `draw`, Render. Input set before it is seen in this frame.
    void frame(const std::function<void()>& draw);
    /// Runs `n` frames with the same input (windows settle their auto-sizes in two or three frames).
    void frames(int n, const std::function<void()>& draw);

    void resize(float width, float height);
    void mouseTo(ImVec2 pos);
    /// Moves to `pos`, presses and releases the left button over two frames, drawing `draw` each frame.
    void click(ImVec2 pos, const std::function<void()>& draw);
    /// Presses `key` (an ImGuiKey_ value) with the given modifiers for one frame, then releases it for one frame.
    void pressKey(ImGuiKey key, const std::function<void()>& draw, bool ctrl = false, bool shift = false);
    /// Types UTF-8 text into the focused field, one frame.
    void type(const std::string& utf8, const std::function<void()>& draw);

    /// The ID an item labelled `path.back()` gets inside window `window` when pushed under the IDs before it.
    [[nodiscard]] static ImGuiID itemId(const char* window, const std::vector<std::string>& path);
    /// A window drawn in the last frame, or null.
    [[nodiscard]] static ImGuiWindow* window(const char* name);
    /// Finds where the item `id` is by hovering a grid over `area` (one frame per probe) until ImGui reports it
    /// hovered; the centre of the first hit, or none. `step` is the grid's spacing in pixels.
    std::optional<ImVec2> locate(ImGuiID id, ImRect area, const std::function<void()>& draw, float step = 6.0f);
    /// locate() for the item at `path` in the top-level window `windowName`, over that window; none when the
    /// window was not drawn or the item not found.
    std::optional<ImVec2> locateIn(const char* windowName, const std::vector<std::string>& path,
                                   const std::function<void()>& draw, float step = 6.0f);

    /// Runs one frame drawing each of `panels` in turn and returns every text ImGui drew in them (labels, Text,
    /// wrapped text), one line per item, through ImGui's own logging: what the user can read on screen (clipped
    /// lines are not drawn, so not logged). One log per panel: ImGui ends logging at every top-level window's End.
    std::string frameText(const std::vector<std::function<void()>>& panels);

    [[nodiscard]] ImGuiContext* context() const { return m_context; }

private:
    ImGuiContext* m_context = nullptr;
};

}  // namespace atlas::ui::testing
