// GLSL sources from shaders/, embedded at build time (see cmake/embed_shaders.cmake).
#pragma once

#include <map>
#include <string>

namespace atlas::render {

/// File name (e.g. "line.vert") -> source text.
const std::map<std::string, std::string>& shaderSources();

}  // namespace atlas::render
