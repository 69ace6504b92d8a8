// Shapes that change with their periods: the schema (read, written back, older files), the check rules, the
// visuals (the shape of the date shown, the latest without a date, Play's cross-fade) and the bundled data.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/gazetteer/feature_output.hpp"
#include "core/gazetteer/gazetteer_check.hpp"
#include "core/gazetteer/gazetteer_json.hpp"
#include "core/map/feature_visuals.hpp"
#include "core/time_filter.hpp"
#include "gazetteer_fixture.hpp"

using namespace atlas::core;
using atlas::test::realFeature;

namespace {

const char* kDated = R"({"type": "FeatureCollection", "features": [
 {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[46,39],[47,39],[47,40],[46,40],[46,39]]]},
  "properties": {"id": "land", "kind": "region", "subkind": "region", "source": "test",
   "names": [{"text": "Land", "lang": "en", "script": "Latn", "usage": ["common"], "primary": true}],
   "periods": [
    {"start": 1994, "end": "2020-11-10", "status": "de-facto", "certainty": "certain"},
    {"start": "2020-11-10", "end": "2023-09-28", "status": "de-facto", "certainty": "certain",
     "geometry": {"type": "Polygon", "coordinates": [[[46.5,39.5],[46.8,39.5],[46.8,39.8],[46.5,39.5]]]}},
    {"start": "2023-09-28", "end": "2024-01-01", "status": "dissolved", "certainty": "certain", "gap": false}]}}]})";

GazetteerFeature parseOne(const std::string& text) {
    const auto r = parseGazetteerGeoJson(text, "t.geojson");
    INFO((r.problems.empty() ? std::string() : r.problems.front().message));
    REQUIRE(r.features.size() == 1);
    return r.features.front();
}

bool has(const std::vector<Problem>& problems, const std::string& fragment) {
    return std::any_of(problems.begin(), problems.end(),
                       [&](const Problem& p) { return p.message.find(fragment) != std::string::npos; });
}

}  // namespace

TEST_CASE("a period may carry its own geometry; one without uses the feature's", "[gazetteer][json][period-geometry]") {
    const GazetteerFeature f = parseOne(kDated);
    REQUIRE(f.periods.size() == 3);
    CHECK(hasDatedGeometry(f));
    CHECK_FALSE(f.periods[0].geometry);
    REQUIRE(f.periods[1].geometry);
    CHECK(f.periods[1].geometry->polygons.at(0).outer.size() == 3);  // the closing position is dropped
    CHECK(&periodGeometry(f, f.periods[0]) == &f.geometry);
    CHECK(&periodGeometry(f, f.periods[1]) == &*f.periods[1].geometry);
    CHECK(checkFeature(f, "t.geojson").empty());
}

TEST_CASE("period geometry is written back and reads the same", "[gazetteer][json][period-geometry]") {
    const GazetteerFeature f = parseOne(kDated);
    nlohmann::ordered_json written = featureToJson(f, {});
    CHECK(written["periods"][1].contains("geometry"));
    CHECK_FALSE(written["periods"][0].contains("geometry"));
    nlohmann::ordered_json props = written;
    props.erase("geometry");
    const nlohmann::ordered_json doc = {
        {"type", "FeatureCollection"},
        {"features", {{{"type", "Feature"}, {"geometry", written["geometry"]}, {"properties", props}}}}};
    const GazetteerFeature back = parseOne(doc.dump());
    REQUIRE(back.periods.size() == f.periods.size());
    for (std::size_t i = 0; i < f.periods.size(); ++i) {
        CAPTURE(i);
        CHECK(back.periods[i].geometry.has_value() == f.periods[i].geometry.has_value());
        CHECK(back.periods[i].gapBefore == f.periods[i].gapBefore);
        CHECK(periodDays(back.periods[i]).from == periodDays(f.periods[i]).from);
        if (f.periods[i].geometry)
            CHECK(back.periods[i].geometry->polygons.at(0).outer == f.periods[i].geometry->polygons.at(0).outer);
    }
    CHECK(featureToJson(back, {}) == written);
}

TEST_CASE("a file without period geometry loads as before", "[gazetteer][json][period-geometry]") {
    const auto r = loadGazetteerFile(std::string(ATLAS_TEST_DATA_DIR) + "/gazetteer/small.geojson");
    CHECK(r.problems.empty());
    for (const auto& f : r.features) {
        CHECK_FALSE(hasDatedGeometry(f));
        CHECK(featureToJson(f, {})["periods"].dump().find("geometry") == std::string::npos);
    }
}

TEST_CASE("a bad period geometry or gap skips the record with a message naming the period", "[gazetteer][json][period-geometry]") {
    std::string text = kDated;
    const auto at = text.find(R"("type": "Polygon", "coordinates": [[[46.5)");
    REQUIRE(at != std::string::npos);
    text.replace(at, 17, R"("type": "Circle")");
    auto r = parseGazetteerGeoJson(text, "t.geojson");
    CHECK(r.features.empty());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].featureId == "land");
    CHECK(r.problems[0].message.find("period 1 geometry") != std::string::npos);
    text = kDated;
    text.replace(text.find(R"("gap": false)"), 12, R"("gap": "yes")");
    r = parseGazetteerGeoJson(text, "t.geojson");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].message.find("gap is not true or false") != std::string::npos);
}

