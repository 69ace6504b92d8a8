// `caucasus-atlas features`: the gazetteer's features, optionally for one year or a range, as JSON or a table.
#pragma once

#include <filesystem>

#include "application/options.hpp"

namespace atlas::app {

/// Prints to stdout; gazetteer problems go to stderr as warnings. Returns the exit code (1 when unreadable).
int runFeatures(const Options& options, const std::filesystem::path& dataRoot);

}  // namespace atlas::app
