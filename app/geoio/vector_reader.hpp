// Reads vector files through GDAL/OGR into plain lon/lat features; load problems are collected, not thrown per record.
#pragma once

#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/geometry.hpp"
#include "core/load_issue.hpp"

namespace atlas::geoio {

/// A file that cannot be opened or read at all. what() names the file and GDAL's reason.
class GeoDataError : public std::runtime_error {
public:
    GeoDataError(std::string file, const std::string& reason)
        : std::runtime_error(file + ": " + reason), m_file(std::move(file)), m_reason(reason) {}
    [[nodiscard]] const std::string& file() const { return m_file; }
    [[nodiscard]] const std::string& reason() const { return m_reason; }

private:
    std::string m_file;
    std::string m_reason;
};

struct VectorFeature {
    std::map<std::string, std::string> attributes;
    core::Geometry geometry;  // lon/lat (EPSG:4326, traditional GIS order)
};

struct VectorLayer {
    std::string name;
    std::vector<VectorFeature> features;
};

/// Limits for files the user picks (a user layer), so that a huge file is cut short with a warning instead of
/// running out of memory.
struct VectorReadLimits {
    std::size_t maxFeatures = 0;  // 0: no limit; else features after this many (over all layers) are not read
    std::size_t maxVertices = 0;  // 0: no limit; else reading stops at the feature that would pass this many
};

/// Opens any vector format GDAL reads and returns every layer, reprojected to lon/lat. A CSV file's geometry is
/// read from a WKT column (`WKT`, `geometry`, `geom`, `the_geom`) or from longitude/latitude columns (`lon`/`lat`,
/// `longitude`/`latitude`, `x`/`y`).
/// Throws GeoDataError when the file is missing, empty or not readable; per-feature problems and a reached limit
/// go into `issues`.
std::vector<VectorLayer> readVectorFile(const std::filesystem::path& path, std::vector<core::LoadIssue>& issues);
std::vector<VectorLayer> readVectorFile(const std::filesystem::path& path, std::vector<core::LoadIssue>& issues,
                                        const VectorReadLimits& limits);

/// Registers GDAL drivers once (thread-safe).
void initGdal();

}  // namespace atlas::geoio
