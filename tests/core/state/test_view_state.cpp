// View state JSON: round trip, defaults, each invalid field, unknown fields, newer versions, camera conversion.
#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "core/atomic_file.hpp"
#include "core/state/view_state.hpp"

using namespace atlas::core;
using Json = nlohmann::ordered_json;

namespace {

std::string fixture(const std::string& name) {
    auto text = readWholeFile(std::string(ATLAS_TEST_DATA_DIR) + "/view_state/" + name);
    REQUIRE(text);
    return *text;
}

ViewState sampleView() {
    ViewState v;
    v.camera = {46.75, 39.81, 120.5, ProjectionId::Utm38N};
    v.time = TimeSelection::range(1991, 1994);
    v.time.display = TimeDisplay::Fade;
    v.naming = NamingChoice::Both;
    v.layer("land")->labels = false;
    v.layer("countries")->opacity = 0.5;
    v.layer("countries")->colour = "#a0b0c0";
    v.layer("regions")->visible = false;
    v.layer("corridors")->opacity = 0.75;
    v.layer("corridors")->colour = "#ff0000";
    v.layer("corridors")->order = 9;
    v.layer("offmap")->visible = false;
    v.layer("graticule")->order = 5;
    v.layers.push_back({"/data/roads.gpkg", true, true, 0.25, "#123abc", false, 10, {}, "road_name"});
    v.selection = "lachin-corridor";
    v.openPassage = "004_5e0463355af78295#p123";
    v.highlightedPassage = "001_85c180ad74b6626a#p12";
    v.panels = {false, true, true, true, false, true};
    v.uiScale = 1.5;
    return v;
}

/// A flat projector: x = lon * k, y = lat * k, with a spherical-ish geodesic distance.
class ScaledProjector : public Projector {
public:
    explicit ScaledProjector(double k) : m_k(k) {}
    [[nodiscard]] ProjectionId id() const override { return ProjectionId::PlateCarree; }
    [[nodiscard]] std::optional<Vec2> forward(Vec2 ll) const override { return Vec2{ll.x * m_k, ll.y * m_k}; }
    [[nodiscard]] std::optional<Vec2> inverse(Vec2 xy) const override { return Vec2{xy.x / m_k, xy.y / m_k}; }
    [[nodiscard]] double geodesicDistance(Vec2 a, Vec2 b) const override {
        const double mPerDeg = 111320.0;
        const double dx = (b.x - a.x) * mPerDeg * std::cos(a.y * M_PI / 180.0);
        const double dy = (b.y - a.y) * mPerDeg;
        return std::sqrt(dx * dx + dy * dy);
    }
    void forwardInPlace(std::vector<Vec2>& pts) const override {
        for (auto& p : pts) p = *forward(p);
    }

private:
    double m_k;
};

}  // namespace

TEST_CASE("view state: a document with only format and version gives the defaults", "[view_state]") {
    const auto parsed = viewStateFromText(R"({"format": "caucasus-atlas-view", "version": 1})");
    REQUIRE(parsed.error.empty());
    REQUIRE(parsed.state);
    CHECK(parsed.warnings.empty());
    CHECK(*parsed.state == ViewState{});
    CHECK(parsed.state->time.kind == TimeSelection::Kind::None);
    CHECK(parsed.state->layers.size() == kBuiltinLayerKeys.size());
    CHECK(parsed.state->layer("graticule")->order == 9);
    CHECK_FALSE(parsed.state->selection);
}

TEST_CASE("view state: round trip through JSON text keeps every field", "[view_state]") {
    const ViewState v = sampleView();
    const std::string text = toJson(v).dump(2);
    const auto back = viewStateFromText(text);
    REQUIRE(back.state);
    CHECK(back.warnings.empty());
    CHECK(*back.state == v);
    SECTION("the fixture is exactly what toJson writes (stable key order)") {
        std::string expected = fixture("full.json");
        while (!expected.empty() && expected.back() == '\n') expected.pop_back();
        CHECK(text == expected);
    }
    SECTION("a single year round-trips too") {
        ViewState y = v;
        y.time = TimeSelection::year(2020);
        const auto yb = fromJson(toJson(y));
        REQUIRE(yb.state);
        CHECK(yb.state->time == TimeSelection::year(2020));
    }
}

TEST_CASE("view state: unknown fields and layer keys are ignored silently", "[view_state]") {
    const auto parsed = viewStateFromText(fixture("unknown_fields.json"));
    REQUIRE(parsed.state);
    CHECK(parsed.warnings.empty());
    CHECK(parsed.state->camera.lon == 45.0);
    CHECK_FALSE(parsed.state->layer("places")->visible);
    CHECK(parsed.state->layer("hillshade") == nullptr);
}

