// Issue 17's done-when checks on the bundled gazetteer: what a day shows, at the boundary days.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/gazetteer/feature_output.hpp"
#include "gazetteer_fixture.hpp"

using namespace atlas::core;
using atlas::test::realFeature;
using atlas::test::realGazetteer;

namespace {

FeatureFilter onDay(const char* text) {
    FeatureFilter f;
    f.date = parseDate(text);
    REQUIRE(f.date);
    return f;
}

bool shown(const std::string& id, const FeatureFilter& filter) {
    const auto kept = filterFeatures(realGazetteer().features, filter);
    return std::any_of(kept.begin(), kept.end(), [&](const GazetteerFeature* f) { return f->id == id; });
}

}  // namespace

TEST_CASE("a day shows either the line of contact or the ceasefire line", "[gazetteer][date]") {
    auto [day, contact, ceasefire, zone, artsakh] = GENERATE(table<const char*, bool, bool, bool, bool>({
        {"2020-09-27", true, false, false, true},
        {"2020-10-01", true, false, false, true},
        {"2020-11-09", true, false, false, true},
        {"2020-11-10", false, true, true, true},  // the statement's day belongs to the new line only
        {"2020-12-01", false, true, true, true},
        {"2023-09-18", false, true, true, true},
        {"2023-12-31", false, false, true, true},  // dissolved, effective 1 January 2024
        {"2024-01-01", false, false, true, false},
        {"2024-06-30", false, false, true, false},  // withdrawal completed June 2024
        {"2024-07-01", false, false, false, false},
        {"2024-09-01", false, false, false, false},
    }));
    CAPTURE(day);
    const FeatureFilter f = onDay(day);
    CHECK(shown("line-of-contact-1994", f) == contact);
    CHECK(shown("ceasefire-line-2020", f) == ceasefire);
    CHECK(shown("russian-peacekeeping-zone", f) == zone);
    CHECK(shown("artsakh-republic", f) == artsakh);
}

TEST_CASE("the Lachin corridor is open before 12 December 2022 and blockaded from it", "[gazetteer][date]") {
    auto [day, status] = GENERATE(table<const char*, std::string>({
        {"2020-11-09", "controlled-by-armenia"},
        {"2020-11-10", "open"},
        {"2022-12-01", "open"},
        {"2022-12-11", "open"},
        {"2022-12-12", "blockaded"},
        {"2023-01-15", "blockaded"},
        {"2023-09-18", "blockaded"},
        {"2023-09-19", "closed"},
    }));
    CAPTURE(day);
    CHECK(featureStatus(realFeature("lachin-corridor"), onDay(day)) == status);
}

TEST_CASE("the re-routed Lachin road holds from 25 August 2022", "[gazetteer][date]") {
    CHECK_FALSE(shown("lachin-road-2022", onDay("2022-08-24")));
    CHECK(featureStatus(realFeature("lachin-road-2022"), onDay("2022-08-25")) == "open");
    CHECK(featureStatus(realFeature("lachin-road-2022"), onDay("2023-01-15")) == "blockaded");
}

TEST_CASE("the year filter still means any day of that year on the dated gazetteer", "[gazetteer][date]") {
    FeatureFilter y2020;
    y2020.year = 2020;
    CHECK(shown("line-of-contact-1994", y2020));
    CHECK(shown("ceasefire-line-2020", y2020));
    FeatureFilter y2024;
    y2024.year = 2024;
    CHECK_FALSE(shown("artsakh-republic", y2024));
    CHECK(shown("russian-peacekeeping-zone", y2024));
    FeatureFilter war;
    war.range = std::pair{Date(2020, 9, 27), Date(2020, 11, 10)};
    CHECK(shown("line-of-contact-1994", war));
    CHECK(shown("ceasefire-line-2020", war));  // the range includes its last day
}
