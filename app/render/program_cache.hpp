// Linked shader programs kept on disk between runs (GL_ARB_get_program_binary), so that a process does not start
// the driver's GLSL compiler: on llvmpipe the first program a process compiles takes ~6 ms (the compiler's first
// use), one read back from its binary ~0.4 ms.
#pragma once

#include <filesystem>
#include <string>

#include "render/gl_objects.hpp"

namespace atlas::render {

/// How buildProgramCached made a program.
enum class ProgramOrigin { Sources, CachedBinary };

/// Program::build through the binary of the linked program kept in `cacheDir` (programCacheFile): read back when
/// it is there, checksummed and accepted by the driver; else compiled and linked from the sources and its binary
/// written for the next run (atomically; a cache that cannot be written costs only speed). An empty `cacheDir`,
/// or a context without program binaries, compiles every time. Compile errors throw GlError as Program::build.
Program buildProgramCached(const std::string& name, const std::string& vertexSource, const std::string& fragmentSource,
                           const std::filesystem::path& cacheDir, ProgramOrigin* origin = nullptr);

/// The file buildProgramCached keeps `name`'s binary in: keyed by the sources and the current context's driver
/// (vendor, renderer, version strings), so that edited shaders or another driver use another file.
std::filesystem::path programCacheFile(const std::filesystem::path& cacheDir, const std::string& name,
                                       const std::string& vertexSource, const std::string& fragmentSource);

}  // namespace atlas::render
