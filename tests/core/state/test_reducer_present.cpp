// Presenting through the reducer: start, step, the year count, blank/theme, a slide in another projection, leave.
#include <catch2/catch.hpp>

#include "core/present/presenter.hpp"
#include "reducer_fixture.hpp"

using namespace atlas::core;
using namespace atlas::core::testing;

namespace {

Deck threeSlides() {
    Deck d{"Talk", "Author", {}};
    d.slides.push_back({"NKAO", "", "notes one", viewAt(46.5, 39.8, 1923), std::nullopt});
    d.slides.push_back({"Line of contact", "", "", viewAt(47.0, 40.0, 1994), std::nullopt});
    d.slides.push_back({"Ceasefire", "", "", viewAt(46.7, 39.6, 2020), std::nullopt});
    return d;
}

AppState withDeck(const ReducerWorld& world) {
    AppState s;
    s.viewport = {1920, 1080};
    apply(s, action::DeckOpened{threeSlides(), {"talk.json", false, false}, std::nullopt}, world.context());
    return s;
}

}  // namespace

TEST_CASE("present: F5 starts on the first slide, fullscreen in the projector theme, bigger symbols", "[reducer][present]") {
    const ReducerWorld world;
    AppState s = withDeck(world);
    s.playing = true;
    const Commands out = apply(s, action::Present{PresentCommand::Start}, world.context());
    REQUIRE(s.presentation);
    CHECK(s.presentation->current == 0);
    CHECK_FALSE(s.playing);
    CHECK(s.frame.symbolScale == Approx(projectorSymbolScale(1080)));
    CHECK(s.time.year == std::optional<int>{1923});
    CHECK(s.flight);  // flies to the slide
    const auto fullscreen = commandsOf<command::SetFullscreen>(out);
    REQUIRE(fullscreen.size() == 1);
    CHECK(fullscreen[0].on);
    const auto theme = commandsOf<command::SetMapTheme>(out);
    REQUIRE(theme.size() == 1);
    CHECK(theme[0].presenting);
    CHECK(s.deck.selected == 0);
}

TEST_CASE("present: Next counts the year from one slide's time to the next while the camera flies", "[reducer][present]") {
    const ReducerWorld world;
    AppState s = withDeck(world);
    apply(s, action::Present{PresentCommand::Start}, world.context());
    apply(s, action::Tick{5.0}, world.context());
    REQUIRE_FALSE(s.flight);
    apply(s, action::Present{PresentCommand::Next}, world.context());
    CHECK(s.presentation->current == 1);
    CHECK(s.deck.selected == 1);
    REQUIRE(s.flight);
    apply(s, action::Tick{kSlideFlightSeconds / 2}, world.context());
    REQUIRE(s.time.year);
    CHECK(*s.time.year > 1923);
    CHECK(*s.time.year < 1994);
    apply(s, action::Tick{kSlideFlightSeconds}, world.context());
    CHECK(s.time.year == std::optional<int>{1994});
    CHECK_FALSE(s.flight);
    const auto centre = world.projector.inverse(s.camera.center());
    REQUIRE(centre);
    CHECK(centre->x == Approx(47.0));

    SECTION("stepping past the last slide stays there") {
        apply(s, action::Present{PresentCommand::Last}, world.context());
        apply(s, action::Present{PresentCommand::Next}, world.context());
        CHECK(s.presentation->current == 2);
    }
    SECTION("the Deck panel's list jumps while presenting") {
        apply(s, action::EditDeck{DeckEdit::Show, 0, 0, {}, {}, {}, {}}, world.context());
        CHECK(s.presentation->current == 0);
    }
}

TEST_CASE("present: blank and the theme while presenting, the theme chosen before", "[reducer][present]") {
    const ReducerWorld world;
    AppState s = withDeck(world);
    CHECK(apply(s, action::Present{PresentCommand::Theme}, world.context()).empty());  // View > Dark theme
    CHECK(s.presentTheme == PresentTheme::Dark);
    apply(s, action::Present{PresentCommand::Start}, world.context());
    CHECK(s.presentation->theme == PresentTheme::Dark);
    apply(s, action::Present{PresentCommand::Blank}, world.context());
    CHECK(s.presentation->blank);
    const Commands out = apply(s, action::Present{PresentCommand::Theme}, world.context());
    CHECK(s.presentTheme == PresentTheme::Light);
    const auto theme = commandsOf<command::SetMapTheme>(out);
    REQUIRE(theme.size() == 1);
    CHECK(theme[0].theme == PresentTheme::Light);
}

