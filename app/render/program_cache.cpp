// Shader program binaries on disk: a sealed file (magic, driver's format, binary, checksum) per program and driver.
#include "render/program_cache.hpp"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <system_error>

#include "core/atomic_file.hpp"
#include "core/map/sealed_bytes.hpp"

namespace atlas::render {
namespace {

constexpr std::string_view kMagic{"ATLSPGB\n", 8};

std::string glText(GLenum what) {
    const auto* s = reinterpret_cast<const char*>(glGetString(what));
    return s != nullptr ? s : "";
}

bool binariesAvailable() {
    if (!GLAD_GL_ARB_get_program_binary) return false;
    GLint formats = 0;
    glGetIntegerv(GL_NUM_PROGRAM_BINARY_FORMATS, &formats);
    return formats > 0;
}

}  // namespace

std::filesystem::path programCacheFile(const std::filesystem::path& cacheDir, const std::string& name,
                                       const std::string& vertexSource, const std::string& fragmentSource) {
    std::uint64_t key = core::contentHash(glText(GL_VENDOR) + '\n' + glText(GL_RENDERER) + '\n' + glText(GL_VERSION) +
                                          '\n' + glText(GL_SHADING_LANGUAGE_VERSION) + '\n');
    key = core::contentHash(vertexSource, key);
    key = core::contentHash(fragmentSource, key);
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(key));
    return cacheDir / ("program-" + name + "-" + hex + ".bin");
}

Program buildProgramCached(const std::string& name, const std::string& vertexSource, const std::string& fragmentSource,
                           const std::filesystem::path& cacheDir, ProgramOrigin* origin) {
    if (origin != nullptr) *origin = ProgramOrigin::Sources;
    if (cacheDir.empty() || !binariesAvailable()) return Program::build(name, vertexSource, fragmentSource);
    const std::filesystem::path file = programCacheFile(cacheDir, name, vertexSource, fragmentSource);
    if (const auto bytes = core::readWholeFile(file)) {
        std::string error;
        if (const auto body = core::unsealBytes(*bytes, kMagic, sizeof(std::uint32_t) + 1, "program binary", error)) {
            std::uint32_t format = 0;
            std::memcpy(&format, body->data(), sizeof format);
            if (auto program = Program::fromBinary(static_cast<GLenum>(format), body->substr(sizeof format))) {
                if (origin != nullptr) *origin = ProgramOrigin::CachedBinary;
                return std::move(*program);
            }
        }
    }
    // Missing, damaged or refused (a driver update): built from the sources and written again.
    Program program = Program::build(name, vertexSource, fragmentSource, true);
    GLint length = 0;
    glGetProgramiv(program.id(), GL_PROGRAM_BINARY_LENGTH, &length);
    if (length <= 0) return program;
    std::string out(kMagic);
    out.resize(kMagic.size() + sizeof(std::uint32_t) + static_cast<std::size_t>(length));
    GLsizei written = 0;
    GLenum format = 0;
    glGetProgramBinary(program.id(), length, &written, &format, out.data() + kMagic.size() + sizeof(std::uint32_t));
    if (written <= 0) return program;
    const auto format32 = static_cast<std::uint32_t>(format);
    std::memcpy(out.data() + kMagic.size(), &format32, sizeof format32);
    out.resize(kMagic.size() + sizeof(std::uint32_t) + static_cast<std::size_t>(written));
    core::sealBytes(out);
    std::error_code ec;
    std::filesystem::create_directories(cacheDir, ec);
    (void)core::writeFileAtomically(file, out, false, core::Durability::Cache);
    return program;
}

}  // namespace atlas::render
