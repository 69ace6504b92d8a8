// Shader program binaries kept between runs (render/program_cache.hpp): written after a build from the sources,
// read back by the next build, and a damaged or refused file costs only a rebuild.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "application/headless_gl.hpp"
#include "render/program_cache.hpp"
#include "render/shader_sources.hpp"

namespace fs = std::filesystem;
using namespace atlas;

namespace {

std::string fileText(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("program cache: a program is read back from its binary, and a bad one is rebuilt", "[program_cache]") {
    std::unique_ptr<app::OffscreenGl> gl = app::openOffscreenGl();
    REQUIRE(gl);
    GLint formats = 0;
    glGetIntegerv(GL_NUM_PROGRAM_BINARY_FORMATS, &formats);
    if (!GLAD_GL_ARB_get_program_binary || formats == 0) {
        WARN("this driver keeps no program binaries; buildProgramCached compiles every time");
        return;
    }
    const fs::path dir = fs::path(ATLAS_BINARY_DIR) / "program-cache-test";
    fs::remove_all(dir);
    const auto& src = render::shaderSources();
    const std::string& vs = src.at("line.vert");
    const std::string& fsrc = src.at("line.frag");
    const fs::path file = render::programCacheFile(dir, "line", vs, fsrc);

    render::ProgramOrigin origin = render::ProgramOrigin::CachedBinary;
    {
        render::Program p = render::buildProgramCached("line", vs, fsrc, dir, &origin);
        CHECK(origin == render::ProgramOrigin::Sources);
        CHECK(p.uniform("u_halfWidth") >= 0);
    }
    REQUIRE(fs::exists(file));
    const std::string written = fileText(file);
    {
        render::Program p = render::buildProgramCached("line", vs, fsrc, dir, &origin);
        CHECK(origin == render::ProgramOrigin::CachedBinary);
        CHECK(p.uniform("u_halfWidth") >= 0);  // a linked program with its uniforms
        GLint linked = 0;
        glGetProgramiv(p.id(), GL_LINK_STATUS, &linked);
        CHECK(linked == GL_TRUE);
    }
    // Other sources (an edited shader) are another file.
    CHECK(render::programCacheFile(dir, "line", vs + "\n", fsrc) != file);
    // A damaged file (one byte of the binary flipped: the checksum fails) is rebuilt from the sources and rewritten.
    std::string damaged = written;
    damaged[damaged.size() / 2] = static_cast<char>(damaged[damaged.size() / 2] ^ 0x5A);
    std::ofstream(file, std::ios::binary | std::ios::trunc) << damaged;
    {
        render::Program p = render::buildProgramCached("line", vs, fsrc, dir, &origin);
        CHECK(origin == render::ProgramOrigin::Sources);
        CHECK(p.uniform("u_halfWidth") >= 0);
    }
    CHECK(fileText(file) == written);
    // A binary the driver refuses is no program, and leaves no GL error behind.
    CHECK_FALSE(render::Program::fromBinary(0x1234, "not a program binary"));
    CHECK(glGetError() == GL_NO_ERROR);
    // No cache folder: compiled every time, nothing written.
    {
        render::Program p = render::buildProgramCached("line", vs, fsrc, {}, &origin);
        CHECK(origin == render::ProgramOrigin::Sources);
    }
    fs::remove_all(dir);
}
