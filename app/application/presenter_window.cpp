// The presenter's own window; see presenter_window.hpp.
#include "application/presenter_window.hpp"

#include <glad/gl.h>
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#include "application/explorer_ui.hpp"
#include "application/gl_context.hpp"
#include "ui/presenter_panels.hpp"

namespace atlas::app {
namespace {

/// Makes a window's GL context and an ImGui context current for a scope, and the previous ones again after it.
class CurrentContexts {
public:
    CurrentContexts(GLFWwindow* window, ImGuiContext* imgui)
        : m_window(glfwGetCurrentContext()), m_imgui(ImGui::GetCurrentContext()) {
        glfwMakeContextCurrent(window);
        ImGui::SetCurrentContext(imgui);
    }
    ~CurrentContexts() {
        glfwMakeContextCurrent(m_window);
        ImGui::SetCurrentContext(m_imgui);
    }
    CurrentContexts(const CurrentContexts&) = delete;
    CurrentContexts& operator=(const CurrentContexts&) = delete;

private:
    GLFWwindow* m_window;
    ImGuiContext* m_imgui;
};

}  // namespace

PresenterWindow::PresenterWindow(GLFWwindow* main, KeyCallback onKey, void* keyUserPointer, float interfaceScale)
    : m_main(main) {
    glfwDefaultWindowHints();
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    glfwWindowHint(GLFW_DEPTH_BITS, 0);  // only Dear ImGui draws here
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    // A context shares objects only with one made through the same API (EGL or GLX: gl_context.cpp tries EGL first).
    glfwWindowHint(GLFW_CONTEXT_CREATION_API, glfwGetWindowAttrib(main, GLFW_CONTEXT_CREATION_API));
    m_window = glfwCreateWindow(1000, 620, "Caucasus Atlas \xE2\x80\x94 presenter", nullptr, main);  // shares textures
    if (!m_window) throw ContextError("cannot open the presenter's window");
    glfwSetWindowUserPointer(m_window, keyUserPointer);
    glfwSetKeyCallback(m_window, onKey);
    ImGuiContext* previous = ImGui::GetCurrentContext();
    m_imgui = ImGui::CreateContext();
    {
        const CurrentContexts current(m_window, m_imgui);
        glfwSwapInterval(0);  // the main window keeps the pace; this one must not halve it
        setupImGuiStyle(interfaceScale, 1.0f);
        ImGui_ImplGlfw_InitForOpenGL(m_window, false);
        ImGui_ImplOpenGL3_Init("#version 330 core");
        createImGuiDeviceObjects();  // the font atlas at one byte a texel, before the first frame
    }
    ImGui::SetCurrentContext(previous);
}

PresenterWindow::~PresenterWindow() {
    if (m_imgui) {
        const CurrentContexts current(m_window, m_imgui);
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
    }
    if (m_imgui) ImGui::DestroyContext(m_imgui);
    if (m_window) glfwDestroyWindow(m_window);
    glfwMakeContextCurrent(m_main);
}

bool PresenterWindow::closeRequested() const { return glfwWindowShouldClose(m_window) != 0; }

void PresenterWindow::frame(const core::PresenterNotes& notes, unsigned int nextTexture, float nextAspect,
                            std::vector<core::Action>& out) {
    const CurrentContexts current(m_window, m_imgui);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    ui::drawPresenterWindow(notes, nextTexture, nextAspect, out);
    ImGui::Render();
    presentImGuiFrame(m_window, 0.106f, 0.122f, 0.141f);
}

}  // namespace atlas::app
