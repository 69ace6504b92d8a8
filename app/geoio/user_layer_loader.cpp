// User layer loading: GDAL features -> UserFeatures with levels of detail (GEOS), problems as warnings.
#include "geoio/user_layer_loader.hpp"

#include <algorithm>
#include <atomic>
#include <thread>

#include "geoio/geometry_limits.hpp"
#include "geoio/tessellate.hpp"

namespace atlas::geoio {

core::UserLayer loadUserLayer(const std::filesystem::path& path, const UserLayerLimits& limits) {
    std::vector<core::LoadIssue> issues;
    auto layers = readVectorFile(path, issues, VectorReadLimits{limits.maxFeatures, limits.maxVertices});
    core::UserLayer out;
    out.path = path.string();
    for (const auto& issue : issues) out.warnings.push_back((issue.where.empty() ? "" : issue.where + ": ") + issue.message);
    std::size_t withoutGeometry = 0;
    for (auto& layer : layers)
        for (auto& f : layer.features) {
            if (f.geometry.empty()) {
                ++withoutGeometry;
                continue;
            }
            core::UserFeature uf;
            uf.attributes = std::move(f.attributes);
            uf.lonLat = std::move(f.geometry);
            out.features.push_back(std::move(uf));
        }
    if (out.features.empty()) {
        if (withoutGeometry > 0)
            throw GeoDataError(out.path, std::to_string(withoutGeometry) +
                                             " features but none has a geometry (a CSV file needs a WKT column or "
                                             "lon/lat columns)");
        if (!out.warnings.empty()) throw GeoDataError(out.path, "no feature can be drawn: " + out.warnings.back());
        throw GeoDataError(out.path, "contains no features");
    }
    if (withoutGeometry > 0)
        out.warnings.push_back(std::to_string(withoutGeometry) + " features without geometry skipped");

    // Lines and polygons get the basemap's levels of detail (simplified, triangulated, outlined), on all cores:
    // GEOS calls are reentrant with one handle per call.
    std::atomic<std::size_t> next{0};
    std::vector<std::string> errors(out.features.size()), limited(out.features.size());
    auto work = [&] {
        for (std::size_t i = next++; i < out.features.size(); i = next++) {
            auto& f = out.features[i];
            if (f.lonLat.lines.empty() && f.lonLat.polygons.empty()) continue;
            if (geometryWorkCancelled()) return;  // the window is closing
            try {
                f.lods = buildLods(f.lonLat, true, &limited[i]);
            } catch (const std::exception& e) {
                errors[i] = e.what();
            }
        }
    };
    const unsigned n = std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < n; ++t) threads.emplace_back(work);
    work();
    for (auto& t : threads) t.join();
    std::size_t failed = 0;
    for (std::size_t i = 0; i < errors.size(); ++i)
        if (!errors[i].empty() && ++failed <= 5)
            out.warnings.push_back("feature " + std::to_string(i + 1) + ": cannot triangulate: " + errors[i]);
    if (failed > 5) out.warnings.push_back(std::to_string(failed - 5) + " more features cannot be triangulated");
    std::size_t outlined = 0;
    for (std::size_t i = 0; i < limited.size(); ++i)
        if (!limited[i].empty() && ++outlined <= 5)
            out.warnings.push_back("feature " + std::to_string(i + 1) + ": " + limited[i]);
    if (outlined > 5) out.warnings.push_back(std::to_string(outlined - 5) + " more features drawn as outlines only");
    if (geometryWorkCancelled()) throw GeoDataError(out.path, "loading was cancelled");

    for (const auto& f : out.features) out.lonLatBounds.extend(f.lonLat.bounds());
    out.kind = core::geometryKindOf(out.features);
    out.fields = core::userLayerFields(out);
    return out;
}

}  // namespace atlas::geoio
