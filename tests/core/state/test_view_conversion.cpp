// AppState <-> ViewState: both directions keep every field; ids resolve through the lookup; bad ids are reported.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/state/reducer.hpp"
#include "core/state/view_conversion.hpp"
#include "scaled_projector.hpp"

using namespace atlas::core;

namespace {

using testing::ScaledProjector;

ViewLookup lookup(bool corpus = true) {
    ViewLookup ids;
    ids.featureIds = {"armenia", "lachin-corridor", "stepanakert", "ne-land-3"};
    if (corpus) {
        ids.passageIds = {"001_a#p1", "001_a#p2", "004_b#p1", "004_b#p7"};
        ids.passageDocuments = {0, 0, 3, 3};
        ids.corpusLoaded = true;
    }
    return ids;
}

/// A view whose every field differs from the defaults and is representable in the window.
ViewState sampleView() {
    ViewState v;
    v.camera = {46.5, 39.75, 250.0, ProjectionId::Utm38N};
    v.time = TimeSelection::range(1991, 1994);
    v.time.display = TimeDisplay::Fade;
    v.naming = NamingChoice::Armenian;
    v.layer("countries")->opacity = 0.5;
    v.layer("countries")->colour = "#a0b0c0";
    v.layer("regions")->visible = false;
    v.layer("water")->labels = false;
    v.layer("corridors")->opacity = 0.75;
    v.layer("corridors")->order = 12;
    v.layer("offmap")->visible = false;
    v.layer("graticule")->visible = false;
    v.layer("graticule")->opacity = 0.4;
    v.layers.push_back({"/data/roads.gpkg", true, true, 0.25, "#123abc", false, 10, {}, "road_name"});
    v.selection = "lachin-corridor";
    v.openPassage = "004_b#p7";
    v.highlightedPassage = "001_a#p2";
    v.panels = {false, true, true, false, true, false};
    v.uiScale = 1.25;
    return v;
}

void checkCameraNear(const ViewCamera& a, const ViewCamera& b) {
    CHECK(a.lon == Approx(b.lon).margin(1e-9));
    CHECK(a.lat == Approx(b.lat).margin(1e-9));
    CHECK(a.groundMetersPerPixel == Approx(b.groundMetersPerPixel).epsilon(1e-3));
    CHECK(a.projection == b.projection);
}

}  // namespace

TEST_CASE("view conversion: every map layer but names-only belongs to one built-in key", "[view_conversion]") {
    for (std::size_t i = 0; i < static_cast<std::size_t>(MapLayer::Count); ++i) {
        const auto layer = static_cast<MapLayer>(i);
        const auto key = layerKeyOf(layer);
        CAPTURE(i, std::string(key));
        if (layer == MapLayer::Label) {
            CHECK(key.empty());
            continue;
        }
        CHECK(std::find(kBuiltinLayerKeys.begin(), kBuiltinLayerKeys.end(), key) != kBuiltinLayerKeys.end());
        const auto back = mapLayersOf(key);
        CHECK(std::find(back.begin(), back.end(), layer) != back.end());
    }
    CHECK(mapLayersOf("corridors") == std::vector{MapLayer::Pipeline, MapLayer::Railway, MapLayer::Corridor});
    CHECK(mapLayersOf("graticule").empty());
    CHECK(mapLayersOf("offmap").empty());
    CHECK(mapLayersOf("").empty());
}

TEST_CASE("view conversion: view -> window state -> view keeps every field", "[view_conversion]") {
    const ScaledProjector projector(ProjectionId::Utm38N);
    const ViewState v = sampleView();
    AppState s;
    const auto problems = applyViewState(v, projector, lookup(), s);
    CHECK(problems.empty());
    ViewState back = toViewState(s, projector, lookup());
    checkCameraNear(back.camera, v.camera);
    back.camera = v.camera;
    CHECK(back == v);
}

