// Undo and redo over the reducer: steps, coalesced drags, what is kept from the window, decks against their file,
// user layers read again, a projection switched back through a command, the bound, the window title.
#include <catch2/catch.hpp>

#include "core/state/history.hpp"
#include "core/state/layer_settings.hpp"
#include "reducer_fixture.hpp"

using namespace atlas::core;
using namespace atlas::core::testing;

TEST_CASE("undo: a pan is one step however many frames it took; a pause starts another", "[history]") {
    AppState s;
    const Vec2 start = s.camera.center();
    for (int i = 0; i < 10; ++i) {
        apply(s, action::PanPixels{{5, 0}}, BBox{});
        apply(s, action::Tick{0.016}, BBox{});
        apply(s, action::Hover{std::nullopt}, BBox{});  // hovers are not steps
    }
    const Vec2 afterFirst = s.camera.center();
    apply(s, action::Tick{2.0}, BBox{});
    apply(s, action::ZoomAt{2.0, {10, 10}}, BBox{});
    CHECK(s.history.past.size() == 2);
    apply(s, action::Undo{}, BBox{});
    CHECK(s.camera.center().x == Approx(afterFirst.x));
    apply(s, action::Undo{}, BBox{});
    CHECK(s.camera.center().x == Approx(start.x));
    CHECK_FALSE(canUndo(s));
    apply(s, action::Undo{}, BBox{});  // nothing left: nothing changes
    CHECK(s.camera.center().x == Approx(start.x));
    apply(s, action::Redo{}, BBox{});
    CHECK(s.camera.center().x == Approx(afterFirst.x));
    CHECK(canRedo(s));
}

TEST_CASE("undo: layers, time, selection and panels each come back; a new step clears redo", "[history]") {
    const ReducerWorld world;
    AppState s;
    apply(s, action::SetBuiltinLayer{"corridors", false, std::nullopt, std::nullopt}, world.context());
    apply(s, action::SetYear{1994}, world.context());
    apply(s, action::SelectFeatureId{"stepanakert", false}, world.context());
    apply(s, action::SetPanelOpen{Panel::Reader, false}, world.context());
    apply(s, action::SetLayerColour{"countries", Color::rgb(0x336699)}, world.context());

    apply(s, action::Undo{}, world.context());
    CHECK_FALSE(builtinLayer(s, "countries")->colour);
    apply(s, action::Undo{}, world.context());
    CHECK(s.panels.reader);
    apply(s, action::Undo{}, world.context());
    CHECK_FALSE(s.selected);
    apply(s, action::Undo{}, world.context());
    CHECK_FALSE(s.time.year);
    apply(s, action::Undo{}, world.context());
    CHECK(builtinLayer(s, "corridors")->visible);
    apply(s, action::Redo{}, world.context());
    CHECK_FALSE(builtinLayer(s, "corridors")->visible);
    apply(s, action::SetNaming{NamingChoice::Armenian}, world.context());
    CHECK_FALSE(canRedo(s));
}

TEST_CASE("undo: an opacity slider dragged is one step", "[history]") {
    AppState s;
    for (float o = 0.9f; o > 0.3f; o -= 0.1f) {
        apply(s, action::SetBuiltinLayer{"places", std::nullopt, o, std::nullopt}, BBox{});
        apply(s, action::Tick{0.05}, BBox{});
    }
    CHECK(s.history.past.size() == 1);
    apply(s, action::Undo{}, BBox{});
    CHECK(builtinLayer(s, "places")->opacity == 1.0);
}

TEST_CASE("undo: the window's own state is kept and hovers are not steps", "[history]") {
    AppState s;
    apply(s, action::SetViewport{{800, 600}}, BBox{});
    apply(s, action::SetYear{2020}, BBox{});
    apply(s, action::SetViewport{{1920, 1080}}, BBox{});
    apply(s, action::WindowFullscreen{true}, BBox{});
    apply(s, action::Hover{Selection::feature(2)}, BBox{});
    apply(s, action::Undo{}, BBox{});
    CHECK_FALSE(s.time.year);
    CHECK(s.viewport.width == 1920);
    CHECK(s.fullscreen);
    CHECK_FALSE(s.hovered);
}

TEST_CASE("undo: deck edits, and the unsaved mark follows the file, not the history", "[history][deck]") {
    const ReducerWorld world;
    AppState s;
    apply(s, action::EditDeck{DeckEdit::New, 0, 0, {}, {}, {}, {}}, world.context());
    CHECK_FALSE(s.deck.dirty);
    apply(s, action::EditDeck{DeckEdit::AddCurrentView, 0, 0, {}, {}, {}, {}}, world.context());
    CHECK(s.deck.dirty);
    apply(s, action::DeckSaved{{"/tmp/t.json", false, false}}, world.context());
    CHECK_FALSE(s.deck.dirty);
    CHECK(windowTitle(s) == "Caucasus Atlas \xE2\x80\x94 t.json");

    apply(s, action::Undo{}, world.context());  // the slide is gone again, but the file has it
    CHECK(s.deck.deck->slides.empty());
    CHECK(s.deck.dirty);
    CHECK(windowTitle(s) == "Caucasus Atlas \xE2\x80\x94 t.json \xE2\x80\xA2");
    apply(s, action::Redo{}, world.context());  // back to what was saved
    CHECK(s.deck.deck->slides.size() == 1);
    CHECK_FALSE(s.deck.dirty);
}

