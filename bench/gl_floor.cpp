// The least an OpenGL picture costs here: a process that opens EGL (Mesa's surfaceless platform, as `render`
// does), compiles one shader pair, draws one full-frame triangle into a WIDTHxHEIGHT framebuffer and reads the
// pixels back, with no data, no text and no PNG. bench/compare.sh times it from exec to exit beside `render` and
// Mapnik: no renderer built on OpenGL in this process model can finish sooner.
//
//   gl_floor [WIDTH HEIGHT]      (default 1920 1080; prints the context and draw times to stderr)
#include <glad/gl.h>
#include <EGL/egl.h>
#include <EGL/eglext.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {
double msSince(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
}
GLADapiproc load(const char* name) { return reinterpret_cast<GLADapiproc>(eglGetProcAddress(name)); }
GLuint compile(GLenum kind, const char* source) {
    const GLuint s = glCreateShader(kind);
    glShaderSource(s, 1, &source, nullptr);
    glCompileShader(s);
    return s;
}
}  // namespace

int main(int argc, char** argv) {
    const int w = argc > 2 ? std::atoi(argv[1]) : 1920, h = argc > 2 ? std::atoi(argv[2]) : 1080;
    if (w <= 0 || h <= 0) {
        std::fprintf(stderr, "usage: gl_floor [WIDTH HEIGHT]\n");
        return 2;
    }
    const auto t0 = std::chrono::steady_clock::now();
    const auto platformDisplay =
        reinterpret_cast<PFNEGLGETPLATFORMDISPLAYEXTPROC>(eglGetProcAddress("eglGetPlatformDisplayEXT"));
    EGLDisplay display = platformDisplay ? platformDisplay(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr)
                                         : EGL_NO_DISPLAY;
    EGLint major = 0, minor = 0;
    if (display == EGL_NO_DISPLAY || !eglInitialize(display, &major, &minor) || !eglBindAPI(EGL_OPENGL_API)) {
        std::fprintf(stderr, "gl_floor: no EGL surfaceless display\n");
        return 1;
    }
    const EGLint attributes[] = {EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 3,
                                 EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT, EGL_NONE};
    EGLContext context = eglCreateContext(display, nullptr, EGL_NO_CONTEXT, attributes);
    if (context == EGL_NO_CONTEXT || !eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, context) ||
        !gladLoadGL(load)) {
        std::fprintf(stderr, "gl_floor: no OpenGL 3.3 core context\n");
        return 1;
    }
    const double contextMs = msSince(t0);
    const auto t1 = std::chrono::steady_clock::now();
    GLuint fbo = 0, colour = 0, vao = 0;
    glGenFramebuffers(1, &fbo);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo);
    glGenRenderbuffers(1, &colour);
    glBindRenderbuffer(GL_RENDERBUFFER, colour);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, w, h);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colour);
    const GLuint program = glCreateProgram();
    glAttachShader(program, compile(GL_VERTEX_SHADER, "#version 330 core\nvoid main() { vec2 p = vec2(gl_VertexID & 1, "
                                                      "gl_VertexID >> 1) * 4.0 - 1.0; gl_Position = vec4(p, 0.0, 1.0); }"));
    glAttachShader(program, compile(GL_FRAGMENT_SHADER, "#version 330 core\nout vec4 o; void main() { o = vec4(0.9, "
                                                        "0.88, 0.8, 1.0); }"));
    glLinkProgram(program);
    glUseProgram(program);
    glGenVertexArrays(1, &vao);
    glBindVertexArray(vao);
    glViewport(0, 0, w, h);
    glClearColor(0.78f, 0.85f, 0.9f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    std::vector<unsigned char> pixels(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    const double drawMs = msSince(t1);
    std::fprintf(stderr, "gl_floor: %dx%d, EGL context %.1f ms, one triangle drawn and read back %.1f ms (%s)\n", w, h,
                 contextMs, drawMs, reinterpret_cast<const char*>(glGetString(GL_RENDERER)));
    return pixels[0] == 230 ? 0 : 3;  // the triangle covers the whole frame: (0.9 * 255) in the first pixel
}