TEST_CASE("view conversion: a view sets each window field", "[view_conversion]") {
    const ScaledProjector projector(ProjectionId::Utm38N);
    AppState s;
    s.playing = true;
    s.hovered = Selection::feature(2);
    REQUIRE(applyViewState(sampleView(), projector, lookup(), s).empty());
    CHECK(s.projection == ProjectionId::Utm38N);
    const auto centre = projector.inverse(s.camera.center());
    REQUIRE(centre);
    CHECK(centre->x == Approx(46.5));
    CHECK(centre->y == Approx(39.75));
    CHECK_FALSE(s.time.year);
    REQUIRE(s.time.range);
    CHECK(*s.time.range == std::pair{1991, 1994});
    CHECK(s.time.display == TimeDisplay::Fade);
    CHECK(s.naming == NamingChoice::Armenian);
    CHECK(layerLook(s).opacity[static_cast<std::size_t>(MapLayer::Country)] == Approx(0.5));
    for (auto m : {MapLayer::Corridor, MapLayer::Railway, MapLayer::Pipeline})
        CHECK(layerLook(s).opacity[static_cast<std::size_t>(m)] == Approx(0.75));
    CHECK_FALSE(layerLook(s).visible[static_cast<std::size_t>(MapLayer::Region)]);
    CHECK(layerLook(s).visible[static_cast<std::size_t>(MapLayer::Place)]);
    for (auto m : {MapLayer::Lake, MapLayer::River, MapLayer::Coastline}) CHECK_FALSE(layerLook(s).labels[static_cast<std::size_t>(m)]);
    CHECK(layerLook(s).labels[static_cast<std::size_t>(MapLayer::Place)]);
    CHECK(s.frame.labels);
    CHECK_FALSE(layerLook(s).graticule);
    CHECK_FALSE(layerLook(s).offmapArrows);
    CHECK(s.selected == Selection::feature(1));
    CHECK(s.openPassage == std::optional<std::size_t>{3});
    CHECK(s.openDocument == std::optional<std::size_t>{3});
    CHECK_FALSE(s.panels.layers);
    CHECK(s.panels.inspector);
    CHECK(s.panels.reader);
    CHECK_FALSE(s.panels.search);
    CHECK(s.panels.timeline);
    CHECK_FALSE(s.panels.legend);
    CHECK_FALSE(s.playing);
    CHECK_FALSE(s.hovered);
    CHECK(s.carried.uiScale == 1.25);
    CHECK(s.carried.highlightedPassage == std::optional<std::string>{"001_a#p2"});
}

