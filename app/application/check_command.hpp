// `caucasus-atlas check`: validates the geodata folder (gazetteer, events, basemap), one line per problem.
#pragma once

#include <filesystem>

#include "application/options.hpp"

namespace atlas::app {

/// Prints `FILE: FEATURE_ID: what is wrong` per problem on stdout and returns 1 when there is any; otherwise
/// prints a one-line summary and returns 0.
int runCheck(const Options& options, const std::filesystem::path& dataRoot);

}  // namespace atlas::app
