// The docked layout: side and bottom areas around the map at the window sizes and interface sizes users have.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/state/dock_layout.hpp"

using namespace atlas::core;

namespace {
DockInput allOpen(float w, float h, float scale = 1.0f) {
    DockInput in;
    in.work = {0, 22 * scale, w, h - 22 * scale - 26 * scale};  // under the menu bar, above the status bar
    in.scale = scale;
    in.open = AppState::Panels{};
    in.open.deck = false;
    return in;
}

void requireTiled(const DockInput& in, const DockLayout& l) {
    // Every docked panel lies inside the work area and outside the map; no two panels overlap.
    CHECK(in.work.contains(l.map));
    for (std::size_t i = 0; i < l.panel.size(); ++i) {
        if (!l.panel[i]) continue;
        INFO("panel " << i);
        CHECK(in.work.contains(*l.panel[i]));
        CHECK_FALSE(l.map.overlaps(*l.panel[i]));
        CHECK(l.panel[i]->w > 0.0f);
        CHECK(l.panel[i]->h > 0.0f);
        for (std::size_t j = i + 1; j < l.panel.size(); ++j)
            if (l.panel[j]) CHECK_FALSE(l.panel[i]->overlaps(*l.panel[j]));
    }
}
}  // namespace

TEST_CASE("dock: all panels open leave the map the middle at 1024x680, 1920x1080 and 200 %", "[dock]") {
    struct Case { float w, h, scale; };
    for (const Case c : {Case{1024, 680, 1}, Case{1920, 1080, 1}, Case{1920, 1080, 2}, Case{1024, 680, 2},
                         Case{3840, 2160, 2}}) {
        INFO(c.w << "x" << c.h << " at " << c.scale);
        const DockInput in = allOpen(c.w, c.h, c.scale);
        const DockLayout l = layoutDock(in);
        requireTiled(in, l);
        // The map keeps at least 44 % of the width and 70 % of the height whatever the sizes ask.
        CHECK(l.map.w >= 0.44f * c.w - 1.0f);
        CHECK(l.map.h >= 0.70f * in.work.h - 1.0f);
        REQUIRE(l.panel[std::size_t(Panel::Inspector)]);
        REQUIRE(l.panel[std::size_t(Panel::Timeline)]);
        CHECK(l.panel[std::size_t(Panel::Timeline)]->y >= l.map.bottom() - 0.5f);
        CHECK(l.panel[std::size_t(Panel::Inspector)]->x >= l.map.right() - 0.5f);
        CHECK_FALSE(l.panel[std::size_t(Panel::Legend)]);  // the legend is drawn on the map, not docked
    }
}

TEST_CASE("dock: at 1920x1080 and 100 % the areas take the sizes asked", "[dock]") {
    const DockInput in = allOpen(1920, 1080);
    const DockLayout l = layoutDock(in);
    CHECK(l.area[0]->w == Approx(320));
    CHECK(l.area[1]->w == Approx(420));
    CHECK(l.area[2]->h == Approx(150));
    CHECK(l.map.w == Approx(1920 - 320 - 420));
    // The left stack: Layers above Search at the saved share, a splitter between them.
    const DockRect layers = *l.panel[std::size_t(Panel::Layers)], search = *l.panel[std::size_t(Panel::Search)];
    CHECK(layers.h == Approx(std::floor(0.6f * in.work.h)));
    CHECK(search.y == Approx(layers.bottom()));
    REQUIRE(l.stackSplitter[0]);
    CHECK(l.stackSplitter[0]->y < layers.bottom());
    CHECK(l.stackSplitter[0]->bottom() > layers.bottom());
}