TEST_CASE("view conversion: window state -> view -> window state keeps what the window shows", "[view_conversion]") {
    const ScaledProjector projector(ProjectionId::PlateCarree);
    AppState s;
    s.projection = ProjectionId::PlateCarree;
    s.camera = Camera(Vec2{44.5 * 100000.0, 40.2 * 100000.0}, 1800.0);
    s.time.year = 2020;
    s.time.display = TimeDisplay::Fade;
    s.naming = NamingChoice::Both;
    builtinLayer(s, "places")->opacity = 0.3;
    builtinLayer(s, "lines")->visible = false;
    builtinLayer(s, "countries")->labels = false;
    builtinLayer(s, "graticule")->visible = false;
    s.selected = Selection::feature(2);
    s.openPassage = 1;
    s.openDocument = 0;
    s.panels.search = false;
    s.panels.legend = true;

    const ViewState v = toViewState(s, projector, lookup());
    CHECK(v.camera.lon == Approx(44.5));
    CHECK(v.camera.lat == Approx(40.2));
    CHECK(v.time == TimeSelection{TimeSelection::Kind::Year, 2020, 2020, TimeDisplay::Fade, std::nullopt});
    CHECK(v.selection == std::optional<std::string>{"stepanakert"});
    CHECK(v.openPassage == std::optional<std::string>{"001_a#p2"});
    CHECK(v.layer("places")->opacity == Approx(0.3));
    CHECK_FALSE(v.layer("lines")->visible);
    CHECK_FALSE(v.layer("countries")->labels);
    CHECK_FALSE(v.layer("graticule")->visible);

    AppState back;
    REQUIRE(applyViewState(v, projector, lookup(), back).empty());
    CHECK(back.camera.center().x == Approx(s.camera.center().x));
    CHECK(back.camera.center().y == Approx(s.camera.center().y));
    CHECK(back.camera.metersPerPixel() == Approx(s.camera.metersPerPixel()).epsilon(1e-3));
    CHECK(back.projection == s.projection);
    CHECK(back.time.year == s.time.year);
    CHECK(back.time.range == s.time.range);
    CHECK(back.time.display == s.time.display);
    CHECK(back.naming == s.naming);
    CHECK(layerLook(back).opacity == layerLook(s).opacity);
    CHECK(layerLook(back).visible == layerLook(s).visible);
    CHECK(layerLook(back).labels == layerLook(s).labels);
    CHECK(layerLook(back).graticule == layerLook(s).graticule);
    CHECK(layerLook(back).offmapArrows == layerLook(s).offmapArrows);
    CHECK(back.frame.labels == s.frame.labels);
    CHECK(back.selected == s.selected);
    CHECK(back.openPassage == s.openPassage);
    CHECK(back.openDocument == s.openDocument);
    ViewState again = toViewState(back, projector, lookup());
    checkCameraNear(again.camera, v.camera);
    again.camera = v.camera;
    CHECK(again == v);
}

TEST_CASE("view conversion: labels switched off as a whole", "[view_conversion]") {
    const ScaledProjector projector(ProjectionId::LambertCaucasus);
    AppState s;
    s.frame.labels = false;
    const ViewState v = toViewState(s, projector, lookup());
    for (const auto& l : v.layers) CHECK_FALSE(l.labels);
    AppState back;
    applyViewState(v, projector, lookup(), back);
    CHECK_FALSE(back.frame.labels);
    ViewState one = v;
    one.layer("places")->labels = true;
    applyViewState(one, projector, lookup(), back);
    CHECK(back.frame.labels);
    CHECK(layerLook(back).labels[static_cast<std::size_t>(MapLayer::Place)]);
    CHECK_FALSE(layerLook(back).labels[static_cast<std::size_t>(MapLayer::Country)]);
}

TEST_CASE("view conversion: unknown ids are dropped and reported", "[view_conversion]") {
    const ScaledProjector projector(ProjectionId::LambertCaucasus);
    ViewState v;
    v.selection = "atlantis";
    v.openPassage = "999_z#p1";
    AppState s;
    s.selected = Selection::feature(0);
    const auto problems = applyViewState(v, projector, lookup(), s);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0] == "selection 'atlantis' is not a feature of this map; nothing selected");
    CHECK(problems[1] == "open passage '999_z#p1' is not in the corpus; no passage opened");
    CHECK_FALSE(s.selected);
    CHECK_FALSE(s.openPassage);
    CHECK_FALSE(toViewState(s, projector, lookup()).openPassage);
}

TEST_CASE("view conversion: an open passage waits for the corpus", "[view_conversion]") {
    const ScaledProjector projector(ProjectionId::LambertCaucasus);
    ViewState v;
    v.openPassage = "004_b#p1";
    AppState s;
    CHECK(applyViewState(v, projector, lookup(false), s).empty());
    CHECK_FALSE(s.openPassage);
    CHECK(s.carried.pendingPassage == std::optional<std::string>{"004_b#p1"});
    // Saved before the corpus arrives: the id is not lost.
    CHECK(toViewState(s, projector, lookup(false)).openPassage == std::optional<std::string>{"004_b#p1"});
    CHECK_FALSE(resolvePendingPassage(s, lookup(false)));
    CHECK(s.carried.pendingPassage);
    CHECK_FALSE(resolvePendingPassage(s, lookup(true)));
    CHECK(s.openPassage == std::optional<std::size_t>{2});
    CHECK(s.openDocument == std::optional<std::size_t>{3});
    CHECK_FALSE(s.carried.pendingPassage);
    CHECK(toViewState(s, projector, lookup()).openPassage == std::optional<std::string>{"004_b#p1"});
}

