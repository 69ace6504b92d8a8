// Places command: grow a workspace's gazetteer from the corpus (suggest, accept, alias, place, reject).
#pragma once

#include <filesystem>

#include "application/options.hpp"

namespace atlas::app {

/// `places SUB ... --workspace DIR`; see docs/workspaces.md. Returns the exit status.
int runPlaces(const Options& options, const std::filesystem::path& dataRoot);

}  // namespace atlas::app
