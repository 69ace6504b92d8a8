// The reducer's other areas: the timeline's play, time follows text, selection by id and off-map places, framing,
// the file and projection commands, search answers, user layers opened twice.
#include <catch2/catch.hpp>

#include "core/state/history.hpp"
#include "reducer_fixture.hpp"

using namespace atlas::core;
using namespace atlas::core::testing;

TEST_CASE("timeline: Play counts years at its speed from the year shown and stops at the last year", "[reducer][time]") {
    AppState s;
    apply(s, action::SetRange{std::pair{1991, 1994}}, BBox{});
    apply(s, action::SetPlaying{true}, BBox{});
    CHECK(s.playClock == kTimelineFirstYear);  // no single year shown: from the first
    apply(s, action::Tick{1.0}, BBox{});
    CHECK(s.time.year == std::optional<int>{kTimelineFirstYear + 4});  // 4 years a second by default
    CHECK_FALSE(s.time.range);
    apply(s, action::SetPlaySpeed{1000.0}, BBox{});
    CHECK(s.playSpeed == 50.0);  // clamped
    apply(s, action::SetYear{2020}, BBox{});
    apply(s, action::Tick{1.0}, BBox{});
    CHECK(s.time.year == std::optional<int>{kTimelineLastYear});
    CHECK_FALSE(s.playing);  // arrived
    apply(s, action::Tick{1.0}, BBox{});
    CHECK(s.time.year == std::optional<int>{kTimelineLastYear});
}

TEST_CASE("timeline: a year clears a range and a range a year; opening a passage sets its time", "[reducer][time]") {
    AppState s;
    apply(s, action::SetYear{1988}, BBox{});
    apply(s, action::SetRange{std::pair{2020, 2023}}, BBox{});
    CHECK_FALSE(s.time.year);
    apply(s, action::SetYear{1994}, BBox{});
    CHECK_FALSE(s.time.range);
    s.playing = true;
    TimeFilter passageTime;
    passageTime.range = std::pair{2022, 2023};
    apply(s, action::OpenPassage{3, 1, passageTime}, BBox{});
    CHECK(s.time.range == std::optional<std::pair<int, int>>{std::pair{2022, 2023}});
    CHECK_FALSE(s.playing);
    CHECK(s.panels.reader);
    apply(s, action::SetTimeFollowsText{false}, BBox{});
    TimeFilter other;
    other.year = 1923;
    apply(s, action::OpenPassage{0, 0, other}, BBox{});
    CHECK(s.time.range == std::optional<std::pair<int, int>>{std::pair{2022, 2023}});
}

TEST_CASE("selection: by gazetteer id with a flight that frames it, off-map places by id", "[reducer][selection]") {
    const ReducerWorld world;
    AppState s;
    s.viewport = {1000, 800};
    apply(s, action::SelectFeatureId{"stepanakert", true}, world.context());
    CHECK(s.selected == Selection::feature(2));
    REQUIRE(s.flight);
    apply(s, action::Tick{5.0}, world.context());
    const auto centre = world.projector.inverse(s.camera.center());
    REQUIRE(centre);
    CHECK(centre->x == Approx(46.1));  // feature 2's box is 46..46.2
    CHECK(centre->y == Approx(40.1));

    // An off-map place is selected like a feature (its index among the off-map places), without a flight.
    const Camera before = s.camera;
    apply(s, action::SelectFeatureId{"moscow", true}, world.context());
    CHECK(s.selected == Selection::offmap(0));
    CHECK_FALSE(featureOf(s.selected));
    CHECK(offmapOf(s.selected) == std::optional<std::size_t>{0});
    CHECK_FALSE(s.flight);
    CHECK(s.camera.center().x == before.center().x);
    apply(s, action::SelectFeatureId{"atlantis", true}, world.context());
    CHECK_FALSE(s.selected);
}

TEST_CASE("selection: an off-map place and a user layer's feature exclude each other", "[reducer][selection]") {
    const ReducerWorld world;
    AppState s;
    apply(s, action::AddUserLayer{"/a.geojson"}, world.context());
    apply(s, action::SelectUserFeature{UserFeatureRef{s.userLayers[0].id, 1}}, world.context());
    apply(s, action::Select{Selection::offmap(0)}, world.context());  // a click on Moscow's arrow
    CHECK(s.selected == Selection::offmap(0));
    CHECK_FALSE(s.selectedUser);
    apply(s, action::SelectUserFeature{UserFeatureRef{s.userLayers[0].id, 0}}, world.context());
    CHECK_FALSE(s.selected);
    apply(s, action::Hover{Selection::offmap(0)}, world.context());  // hovering an arrow hovers the place
    CHECK(s.hovered == Selection::offmap(0));
}