TEST_CASE("view conversion: panel actions open and close panels", "[view_conversion]") {
    AppState s;
    apply(s, action::SetPanelOpen{Panel::Legend, true}, BBox{});
    apply(s, action::SetPanelOpen{Panel::Reader, false}, BBox{});
    CHECK(s.panels.legend);
    CHECK_FALSE(s.panels.reader);
    apply(s, action::SetLayerVisible{MapLayer::River, false}, BBox{});
    CHECK_FALSE(layerLook(s).visible[static_cast<std::size_t>(MapLayer::River)]);
    apply(s, action::SetLayerLabels{MapLayer::Place, false}, BBox{});
    CHECK_FALSE(layerLook(s).labels[static_cast<std::size_t>(MapLayer::Place)]);
    CHECK(layerLook(s).labels[static_cast<std::size_t>(MapLayer::Region)]);
    const ScaledProjector projector(ProjectionId::LambertCaucasus);
    const ViewState saved = toViewState(s, projector, lookup());  // labels off is kept in the view state
    REQUIRE(saved.layer("places") != nullptr);
    CHECK_FALSE(saved.layer("places")->labels);
}

TEST_CASE("view conversion: an off-map place can be the selection", "[view_conversion]") {
    const ScaledProjector projector(ProjectionId::LambertCaucasus);
    ViewLookup ids = lookup();
    ids.offmapIds = {"moscow", "brussels"};
    ViewState v;
    v.selection = "brussels";
    AppState s;
    CHECK(applyViewState(v, projector, ids, s).empty());
    CHECK(s.selected == Selection::offmap(1));
    CHECK(toViewState(s, projector, ids).selection == std::optional<std::string>{"brussels"});
    apply(s, action::Select{Selection::feature(0)}, BBox{});  // selecting on the map replaces it
    CHECK_FALSE(offmapOf(s.selected));
    CHECK(toViewState(s, projector, ids).selection == std::optional<std::string>{"armenia"});
    // A view file written before off-map places were selectable names them the same way, by gazetteer id.
    const auto older = viewStateFromText(R"({"format": "caucasus-atlas-view", "version": 1,
        "camera": {"lon": 45.0, "lat": 40.0}, "selection": "moscow"})");
    REQUIRE(older.state);
    CHECK(applyViewState(*older.state, projector, ids, s).empty());
    CHECK(s.selected == Selection::offmap(0));
}

namespace {
std::size_t at(MapLayer m) { return static_cast<std::size_t>(m); }
}  // namespace

TEST_CASE("layer look: a built-in layer's colour reaches every map layer of its key and the saved view",
          "[view_conversion][layers]") {
    AppState s;
    CHECK_FALSE(layerLook(s).colour[at(MapLayer::Corridor)]);
    apply(s, action::SetLayerColour{"corridors", Color::rgb(0x1F6FB5)}, BBox{});
    for (auto m : {MapLayer::Corridor, MapLayer::Railway, MapLayer::Pipeline}) {
        REQUIRE(layerLook(s).colour[at(m)]);
        CHECK(hexColour(*layerLook(s).colour[at(m)]) == "#1f6fb5");
    }
    CHECK_FALSE(layerLook(s).colour[at(MapLayer::Frontline)]);
    const ScaledProjector projector(ProjectionId::LambertCaucasus);
    const ViewState saved = toViewState(s, projector, lookup());
    CHECK(saved.layer("corridors")->colour == std::optional<std::string>{"#1f6fb5"});
    CHECK_FALSE(saved.layer("lines")->colour);

    SECTION("opening the saved view in a fresh window gives the same colour") {
        AppState t;
        REQUIRE(applyViewState(saved, projector, lookup(), t).empty());
        REQUIRE(layerLook(t).colour[at(MapLayer::Railway)]);
        CHECK(hexColour(*layerLook(t).colour[at(MapLayer::Railway)]) == "#1f6fb5");
    }
    SECTION("null gives the theme's colour back") {
        apply(s, action::SetLayerColour{"corridors", std::nullopt}, BBox{});
        CHECK_FALSE(layerLook(s).colour[at(MapLayer::Corridor)]);
        CHECK_FALSE(toViewState(s, projector, lookup()).layer("corridors")->colour);
    }
    SECTION("an unknown key changes nothing") {
        const auto before = layerLook(s).colour;
        apply(s, action::SetLayerColour{"no-such-layer", Color::rgb(0x000000)}, BBox{});
        CHECK(layerLook(s).colour == before);
    }
}

