// Gazetteer GeoJSON parser: good records, every kind of bad record, and that bad records do not lose the rest.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/gazetteer/gazetteer_json.hpp"

using namespace atlas::core;

namespace {

const std::string kDir = std::string(ATLAS_TEST_DATA_DIR) + "/gazetteer/";

bool hasProblem(const GazetteerParseResult& r, const std::string& id, const std::string& needle) {
    return std::any_of(r.problems.begin(), r.problems.end(), [&](const Problem& p) {
        return p.featureId == id && p.message.find(needle) != std::string::npos;
    });
}

const GazetteerFeature* byId(const GazetteerParseResult& r, const std::string& id) {
    for (const auto& f : r.features)
        if (f.id == id) return &f;
    return nullptr;
}

}  // namespace

TEST_CASE("a valid gazetteer parses completely", "[gazetteer][json]") {
    const GazetteerParseResult r = loadGazetteerFile(kDir + "small.geojson");
    CHECK(r.problems.empty());
    REQUIRE(r.features.size() == 17);
    const GazetteerFeature* armenia = byId(r, "armenia");
    REQUIRE(armenia != nullptr);
    CHECK(armenia->kind == FeatureKind::Region);
    CHECK(armenia->subkind == "country");
    CHECK(armenia->importance == 1);
    CHECK(armenia->accuracy == Accuracy::Approximate);
    REQUIRE(armenia->names.size() == 4);
    CHECK(armenia->names[0].primary);
    CHECK(armenia->names[1].adjectival);
    CHECK(armenia->names[2].script == "Armn");
    CHECK(armenia->names[2].usage == std::vector<NameUsage>{NameUsage::Armenian});
    REQUIRE(armenia->geometry.polygons.size() == 1);
    CHECK(armenia->geometry.polygons[0].outer.size() == 4);  // closing point dropped
    const GazetteerFeature* corridor = byId(r, "lachin-corridor");
    REQUIRE(corridor != nullptr);
    CHECK(corridor->kind == FeatureKind::Corridor);
    CHECK(corridor->geometry.lines.size() == 1);
    CHECK(byId(r, "washington-dc")->offmap);
}

TEST_CASE("bad records are skipped with a problem each; good ones survive", "[gazetteer][json]") {
    const GazetteerParseResult r = loadGazetteerFile(kDir + "bad_records.geojson");
    std::vector<std::string> ids;
    for (const auto& f : r.features) ids.push_back(f.id);
    CHECK(ids == std::vector<std::string>{"alpha", "kappa", "lambda", "mu"});
    CHECK(hasProblem(r, "alpha", "duplicate id"));
    CHECK(hasProblem(r, "beta", "unknown kind"));
    CHECK(hasProblem(r, "gamma", "empty names"));
    CHECK(hasProblem(r, "delta", "empty name"));
    CHECK(hasProblem(r, "epsilon", "is not before end"));
    CHECK(hasProblem(r, "zeta", "'1990s' is not a date"));
    CHECK(hasProblem(r, "eta", "missing geometry"));
    CHECK(hasProblem(r, "theta", "invalid coordinates"));
    CHECK(hasProblem(r, "iota", "invalid coordinates"));
    CHECK(hasProblem(r, "", "missing id"));
    CHECK(hasProblem(r, "kappa", "unknown name usage"));
    for (const Problem& p : r.problems) CHECK(p.file == "bad_records.geojson");
    const GazetteerFeature* lambda = byId(r, "lambda");
    REQUIRE(lambda != nullptr);
    CHECK(lambda->geometry.lines.size() == 2);
    REQUIRE(lambda->periods.size() == 1);
    CHECK(lambda->periods[0].start == 1991);
    CHECK_FALSE(lambda->periods[0].end.has_value());
    CHECK(lambda->periods[0].certainty == "probable");
    CHECK(byId(r, "mu")->geometry.polygons.size() == 2);
}

TEST_CASE("text that is not a FeatureCollection gives one problem", "[gazetteer][json]") {
    for (const char* text : {"", "{", "[]", R"({"type":"Feature"})", R"({"type":"FeatureCollection","features":3})"}) {
        const GazetteerParseResult r = parseGazetteerGeoJson(text, "x.geojson");
        CHECK(r.features.empty());
        CHECK(r.problems.size() == 1);
    }
    const GazetteerParseResult missing = loadGazetteerFile(kDir + "does_not_exist.geojson");
    CHECK(missing.problems.size() == 1);
}

