// An OpenGL 3.3 core context without a window or an X server: EGL on a GPU device or Mesa's surfaceless platform.
#pragma once

#include <memory>
#include <string>

namespace atlas::app {

/// A current GL context for offscreen drawing into framebuffer objects (it has no default framebuffer).
class OffscreenGl {
public:
    virtual ~OffscreenGl() = default;
    [[nodiscard]] virtual std::string glVersion() const = 0;
    /// "EGL device", "EGL surfaceless" or "GLX (hidden GLFW window)".
    [[nodiscard]] virtual std::string platform() const = 0;
};

/// EGL first: a hardware EGL device, then Mesa's surfaceless platform (llvmpipe without a GPU), then a software
/// EGL device. With ATLAS_GL=glfw, or when EGL gives nothing and a display is there, a hidden GLFW window.
/// Throws ContextError naming every reason when none works.
std::unique_ptr<OffscreenGl> openOffscreenGl();

/// EGL only (no GLFW fallback); throws ContextError.
std::unique_ptr<OffscreenGl> openEglContext();

}  // namespace atlas::app
