// The features model on the real gazetteer: year filter edges, statuses, JSON shape, ranges, table.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/gazetteer/feature_output.hpp"
#include "core/time_filter.hpp"
#include "gazetteer_fixture.hpp"

using namespace atlas::core;
using atlas::test::realFeature;
using atlas::test::realGazetteer;

namespace {

bool keptIn(const std::string& id, const FeatureFilter& filter) {
    const auto kept = filterFeatures(realGazetteer().features, filter);
    return std::any_of(kept.begin(), kept.end(), [&](const GazetteerFeature* f) { return f->id == id; });
}

}  // namespace

TEST_CASE("the bundled gazetteer parses without problems", "[gazetteer][features]") {
    CHECK(realGazetteer().problems.empty());
    CHECK(realGazetteer().features.size() == 233);
}

TEST_CASE("year filter edges on the real gazetteer", "[gazetteer][features]") {
    auto [year, nkao, contact, corridorStatus] = GENERATE(table<int, bool, bool, std::string>({
        {1922, false, false, ""},
        {1923, true, false, ""},
        {1991, true, false, ""},
        {1992, false, false, "controlled-by-armenia"},
        {1993, false, false, "controlled-by-armenia"},
        {1994, false, true, "controlled-by-armenia"},
        {2020, false, true, "controlled-by-armenia"},
        {2021, false, false, "open"},
        {2022, false, false, "open"},
        {2023, false, false, "blockaded"},
        {2024, false, false, "closed"},
    }));
    CAPTURE(year);
    const FeatureFilter filter{year, std::nullopt};
    CHECK(keptIn("nkao", filter) == nkao);
    CHECK(keptIn("line-of-contact-1994", filter) == contact);
    CHECK(keptIn("lachin-corridor", filter) == !corridorStatus.empty());
    CHECK(featureStatus(realFeature("lachin-corridor"), filter) == corridorStatus);
}

TEST_CASE("control of Shusha and Stepanakert changes at 1992, 2020 and 2023", "[gazetteer][features]") {
    auto [year, shusha, stepanakert] = GENERATE(table<int, std::string, std::string>({
        {1991, "existing", "existing"},
        {1992, "existing", "existing"},  // the first matching period wins at a transition year
        {1993, "controlled-by-armenia", "existing"},
        {2020, "controlled-by-armenia", "existing"},
        {2021, "controlled-by-azerbaijan", "existing"},
        {2023, "controlled-by-azerbaijan", "existing"},
        {2024, "controlled-by-azerbaijan", "controlled-by-azerbaijan"},
    }));
    CAPTURE(year);
    const FeatureFilter filter{year, std::nullopt};
    CHECK(featureStatus(realFeature("shusha"), filter) == shusha);
    CHECK(featureStatus(realFeature("stepanakert"), filter) == stepanakert);
}

TEST_CASE("timeless features are kept for every year and range", "[gazetteer][features]") {
    // Every bundled feature has periods, so a timeless one is made here.
    std::vector<GazetteerFeature> features(2);
    features[0].id = "timeless";
    features[1].id = "dated";
    features[1].periods.push_back({1994, 2020, "de-facto", "certain", ""});
    for (const FeatureFilter& filter : {FeatureFilter{1800, std::nullopt}, FeatureFilter{std::nullopt, std::nullopt, std::pair{1900, 1901}}}) {
        const auto kept = filterFeatures(features, filter);
        REQUIRE(kept.size() == 1);
        CHECK(kept[0]->id == "timeless");
    }
    CHECK(filterFeatures(features, {2000, std::nullopt}).size() == 2);
    CHECK(featureStatus(features[0], {2000, std::nullopt}) == "timeless");
    CHECK(featureStatus(features[1], {2000, std::nullopt}) == "de-facto");
    CHECK(featureStatus(features[1], {2021, std::nullopt}).empty());
}