TEST_CASE("check: dated geometry in order, without undeclared gaps, each shape valid", "[gazetteer][check][period-geometry]") {
    GazetteerFeature f = parseOne(kDated);
    SECTION("a gap is reported unless declared") {
        f.periods[2].start = Date(2024, 6, 1);
        f.periods[2].end = Date(2024, 12, 1);
        const auto problems = checkFeature(f, "t.geojson");
        CHECK(has(problems, "period 2 (2024-06-01..2024-12-01): gap after period 1"));
        f.periods[2].gapBefore = true;
        CHECK_FALSE(has(checkFeature(f, "t.geojson"), "gap after"));
    }
    SECTION("periods out of order") {
        std::swap(f.periods[0], f.periods[1]);
        CHECK(has(checkFeature(f, "t.geojson"), "period 1 (1994..2020-11-10): starts before period 0"));
    }
    SECTION("an invalid period shape names feature and period") {
        f.periods[1].geometry->polygons[0].outer = {{46, 39}, {47, 40}, {47, 39}, {46, 40}};  // a bow tie
        const auto problems = checkFeature(f, "t.geojson");
        REQUIRE(has(problems, "period 1 (2020-11-10..2023-09-28): geometry: polygon 0 ring 0: self-intersecting"));
        CHECK(problems.front().featureId == "land");
    }
    SECTION("a feature without period shapes may have gaps, as before") {
        f.periods[1].geometry.reset();
        f.periods[2].start = Date(2024, 6, 1);
        f.periods[2].end = Date(2024, 12, 1);
        CHECK_FALSE(has(checkFeature(f, "t.geojson"), "gap after"));
    }
}

TEST_CASE("the bundled gazetteer's dated shapes pass the check", "[gazetteer][check][period-geometry]") {
    for (const char* id : {"artsakh-republic", "lachin-corridor"}) {
        CAPTURE(id);
        const GazetteerFeature& f = realFeature(id);
        CHECK(hasDatedGeometry(f));
        CHECK(checkFeature(f, "gazetteer.geojson").empty());
    }
}

TEST_CASE("Artsakh's shape on a day: the 1994 extent until 10 November 2020, the reduced one from it",
          "[gazetteer][date][period-geometry]") {
    const GazetteerFeature& f = realFeature("artsakh-republic");
    auto shapeOn = [&](const char* day) -> const Geometry& {
        const auto d = parseDate(day);
        REQUIRE(d);
        const auto i = matchingPeriod(f.periods, daysOf(*d, *d));
        REQUIRE(i);
        return periodGeometry(f, f.periods[*i]);
    };
    auto area = [](const Geometry& g) { return polygonArea(g.polygons.at(0)); };  // degrees², for the ratio only
    CHECK(&shapeOn("2019-06-01") == &f.geometry);
    CHECK(&shapeOn("2020-11-09") == &f.geometry);
    CHECK(&shapeOn("2020-11-10") != &f.geometry);
    CHECK(area(shapeOn("2021-06-01")) < 0.35 * area(shapeOn("2019-06-01")));
    CHECK(&shapeOn("2023-12-31") != &f.geometry);  // dissolved: the reduced extent until the decree took effect
}

TEST_CASE("Play cross-fades two shapes around the day the shape changes", "[map][period-geometry]") {
    const DaySpan old{Date(1994).firstDay(), Date(2020, 11, 10).firstDay()};
    const DaySpan next{Date(2020, 11, 10).firstDay(), Date(2024, 1, 1).firstDay()};
    const double change = static_cast<double>(old.to);
    CHECK(shapeFade(old, change - 365) == 1.0f);
    CHECK(shapeFade(next, change - 365) == 0.0f);
    CHECK(shapeFade(old, change) == Approx(0.5f));
    CHECK(shapeFade(next, change) == Approx(0.5f));
    CHECK(shapeFade(old, change + 30) == Approx(0.25f));
    CHECK(shapeFade(next, change + 30) == Approx(0.75f));
    CHECK(shapeFade(old, change + kShapeFadeDays) == 0.0f);
    CHECK(shapeFade(next, change + kShapeFadeDays) == 1.0f);
    CHECK(dayOfPlayClock(2020.0) == Approx(static_cast<double>(Date(2020).firstDay())));
    CHECK(dayOfPlayClock(2020.5) == Approx(static_cast<double>(Date(2020).firstDay()) + 183.0));
}