TEST_CASE("present: Esc leaves, giving back the window, the symbols and the slide's time", "[reducer][present]") {
    const ReducerWorld world;
    AppState s = withDeck(world);
    s.frame.symbolScale = 1.25f;
    apply(s, action::Present{PresentCommand::Start}, world.context());
    apply(s, action::Present{PresentCommand::Next}, world.context());  // mid-count
    apply(s, action::SetCaptionBand{120.0}, world.context());
    CHECK(s.frame.reservedBottomPx == 120.0);
    const Commands out = apply(s, action::Present{PresentCommand::Leave}, world.context());
    CHECK_FALSE(s.presentation);
    CHECK(s.frame.symbolScale == 1.25f);
    CHECK(s.frame.reservedBottomPx == 0.0);
    CHECK(s.time.year == std::optional<int>{1994});  // the count ends on the slide's time
    const auto fullscreen = commandsOf<command::SetFullscreen>(out);
    REQUIRE(fullscreen.size() == 1);
    CHECK_FALSE(fullscreen[0].on);  // the window was not fullscreen before
    REQUIRE(commandsOf<command::SetMapTheme>(out).size() == 1);
    CHECK_FALSE(commandsOf<command::SetMapTheme>(out)[0].presenting);
    apply(s, action::SetCaptionBand{80.0}, world.context());  // not presenting: nothing reserved
    CHECK(s.frame.reservedBottomPx == 0.0);

    SECTION("a window that was fullscreen before stays fullscreen") {
        AppState t = withDeck(world);
        apply(t, action::WindowFullscreen{true}, world.context());
        apply(t, action::Present{PresentCommand::Start}, world.context());
        CHECK(commandsOf<command::SetFullscreen>(apply(t, action::Present{PresentCommand::Leave}, world.context())).empty());
    }
}

TEST_CASE("present: a slide in another projection asks the app to switch, then shows without a flight",
          "[reducer][present]") {
    const ReducerWorld world;
    Deck d = threeSlides();
    d.slides[1].view.camera.projection = ProjectionId::Utm38N;
    AppState s;
    s.viewport = {1280, 800};
    apply(s, action::DeckOpened{d, {}, std::nullopt}, world.context());
    apply(s, action::Present{PresentCommand::Start}, world.context());
    const Commands out = apply(s, action::Present{PresentCommand::Next}, world.context());
    const auto switches = commandsOf<command::SwitchProjection>(out);
    REQUIRE(switches.size() == 1);
    CHECK(switches[0].id == ProjectionId::Utm38N);
    REQUIRE(switches[0].then.size() == 1);
    CHECK(std::holds_alternative<action::ShowSlide>(switches[0].then[0]));
    CHECK(s.projection == ProjectionId::LambertCaucasus);  // nothing shown yet

    // The app switches and applies what follows, now with the new projection's context.
    const ScaledProjector utm(ProjectionId::Utm38N, 50000.0);
    ReduceContext after = world.context();
    after.projector = &utm;
    apply(s, action::ProjectionSwitched{ProjectionId::Utm38N, s.camera}, after);
    for (const auto& a : switches[0].then) CHECK(apply(s, a, after).empty());
    CHECK(s.projection == ProjectionId::Utm38N);
    CHECK_FALSE(s.flight);
    const auto centre = utm.inverse(s.camera.center());
    REQUIRE(centre);
    CHECK(centre->x == Approx(47.0));
    CHECK(s.presentation->current == 1);
}

TEST_CASE("present: with no deck open the current view is presented as one slide", "[reducer][present]") {
    const ReducerWorld world;
    AppState s;
    apply(s, action::SetYear{2020}, world.context());
    apply(s, action::Present{PresentCommand::Start}, world.context());
    REQUIRE(s.presentation);
    CHECK(s.presentation->deck.slides.size() == 1);
    CHECK(s.time.year == std::optional<int>{2020});
    SECTION("without a loaded map there is nothing to present") {
        AppState t;
        apply(t, action::Present{PresentCommand::Start}, BBox{});
        CHECK_FALSE(t.presentation);
    }
}
