// `caucasus-atlas index`: the corpus's passages and mentions as JSON, CSV, or the place-like gaps.
#pragma once

#include <filesystem>

#include "application/options.hpp"

namespace atlas::app {

/// Prints to stdout; warnings (file and what was skipped) go to stderr. Returns the exit code.
int runIndex(const Options& options, const std::filesystem::path& dataRoot);

}  // namespace atlas::app
