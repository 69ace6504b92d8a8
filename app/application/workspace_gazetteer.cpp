// The gazetteer a command works with: the bundled (or --geodata) one, extended by the workspace's user gazetteer.
#include "application/workspace_gazetteer.hpp"

#include <iostream>

#include "core/atomic_file.hpp"

namespace atlas::app {

CommandGazetteer loadCommandGazetteer(const std::filesystem::path& geodataDir,
                                      const std::optional<std::filesystem::path>& workspace, bool withSuggested) {
    CommandGazetteer out;
    const auto baseFile = geodataDir / "gazetteer.geojson";
    std::error_code ec;
    out.baseMissing = !std::filesystem::is_regular_file(baseFile, ec);
    auto base = core::loadGazetteerFile(baseFile);
    out.features = std::move(base.features);
    out.problems = std::move(base.problems);
    out.cacheKey = core::readWholeFile(baseFile).value_or(std::string());
    if (!workspace) return out;
    const auto userFile = *workspace / core::kUserGazetteerFile;
    auto user = core::loadUserGazetteer(userFile);
    out.problems.insert(out.problems.end(), user.problems.begin(), user.problems.end());
    out.user = std::move(user.gazetteer);
    core::UserGazetteer used = out.user;
    if (!withSuggested) std::erase_if(used.features, [](const core::WorkspaceFeature& u) { return u.suggested; });
    const auto merged = core::extendGazetteer(out.features, used, userFile.string());
    out.problems.insert(out.problems.end(), merged.begin(), merged.end());
    out.cacheKey += "\n--user--\n" + core::userGazetteerToGeoJson(used);
    return out;
}

void warnProblems(const std::vector<core::Problem>& problems) {
    for (const auto& p : problems)
        std::cerr << "caucasus-atlas: warning: " << p.file << (p.featureId.empty() ? "" : " [" + p.featureId + "]")
                  << ": " << p.message << "\n";
}

}  // namespace atlas::app
