// Suggestions resolved region first (namesakes on both sides of a border) and declined names reduced to their
// dictionary form before they are compared (Russian/Armenian stems, Azerbaijani suffixes).
#include <catch2/catch.hpp>

#include "core/gazetteer/places_review.hpp"
#include "core/gazetteer/suggest.hpp"
#include "core/text/name_key.hpp"

using namespace atlas::core;

namespace {

GeoNamesPlace at(std::string id, std::string name, double lon, double lat, std::string country, std::string admin1,
                 long pop = 800) {
    GeoNamesPlace p;
    p.id = std::move(id);
    p.name = std::move(name);
    p.lon = lon;
    p.lat = lat;
    p.country = std::move(country);
    p.admin1 = std::move(admin1);
    p.featureCode = "PPL";
    p.population = pop;
    return p;
}

// Constructed namesakes: "Dovshan" in Armenia's Tavush (AM 09) and in Azerbaijan's Qazax (AZ 46), 9 km apart
// across the border; a town on each side gives the regions' GeoNames codes.
GeoNamesIndex borderIndex() {
    return GeoNamesIndex({at("1", "Dovshan", 45.10, 41.05, "AM", "09"), at("2", "Dovshan", 45.20, 41.08, "AZ", "46"),
                          at("3", "Ijevan", 45.15, 40.88, "AM", "09", 14737),
                          at("4", "Qazax", 45.36, 41.09, "AZ", "46", 18000),
                          at("5", "Yerevan", 44.51, 40.18, "AM", "11", 1000000),
                          at("6", "Baku", 49.89, 40.38, "AZ", "09", 2000000)});
}

GazetteerFeature feature(std::string id, FeatureKind kind, std::string subkind, Vec2 point) {
    GazetteerFeature f;
    f.id = std::move(id);
    f.kind = kind;
    f.subkind = std::move(subkind);
    f.geometry.points.push_back(point);
    return f;
}

}  // namespace

TEST_CASE("region first: of two namesakes across a border, the one inside the named region wins", "[gazetteer][suggest][region]") {
    const GeoNamesIndex index = borderIndex();
    const std::vector<Vec2> border{{45.15, 41.065}};  // a border post between the two villages
    const SuggestionSet none = suggestPlaces("Dovshan", index, border);
    CHECK(none.ambiguous);  // nothing tells them apart: a person decides

    const auto [hint, expectedId] = GENERATE(table<RegionHint, std::string>({
        {RegionHint{"tavush", nullptr, "AM", "09"}, "1"},
        {RegionHint{"qazax-district", nullptr, "AZ", "46"}, "2"},
        {RegionHint{"armenia", nullptr, "AM", ""}, "1"},
        {RegionHint{"azerbaijan", nullptr, "AZ", ""}, "2"},
    }));
    CAPTURE(hint.featureId);
    const SuggestionSet s = suggestPlaces("Dovshan", index, border, {}, {hint});
    REQUIRE_FALSE(s.ranked.empty());
    CHECK(index.places[s.ranked.front().place].id == expectedId);
    CHECK_FALSE(s.ambiguous);
    CHECK(s.ranked.front().insideRegions == std::vector<std::string>{hint.featureId});
}

TEST_CASE("region first: the district beats the country; both countries named cancel out", "[gazetteer][suggest][region]") {
    const GeoNamesIndex index = borderIndex();
    const std::vector<Vec2> border{{45.15, 41.065}};
    const RegionHint armenia{"armenia", nullptr, "AM", ""};
    const RegionHint azerbaijan{"azerbaijan", nullptr, "AZ", ""};
    const RegionHint qazax{"qazax-district", nullptr, "AZ", "46"};
    CHECK(suggestPlaces("Dovshan", index, border, {}, {armenia, azerbaijan}).ambiguous);
    const SuggestionSet s = suggestPlaces("Dovshan", index, border, {}, {armenia, azerbaijan, qazax});
    CHECK(index.places[s.ranked.front().place].id == "2");  // a village inside its district inside its country
    CHECK_FALSE(s.ambiguous);
}

