// The offline GeoNames extract of the region (geodata/geonames-caucasus.tsv): a plain tab-separated parser.
#include "core/gazetteer/geonames.hpp"

#include <charconv>
#include <cmath>
#include <numbers>

#include "core/atomic_file.hpp"

namespace atlas::core {
namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i)
        if (i == s.size() || s[i] == sep) {
            out.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    return out;
}

bool toDouble(std::string_view s, double& out) {
    const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size() && std::isfinite(out);
}

}  // namespace

GeoNamesParse parseGeoNamesTsv(std::string_view text, const std::string& fileLabel) {
    GeoNamesParse out;
    std::size_t lineNo = 0;
    for (std::string_view line : split(text, '\n')) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line.front() == '#' || line.starts_with("geonames_id\t")) continue;
        const auto f = split(line, '\t');
        const std::string where = "line " + std::to_string(lineNo) + ": ";
        if (f.size() != 10) {
            out.problems.push_back({fileLabel, "", where + "expected 10 tab-separated fields, found " +
                                                       std::to_string(f.size()) + "; skipped"});
            continue;
        }
        GeoNamesPlace p;
        p.id = std::string(f[0]);
        p.name = std::string(f[1]);
        if (p.name.empty()) {
            out.problems.push_back({fileLabel, p.id, where + "no name; skipped"});
            continue;
        }
        if (!f[2].empty())
            for (const auto a : split(f[2], '|'))
                if (!a.empty()) p.alternates.emplace_back(a);
        if (!toDouble(f[3], p.lon) || !toDouble(f[4], p.lat) || std::abs(p.lon) > 180 || std::abs(p.lat) > 90) {
            out.problems.push_back({fileLabel, p.id, where + "bad coordinates '" + std::string(f[3]) + "," +
                                                         std::string(f[4]) + "'; skipped"});
            continue;
        }
        p.country = std::string(f[5]);
        p.admin1 = std::string(f[6]);
        p.admin2 = std::string(f[7]);
        p.featureCode = std::string(f[8]);
        (void)std::from_chars(f[9].data(), f[9].data() + f[9].size(), p.population);  // empty or bad: 0
        out.places.push_back(std::move(p));
    }
    return out;
}

GeoNamesParse loadGeoNamesFile(const std::filesystem::path& path) {
    const auto bytes = readWholeFile(path);
    if (!bytes) return {{}, {{path.string(), "", "cannot read the GeoNames extract"}}};
    return parseGeoNamesTsv(*bytes, path.string());
}

double distanceKm(double lon1, double lat1, double lon2, double lat2) {
    constexpr double kRad = std::numbers::pi / 180.0;
    const double dLat = (lat2 - lat1) * kRad, dLon = (lon2 - lon1) * kRad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2.0 * 6371.0 * std::asin(std::min(1.0, std::sqrt(a)));
}

}  // namespace atlas::core
