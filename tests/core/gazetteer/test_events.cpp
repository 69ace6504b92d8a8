// events.json parsing (real file and broken text) and the timeline lookups.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/gazetteer/events.hpp"
#include "gazetteer_fixture.hpp"

using namespace atlas::core;
using atlas::test::realEvents;

namespace {

bool hasProblem(const std::vector<Problem>& problems, const std::string& id, const std::string& fragment) {
    return std::any_of(problems.begin(), problems.end(), [&](const Problem& p) {
        return p.featureId == id && p.message.find(fragment) != std::string::npos;
    });
}

}  // namespace

TEST_CASE("the bundled events parse cleanly", "[gazetteer][events]") {
    CHECK(realEvents().problems.empty());
    REQUIRE(realEvents().events.size() >= 80);
    const auto sorted = eventsByYear(realEvents().events);
    CHECK(std::is_sorted(sorted.begin(), sorted.end(), [](const Event* a, const Event* b) { return a->year < b->year; }));
    CHECK(sorted.front()->id == "shusha-fortress-1751");
}

TEST_CASE("events by feature are sorted and name the feature", "[gazetteer][events]") {
    const auto lachin = eventsForFeature(realEvents().events, "lachin-corridor");
    REQUIRE(lachin.size() >= 2);
    for (const Event* e : lachin)
        CHECK(std::find(e->featureIds.begin(), e->featureIds.end(), "lachin-corridor") != e->featureIds.end());
    CHECK(std::is_sorted(lachin.begin(), lachin.end(), [](const Event* a, const Event* b) { return a->year < b->year; }));
    CHECK(eventsForFeature(realEvents().events, "no-such-feature").empty());
}

TEST_CASE("timeline stepping between event years", "[gazetteer][events]") {
    const std::vector<Event> events{{"a", 1991, "1991-12-10", std::nullopt, "A", "", {"x"}, ""},
                                    {"b", 1994, "", 2020, "B", "", {"x"}, ""},
                                    {"c", 1994, "", std::nullopt, "C", "", {"x"}, ""},
                                    {"d", 2020, "2020-11-10", std::nullopt, "D", "", {"x"}, ""}};
    CHECK(nextEventYear(events, 1900) == 1991);
    CHECK(nextEventYear(events, 1991) == 1994);
    CHECK(nextEventYear(events, 1994) == 2020);
    CHECK_FALSE(nextEventYear(events, 2020).has_value());
    CHECK(previousEventYear(events, 2020) == 1994);
    CHECK(previousEventYear(events, 1994) == 1991);
    CHECK_FALSE(previousEventYear(events, 1991).has_value());
    CHECK(eventsInYear(events, 2000).size() == 1);
    CHECK(eventsInYear(events, 1994).size() == 2);
    CHECK(eventsInYear(events, 2020).size() == 2);
}

TEST_CASE("the real timeline steps through 2020 and 2023", "[gazetteer][events]") {
    const auto& ev = realEvents().events;
    const auto next = nextEventYear(ev, 2020);
    REQUIRE(next.has_value());
    CHECK(*next > 2020);
    CHECK(*next <= 2023);
    CHECK(previousEventYear(ev, 1923).value_or(9999) < 1923);
}

TEST_CASE("broken events are reported, bad records skipped, the rest kept", "[gazetteer][events]") {
    const auto r = parseEventsJson(R"({"version":1,"events":[
        {"id":"ok","year":2020,"date":"2020-11-10","title":"Ceasefire","features":["a"]},
        {"id":"mismatch","year":2019,"date":"2020-01-01","title":"T","features":["a"]},
        {"id":"baddate","year":2019,"date":"10 Nov 2019","title":"T","features":["a"]},
        {"id":"notitle","year":2019,"features":["a"]},
        {"id":"floatyear","year":"2019","title":"T"},
        {"year":2019,"title":"no id"},
        {"id":"ok","year":2021,"title":"dup"},
        {"id":"backwards","year":2021,"end_year":2020,"title":"T","features":["a", 3]}]})",
                                   "events.json");
    CHECK(r.events.size() == 4);
    CHECK(hasProblem(r.problems, "mismatch", "does not match year 2019"));
    CHECK(hasProblem(r.problems, "baddate", "not an ISO date"));
    CHECK(hasProblem(r.problems, "notitle", "missing title; skipped"));
    CHECK(hasProblem(r.problems, "floatyear", "not an integer; skipped"));
    CHECK(hasProblem(r.problems, "events[5]", "missing id"));
    CHECK(hasProblem(r.problems, "ok", "duplicate id"));
    CHECK(hasProblem(r.problems, "backwards", "before year"));
    CHECK(hasProblem(r.problems, "backwards", "not a string"));
    for (const auto& p : r.problems) CHECK(p.file == "events.json");
}

TEST_CASE("unparseable events text is one problem", "[gazetteer][events]") {
    const auto r = parseEventsJson("{not json", "events.json");
    CHECK(r.events.empty());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].file == "events.json");
    CHECK(loadEventsFile("/nonexistent/events.json").problems.at(0).message == "cannot read file");
}

TEST_CASE("an event's end_date is an ISO date in its end year, not before its start", "[gazetteer][events][date]") {
    const auto r = parseEventsJson(R"({"version":1,"events":[
        {"id":"war","year":2020,"date":"2020-09-27","end_year":2020,"end_date":"2020-11-10","title":"War"},
        {"id":"zone","year":2020,"date":"2020-11-10","end_year":2024,"end_date":"2024-06","title":"Zone"},
        {"id":"wrong-year","year":2020,"date":"2020-09-27","end_year":2021,"end_date":"2020-11-10","title":"W"},
        {"id":"backwards","year":2020,"date":"2020-09-27","end_date":"2020-09-01","title":"B"},
        {"id":"words","year":2020,"end_date":"November","title":"N"}]})",
                                   "events.json");
    REQUIRE(r.events.size() == 5);
    CHECK(r.events[0].endDate == "2020-11-10");
    CHECK_FALSE(hasProblem(r.problems, "war", "end_date"));
    CHECK_FALSE(hasProblem(r.problems, "zone", "end_date"));
    CHECK(hasProblem(r.problems, "wrong-year", "does not match end_year 2021"));
    CHECK(hasProblem(r.problems, "backwards", "is before date"));
    CHECK(hasProblem(r.problems, "words", "is not an ISO date"));
}

TEST_CASE("the bundled events date the war, the blockade and the withdrawal to the day or month", "[gazetteer][events][date]") {
    const auto& events = atlas::test::realEvents().events;
    auto find = [&](const std::string& id) -> const Event& {
        const auto it = std::find_if(events.begin(), events.end(), [&](const Event& e) { return e.id == id; });
        REQUIRE(it != events.end());
        return *it;
    };
    CHECK(find("second-karabakh-war").date == "2020-09-27");
    CHECK(find("second-karabakh-war").endDate == "2020-11-10");
    CHECK(find("lachin-blockade").date == "2022-12-12");
    CHECK(find("lachin-blockade").endDate == "2023-09-19");
    CHECK(find("september-2023-offensive").endDate == "2023-09-20");
    CHECK(find("peacekeepers-deployed-2020").endDate == "2024-06");
    CHECK(find("nkr-dissolved").date == "2024-01-01");
    CHECK(find("lachin-bypass-2022").date == "2022-08-25");
}
