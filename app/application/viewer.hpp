// The interactive window: GLFW + Dear ImGui around the shared AtlasSession.
#pragma once

#include <filesystem>

#include "application/options.hpp"

namespace atlas::app {

int runViewer(const Options& options, const std::filesystem::path& dataRoot);

}  // namespace atlas::app
