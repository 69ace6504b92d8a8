// `caucasus-atlas render`: the window's renderer, offscreen, into a PNG.
#pragma once

#include <filesystem>
#include <string>

#include "cli/options.hpp"

namespace atlas::app {

/// Returns the process exit code; prints one error line on failure.
int runRender(const Options& options, const std::filesystem::path& dataRoot);

/// Writes RGBA8 pixels as PNG atomically (temporary file + rename). Returns an error message or empty.
std::string writePngAtomically(const std::filesystem::path& path, int width, int height,
                               const std::vector<std::uint8_t>& rgba);

}  // namespace atlas::app
