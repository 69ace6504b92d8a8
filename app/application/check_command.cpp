// Check command: core rules over gazetteer.geojson and events.json, plus the GDAL basemap check.
#include "application/check_command.hpp"

#include <iostream>

#include "core/gazetteer/gazetteer_check.hpp"
#include "application/geoio_module.hpp"

namespace atlas::app {

int runCheck(const Options& o, const std::filesystem::path& dataRoot) {
    const auto dir = o.geodata.value_or(dataRoot / "geodata");
    auto result = core::checkGeodataFolder(dir);
    std::error_code ec;
    if (std::filesystem::is_directory(dir, ec)) {
        const auto basemap = geoioModule().checkBasemap(dir);
        result.problems.insert(result.problems.end(), basemap.begin(), basemap.end());
    }
    for (const auto& p : result.problems) std::cout << core::formatProblem(p) << "\n";
    if (!result.problems.empty()) {
        std::cerr << "caucasus-atlas: error: " << dir.string() << ": " << result.problems.size() << " problem"
                  << (result.problems.size() == 1 ? "" : "s") << "\n";
        return 1;
    }
    std::cout << "ok: " << dir.string() << ": " << result.featureCount << " features, " << result.eventCount
              << " events, basemap layers present\n";
    return std::cout.good() ? 0 : 1;
}

}  // namespace atlas::app