TEST_CASE("usage strings round-trip, Turkish included", "[gazetteer][json]") {
    for (NameUsage u : {NameUsage::Common, NameUsage::Armenian, NameUsage::Azerbaijani, NameUsage::Russian, NameUsage::Turkish,
                        NameUsage::Historical, NameUsage::Variant, NameUsage::Misspelling})
        CHECK(nameUsageFromString(nameUsageName(u)) == u);
    CHECK_FALSE(nameUsageFromString("klingon").has_value());
    CHECK(featureKindFromString("water") == FeatureKind::Water);
}

TEST_CASE("a corridor period's width_km is read; a bad one skips the record with a problem", "[gazetteer][json]") {
    auto record = [](const std::string& id, const std::string& width) {
        return R"({"type":"Feature","geometry":{"type":"LineString","coordinates":[[45.5,39.5],[46.5,39.8]]},)"
               R"("properties":{"id":")" + id + R"(","kind":"corridor","names":[{"text":")" + id +
               R"(","lang":"en","script":"Latn","usage":"common"}],)"
               R"("periods":[{"start":2020,"end":2022,"status":"open","width_km":)" + width + "}]}}";
    };
    const std::string text = R"({"type":"FeatureCollection","features":[)" + record("good", "5") + "," +
                             record("negative", "-5") + "," + record("words", "\"five\"") + "," +
                             record("none", "null") + "]}";
    const GazetteerParseResult r = parseGazetteerGeoJson(text, "w.geojson");
    const GazetteerFeature* good = byId(r, "good");
    REQUIRE(good != nullptr);
    REQUIRE(good->periods.size() == 1);
    CHECK(good->periods[0].widthKm == 5.0);
    const GazetteerFeature* none = byId(r, "none");
    REQUIRE(none != nullptr);
    CHECK_FALSE(none->periods[0].widthKm.has_value());
    CHECK(byId(r, "negative") == nullptr);
    CHECK(byId(r, "words") == nullptr);
    CHECK(hasProblem(r, "negative", "width_km"));
    CHECK(hasProblem(r, "words", "width_km"));
}

TEST_CASE("period bounds take a year number or an ISO date at year, month or day precision", "[gazetteer][json][date]") {
    auto record = [](const std::string& id, const std::string& start, const std::string& end) {
        return R"({"type":"Feature","geometry":{"type":"Point","coordinates":[46.7,39.8]},)"
               R"("properties":{"id":")" + id + R"(","kind":"place","names":[{"text":")" + id +
               R"(","lang":"en","script":"Latn","usage":"common"}],)"
               R"("periods":[{"start":)" + start + R"(,"end":)" + end + R"(,"status":"existing"}]}})";
    };
    const std::string text = R"({"type":"FeatureCollection","features":[)" + record("years", "1994", "2020") + "," +
                             record("dates", "\"2020-11-10\"", "\"2024-06\"") + "," +
                             record("year-string", "\"1994\"", "null") + "," +
                             record("bad-month", "\"2020-13\"", "null") + "," +
                             record("backwards", "\"2020-11-10\"", "\"2020-11-10\"") + "," +
                             record("word", "\"soon\"", "null") + "]}";
    const GazetteerParseResult r = parseGazetteerGeoJson(text, "d.geojson");
    const GazetteerFeature* years = byId(r, "years");
    REQUIRE(years != nullptr);
    CHECK(years->periods[0].start == Date(1994));
    CHECK(years->periods[0].end == Date(2020));
    const GazetteerFeature* dates = byId(r, "dates");
    REQUIRE(dates != nullptr);
    CHECK(dates->periods[0].start == Date(2020, 11, 10));
    CHECK(dates->periods[0].end == Date(2024, 6));
    const GazetteerFeature* yearString = byId(r, "year-string");
    REQUIRE(yearString != nullptr);
    CHECK(yearString->periods[0].start == Date(1994));
    CHECK_FALSE(yearString->periods[0].end);
    CHECK(byId(r, "bad-month") == nullptr);
    CHECK(hasProblem(r, "bad-month", "'2020-13' is not a date"));
    CHECK(byId(r, "backwards") == nullptr);  // a full-date end is exclusive: the same day leaves no day
    CHECK(hasProblem(r, "backwards", "is not before end"));
    CHECK(hasProblem(r, "word", "'soon' is not a date"));
}
