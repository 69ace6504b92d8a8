// Shader compilation and program linking with readable errors.
#include "render/gl_objects.hpp"

#include <vector>

namespace atlas::render {
namespace {

std::string infoLog(GLuint id, bool program) {
    GLint len = 0;
    if (program) glGetProgramiv(id, GL_INFO_LOG_LENGTH, &len);
    else glGetShaderiv(id, GL_INFO_LOG_LENGTH, &len);
    std::vector<char> buf(static_cast<std::size_t>(std::max(len, 1)));
    if (program) glGetProgramInfoLog(id, len, nullptr, buf.data());
    else glGetShaderInfoLog(id, len, nullptr, buf.data());
    return std::string(buf.data());
}

detail::GlHandle<detail::ShaderTraits> compile(GLenum stage, const std::string& name, const std::string& src) {
    detail::GlHandle<detail::ShaderTraits> shader(glCreateShader(stage));
    const char* text = src.c_str();
    glShaderSource(shader.id(), 1, &text, nullptr);
    glCompileShader(shader.id());
    GLint ok = 0;
    glGetShaderiv(shader.id(), GL_COMPILE_STATUS, &ok);
    if (!ok) {
        throw GlError("shader " + name + (stage == GL_VERTEX_SHADER ? ".vert" : ".frag") +
                      " failed to compile: " + infoLog(shader.id(), false));
    }
    return shader;
}

}  // namespace

Program Program::build(const std::string& name, const std::string& vertexSource, const std::string& fragmentSource,
                       bool retrievable) {
    auto vs = compile(GL_VERTEX_SHADER, name, vertexSource);
    auto fs = compile(GL_FRAGMENT_SHADER, name, fragmentSource);
    Program program(glCreateProgram());
    glAttachShader(program.id(), vs.id());
    glAttachShader(program.id(), fs.id());
    if (retrievable && GLAD_GL_ARB_get_program_binary) glProgramParameteri(program.id(), GL_PROGRAM_BINARY_RETRIEVABLE_HINT, GL_TRUE);
    glLinkProgram(program.id());
    GLint ok = 0;
    glGetProgramiv(program.id(), GL_LINK_STATUS, &ok);
    if (!ok) throw GlError("program " + name + " failed to link: " + infoLog(program.id(), true));
    glDetachShader(program.id(), vs.id());
    glDetachShader(program.id(), fs.id());
    return program;
}

std::optional<Program> Program::fromBinary(GLenum format, std::string_view binary) {
    if (!GLAD_GL_ARB_get_program_binary || binary.empty() || binary.size() > 0x7FFFFFFF) return std::nullopt;
    while (glGetError() != GL_NO_ERROR) {
    }  // an earlier call's error is not this one's
    Program program(glCreateProgram());
    glProgramBinary(program.id(), format, binary.data(), static_cast<GLsizei>(binary.size()));
    GLint ok = 0;
    glGetProgramiv(program.id(), GL_LINK_STATUS, &ok);
    while (glGetError() != GL_NO_ERROR) ok = 0;  // GL_INVALID_ENUM: a format this driver no longer has
    if (!ok) return std::nullopt;
    return program;
}

}  // namespace atlas::render