TEST_CASE("range filter keeps overlapping periods only", "[gazetteer][features]") {
    CHECK(keptIn("nkao", {std::nullopt, std::nullopt, std::pair{1980, 1985}}));
    CHECK(keptIn("nkao", {std::nullopt, std::nullopt, std::pair{1991, 1994}}));
    CHECK_FALSE(keptIn("nkao", {std::nullopt, std::nullopt, std::pair{1993, 2000}}));
    CHECK_FALSE(keptIn("line-of-contact-1994", {std::nullopt, std::nullopt, std::pair{1980, 1993}}));
    CHECK(keptIn("line-of-contact-1994", {std::nullopt, std::nullopt, std::pair{2020, 2023}}));
    CHECK(featureStatus(realFeature("lachin-corridor"), {std::nullopt, std::nullopt, std::pair{2021, 2023}}) ==
          "open, blockaded, closed");
}

TEST_CASE("feature JSON carries every field and the matched period", "[gazetteer][features]") {
    const auto doc = featuresToJson(realGazetteer().features, {2023, std::nullopt});
    CHECK(doc["year"] == 2023);
    CHECK(doc["range"].is_null());
    CHECK(doc["count"] == doc["features"].size());
    const auto it = std::find_if(doc["features"].begin(), doc["features"].end(),
                                 [](const auto& f) { return f["id"] == "lachin-corridor"; });
    REQUIRE(it != doc["features"].end());
    const auto& f = *it;
    CHECK(f["kind"] == "corridor");
    CHECK(f["subkind"] == "corridor");
    CHECK(f["offmap"] == false);
    CHECK(f["matched_period"] == 3);  // open on the old road, open on the re-routed road, blockaded, closed
    CHECK(f["status"] == "blockaded");
    CHECK(f["periods"].size() == 5);
    CHECK(f["periods"][4]["end"].is_null());
    CHECK(f["periods"][3].contains("geometry"));  // the re-routed road (from 25 August 2022)
    CHECK(f["geometry"]["type"] == "LineString");
    CHECK(f["geometry"]["coordinates"][0].size() == 2);
    CHECK(f["names"][0]["primary"] == true);
    CHECK(f["names"][0]["usage"][0] == "common");
    for (const char* key : {"importance", "accuracy", "width_km", "source"}) CHECK(f.contains(key));
}

TEST_CASE("range JSON lists the overlapping period indices", "[gazetteer][features]") {
    const auto j = featureToJson(realFeature("lachin-corridor"), {std::nullopt, std::nullopt, std::pair{2021, 2022}});
    CHECK(j["matched_periods"] == nlohmann::ordered_json::array({1, 2, 3}));
    CHECK_FALSE(j.contains("status"));
}

TEST_CASE("GeoJSON geometry closes rings and groups mixed parts", "[gazetteer][features]") {
    Geometry g;
    g.polygons.push_back({{{45, 39}, {46, 39}, {46, 40}}, {}});
    auto j = geometryToGeoJson(g);
    CHECK(j["type"] == "Polygon");
    CHECK(j["coordinates"][0].size() == 4);
    CHECK(j["coordinates"][0][0] == j["coordinates"][0][3]);
    g.points.push_back({44.5, 40.2});
    j = geometryToGeoJson(g);
    CHECK(j["type"] == "GeometryCollection");
    CHECK(j["geometries"].size() == 2);
    g.points.push_back({44.6, 40.3});
    CHECK(geometryToGeoJson(g)["geometries"][0]["type"] == "MultiPoint");
    CHECK(geometryToGeoJson(Geometry{}).is_null());
}

TEST_CASE("table has a header and one row per kept feature", "[gazetteer][features]") {
    const auto table = featuresToTable(realGazetteer().features, {1925, std::nullopt});
    const auto rows = std::count(table.begin(), table.end(), '\n');
    CHECK(static_cast<std::size_t>(rows) == filterFeatures(realGazetteer().features, {1925, std::nullopt}).size() + 1);
    CHECK(table.rfind("id ", 0) == 0);
    CHECK(table.find("\nnkao ") != std::string::npos);
    CHECK(table.find("region/autonomous-region") != std::string::npos);
}