TEST_CASE("commands: files, projection and fullscreen are asked of the app as data", "[reducer][commands]") {
    const ReducerWorld world;
    AppState s;
    const auto reads = commandsOf<command::ReadViewFile>(apply(s, action::OpenViewFile{"v.json"}, world.context()));
    REQUIRE(reads.size() == 1);
    CHECK(reads[0].path == "v.json");

    apply(s, action::SetYear{2021}, world.context());
    const auto writes = commandsOf<command::WriteViewFile>(apply(s, action::SaveViewFile{"w.json"}, world.context()));
    REQUIRE(writes.size() == 1);
    CHECK(writes[0].path == "w.json");
    CHECK(writes[0].view == toViewState(s, world.projector, world.ids));
    const auto refused = commandsOf<command::Report>(apply(s, action::SaveViewFile{"w.json"}, BBox{}));
    REQUIRE(refused.size() == 1);  // nothing loaded to convert the camera with
    CHECK(refused[0].issue.severity == Severity::Error);

    CHECK(apply(s, action::SetProjection{ProjectionId::LambertCaucasus}, world.context()).empty());  // already
    const auto switches = commandsOf<command::SwitchProjection>(apply(s, action::SetProjection{ProjectionId::WebMercator}, world.context()));
    REQUIRE(switches.size() == 1);
    CHECK(switches[0].id == ProjectionId::WebMercator);
    CHECK(s.projection == ProjectionId::LambertCaucasus);  // until the app has switched
    apply(s, action::ProjectionSwitched{ProjectionId::WebMercator, Camera(Vec2{1, 2}, 300.0)}, world.context());
    CHECK(s.projection == ProjectionId::WebMercator);
    CHECK(s.camera.metersPerPixel() == 300.0);

    auto fullscreen = commandsOf<command::SetFullscreen>(apply(s, action::ToggleFullscreen{}, world.context()));
    REQUIRE(fullscreen.size() == 1);
    CHECK(fullscreen[0].on);
    apply(s, action::WindowFullscreen{true}, world.context());
    fullscreen = commandsOf<command::SetFullscreen>(apply(s, action::ToggleFullscreen{}, world.context()));
    REQUIRE(fullscreen.size() == 1);
    CHECK_FALSE(fullscreen[0].on);
}

TEST_CASE("commands: a view in another projection is shown after the switch", "[reducer][commands]") {
    const ReducerWorld world;
    AppState s;
    const ViewState v = viewAt(45.0, 40.0, 1994, ProjectionId::Utm38N);
    const auto switches = commandsOf<command::SwitchProjection>(apply(s, action::ShowView{v, "v.json"}, world.context()));
    REQUIRE(switches.size() == 1);
    CHECK_FALSE(s.time.year);
    const ScaledProjector utm(ProjectionId::Utm38N);
    ReduceContext after = world.context();
    after.projector = &utm;
    for (const auto& a : switches[0].then) CHECK(apply(s, a, after).empty());
    CHECK(s.time.year == std::optional<int>{1994});
    CHECK(s.cameraPlaced);
}

TEST_CASE("search: an answer is taken only for the query still typed", "[reducer][search]") {
    AppState s;
    apply(s, action::SetSearchQuery{"lach"}, BBox{});
    apply(s, action::SetSearchQuery{"lachin"}, BBox{});
    apply(s, action::SearchDone{"lach", {SearchResult{}}}, BBox{});
    CHECK(s.search.results.empty());
    CHECK(s.search.resultsFor.empty());
    apply(s, action::SearchDone{"lachin", {SearchResult{}, SearchResult{}}}, BBox{});
    CHECK(s.search.results.size() == 2);
    CHECK(s.search.resultsFor == "lachin");
}

TEST_CASE("user layers: a file opened twice is reported, not added twice", "[reducer][layers]") {
    AppState s;
    CHECK(apply(s, action::AddUserLayer{"/data/a.geojson"}, BBox{}).empty());
    const auto reports = commandsOf<command::Report>(apply(s, action::AddUserLayer{"/data/a.geojson"}, BBox{}));
    REQUIRE(reports.size() == 1);
    CHECK(reports[0].issue.message == "is already open as a layer");
    CHECK(s.userLayers.size() == 1);
}

TEST_CASE("user layers: Zoom to flies to frame the layer's bounds; an unknown layer changes nothing", "[reducer][layers]") {
    ReducerWorld world;
    ReduceContext ctx = world.context();
    const BBox layerBox{45.0 * 100000.0, 39.0 * 100000.0, 45.5 * 100000.0, 39.4 * 100000.0};
    ctx.userLayerBounds = [&](std::uint32_t id) { return id == 7 ? layerBox : BBox{}; };
    AppState s;
    s.viewport = {1000, 700};
    apply(s, action::FitUserLayer{3}, ctx);
    CHECK_FALSE(s.flight);
    apply(s, action::FitUserLayer{7}, ctx);
    REQUIRE(s.flight);
    apply(s, action::Tick{5.0}, ctx);
    CHECK(framesWhole(s, layerBox));
    CHECK(canUndo(s));  // a step of its own
}
