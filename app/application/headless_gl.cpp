// Headless GL contexts: EGL (device or Mesa surfaceless) with no X server, a hidden GLFW window as the fallback.
#include "application/headless_gl.hpp"

#include <glad/gl.h>
#include <EGL/egl.h>
#include <EGL/eglext.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <vector>

#include "application/gl_context.hpp"

namespace atlas::app {
namespace {

bool hasExtension(const char* list, std::string_view name) {
    if (!list) return false;
    std::string_view rest(list);
    while (!rest.empty()) {
        const auto space = rest.find(' ');
        if (rest.substr(0, space) == name) return true;
        if (space == std::string_view::npos) break;
        rest.remove_prefix(space + 1);
    }
    return false;
}

std::string eglErrorText(const std::string& what) {
    char code[16];
    std::snprintf(code, sizeof code, "0x%04X", static_cast<unsigned>(eglGetError()));
    return what + " (EGL error " + code + ")";
}

GLADapiproc eglLoad(const char* name) { return reinterpret_cast<GLADapiproc>(eglGetProcAddress(name)); }

std::string versionString() {
    const auto* v = reinterpret_cast<const char*>(glGetString(GL_VERSION));
    const auto* r = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    return std::string(v ? v : "?") + " (" + (r ? r : "?") + ")";
}

/// One EGL display to try: how it is named and the display itself.
struct Candidate {
    EGLDisplay display = EGL_NO_DISPLAY;
    std::string platform;
};

/// Hardware EGL devices first, then Mesa's surfaceless platform, then software devices.
std::vector<Candidate> candidates() {
    std::vector<Candidate> out;
    const char* client = eglQueryString(EGL_NO_DISPLAY, EGL_EXTENSIONS);
    const auto getPlatformDisplay =
        reinterpret_cast<PFNEGLGETPLATFORMDISPLAYEXTPROC>(eglGetProcAddress("eglGetPlatformDisplayEXT"));
    if (!getPlatformDisplay) return out;
    std::vector<EGLDeviceEXT> software;
    if (hasExtension(client, "EGL_EXT_platform_device") && hasExtension(client, "EGL_EXT_device_enumeration")) {
        const auto queryDevices = reinterpret_cast<PFNEGLQUERYDEVICESEXTPROC>(eglGetProcAddress("eglQueryDevicesEXT"));
        const auto queryDeviceString =
            reinterpret_cast<PFNEGLQUERYDEVICESTRINGEXTPROC>(eglGetProcAddress("eglQueryDeviceStringEXT"));
        EGLDeviceEXT devices[16];
        EGLint count = 0;
        if (queryDevices && queryDevices(16, devices, &count)) {
            for (EGLint i = 0; i < count; ++i) {
                const char* ext = queryDeviceString ? queryDeviceString(devices[i], EGL_EXTENSIONS) : nullptr;
                if (hasExtension(ext, "EGL_MESA_device_software")) {
                    software.push_back(devices[i]);
                    continue;
                }
                out.push_back({getPlatformDisplay(EGL_PLATFORM_DEVICE_EXT, devices[i], nullptr), "EGL device"});
            }
        }
    }
    if (hasExtension(client, "EGL_MESA_platform_surfaceless"))
        out.push_back({getPlatformDisplay(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr),
                       "EGL surfaceless"});
    for (EGLDeviceEXT d : software)
        out.push_back({getPlatformDisplay(EGL_PLATFORM_DEVICE_EXT, d, nullptr), "EGL software device"});
    return out;
}

class EglContext final : public OffscreenGl {
public:
    /// Empty `reason` on success.
    EglContext(const Candidate& c, std::string& reason) : m_display(c.display), m_platform(c.platform) {
        if (m_display == EGL_NO_DISPLAY) {
            reason = eglErrorText(c.platform + ": no display");
            return;
        }
        EGLint major = 0, minor = 0;
        if (!eglInitialize(m_display, &major, &minor)) {
            reason = eglErrorText(c.platform + ": eglInitialize failed");
            m_display = EGL_NO_DISPLAY;
            return;
        }
        const char* ext = eglQueryString(m_display, EGL_EXTENSIONS);
        if (!hasExtension(ext, "EGL_KHR_surfaceless_context") || !eglBindAPI(EGL_OPENGL_API)) {
            reason = c.platform + ": no surfaceless desktop OpenGL";
            return;
        }
        EGLConfig config = nullptr;  // EGL_NO_CONFIG_KHR
        if (!hasExtension(ext, "EGL_KHR_no_config_context")) {
            const EGLint want[] = {EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_NONE};
            EGLint n = 0;
            if (!eglChooseConfig(m_display, want, &config, 1, &n) || n < 1) {
                reason = eglErrorText(c.platform + ": no OpenGL config");
                return;
            }
        }
        const EGLint attributes[] = {EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 3,
                                     EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT,
                                     EGL_CONTEXT_OPENGL_FORWARD_COMPATIBLE, EGL_TRUE, EGL_NONE};
        m_context = eglCreateContext(m_display, config, EGL_NO_CONTEXT, attributes);
        if (m_context == EGL_NO_CONTEXT) {
            reason = eglErrorText(c.platform + ": cannot create an OpenGL 3.3 core context");
            return;
        }
        if (!eglMakeCurrent(m_display, EGL_NO_SURFACE, EGL_NO_SURFACE, m_context)) {
            reason = eglErrorText(c.platform + ": cannot make the context current");
            return;
        }
        keepGlDriverLoaded();
        if (!gladLoadGL(eglLoad)) reason = c.platform + ": cannot load OpenGL functions through glad";
    }
    ~EglContext() override {
        if (m_display == EGL_NO_DISPLAY) return;
        eglMakeCurrent(m_display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
        if (m_context != EGL_NO_CONTEXT) eglDestroyContext(m_display, m_context);
        eglTerminate(m_display);
        eglReleaseThread();
    }
    EglContext(const EglContext&) = delete;
    EglContext& operator=(const EglContext&) = delete;

    [[nodiscard]] std::string glVersion() const override { return versionString(); }
    [[nodiscard]] std::string platform() const override { return m_platform; }

private:
    EGLDisplay m_display = EGL_NO_DISPLAY;
    EGLContext m_context = EGL_NO_CONTEXT;
    std::string m_platform;
};

class HiddenWindow final : public OffscreenGl {
public:
    HiddenWindow() : m_window(64, 64, "caucasus-atlas render", false) {}
    [[nodiscard]] std::string glVersion() const override { return m_window.glVersion(); }
    [[nodiscard]] std::string platform() const override { return "GLX (hidden GLFW window)"; }

private:
    GlWindow m_window;
};

}  // namespace

std::unique_ptr<OffscreenGl> openEglContext() {
    std::string reasons;
    for (const Candidate& c : candidates()) {
        std::string reason;
        auto context = std::make_unique<EglContext>(c, reason);
        if (reason.empty()) return context;
        reasons += (reasons.empty() ? "" : "; ") + reason;
    }
    throw ContextError("cannot create a headless OpenGL context through EGL: " +
                       (reasons.empty() ? std::string("no EGL device or surfaceless platform") : reasons));
}

std::unique_ptr<OffscreenGl> openOffscreenGl() {
    const char* choice = std::getenv("ATLAS_GL");
    if (choice && std::strcmp(choice, "glfw") == 0) return std::make_unique<HiddenWindow>();
    try {
        return openEglContext();
    } catch (const ContextError& egl) {
        const char* display = std::getenv("DISPLAY");
        if (!display || !*display) throw;
        try {
            return std::make_unique<HiddenWindow>();
        } catch (const ContextError& glfw) {
            throw ContextError(std::string(egl.what()) + "; " + glfw.what());
        }
    }
}

}  // namespace atlas::app
