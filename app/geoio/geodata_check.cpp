// Basemap validation through readVectorFile (GDAL): one problem per unreadable file, missing layer or bad record.
#include "geoio/geodata_check.hpp"

#include "geoio/vector_reader.hpp"

namespace atlas::geoio {

const std::vector<std::string>& requiredBasemapLayers() {
    static const std::vector<std::string> layers{"land", "countries", "borders"};
    return layers;
}

std::vector<core::Problem> checkBasemap(const std::filesystem::path& geodataDir) {
    const auto file = geodataDir / "basemap.gpkg";
    std::vector<core::Problem> out;
    std::vector<core::LoadIssue> issues;
    std::vector<VectorLayer> layers;
    try {
        layers = readVectorFile(file, issues);
    } catch (const GeoDataError& e) {
        out.push_back({file.string(), "", e.reason()});
        return out;
    } catch (const std::exception& e) {
        out.push_back({file.string(), "", e.what()});
        return out;
    }
    for (const auto& issue : issues) out.push_back({file.string(), issue.where, issue.message});
    for (const auto& name : requiredBasemapLayers()) {
        const VectorLayer* found = nullptr;
        for (const auto& l : layers)
            if (l.name == name) found = &l;
        if (!found) out.push_back({file.string(), name, "layer missing"});
        else if (found->features.empty()) out.push_back({file.string(), name, "layer is empty"});
    }
    return out;
}

}  // namespace atlas::geoio
