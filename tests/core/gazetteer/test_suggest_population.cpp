// Suggestions weigh a place's population when the passages name no region (a town over a namesake village), and
// keep region first when they do.
#include <catch2/catch.hpp>

#include "core/gazetteer/suggest.hpp"

using namespace atlas::core;

namespace {

GeoNamesPlace at(std::string id, std::string name, double lon, double lat, std::string admin1, long pop) {
    GeoNamesPlace p;
    p.id = std::move(id);
    p.name = std::move(name);
    p.lon = lon;
    p.lat = lat;
    p.country = "AM";
    p.admin1 = std::move(admin1);
    p.featureCode = "PPL";
    p.population = pop;
    return p;
}

// Constructed namesakes: "Kotovan", a town of 35,000 in admin1 05, and a village of 1,400 in admin1 02, the village
// a little nearer to the one place the passage names (a city between them).
GeoNamesIndex namesakes() {
    return GeoNamesIndex({at("1", "Kotovan", 44.633, 40.274, "05", 35000), at("2", "Kotovan", 44.53, 40.07, "02", 1400),
                          at("3", "Bigcity", 44.51, 40.18, "11", 1000000)});
}

const std::vector<Vec2> kCity{{44.51, 40.18}};

}  // namespace

TEST_CASE("population: with no region named, the town outranks a slightly nearer namesake village", "[gazetteer][suggest][population]") {
    const GeoNamesIndex index = namesakes();
    const SuggestionSet s = suggestPlaces("Kotovan", index, kCity);
    REQUIRE(s.ranked.size() == 2);
    CHECK(index.places[s.ranked.front().place].id == "1");
    CHECK(*s.ranked[0].distanceKm > *s.ranked[1].distanceKm);  // the village is nearer: population decided
    CHECK_FALSE(s.ambiguous);  // a town against a village 25 times smaller is no tie
}

TEST_CASE("population: with no passages' places either, the town comes first", "[gazetteer][suggest][population]") {
    const GeoNamesIndex index = namesakes();
    const SuggestionSet s = suggestPlaces("Kotovan", index, {});
    REQUIRE(s.ranked.size() == 2);
    CHECK(index.places[s.ranked.front().place].id == "1");
    CHECK(s.ranked[0].score > s.ranked[1].score);  // not a tie broken by order
}

TEST_CASE("population: a named region still comes first", "[gazetteer][suggest][population][region]") {
    const GeoNamesIndex index = namesakes();
    const auto [admin1, expectedId] = GENERATE(table<std::string, std::string>({{"02", "2"}, {"05", "1"}}));
    CAPTURE(admin1);
    const SuggestionSet s = suggestPlaces("Kotovan", index, kCity, {}, {RegionHint{"province", nullptr, "AM", admin1}});
    REQUIRE_FALSE(s.ranked.empty());
    CHECK(index.places[s.ranked.front().place].id == expectedId);
}

TEST_CASE("population: two villages of like size stay a tie for a person", "[gazetteer][suggest][population]") {
    const GeoNamesIndex index({at("1", "Dzorak", 44.60, 40.10, "02", 900), at("2", "Dzorak", 44.42, 40.10, "02", 1100)});
    const SuggestionSet s = suggestPlaces("Dzorak", index, {Vec2{44.51, 40.10}});
    CHECK(s.ambiguous);
}

TEST_CASE("namesakes: another place's alternate name or a less alike name is no tie", "[gazetteer][suggest][population]") {
    GeoNamesPlace former = at("2", "Masisa", 44.42, 40.07, "02", 19000);
    former.alternates = {"Kotovan"};  // once called so
    const GeoNamesIndex index({at("1", "Kotovan", 44.77, 40.50, "05", 40000), former,
                               at("3", "Kotovanik", 44.80, 40.45, "05", 9000)});
    const SuggestionSet s = suggestPlaces("Kotovan", index, {});
    REQUIRE(s.ranked.size() >= 2);
    CHECK(index.places[s.ranked.front().place].id == "1");
    CHECK_FALSE(s.ambiguous);

    // Both matched by their own name: still a tie for a person.
    const GeoNamesIndex twins({at("1", "Kotovan", 44.77, 40.50, "05", 40000), at("2", "Kotovan", 44.42, 40.07, "02", 19000)});
    CHECK(suggestPlaces("Kotovan", twins, {}).ambiguous);
}