TEST_CASE("dock: closed panels give their area back; collapsed areas keep a strip", "[dock]") {
    DockInput in = allOpen(1400, 900);
    in.open.inspector = in.open.reader = false;
    DockLayout l = layoutDock(in);
    CHECK_FALSE(l.area[1]);
    CHECK_FALSE(l.strip[1]);
    CHECK(l.map.right() == Approx(1400));
    in.open.inspector = true;
    in.sizes.collapsed[1] = true;
    l = layoutDock(in);
    REQUIRE(l.strip[1]);
    CHECK(l.strip[1]->w == Approx(kDockStrip));
    CHECK_FALSE(l.panel[std::size_t(Panel::Inspector)]);
    CHECK(l.map.right() == Approx(1400 - kDockStrip));
    // One panel in a side area takes its whole height.
    in.sizes.collapsed[1] = false;
    l = layoutDock(in);
    CHECK(l.panel[std::size_t(Panel::Inspector)]->h == Approx(in.work.h));
    CHECK_FALSE(l.stackSplitter[1]);
    // The deck joins the left stack under Search.
    in.open.deck = true;
    l = layoutDock(in);
    REQUIRE(l.panel[std::size_t(Panel::Deck)]);
    CHECK(l.panel[std::size_t(Panel::Deck)]->y > l.panel[std::size_t(Panel::Search)]->y);
    requireTiled(in, l);
}

TEST_CASE("dock: splitters give sizes within the limits, in 100 % pixels", "[dock]") {
    const DockInput in = allOpen(1920, 1080, 2.0f);
    CHECK(dockSizeForSplitter(in, DockArea::Left, 500) == Approx(250));
    CHECK(dockSizeForSplitter(in, DockArea::Left, 10) == Approx(kDockMinSide));
    CHECK(dockSizeForSplitter(in, DockArea::Right, 0) == Approx(std::floor(kDockMaxSideShare * 1920) / 2));
    CHECK(dockSizeForSplitter(in, DockArea::Bottom, in.work.bottom() - 240) == Approx(120));
    CHECK(dockSizeForSplitter(in, DockArea::Bottom, 0) == Approx(std::floor(kDockMaxBottomShare * in.work.h) / 2));
    const DockLayout l = layoutDock(in);
    const float y = l.area[0]->y + 0.25f * l.area[0]->h;
    CHECK(dockSplitForY(in, DockArea::Left, y) == Approx(0.25f));
    CHECK(dockSplitForY(in, DockArea::Left, -1000) == Approx(0.1f));
}

TEST_CASE("dock: sizes round-trip through their text; bad fields keep defaults", "[dock]") {
    DockSizes s;
    s.size = {250, 380, 120};
    s.split = {0.4f, 0.7f};
    s.collapsed = {false, true, false};
    const DockSizes back = parseDockSizes(dockSizesText(s));
    CHECK(back.size == s.size);
    CHECK(back.split[0] == Approx(0.4f));
    CHECK(back.split[1] == Approx(0.7f));
    CHECK(back.collapsed == s.collapsed);
    const DockSizes bad = parseDockSizes("size=nan,1e30,-5 split=2,0.5 collapsed=x");
    CHECK(bad == DockSizes{});
}

#include "core/state/reducer.hpp"
#include "reducer_fixture.hpp"

TEST_CASE("dock: selecting a feature frames it inside the visible map at each window size", "[dock][selection]") {
    const testing::ReducerWorld world;
    for (const auto& size : {std::pair{1024.0f, 680.0f}, std::pair{1920.0f, 1080.0f}}) {
        const DockLayout l = layoutDock(allOpen(size.first, size.second));
        AppState s;
        s.viewport = {l.map.w, l.map.h};  // the map view reports the rectangle the panels leave
        for (const char* id : {"lachin-corridor", "stepanakert"}) {
            INFO(size.first << "x" << size.second << " " << id);
            apply(s, action::SelectFeatureId{id, true}, world.context());
            apply(s, action::Tick{5.0}, world.context());
            CHECK(testing::framesWhole(s, world.context().boundsOf({*featureOf(s.selected)})));
        }
    }
}
