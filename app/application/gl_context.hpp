// A GLFW window with a GL 3.3 core context: visible for the viewer, hidden for offscreen rendering.
#pragma once

#include <stdexcept>
#include <string>

struct GLFWwindow;

namespace atlas::app {

class ContextError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Sanitizer builds: keeps the loaded GL driver mapped after the context goes (its strings stay reachable for
/// LeakSanitizer, which runs after exit). Does nothing in other builds.
void keepGlDriverLoaded();

class GlWindow {
public:
    /// Throws ContextError with GLFW's reason (e.g. no display: run under xvfb-run).
    GlWindow(int width, int height, const std::string& title, bool visible);
    ~GlWindow();
    GlWindow(const GlWindow&) = delete;
    GlWindow& operator=(const GlWindow&) = delete;

    [[nodiscard]] GLFWwindow* handle() const { return m_window; }
    [[nodiscard]] std::string glVersion() const;
    /// How the context was made: "EGL" (tried first) or "GLX" (where EGL could not make one, or ATLAS_GL_API=glx).
    [[nodiscard]] const char* contextApi() const;

private:
    GLFWwindow* m_window = nullptr;
};

}  // namespace atlas::app
