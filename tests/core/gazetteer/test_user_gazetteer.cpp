// The workspace's gazetteer.user.geojson and review.json: round trips, merging with the base, provisional features.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "core/corpus/link_index.hpp"
#include "core/gazetteer/places_review.hpp"
#include "core/gazetteer/user_gazetteer.hpp"
#include "core/text/text_normalize.hpp"
#include "../corpus/corpus_test_util.hpp"

using namespace atlas::core;
using namespace atlas::core::test;

namespace {
GeoNamesPlace gn(std::string id, std::string name, double lon, double lat) {
    GeoNamesPlace p;
    p.id = std::move(id);
    p.name = std::move(name);
    p.lon = lon;
    p.lat = lat;
    p.featureCode = "PPL";
    p.population = 5000;
    return p;
}
}  // namespace

TEST_CASE("user features and aliases survive a write and a read", "[gazetteer][user]") {
    UserGazetteer g;
    g.features.push_back(featureFromGeoNames("gavar", "Gavar", gn("616599", "Gavarr", 45.12386, 40.35398), {"a#p1"}, false));
    g.features.push_back(featurePlacedByHand("zod-pass", "Zod pass", 46.0, 40.1, FeatureKind::Place, {"a#p2", "b#p1"}));
    g.features.push_back(featureFromGeoNames("vayk", "Vayk", gn("", "Vayk", 45.47, 39.69), {}, true));
    g.aliases.push_back({"lachin-corridor", "Khankendi–Lachin road", {"a#p3"}});
    const auto back = parseUserGazetteer(userGazetteerToGeoJson(g), "u.geojson");
    CHECK(back.problems.empty());
    REQUIRE(back.gazetteer.features.size() == 3);
    const auto& gavar = back.gazetteer.features[0];
    CHECK(gavar.provenance == "GeoNames 616599");
    CHECK_FALSE(gavar.suggested);
    CHECK(gavar.passageIds == std::vector<std::string>{"a#p1"});
    REQUIRE(gavar.feature.names.size() == 2);  // the text's spelling, then GeoNames' as a variant
    CHECK(gavar.feature.names[0].primary);
    CHECK(gavar.feature.names[1].text == "Gavarr");
    CHECK(back.gazetteer.features[1].provenance == "placed by hand");
    CHECK(back.gazetteer.features[1].feature.geometry.points.front() == Vec2{46.0, 40.1});
    CHECK(back.gazetteer.findByName("zod PASS") == &back.gazetteer.features[1]);
    CHECK(back.gazetteer.features[2].suggested);
    CHECK(back.gazetteer.features[2].provenance == "suggested");
    REQUIRE(back.gazetteer.aliases.size() == 1);
    CHECK(back.gazetteer.aliases[0].name == "Khankendi–Lachin road");
}

TEST_CASE("extending the base: new features added, aliases become variants, clashes named", "[gazetteer][user]") {
    auto base = smallGazetteer();
    const std::size_t before = base.size();
    UserGazetteer g;
    g.features.push_back(featurePlacedByHand("vayk", "Vayk", 45.47, 39.69, FeatureKind::Place, {}));
    g.features.push_back(featurePlacedByHand("yerevan", "Yerevan", 44.5, 40.2, FeatureKind::Place, {}));  // clash
    g.aliases.push_back({"shusha", "Shushi town", {}});
    g.aliases.push_back({"no-such-feature", "Nowhere", {}});
    const auto problems = extendGazetteer(base, g, "u.geojson");
    CHECK(base.size() == before + 1);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].featureId == "yerevan");
    CHECK(problems[1].message.find("Nowhere") != std::string::npos);
    const auto shusha = std::find_if(base.begin(), base.end(), [](const auto& f) { return f.id == "shusha"; });
    REQUIRE(shusha != base.end());
    CHECK(shusha->names.back().text == "Shushi town");
    // The matcher now links the alias in text.
    const NameMatcher matcher(base);
    CHECK_FALSE(matcher.findFolded(foldForMatch("Shushi town")).empty());
    CHECK_FALSE(matcher.findFolded(foldForMatch("Vayk")).empty());
}

TEST_CASE("review memory and slugs", "[gazetteer][user]") {
    ReviewMemory m;
    m.rejected = {"Border News"};
    CHECK(m.isRejected("border news"));
    CHECK_FALSE(m.isRejected("Vayk"));
    CHECK(nlohmann::json::parse(reviewMemoryToJson(m))["rejected"][0] == "Border News");
    CHECK(slugFor("Yeghegnadzor", {}) == "yeghegnadzor");
    CHECK(slugFor("Zod pass", {"zod-pass"}) == "zod-pass-2");
    CHECK(slugFor("Şəmkir", {}) == "shamkir");
    CHECK(slugFor("Վայք", {}) == "vayk");
    CHECK(scriptOf("Ханкенди") == "Cyrl");
}

TEST_CASE("index --suggest's rule: a provisional feature for a close, untied name only", "[gazetteer][suggest]") {
    const auto features = smallGazetteer();
    std::vector<Document> docs;
    docs.push_back(makeDocument("n.txt", "Convoys left Shusha and reached Aygedzor by night.\n\n"
                                         "Buses went from Yerevan to Qwertyville.\n\n"
                                         "Farmers in Berdavan waited.\n"));
    const CorpusIndex index = buildCorpusIndex(std::move(docs), features);
    const NameMatcher matcher(features);
    // Aygedzor: one near Shusha (the passage's other place; the fixture puts it at 45,40), one far north-east.
    // Berdavan: two far apart, and its passage names no known place.
    const GeoNamesIndex geonames({gn("1", "Aygedzor", 45.05, 40.02), gn("2", "Aygedzor", 46.60, 41.20),
                                  gn("3", "Berdavan", 45.0, 41.1), gn("4", "Berdavan", 46.3, 39.3)});
    ReviewMemory review;
    const auto candidates = placeCandidates(index, features, matcher, geonames, review);
    REQUIRE(candidates.size() == 3);
    const auto provisional = provisionalFeatures(candidates, geonames, {});
    REQUIRE(provisional.size() == 1);
    CHECK(provisional[0].feature.id == "aygedzor");
    CHECK(provisional[0].suggested);
    CHECK(provisional[0].feature.geometry.points.front() == Vec2{45.05, 40.02});
    CHECK(provisional[0].passageIds == std::vector<std::string>{"n#p1"});
    review.rejected = {"Qwertyville"};
    CHECK(placeCandidates(index, features, matcher, geonames, review).size() == 2);
    const auto json = candidatesToJson(candidates, geonames);
    CHECK(json["candidates"].size() == 3);
}
