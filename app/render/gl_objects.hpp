// Move-only RAII wrappers for every GL object the renderer owns; a zero handle means empty.
#pragma once

#include <glad/gl.h>

#include <stdexcept>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace atlas::render {

class GlError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

namespace detail {
/// One owned GL name with a deleter chosen by the Traits type.
template <typename Traits>
class GlHandle {
public:
    GlHandle() = default;
    explicit GlHandle(GLuint id) : m_id(id) {}
    ~GlHandle() { reset(); }
    GlHandle(const GlHandle&) = delete;
    GlHandle& operator=(const GlHandle&) = delete;
    GlHandle(GlHandle&& o) noexcept : m_id(std::exchange(o.m_id, 0)) {}
    GlHandle& operator=(GlHandle&& o) noexcept {
        if (this != &o) {
            reset();
            m_id = std::exchange(o.m_id, 0);
        }
        return *this;
    }
    [[nodiscard]] GLuint id() const { return m_id; }
    explicit operator bool() const { return m_id != 0; }
    void reset() {
        if (m_id != 0) Traits::destroy(m_id);
        m_id = 0;
    }

private:
    GLuint m_id = 0;
};

struct BufferTraits { static void destroy(GLuint id) { glDeleteBuffers(1, &id); } };
struct VertexArrayTraits { static void destroy(GLuint id) { glDeleteVertexArrays(1, &id); } };
struct TextureTraits { static void destroy(GLuint id) { glDeleteTextures(1, &id); } };
struct FramebufferTraits { static void destroy(GLuint id) { glDeleteFramebuffers(1, &id); } };
struct RenderbufferTraits { static void destroy(GLuint id) { glDeleteRenderbuffers(1, &id); } };
struct ProgramTraits { static void destroy(GLuint id) { glDeleteProgram(id); } };
struct ShaderTraits { static void destroy(GLuint id) { glDeleteShader(id); } };
}  // namespace detail

class Buffer : public detail::GlHandle<detail::BufferTraits> {
public:
    using GlHandle::GlHandle;
    static Buffer create() {
        GLuint id = 0;
        glGenBuffers(1, &id);
        return Buffer(id);
    }
    /// Uploads `bytes` bytes to `target` (GL_ARRAY_BUFFER, GL_ELEMENT_ARRAY_BUFFER), replacing the contents.
    void upload(GLenum target, const void* data, std::size_t bytes, GLenum usage = GL_STATIC_DRAW) const {
        glBindBuffer(target, id());
        glBufferData(target, static_cast<GLsizeiptr>(bytes), data, usage);
    }
};

class VertexArray : public detail::GlHandle<detail::VertexArrayTraits> {
public:
    using GlHandle::GlHandle;
    static VertexArray create() {
        GLuint id = 0;
        glGenVertexArrays(1, &id);
        return VertexArray(id);
    }
    void bind() const { glBindVertexArray(id()); }
};

class Texture : public detail::GlHandle<detail::TextureTraits> {
public:
    using GlHandle::GlHandle;
    static Texture create() {
        GLuint id = 0;
        glGenTextures(1, &id);
        return Texture(id);
    }
};

class Renderbuffer : public detail::GlHandle<detail::RenderbufferTraits> {
public:
    using GlHandle::GlHandle;
    static Renderbuffer create() {
        GLuint id = 0;
        glGenRenderbuffers(1, &id);
        return Renderbuffer(id);
    }
};

class Framebuffer : public detail::GlHandle<detail::FramebufferTraits> {
public:
    using GlHandle::GlHandle;
    static Framebuffer create() {
        GLuint id = 0;
        glGenFramebuffers(1, &id);
        return Framebuffer(id);
    }
};

/// A linked vertex + fragment program. Compile errors throw GlError with the stage name and info log.
class Program : public detail::GlHandle<detail::ProgramTraits> {
public:
    using GlHandle::GlHandle;
    /// `retrievable`: the driver is asked to keep the linked binary for glGetProgramBinary (program_cache.hpp).
    static Program build(const std::string& name, const std::string& vertexSource, const std::string& fragmentSource,
                         bool retrievable = false);
    /// A program from a binary glGetProgramBinary gave in an earlier process; nullopt when the driver refuses it
    /// (another driver version), with no GL error left behind.
    static std::optional<Program> fromBinary(GLenum format, std::string_view binary);
    void use() const { glUseProgram(id()); }
    [[nodiscard]] GLint uniform(const char* name) const { return glGetUniformLocation(id(), name); }
};

}  // namespace atlas::render