TEST_CASE("view state: each invalid field is a warning naming it and falls back to the default", "[view_state]") {
    using Row = std::tuple<std::string, std::string, std::string>;  // JSON pointer, bad value, warned field
    const auto row = GENERATE(table<std::string, std::string, std::string>({
        Row{"/camera", "5", "camera"},
        Row{"/camera/lon", "\"east\"", "camera.lon"},
        Row{"/camera/lon", "200", "camera.lon"},
        Row{"/camera/lat", "-89", "camera.lat"},
        Row{"/camera/ground_metres_per_pixel", "0", "camera.ground_metres_per_pixel"},
        Row{"/camera/projection", "\"mollweide\"", "camera.projection"},
        Row{"/time", "[1]", "time"},
        Row{"/time/year", "\"1994\"", "time.year"},
        Row{"/time/year", "1994.5", "time.year"},
        Row{"/time/range", "[1994, 1991]", "time.range"},
        Row{"/time/range", "[1991]", "time.range"},
        Row{"/time/display", "\"blink\"", "time.display"},
        Row{"/naming", "\"russian\"", "naming"},
        Row{"/layers", "[]", "layers"},
        Row{"/layers/places", "true", "layers.places"},
        Row{"/layers/places/visible", "\"yes\"", "layers.places.visible"},
        Row{"/layers/places/opacity", "1.5", "layers.places.opacity"},
        Row{"/layers/places/colour", "\"red\"", "layers.places.colour"},
        Row{"/layers/places/labels", "1", "layers.places.labels"},
        Row{"/layers/places/order", "-3", "layers.places.order"},
        Row{"/user_layers", "{}", "user_layers"},
        Row{"/user_layers/0", "{\"visible\": true}", "user_layers[0]"},
        Row{"/selection", "42", "selection"},
        Row{"/open_passage", "\"\"", "open_passage"},
        Row{"/highlighted_passage", "[]", "highlighted_passage"},
        Row{"/panels", "\"all\"", "panels"},
        Row{"/panels/reader", "\"open\"", "panels.reader"},
        Row{"/ui_scale", "10", "ui_scale"},
    }));
    const auto& [pointer, bad, field] = row;
    CAPTURE(pointer, bad);
    Json doc = toJson(ViewState{});
    doc["user_layers"] = Json::array({Json{{"path", "/x.gpkg"}}});
    doc[Json::json_pointer(pointer)] = Json::parse(bad);
    const auto parsed = fromJson(doc);
    REQUIRE(parsed.state);
    REQUIRE(parsed.warnings.size() == 1);
    CHECK(parsed.warnings[0].field == field);
    CHECK(parsed.warnings[0].text().find("'" + field + "'") == 0);
    // Apart from the user layer the fixture adds (dropped when its entry is bad), the state is the default.
    ViewState expected;
    if (pointer.rfind("/user_layers", 0) != 0) expected.layers.push_back({"/x.gpkg", true, true, 1.0, {}, true, 10, {}, std::nullopt});
    CHECK(*parsed.state == expected);
}

TEST_CASE("view state: year and range together keep the year", "[view_state]") {
    Json doc = toJson(ViewState{});
    doc["time"]["year"] = 2020;
    doc["time"]["range"] = Json::array({1991, 1994});
    const auto parsed = fromJson(doc);
    REQUIRE(parsed.state);
    CHECK(parsed.state->time == TimeSelection::year(2020));
    REQUIRE(parsed.warnings.size() == 1);
    CHECK(parsed.warnings[0].field == "time.range");
}

TEST_CASE("view state: refused documents say why", "[view_state]") {
    SECTION("a newer version") {
        const auto parsed = viewStateFromText(fixture("newer.json"));
        CHECK_FALSE(parsed.state);
        CHECK(parsed.error.find("version 2 is newer") != std::string::npos);
    }
    SECTION("another format") {
        const auto parsed = viewStateFromText(R"({"format": "caucasus-atlas-deck", "version": 1})");
        CHECK_FALSE(parsed.state);
        CHECK(parsed.error.find("\"format\"") != std::string::npos);
    }
    SECTION("no version") {
        const auto parsed = viewStateFromText(R"({"format": "caucasus-atlas-view"})");
        CHECK_FALSE(parsed.state);
        CHECK(parsed.error.find("version") != std::string::npos);
    }
    SECTION("not JSON") {
        const auto parsed = viewStateFromText("{\"format\": ");
        CHECK_FALSE(parsed.state);
        CHECK(parsed.error.find("not valid JSON") == 0);
    }
}

