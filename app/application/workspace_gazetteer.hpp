// The gazetteer a command works with: the bundled (or --geodata) one, extended by the workspace's user gazetteer.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/gazetteer/gazetteer.hpp"
#include "core/gazetteer/gazetteer_json.hpp"
#include "core/gazetteer/user_gazetteer.hpp"

namespace atlas::app {

struct CommandGazetteer {
    std::vector<core::GazetteerFeature> features;  // base + the user's (aliases applied)
    std::vector<core::Problem> problems;            // both files' problems
    core::UserGazetteer user;                       // the workspace's file as read (empty without --workspace)
    std::string cacheKey;                           // the bytes the index cache is keyed by: base + user file
    bool baseMissing = false;
};

/// Loads geodataDir/gazetteer.geojson and, when `workspace` is given, workspace/gazetteer.user.geojson (a
/// missing user file is an empty one). With `withSuggested` false, provisional ("suggested") user features
/// are left out of `features` (places works on what a person has confirmed; suggested names stay candidates).
CommandGazetteer loadCommandGazetteer(const std::filesystem::path& geodataDir,
                                      const std::optional<std::filesystem::path>& workspace,
                                      bool withSuggested = true);

/// Prints each problem as a warning line on stderr.
void warnProblems(const std::vector<core::Problem>& problems);

}  // namespace atlas::app