TEST_CASE("layer look: moving a layer changes the draw order of its map layers and nothing else",
          "[view_conversion][layers]") {
    AppState s;
    const std::vector<std::string> defaults{"land", "countries", "water", "regions", "borders", "lines", "corridors"};
    CHECK(orderableLayersBottomUp(s) == defaults);

    apply(s, action::MoveLayer{"borders", 2}, BBox{});  // above the lines and the corridors
    CHECK(orderableLayersBottomUp(s) ==
          std::vector<std::string>{"land", "countries", "water", "regions", "lines", "corridors", "borders"});
    CHECK(layerLook(s).rank[at(MapLayer::Border)] > layerLook(s).rank[at(MapLayer::Corridor)]);
    CHECK(layerLook(s).rank[at(MapLayer::Corridor)] > layerLook(s).rank[at(MapLayer::Frontline)]);
    CHECK(layerLook(s).rank[at(MapLayer::Railway)] == layerLook(s).rank[at(MapLayer::Corridor)]);

    apply(s, action::MoveLayer{"borders", 1}, BBox{});  // already on top: nothing changes
    CHECK(orderableLayersBottomUp(s).back() == "borders");
    apply(s, action::MoveLayer{"water", -5}, BBox{});  // clamped at the bottom
    CHECK(orderableLayersBottomUp(s).front() == "water");
    CHECK(layerLook(s).rank[at(MapLayer::Lake)] < layerLook(s).rank[at(MapLayer::Land)]);
    apply(s, action::MoveLayer{"places", -1}, BBox{});  // symbols stay on top: not orderable
    apply(s, action::MoveLayer{"graticule", 1}, BBox{});
    CHECK(orderableLayersBottomUp(s) ==
          std::vector<std::string>{"water", "land", "countries", "regions", "lines", "corridors", "borders"});

    SECTION("the order is saved and comes back") {
        const ScaledProjector projector(ProjectionId::LambertCaucasus);
        const ViewState saved = toViewState(s, projector, lookup());
        AppState t;
        REQUIRE(applyViewState(saved, projector, lookup(), t).empty());
        CHECK(orderableLayersBottomUp(t) == orderableLayersBottomUp(s));
        CHECK(layerLook(t).rank == layerLook(s).rank);
    }
    SECTION("a view whose layers share one order still moves") {
        ViewState v;
        for (auto& l : v.layers) l.order = 0;
        AppState t;
        const ScaledProjector projector(ProjectionId::LambertCaucasus);
        REQUIRE(applyViewState(v, projector, lookup(), t).empty());
        apply(t, action::MoveLayer{"land", 1}, BBox{});
        CHECK(orderableLayersBottomUp(t) ==
              std::vector<std::string>{"countries", "land", "water", "regions", "borders", "lines", "corridors"});
        CHECK(layerLook(t).rank[at(MapLayer::Land)] > layerLook(t).rank[at(MapLayer::Country)]);
    }
}

