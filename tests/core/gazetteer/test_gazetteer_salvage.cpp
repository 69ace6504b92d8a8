// A damaged gazetteer costs only the damaged records: bad bytes repaired, broken or cut-off records skipped.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/gazetteer/gazetteer_json.hpp"
#include "core/gazetteer/json_salvage.hpp"

using namespace atlas::core;

namespace {

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

const std::string kRobust = std::string(ATLAS_SOURCE_DIR) + "/tests/robustness/data/";

std::size_t problemsWith(const GazetteerParseResult& r, const std::string& needle) {
    return static_cast<std::size_t>(std::count_if(r.problems.begin(), r.problems.end(), [&](const Problem& p) {
        return p.message.find(needle) != std::string::npos;
    }));
}

}  // namespace

TEST_CASE("gazetteer salvage: invalid UTF-8 in five names keeps all 233 features", "[gazetteer][salvage]") {
    std::string text = readFile(std::string(ATLAS_SOURCE_DIR) + "/geodata/gazetteer.geojson");
    const std::size_t total = parseGazetteerGeoJson(text, "g").features.size();
    REQUIRE(total == 233);
    std::size_t pos = 0;
    for (int i = 0; i < 5; ++i) {  // a stray Latin-1 byte in the first name of five features
        pos = text.find("\"names\"", pos + 1);
        REQUIRE(pos != std::string::npos);
        pos = text.find("\"text\": \"", pos);
        REQUIRE(pos != std::string::npos);
        text.insert(pos + 9, "\xe9");
    }
    const auto r = parseGazetteerGeoJson(text, "gazetteer.geojson");
    CHECK(r.features.size() == total);
    CHECK(problemsWith(r, "1 invalid UTF-8 sequence(s) (first at byte ") == 5);
    const auto bad = std::find_if(r.features.begin(), r.features.end(), [](const GazetteerFeature& f) {
        return std::any_of(f.names.begin(), f.names.end(),
                           [](const Name& n) { return n.text.find("\xef\xbf\xbd") != std::string::npos; });
    });
    CHECK(bad != r.features.end());
}

TEST_CASE("gazetteer salvage: one unpaired \\ud800 escape costs nothing but a warning", "[gazetteer][salvage]") {
    std::string text = readFile(std::string(ATLAS_SOURCE_DIR) + "/geodata/gazetteer.geojson");
    const std::size_t pos = text.find("\"text\": \"");
    REQUIRE(pos != std::string::npos);
    text.insert(pos + 9, "\\ud800");
    const auto r = parseGazetteerGeoJson(text, "gazetteer.geojson");
    CHECK(r.features.size() == 233);
    CHECK(problemsWith(r, "1 unpaired surrogate escape(s) (first at byte " + std::to_string(pos + 9) + ")") == 1);
}

TEST_CASE("gazetteer salvage: bad bytes, a broken record and a cut-off file", "[gazetteer][salvage]") {
    const auto r = loadGazetteerFile(kRobust + "geodata_bad_bytes/gazetteer.geojson");
    REQUIRE(r.features.size() == 4);  // all but broken-town
    CHECK(r.features[1].id == "bad-byte-town");
    CHECK(r.features[1].names.at(0).text == "Bad Byte \xef\xbf\xbd\xef\xbf\xbd Town");
    CHECK(r.features[2].names.at(0).text == "Surrogate \xef\xbf\xbd Town");
    CHECK(r.features[3].id == "last-town");
    CHECK(problemsWith(r, "features[3] at byte ") == 1);
    const auto broken = std::find_if(r.problems.begin(), r.problems.end(),
                                     [](const Problem& p) { return p.featureId == "broken-town"; });
    REQUIRE(broken != r.problems.end());
    CHECK_THAT(broken->message, Catch::Contains("not valid JSON") && Catch::EndsWith("; skipped"));

    const auto cut = loadGazetteerFile(kRobust + "geodata_truncated_gazetteer/gazetteer.geojson");
    CHECK(cut.features.size() == 3);
    REQUIRE(problemsWith(cut, "cut off by the end of the file; skipped") == 1);
}

TEST_CASE("gazetteer salvage: the slicer respects strings and nesting", "[gazetteer][salvage]") {
    const std::string text =
        R"({"features": [ {"a": "x, ] }"}, [1, [2]] , {"b": {"c": "\"]"}} ], "type": "FeatureCollection"})";
    const auto s = sliceFeatures(text);
    CHECK(s.collection);
    CHECK(s.hasArray);
    REQUIRE(s.items.size() == 3);
    CHECK(s.items[0].text == R"({"a": "x, ] }"})");
    CHECK(s.items[1].text == "[1, [2]]");
    CHECK(text.substr(s.items[2].offset, 3) == "{\"b");
    CHECK_FALSE(sliceFeatures(R"({"type": "Feature", "features": []})").collection);
    const auto repaired = repairJsonText("a\\ud83d\\ude00b\\udc00\xff");
    CHECK(repaired.text == "a\\ud83d\\ude00b\\ufffd\xef\xbf\xbd");
    CHECK(repaired.badEscapes == 1);
    CHECK(repaired.invalidUtf8 == 1);
    CHECK(repaired.firstAt == 14);
}

TEST_CASE("gazetteer salvage: a file that is not JSON says where it breaks", "[gazetteer][salvage]") {
    const auto r = parseGazetteerGeoJson(R"({"type": "FeatureCollection", "features": [)", "g.geojson");
    CHECK(r.features.empty());
    REQUIRE(r.problems.size() == 1);
    CHECK_THAT(r.problems[0].message, Catch::StartsWith("not a GeoJSON FeatureCollection: ") &&
                                          Catch::Contains("(at byte "));
}
