// Suggestions: name keys across scripts, the GeoNames extract's parser, ranking by name and distance (namesakes).
#include <catch2/catch.hpp>

#include "core/gazetteer/suggest.hpp"
#include "core/text/name_key.hpp"

using namespace atlas::core;

TEST_CASE("name keys fold scripts and the region's romanisations", "[gazetteer][suggest]") {
    auto [a, b] = GENERATE(table<std::string, std::string>({
        {"Khankendi", "Xankendi"},
        {"Khankendi", "Ханкенди"},
        {"Gavar", "Gavarr"},
        {"Jabrayil", "Cabrayil"},
        {"Shamkir", "Şamkir"},
        {"Noyemberyan", "Noyemberian"},
        {"Zangezur", "Зангезур"},
        {"Noyemberyan", "Ноемберян"},   // я -> ya, and ye ~ e after a vowel
        {"Yeghegnadzor", "Егегнадзор"},
        {"Jermuk", "Джермук"},          // дж -> dzh -> j, not ISO 9's dž -> dz
    }));
    CAPTURE(a, b);
    CHECK(nameKey(a) == nameKey(b));
    CHECK(nameSimilarity(a, b) == 1.0);
}

TEST_CASE("name similarity is graded, not all-or-nothing", "[gazetteer][suggest]") {
    CHECK(nameSimilarity("Xankandi", "Khankendi") == Approx(0.875));
    CHECK(nameSimilarity("Vayk", "Tovuz") < 0.5);
    CHECK(nameSimilarity("", "Vayk") == 0.0);
}

TEST_CASE("the GeoNames extract parses, and bad lines are named and skipped", "[gazetteer][geonames]") {
    const std::string text =
        "# comment\n"
        "geonames_id\tname\talternate_names\tlon\tlat\tcountry\tadmin1\tadmin2\tfeature_code\tpopulation\n"
        "616599\tGavarr\tGavar\t45.12386\t40.35398\tAM\t04\t13156120\tPPLA\t21680\n"
        "1\tBroken\t\t45.1\n"
        "2\tFar\t\t45.1\t95.0\tAM\t\t\tPPL\t0\n"
        "\tNew Town\tNew|Newer\t44.5\t40.1\tAM\t01\t\t\t0\n";
    const auto parsed = parseGeoNamesTsv(text, "x.tsv");
    REQUIRE(parsed.places.size() == 2);
    CHECK(parsed.places[0].id == "616599");
    CHECK(parsed.places[0].alternates == std::vector<std::string>{"Gavar"});
    CHECK(parsed.places[0].population == 21680);
    CHECK(parsed.places[1].alternates.size() == 2);
    REQUIRE(parsed.problems.size() == 2);
    CHECK(parsed.problems[0].message.find("line 4") != std::string::npos);
    CHECK(parsed.problems[1].message.find("bad coordinates") != std::string::npos);
}

namespace {
GeoNamesPlace place(std::string id, std::string name, double lon, double lat, long pop = 1000) {
    GeoNamesPlace p;
    p.id = std::move(id);
    p.name = std::move(name);
    p.lon = lon;
    p.lat = lat;
    p.country = "AM";
    p.featureCode = "PPL";
    p.population = pop;
    return p;
}
}  // namespace

TEST_CASE("namesakes: the village near the passage's other places wins", "[gazetteer][suggest]") {
    // Two villages called Aygedzor: one in Tavush (north, by Ijevan), one in Syunik (south, by Goris); the bigger
    // one is the southern, so population alone would pick it.
    const GeoNamesIndex index({place("1", "Aygedzor", 45.14, 40.95, 1500), place("2", "Aygedzor", 46.30, 39.55, 3000),
                               place("3", "Aygehovit", 45.21, 41.06)});
    const std::vector<Vec2> nearIjevan{{45.15, 40.88}};
    const std::vector<Vec2> nearGoris{{46.34, 39.51}};
    const auto north = suggestPlaces("Aygedzor", index, nearIjevan);
    REQUIRE(north.ranked.size() >= 2);
    CHECK(index.places[north.ranked[0].place].id == "1");
    CHECK(north.ranked[0].distanceKm.value() < 10.0);
    CHECK_FALSE(north.ambiguous);
    CHECK(north.autoAccept);
    const auto south = suggestPlaces("Aygedzor", index, nearGoris);
    CHECK(index.places[south.ranked[0].place].id == "2");
    CHECK(south.autoAccept);
}