TEST_CASE("interface size: View > Interface size sets ui_scale within its bounds, and the view keeps it",
          "[view_conversion]") {
    AppState s;
    apply(s, action::SetUiScale{1.5}, BBox{});
    CHECK(s.carried.uiScale == 1.5);
    const ScaledProjector projector(ProjectionId::LambertCaucasus);
    CHECK(toViewState(s, projector, lookup()).uiScale == 1.5);
    apply(s, action::SetUiScale{40.0}, BBox{});
    CHECK(s.carried.uiScale == kMaxUiScale);
    apply(s, action::SetUiScale{0.01}, BBox{});
    CHECK(s.carried.uiScale == kMinUiScale);
    apply(s, action::SetUiScale{std::nan("")}, BBox{});
    CHECK(s.carried.uiScale == kMinUiScale);  // not a number: nothing changes
}

TEST_CASE("layer parts: railways hidden on their own are saved as the corridors' hidden part and come back",
          "[view_conversion][layers]") {
    AppState s;
    apply(s, action::SetLayerVisible{MapLayer::Railway, false}, BBox{});
    const ScaledProjector projector(ProjectionId::LambertCaucasus);
    const ViewState saved = toViewState(s, projector, lookup());
    REQUIRE(saved.layer("corridors"));
    CHECK(saved.layer("corridors")->visible);
    CHECK(saved.layer("corridors")->hidden == std::vector<std::string>{"railways"});
    CHECK(saved.layer("water")->hidden.empty());

    AppState t;
    REQUIRE(applyViewState(saved, projector, lookup(), t).empty());
    CHECK(layerLook(t).visible[at(MapLayer::Corridor)]);
    CHECK(layerLook(t).visible[at(MapLayer::Pipeline)]);
    CHECK_FALSE(layerLook(t).visible[at(MapLayer::Railway)]);

    SECTION("changing the group's opacity keeps the hidden part hidden") {
        apply(t, action::SetBuiltinLayer{"corridors", std::nullopt, 0.5f, std::nullopt}, BBox{});
        CHECK_FALSE(layerLook(t).visible[at(MapLayer::Railway)]);
        CHECK(layerLook(t).opacity[at(MapLayer::Pipeline)] == Approx(0.5f));
    }
    SECTION("hiding and showing the group shows every part again") {
        apply(t, action::SetBuiltinLayer{"corridors", false, std::nullopt, std::nullopt}, BBox{});
        CHECK_FALSE(toViewState(t, projector, lookup()).layer("corridors")->visible);
        apply(t, action::SetBuiltinLayer{"corridors", true, std::nullopt, std::nullopt}, BBox{});
        CHECK(layerLook(t).visible[at(MapLayer::Railway)]);
        CHECK(toViewState(t, projector, lookup()).layer("corridors")->hidden.empty());
    }
    SECTION("every part hidden is the layer hidden") {
        apply(t, action::SetLayerVisible{MapLayer::Corridor, false}, BBox{});
        apply(t, action::SetLayerVisible{MapLayer::Pipeline, false}, BBox{});
        CHECK_FALSE(toViewState(t, projector, lookup()).layer("corridors")->visible);
    }
}

TEST_CASE("view conversion: a view's date reaches the window's time filter and comes back", "[view_conversion][date]") {
    const ScaledProjector projector(ProjectionId::Utm38N);
    ViewState v = sampleView();
    v.time = TimeSelection::onDate(Date(2023, 1, 15));
    AppState s;
    CHECK(applyViewState(v, projector, lookup(), s).empty());
    CHECK(s.time.year == std::optional<int>{2023});
    CHECK(s.time.date == std::optional<Date>{Date(2023, 1, 15)});
    CHECK(toViewState(s, projector, lookup()).time == v.time);
    // A year-only view clears a date shown before.
    v.time = TimeSelection::year(2021);
    CHECK(applyViewState(v, projector, lookup(), s).empty());
    CHECK_FALSE(s.time.date);
    CHECK(toViewState(s, projector, lookup()).time == TimeSelection::year(2021));
}
