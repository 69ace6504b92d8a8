// `caucasus-atlas render --animate`: the timeline from --from to --to as an animated GIF or WebP.
#pragma once

#include <filesystem>

#include "application/options.hpp"

namespace atlas::app {

/// Returns the process exit code; prints the plan (one line per frame) on stdout and one error line on failure.
int runAnimate(const Options& options, const std::filesystem::path& dataRoot);

}  // namespace atlas::app