TEST_CASE("two namesakes with no places nearby go to a person", "[gazetteer][suggest]") {
    const GeoNamesIndex index({place("1", "Aygedzor", 45.14, 40.95), place("2", "Aygedzor", 46.30, 39.55)});
    const auto s = suggestPlaces("Aygedzor", index, {});
    REQUIRE(s.ranked.size() == 2);
    CHECK(s.ambiguous);
    CHECK_FALSE(s.autoAccept);
    // Context equally far from both (the midpoint) is no help either.
    const auto mid = suggestPlaces("Aygedzor", index, {{45.72, 40.25}});
    CHECK(mid.ambiguous);
}

TEST_CASE("one place listed twice (two spellings a few hundred metres apart) is not a tie", "[gazetteer][suggest]") {
    const GeoNamesIndex index({place("1", "Gavarr", 45.1238, 40.3539), place("", "Gavar", 45.1260, 40.3550)});
    const auto s = suggestPlaces("Gavar", index, {});
    CHECK_FALSE(s.ambiguous);
    CHECK(s.ranked.size() == 2);
    CHECK(s.confidence == Approx(0.65 + 0.35 * 0.5));
    CHECK_FALSE(s.autoAccept);  // no place of the passages to confirm it: below the threshold
}

TEST_CASE("unlike names are not suggested; alternates are matched", "[gazetteer][suggest]") {
    GeoNamesPlace x = place("146970", "Xankandi", 46.7528, 39.8177);
    x.alternates = {"Khankendi"};
    const GeoNamesIndex index({x, place("2", "Tovuz", 45.63, 40.99)});
    const auto s = suggestPlaces("Khankendi", index, {{46.75, 39.76}});
    REQUIRE(s.ranked.size() == 1);
    CHECK(s.ranked[0].matchedName == "Khankendi");
    CHECK(s.ranked[0].nameScore == 1.0);
    CHECK(suggestPlaces("Yerevan", index, {}).ranked.empty());
}

TEST_CASE("a town scoring alike with a village of its name is not a tie; two towns or two villages are",
          "[gazetteer][suggest]") {
    // Masis, a town of some 19,000 south of Yerevan, listed twice (once without a population), and a village of
    // the same name 8 km away: a passage naming Yerevan is near all three.
    const GeoNamesIndex towns({place("616435", "Masis", 44.4162, 40.0654, 18911), place("", "Masis", 44.4367, 40.0660),
                               place("", "Masis", 44.4935, 39.9977)});
    const std::vector<Vec2> yerevan{{44.5126, 40.1811}};
    const auto town = suggestPlaces("Masis", towns, yerevan);
    REQUIRE(town.ranked.size() == 3);
    CHECK_FALSE(town.ambiguous);
    CHECK(distanceKm(towns.places[town.ranked[0].place].lon, towns.places[town.ranked[0].place].lat, 44.4162, 40.0654) < 5.0);
    // Two villages (or a village and a town of a comparable size) still go to a person.
    const GeoNamesIndex villages({place("1", "Masis", 44.4162, 40.0654, 1800), place("2", "Masis", 44.4935, 39.9977, 900)});
    CHECK(suggestPlaces("Masis", villages, yerevan).ambiguous);
    const GeoNamesIndex twoTowns({place("1", "Masis", 44.4162, 40.0654, 18911), place("2", "Masis", 44.4935, 39.9977, 6000)});
    CHECK(suggestPlaces("Masis", twoTowns, yerevan).ambiguous);
}