TEST_CASE("view state: the camera survives a change of projection scale", "[view_state]") {
    const ScaledProjector a(111320.0);
    const ScaledProjector b(55660.0);  // half the projected units per degree
    const ViewCamera view{46.0, 40.0, 250.0, ProjectionId::PlateCarree};
    const auto camA = cameraFrom(view, a);
    const auto camB = cameraFrom(view, b);
    REQUIRE(camA);
    REQUIRE(camB);
    CHECK_THAT(camB->metersPerPixel(), Catch::WithinRel(camA->metersPerPixel() / 2.0, 1e-6));
    const ViewCamera backA = viewCameraFrom(*camA, a);
    const ViewCamera backB = viewCameraFrom(*camB, b);
    CHECK_THAT(backA.lon, Catch::WithinAbs(46.0, 1e-9));
    CHECK_THAT(backA.lat, Catch::WithinAbs(40.0, 1e-9));
    CHECK_THAT(backA.groundMetersPerPixel, Catch::WithinRel(250.0, 1e-3));
    CHECK_THAT(backB.groundMetersPerPixel, Catch::WithinRel(250.0, 1e-3));
}

TEST_CASE("view state: a layer's hidden parts are read, checked and written only when there are some", "[view_state]") {
    const auto parsed = viewStateFromText(R"({"format": "caucasus-atlas-view", "version": 1, "layers": {
        "corridors": {"hidden": ["railways", "railways", "pipelines"]},
        "water": {"hidden": ["rivers", "glaciers", 7]},
        "borders": {"hidden": ["roads"]},
        "lines": {"hidden": "railways"}}})");
    REQUIRE(parsed.state);
    CHECK(parsed.state->layer("corridors")->hidden == std::vector<std::string>{"railways", "pipelines"});
    CHECK(parsed.state->layer("water")->hidden == std::vector<std::string>{"rivers"});
    CHECK(parsed.state->layer("borders")->hidden.empty());
    CHECK(parsed.state->layer("lines")->hidden.empty());
    std::vector<std::string> fields;
    for (const auto& w : parsed.warnings) fields.push_back(w.field);
    CHECK(fields == std::vector<std::string>{"layers.water.hidden", "layers.water.hidden", "layers.borders.hidden",
                                             "layers.lines.hidden"});
    const std::string text = toJson(*parsed.state).dump(2);
    CHECK(text.find("\"hidden\": [\n        \"railways\",\n        \"pipelines\"\n      ]") != std::string::npos);
    CHECK(toJson(ViewState{}).dump().find("hidden") == std::string::npos);  // nothing hidden: no field
    const auto back = viewStateFromText(text);
    REQUIRE(back.state);
    CHECK(*back.state == *parsed.state);
}

TEST_CASE("view state: a date (YYYY, YYYY-MM or YYYY-MM-DD) is stored beside its year; year-only files still load",
          "[view_state][date]") {
    auto [text, expected] = GENERATE(table<std::string, Date>({
        {"2023-01-15", Date(2023, 1, 15)}, {"2020-11", Date(2020, 11)}, {"1994", Date(1994)}}));
    CAPTURE(text);
    ViewState v;
    v.time = TimeSelection::onDate(expected);
    const Json doc = toJson(v);
    CHECK(doc["time"]["date"] == text);
    CHECK(doc["time"]["year"] == expected.year);  // older readers still see the year
    const auto parsed = fromJson(doc);
    REQUIRE(parsed.state);
    CHECK(parsed.warnings.empty());
    CHECK(parsed.state->time == v.time);
    CHECK(parsed.state->time.date == std::optional<Date>{expected});

    // A file from before dates: year only, no "date" key, and none written back.
    Json old = toJson(ViewState{});
    old["time"]["year"] = 2016;
    const auto legacy = fromJson(old);
    REQUIRE(legacy.state);
    CHECK(legacy.state->time == TimeSelection::year(2016));
    CHECK_FALSE(legacy.state->time.date);
    CHECK_FALSE(toJson(*legacy.state)["time"].contains("date"));
}

TEST_CASE("view state: a bad date is a warning naming time.date; a mismatched year follows the date",
          "[view_state][date]") {
    Json doc = toJson(ViewState{});
    doc["time"]["year"] = 2023;
    doc["time"]["date"] = "2023-02-30";
    auto parsed = fromJson(doc);
    REQUIRE(parsed.state);
    CHECK(parsed.state->time == TimeSelection::year(2023));
    REQUIRE(parsed.warnings.size() == 1);
    CHECK(parsed.warnings[0].field == "time.date");
    CHECK(parsed.warnings[0].fallback == "the year");

    doc["time"]["date"] = "2023-09-20";
    doc["time"]["year"] = 2024;
    parsed = fromJson(doc);
    REQUIRE(parsed.state);
    CHECK(parsed.state->time == TimeSelection::onDate(Date(2023, 9, 20)));
    REQUIRE(parsed.warnings.size() == 1);
    CHECK(parsed.warnings[0].field == "time.year");
}