TEST_CASE("undo: a removed user layer comes back and is read again", "[history]") {
    AppState s;
    apply(s, action::AddUserLayer{"/data/a.geojson"}, BBox{});
    apply(s, action::UserLayerLoaded{s.userLayers[0].id, true, 12, UserGeometryKind::Points, {}}, BBox{});
    REQUIRE(s.userLayers[0].status == UserLayerStatus::Ready);
    apply(s, action::RemoveUserLayer{s.userLayers[0].id}, BBox{});
    CHECK(s.userLayers.empty());
    apply(s, action::Undo{}, BBox{});
    REQUIRE(s.userLayers.size() == 1);
    CHECK(s.userLayers[0].status == UserLayerStatus::Loading);  // the session dropped its data
    apply(s, action::AddUserLayer{"/data/b.geojson"}, BBox{});
    CHECK(s.userLayers[1].id != s.userLayers[0].id);
}

TEST_CASE("undo: a projection switch is undone through the app, the camera coming back after it", "[history]") {
    const ReducerWorld world;
    AppState s;
    const Camera before = s.camera;
    apply(s, action::SetProjection{ProjectionId::Utm38N}, world.context());
    apply(s, action::ProjectionSwitched{ProjectionId::Utm38N, Camera(Vec2{1, 2}, 42.0)}, world.context());
    const Commands out = apply(s, action::Undo{}, world.context());
    const auto switches = commandsOf<command::SwitchProjection>(out);
    REQUIRE(switches.size() == 1);
    CHECK(switches[0].id == ProjectionId::LambertCaucasus);
    CHECK(s.projection == ProjectionId::Utm38N);  // still what the scene shows until the app switches
    REQUIRE(switches[0].then.size() == 1);
    const auto* camera = std::get_if<action::SetCamera>(&switches[0].then[0]);
    REQUIRE(camera);
    CHECK(camera->camera.metersPerPixel() == before.metersPerPixel());
}

TEST_CASE("undo: the history is bounded and nothing is recorded while presenting", "[history]") {
    AppState s;
    for (int i = 0; i < static_cast<int>(kUndoLimit) + 30; ++i) apply(s, action::SetNaming{NamingChoice::Both}, BBox{});
    CHECK(s.history.past.size() == kUndoLimit);
    CHECK(undoKey(action::Tick{0.1}).empty());
    CHECK(undoKey(action::SetCursor{std::nullopt}).empty());
    CHECK(undoKey(action::Present{PresentCommand::Next}).empty());
    CHECK(undoKey(action::PanPixels{{1, 1}}) == "camera");
    CHECK(windowTitle(AppState{}) == "Caucasus Atlas");
}

TEST_CASE("undo: selecting an off-map place is a step like selecting a map feature", "[history][selection]") {
    const ReducerWorld world;
    AppState s;
    apply(s, action::SelectFeatureId{"brussels", true}, world.context());
    apply(s, action::SelectFeatureId{"stepanakert", false}, world.context());
    apply(s, action::Select{Selection::offmap(0)}, world.context());  // a click on Moscow's arrow
    REQUIRE(s.selected == Selection::offmap(0));
    apply(s, action::Undo{}, world.context());
    CHECK(s.selected == Selection::feature(2));
    apply(s, action::Undo{}, world.context());
    CHECK(s.selected == Selection::offmap(1));
    apply(s, action::Undo{}, world.context());
    CHECK_FALSE(s.selected);
    apply(s, action::Redo{}, world.context());
    CHECK(s.selected == Selection::offmap(1));
}

TEST_CASE("undo: a user layer's labels and their field are one step each, and come back", "[history]") {
    AppState s;
    apply(s, action::AddUserLayer{"/data/sites.geojson"}, BBox{});
    const std::uint32_t id = s.userLayers[0].id;
    apply(s, action::SetUserLayerLabels{id, true, ""}, BBox{});
    apply(s, action::SetUserLayerLabels{id, true, "village"}, BBox{});
    CHECK(s.userLayers[0].labelField == "village");
    apply(s, action::Undo{}, BBox{});
    CHECK(s.userLayers[0].labels);
    CHECK(s.userLayers[0].labelField.empty());
    apply(s, action::Undo{}, BBox{});
    CHECK_FALSE(s.userLayers[0].labels);
    apply(s, action::Redo{}, BBox{});
    apply(s, action::Redo{}, BBox{});
    CHECK(s.userLayers[0].labelField == "village");
}
