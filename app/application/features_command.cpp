// Features command: load the gazetteer, filter by --year, --date or --range, print JSON (--json) or a table.
#include "application/features_command.hpp"

#include <iostream>

#include "application/workspace_gazetteer.hpp"
#include "core/gazetteer/feature_output.hpp"
#include "core/gazetteer/gazetteer_json.hpp"

namespace atlas::app {

int runFeatures(const Options& o, const std::filesystem::path& dataRoot) {
    if (int(o.year.has_value()) + int(o.date.has_value()) + int(o.range.has_value()) > 1)
        throw UsageError("features: give one of --year, --date and --range");
    const auto file = o.geodata.value_or(dataRoot / "geodata") / "gazetteer.geojson";
    const auto gazetteer = loadCommandGazetteer(file.parent_path(), o.workspace);  // + the workspace's features
    if (gazetteer.baseMissing) {
        std::cerr << "caucasus-atlas: error: " << file.string() << ": gazetteer not found\n";
        return 1;
    }
    for (const auto& p : gazetteer.problems)
        std::cerr << "caucasus-atlas: warning: " << p.file << ": " << (p.featureId.empty() ? "-" : p.featureId)
                  << ": " << p.message << "\n";
    if (gazetteer.features.empty() && !gazetteer.problems.empty()) {
        std::cerr << "caucasus-atlas: error: " << file.string() << ": no readable features\n";
        return 1;
    }
    const core::FeatureFilter filter{o.year, o.date, o.range};
    if (o.json) {
        auto out = core::featuresToJson(gazetteer.features, filter);
        for (auto& f : out["features"])  // the workspace's own features say where they come from
            if (const auto* u = gazetteer.user.find(f["id"].get<std::string>())) {
                f["provenance"] = u->provenance;
                f["suggested"] = u->suggested;
                f["passages"] = u->passageIds;
            }
        std::cout << out.dump(1) << "\n";
    }
    else std::cout << core::featuresToTable(gazetteer.features, filter);
    return std::cout.good() ? 0 : 1;
}

}  // namespace atlas::app
