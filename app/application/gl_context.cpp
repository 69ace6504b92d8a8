// GLFW initialisation, window and context creation, glad loading.
#include "application/gl_context.hpp"

#include <cstdlib>
#include <string_view>
#include <glad/gl.h>
#include <GLFW/glfw3.h>

#if defined(__SANITIZE_ADDRESS__)
#include <dlfcn.h>

#include <fstream>
#endif

namespace atlas::app {
namespace {
std::string g_lastGlfwError;
void onGlfwError(int, const char* description) { g_lastGlfwError = description ? description : "unknown error"; }
}  // namespace

/// Sanitizer builds only. Mesa keeps its driver-option strings for the life of the process, but glfwTerminate
/// unloads the DRI driver that points at them, so LeakSanitizer (which runs after exit) reports them as leaks from
/// an unknown module: third-party memory it cannot attribute or suppress. Marking the loaded driver
/// RTLD_NODELETE keeps it mapped, the strings stay reachable, and LeakSanitizer reports only our own leaks.
void keepGlDriverLoaded() {
#if defined(__SANITIZE_ADDRESS__)
    std::ifstream maps("/proc/self/maps");
    std::string line;
    while (std::getline(maps, line)) {
        const auto slash = line.find('/');
        if (slash == std::string::npos) continue;
        const std::string path = line.substr(slash);
        if (path.find("_dri.so") == std::string::npos && path.find("libgallium") == std::string::npos) continue;
        dlopen(path.c_str(), RTLD_LAZY | RTLD_NOLOAD | RTLD_NODELETE);
    }
#endif
}

GlWindow::GlWindow(int width, int height, const std::string& title, bool visible) {
    glfwSetErrorCallback(onGlfwError);
    if (!glfwInit())
        throw ContextError("cannot initialise GLFW: " + g_lastGlfwError +
                           " (no display? run under xvfb-run, e.g. `xvfb-run -a caucasus-atlas render ...`)");
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_VISIBLE, visible ? GLFW_TRUE : GLFW_FALSE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    // Nothing is drawn into the window's own framebuffer but Dear ImGui's triangles: the map has its own render
    // target. Without a depth and stencil buffer the window saves 4 bytes a pixel (a software rasterizer keeps them
    // in main memory).
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    // The context through EGL first: on X11 with Mesa it is ready ~50 ms sooner than through GLX (measured in
    // docs/benchmarks.md). Where EGL cannot make one (no libEGL, a driver without EGL on X11), GLX as before;
    // ATLAS_GL_API=glx skips the EGL try.
    const char* api = std::getenv("ATLAS_GL_API");
    const bool tryEgl = !(api && std::string_view(api) == "glx");
    if (tryEgl) {
        glfwWindowHint(GLFW_CONTEXT_CREATION_API, GLFW_EGL_CONTEXT_API);
        m_window = glfwCreateWindow(width, height, title.c_str(), nullptr, nullptr);
    }
    if (!m_window) {
        const std::string eglError = g_lastGlfwError;
        glfwWindowHint(GLFW_CONTEXT_CREATION_API, GLFW_NATIVE_CONTEXT_API);
        m_window = glfwCreateWindow(width, height, title.c_str(), nullptr, nullptr);
        if (!m_window) {
            glfwTerminate();
            throw ContextError("cannot create an OpenGL 3.3 core context: " + g_lastGlfwError +
                               (tryEgl ? " (through EGL: " + eglError + ")" : std::string()));
        }
    }
    glfwMakeContextCurrent(m_window);
    keepGlDriverLoaded();
    if (!gladLoadGL(glfwGetProcAddress)) {
        glfwDestroyWindow(m_window);
        glfwTerminate();
        throw ContextError("cannot load OpenGL functions through glad");
    }
}

GlWindow::~GlWindow() {
    if (m_window) glfwDestroyWindow(m_window);
    glfwTerminate();
}

const char* GlWindow::contextApi() const {
    return glfwGetWindowAttrib(m_window, GLFW_CONTEXT_CREATION_API) == GLFW_EGL_CONTEXT_API ? "EGL" : "GLX";
}

std::string GlWindow::glVersion() const {
    const auto* v = reinterpret_cast<const char*>(glGetString(GL_VERSION));
    const auto* r = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    return std::string(v ? v : "?") + " (" + (r ? r : "?") + ")";
}

}  // namespace atlas::app
