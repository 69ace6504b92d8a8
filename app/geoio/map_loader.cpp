// Basemap loading: GDAL layers -> MapFeatures with levels of detail (GEOS) and label points.
#include "geoio/map_loader.hpp"

#include <cstdlib>

#include "geoio/tessellate.hpp"
#include "geoio/vector_reader.hpp"

namespace atlas::geoio {

namespace fs = std::filesystem;

std::optional<fs::path> findDataRoot(const fs::path& executable) {
    std::vector<fs::path> candidates;
    if (const char* env = std::getenv("ATLAS_DATA_DIR"); env && *env) candidates.emplace_back(env);
    std::error_code ec;
    const fs::path exe = fs::weakly_canonical(executable, ec);
    if (!exe.empty()) candidates.push_back(exe.parent_path().parent_path() / "share" / "caucasus-atlas");
#ifdef ATLAS_SOURCE_DATA_DIR
    candidates.emplace_back(ATLAS_SOURCE_DATA_DIR);
#endif
    for (const auto& c : candidates)
        if (fs::is_directory(c / "geodata", ec)) return c;
    return std::nullopt;
}

namespace {

void addBasemapLayer(const VectorLayer& layer, core::MapModel& model) {
    for (const auto& f : layer.features) {
        core::MapFeature mf;
        mf.lonLat = f.geometry;
        auto attr = [&](const char* k) {
            auto it = f.attributes.find(k);
            return it == f.attributes.end() ? std::string() : it->second;
        };
        if (layer.name == "land") {
            mf.id = "land-" + std::to_string(model.features.size());
            mf.layer = core::MapLayer::Land;
            mf.lods = buildLods(mf.lonLat, true);
        } else if (layer.name == "countries") {
            mf.name = attr("name");
            mf.isoN3 = attr("iso_n3");
            mf.id = "country-" + mf.isoN3;
            mf.layer = core::MapLayer::Country;
            mf.importance = core::isFocusCountry(mf.isoN3) ? 1 : 3;
            mf.labelClass = core::isFocusCountry(mf.isoN3) ? core::LabelClass::FocusCountry : core::LabelClass::Country;
            mf.labelPoint = labelPoint(mf.lonLat);
            mf.lods = buildLods(mf.lonLat, false);
        } else if (layer.name == "borders") {
            mf.name = attr("left_name") + "\xE2\x80\x93" + attr("right_name");
            mf.isoN3 = attr("left_iso_n3") + "-" + attr("right_iso_n3");
            mf.id = "border-" + mf.isoN3;
            mf.layer = core::MapLayer::Border;
            mf.lods = buildLods(mf.lonLat, false);
        } else {
            continue;
        }
        model.features.push_back(std::move(mf));
    }
}

}  // namespace

core::MapModel loadMap(const fs::path& geodataDir) {
    core::MapModel model;
    const fs::path basemap = geodataDir / "basemap.gpkg";
    try {
        auto layers = readVectorFile(basemap, model.issues);
        // Draw order inside the model: land first, then countries, then borders.
        for (const char* name : {"land", "countries", "borders"}) {
            bool found = false;
            for (const auto& l : layers)
                if (l.name == name) {
                    addBasemapLayer(l, model);
                    found = true;
                }
            if (!found)
                model.issues.push_back({core::Severity::Error, basemap.string(), name, "layer missing"});
        }
    } catch (const GeoDataError& e) {
        model.issues.push_back({core::Severity::Error, basemap.string(), "", e.reason()});
    } catch (const std::exception& e) {
        model.issues.push_back({core::Severity::Error, basemap.string(), "", e.what()});
    }
    return model;
}

}  // namespace atlas::geoio