TEST_CASE("visuals: a feature's shapes show for their days; without a time the latest only", "[map][period-geometry]") {
    MapModel model;
    auto shape = [](Date from, Date to, bool latest, const std::string& status) {
        MapFeature f;
        f.id = "land";
        f.layer = MapLayer::Region;
        Period p;
        p.start = from;
        p.end = to;
        p.status = status;
        f.periods = {p};
        f.shapeDays = periodDays(p);
        f.latestShape = latest;
        return f;
    };
    model.features = {shape(Date(1994), Date(2020, 11, 10), false, "de-facto"),
                      shape(Date(2020, 11, 10), Date(2023, 9, 28), false, "de-facto"),
                      shape(Date(2023, 9, 28), Date(2024, 1, 1), true, "dissolved")};
    const std::vector<float> opacity;
    auto on = [&](int y, int m, int d) {
        TimeFilter t;
        t.year = y;
        t.date = Date(y, m, d);
        return computeVisuals(model, t, opacity, std::nullopt, std::nullopt);
    };
    auto v = on(2020, 10, 1);
    CHECK(v[0].opacity == 1.0f);
    CHECK(v[1].opacity == 0.0f);
    v = on(2020, 12, 1);
    CHECK(v[0].opacity == 0.0f);
    CHECK(v[1].opacity == 1.0f);
    v = on(2023, 12, 1);  // dissolved: drawn fainter, grey and dashed
    CHECK(v[2].opacity > 0.0f);
    CHECK(v[2].opacity < 1.0f);
    CHECK(v[2].dashed);
    CHECK(v[2].color == regionStatusStyle("dissolved")->color);
    v = on(2024, 9, 1);  // after its end nothing is drawn
    CHECK(std::all_of(v.begin(), v.end(), [](const FeatureVisual& x) { return x.opacity == 0.0f; }));
    v = computeVisuals(model, TimeFilter{}, opacity, std::nullopt, std::nullopt);
    CHECK(v[0].opacity == 0.0f);
    CHECK(v[1].opacity == 0.0f);
    CHECK(v[2].opacity > 0.0f);
    TimeFilter play;  // playing through 2020: the year matches both shapes, the clock's day decides
    play.year = 2020;
    play.playClock = 2020.2;
    v = computeVisuals(model, play, opacity, std::nullopt, std::nullopt);
    CHECK(v[0].opacity == 1.0f);
    CHECK(v[1].opacity == 0.0f);
    play.playClock = 2020.0 + static_cast<double>(Date(2020, 11, 10).firstDay() - Date(2020).firstDay()) / 366.0;
    v = computeVisuals(model, play, opacity, std::nullopt, std::nullopt);
    CHECK(v[0].opacity == Approx(0.5f).margin(0.02));
    CHECK(v[1].opacity == Approx(0.5f).margin(0.02));
}

TEST_CASE("visuals: a year holding two shapes of one feature shows the one it ends on", "[map][period-geometry]") {
    MapModel model;
    auto road = [](const std::string& id, Date from, std::optional<Date> to) {
        MapFeature f;
        f.id = id + std::to_string(from.year);
        f.gazetteerId = id;
        f.layer = MapLayer::Corridor;
        Period p;
        p.start = from;
        p.end = to;
        p.status = "open";
        f.periods = {p};
        f.shapeDays = periodDays(p);
        f.latestShape = !to.has_value();
        return f;
    };
    // The Lachin road before and after the re-route of 25 August 2022, and an unrelated feature's old shape.
    model.features = {road("lachin", Date(2020, 11, 10), Date(2022, 8, 25)), road("lachin", Date(2022, 8, 25), std::nullopt),
                      road("other", Date(2020, 1, 1), Date(2022, 3, 1))};
    const std::vector<float> opacity;
    TimeFilter year;
    year.year = 2022;
    auto v = computeVisuals(model, year, opacity, std::nullopt, std::nullopt);
    CHECK(v[0].opacity == 0.0f);  // superseded within the year
    CHECK(v[1].opacity == 1.0f);
    CHECK(v[2].opacity == 1.0f);  // the only shape of its feature in 2022: drawn
    year.year = 2021;  // only the old road is in force
    v = computeVisuals(model, year, opacity, std::nullopt, std::nullopt);
    CHECK(v[0].opacity == 1.0f);
    CHECK(v[1].opacity == 0.0f);
    year.year = 2022;
    year.display = TimeDisplay::Fade;  // fading what is out of time: the old road is a ghost, not gone
    v = computeVisuals(model, year, opacity, std::nullopt, std::nullopt);
    CHECK(v[0].opacity == Approx(0.18f));
    CHECK(v[1].opacity == 1.0f);
    TimeFilter range;  // a range ending after the re-route: the new road
    range.range = std::pair{2019, 2023};
    v = computeVisuals(model, range, opacity, std::nullopt, std::nullopt);
    CHECK(v[0].opacity == 0.0f);
    CHECK(v[1].opacity == 1.0f);
    // Selected through its first record, the feature's halo goes round the shape shown.
    v = computeVisuals(model, range, opacity, std::size_t{0}, std::nullopt);
    CHECK(shownShapeOf(model, v, 0) == 1);
    CHECK(v[1].highlighted);
    CHECK(shownShapeOf(model, v, 2) == 2);
    TimeFilter day;  // a date still decides by its day
    day.year = 2022;
    day.date = Date(2022, 8, 24);
    v = computeVisuals(model, day, opacity, std::nullopt, std::nullopt);
    CHECK(v[0].opacity == 1.0f);
    CHECK(v[1].opacity == 0.0f);
    CHECK(shownShapeOf(model, v, 1) == 0);
}
