// Fuzz entry point for the GDAL vector loading path of user layers (geoio::readVectorFile with the user-layer
// limits) and then geoio::buildLods (triangulation within the geometry limits): the input becomes a .geojson file
// in a private temporary folder and is read and tessellated as a user layer would be.
// Shared by fuzz_vector_file and the replay.
#pragma once

#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_entry_points.hpp"  // expect()
#include "geoio/tessellate.hpp"
#include "geoio/user_layer_loader.hpp"
#include "geoio/vector_reader.hpp"

namespace atlas::fuzz {

inline bool finite(core::Vec2 p) { return std::isfinite(p.x) && std::isfinite(p.y); }

/// The file the input is written to: one per process, removed by the caller's next write or left in /tmp.
inline const std::filesystem::path& fuzzVectorPath() {
    static const std::filesystem::path path = [] {
        auto dir = std::filesystem::temp_directory_path() / ("atlas-fuzz-vector-" + std::to_string(::getpid()));
        std::filesystem::create_directories(dir);
        return dir / "layer.geojson";
    }();
    return path;
}

/// Reading either throws GeoDataError naming the file, or returns layers whose coordinates are all finite.
inline void fuzzVectorFile(std::string_view data) {
    const std::filesystem::path& path = fuzzVectorPath();
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(data.data(), static_cast<std::streamsize>(data.size()));
        expect(static_cast<bool>(out), "cannot write the fuzz input file");
    }
    std::vector<core::LoadIssue> issues;
    std::vector<geoio::VectorLayer> layers;
    try {
        // The limits a user layer is read with (geoio::loadUserLayer), so the fuzzed path is the window's.
        const geoio::UserLayerLimits limits;
        layers = geoio::readVectorFile(path, issues, geoio::VectorReadLimits{limits.maxFeatures, limits.maxVertices});
    } catch (const geoio::GeoDataError& e) {
        expect(e.file() == path.string() && !e.reason().empty(), "GeoDataError without file or reason");
        return;
    }
    for (const core::LoadIssue& i : issues) expect(i.file == path.string() && !i.message.empty(), "issue without text");
    for (const geoio::VectorLayer& layer : layers)
        for (const geoio::VectorFeature& f : layer.features) {
            for (core::Vec2 p : f.geometry.points) expect(finite(p), "non-finite point accepted");
            for (const core::LineString& l : f.geometry.lines)
                for (core::Vec2 p : l) expect(finite(p), "non-finite line vertex accepted");
            for (const core::Polygon& poly : f.geometry.polygons) {
                for (core::Vec2 p : poly.outer) expect(finite(p), "non-finite outer ring vertex accepted");
                for (const core::Ring& hole : poly.holes)
                    for (core::Vec2 p : hole) expect(finite(p), "non-finite hole vertex accepted");
            }
            // Then what loadUserLayer does with it: levels of detail, triangulated within the geometry limits
            // (a tangle is outlined, never a hang); GEOS may refuse a shape (GeometryError), nothing else.
            if (f.geometry.polygons.empty() && f.geometry.lines.empty()) continue;
            try {
                std::string gaveUp;
                const auto lods = geoio::buildLods(f.geometry, true, &gaveUp);
                expect(lods.size() == static_cast<std::size_t>(core::kLodCount), "wrong number of levels of detail");
                for (const auto& shape : lods) {
                    expect(shape.fill.indices.size() % 3 == 0, "fill is not made of triangles");
                    for (std::uint32_t i : shape.fill.indices)
                        expect(i < shape.fill.vertices.size(), "index out of range");
                }
            } catch (const geoio::GeometryError& e) {
                expect(e.what()[0] != '\0', "GeometryError without a reason");
            }
        }
}

}  // namespace atlas::fuzz