TEST_CASE("region first: a region drawn as a polygon contains its places", "[gazetteer][suggest][region]") {
    const GeoNamesIndex index = borderIndex();
    const std::vector<Polygon> box{Polygon{{{45.0, 41.0}, {45.14, 41.0}, {45.14, 41.1}, {45.0, 41.1}}, {}}};
    const RegionHint drawn{"west-of-the-line", &box, {}, {}};
    CHECK(placeInRegion(index.places[0], drawn));
    CHECK_FALSE(placeInRegion(index.places[1], drawn));
    const SuggestionSet s = suggestPlaces("Dovshan", index, {{45.15, 41.065}}, {}, {drawn});
    CHECK(index.places[s.ranked.front().place].id == "1");
}

TEST_CASE("regionHintOf: countries by country, districts by admin1, groups of countries not at all", "[gazetteer][suggest][region]") {
    const GeoNamesIndex index = borderIndex();
    const auto armenia = regionHintOf(feature("armenia", FeatureKind::Place, "country", {45.04, 40.07}), index);
    REQUIRE(armenia);
    CHECK(armenia->country == "AM");
    CHECK(armenia->admin1.empty());
    const auto qazax = regionHintOf(feature("qazax-district", FeatureKind::Region, "district", {45.35, 41.10}), index);
    REQUIRE(qazax);
    CHECK(qazax->country == "AZ");
    CHECK(qazax->admin1 == "46");
    CHECK_FALSE(regionHintOf(feature("caucasus", FeatureKind::Region, "country-group", {45.0, 41.0}), index));
    CHECK_FALSE(regionHintOf(feature("yerevan", FeatureKind::Place, "city", {44.51, 40.18}), index));
    CHECK_FALSE(regionHintOf(feature("far", FeatureKind::Region, "district", {60.0, 50.0}), index));  // nothing near
}

TEST_CASE("declined and suffixed candidates are compared by their dictionary form", "[gazetteer][suggest][inflection]") {
    const GeoNamesIndex index({at("1", "Jermuk", 45.669, 39.841, "AM", "10", 4582),
                               at("2", "Tovuz", 45.628, 40.992, "AZ", "56", 14000),
                               at("3", "Shusha", 46.755, 39.758, "AZ", "50", 4000),
                               at("4", "Kapan", 46.405, 39.207, "AM", "08", 43000),
                               at("5", "Kapanak", 46.3, 39.3, "AM", "08", 100)});
    const auto [candidate, expectedId] = GENERATE(table<std::string, std::string>({
        {"Джермука", "1"},   // genitive
        {"Джермуке", "1"},   // prepositional
        {"Шуше", "3"},       // the stem plus a nominative ending
        {"Шушой", "3"},
        {"Капана", "4"},     // the town, not the village that starts like it
        {"Tovuzda", "2"},    // Azerbaijani locative
        {"Tovuzdan", "2"},
    }));
    CAPTURE(candidate);
    const SuggestionSet s = suggestPlaces(candidate, index, {});
    REQUIRE_FALSE(s.ranked.empty());
    CHECK(index.places[s.ranked.front().place].id == expectedId);
    CHECK(s.ranked.front().nameScore >= kProvisionalNameScore);
}

TEST_CASE("dictionary forms: traps", "[gazetteer][suggest][inflection]") {
    CHECK(dictionaryFormKeys("Yerevan").empty());           // an English word loses nothing
    CHECK(dictionaryFormKeys("Баку").size() <= 1);
    // A stem must keep four letters before a longer name counts as its nominative.
    CHECK(stemKeySimilarity("kap", "kapan") < 0.95);
    CHECK(stemKeySimilarity("sus", "susa") == Approx(0.95));
    CHECK(stemKeySimilarity("jermuk", "jermuk") == 1.0);
    CHECK(stemKeySimilarity("susa", "susan") == Approx(0.95));
    CHECK(stemKeySimilarity("gavar", "gavaraberd") < 0.85);  // more than two letters more: another name
    const GeoNamesIndex index({at("1", "Masis", 44.41, 40.06, "AM", "05", 18000)});
    CHECK(suggestPlaces("Маралик", index, {}).ranked.empty());  // unlike names stay unlike
}
