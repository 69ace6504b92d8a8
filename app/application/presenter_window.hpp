// The presenter's own window while presenting (W): a second OS window, for the laptop screen while the projector
// shows the slide, with the speaker notes, the next slide and the clock (ui::drawPresenterWindow). Its GL context
// shares textures with the main window's (the next slide is drawn there and shown here); it has its own Dear
// ImGui context, whose GLFW backend is set up without callbacks: Dear ImGui 1.86's callbacks feed whichever context
// is current, so this window's keys go to the viewer's key queue instead and its mouse is polled.
#pragma once

#include <vector>

#include "core/state/app_state.hpp"
#include "core/present/presenter.hpp"

struct GLFWwindow;
struct ImGuiContext;

namespace atlas::app {

class PresenterWindow {
public:
    using KeyCallback = void (*)(GLFWwindow*, int, int, int, int);
    /// Opens the window beside `main` (whose context is current, and is current again afterwards); its key
    /// presses go to `onKey` with `keyUserPointer` as the window's user pointer, like the main window's.
    /// Throws ContextError when the window cannot be made.
    PresenterWindow(GLFWwindow* main, KeyCallback onKey, void* keyUserPointer, float interfaceScale);
    ~PresenterWindow();
    PresenterWindow(const PresenterWindow&) = delete;
    PresenterWindow& operator=(const PresenterWindow&) = delete;

    /// True once the user closed the window with its close button.
    [[nodiscard]] bool closeRequested() const;
    /// Draws one frame of the window (notes, next slide from `nextTexture`, clock) and presents it; the buttons'
    /// actions are appended to `out`. Leaves the main window's context and ImGui context current.
    void frame(const core::PresenterNotes& notes, unsigned int nextTexture, float nextAspect,
               std::vector<core::Action>& out);
    [[nodiscard]] GLFWwindow* handle() const { return m_window; }

private:
    GLFWwindow* m_main = nullptr;
    GLFWwindow* m_window = nullptr;
    ImGuiContext* m_imgui = nullptr;
};

}  // namespace atlas::app
