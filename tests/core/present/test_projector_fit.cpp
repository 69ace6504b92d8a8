// Slides fit for a projector: text sizes for a room, the view framed above the caption band, the legend per slide.
#include <catch2/catch.hpp>

#include "core/frame/band_frame.hpp"
#include "core/present/deck.hpp"
#include "core/present/presenter.hpp"
#include "core/state/key_bindings.hpp"
#include "../state/reducer_fixture.hpp"

using namespace atlas::core;
using namespace atlas::core::testing;

TEST_CASE("caption and citation text is at least 2.5 % of the screen height at 1080 and 768 lines",
          "[present][projector]") {
    const double height = GENERATE(1080.0, 768.0, 720.0, 2160.0);
    CAPTURE(height);
    const CaptionTextSizes px = captionTextSizes(height);
    const double least = kMinCaptionTextShare * height;
    CHECK(px.citation >= least);
    CHECK(px.body >= least);
    CHECK(px.title >= least);
    CHECK(px.title > px.body);
    CHECK(px.body >= px.citation);
    if (height == 1080.0) CHECK(px.citation >= 27.0f);
    if (height == 768.0) CHECK(px.citation >= 19.2f);
}

TEST_CASE("the view is framed above the caption band: nothing of the slide's view lies under the band",
          "[present][projector]") {
    const Viewport vp{1920, 1080};
    const Camera slide{{1000.0, 2000.0}, 500.0};
    const double band = GENERATE(0.0, 150.0, 300.0, 500.0);
    CAPTURE(band);
    const Camera fitted = cameraAboveBand(slide, vp, band);
    // The four corners of what the slide frames on the whole screen land inside the part above the band.
    for (const Vec2 corner : {Vec2{0, 0}, Vec2{1920, 0}, Vec2{0, 1080}, Vec2{1920, 1080}}) {
        const Vec2 world = slide.screenToWorld(corner, vp);
        const Vec2 shown = fitted.worldToScreen(world, vp);
        CAPTURE(corner.x, corner.y, shown.x, shown.y);
        CHECK(shown.y >= -1e-6);
        CHECK(shown.y <= vp.height - band + 1e-6);
        CHECK(shown.x >= -1e-6);
        CHECK(shown.x <= vp.width + 1e-6);
    }
    // The slide's centre is the centre of the part above the band.
    const Vec2 centre = fitted.worldToScreen(slide.center(), vp);
    CHECK(centre.y == Approx((vp.height - band) / 2.0));
    CHECK(centre.x == Approx(vp.width / 2.0));
    if (band == 0.0) CHECK(fitted.metersPerPixel() == Approx(slide.metersPerPixel()));
}

TEST_CASE("a deck slide's \"legend\" setting is read, written and shown while presenting; L toggles it",
          "[present][projector]") {
    const std::string text = R"({"format": "caucasus-atlas-deck", "version": 1, "title": "T", "author": "A",
        "slides": [{"title": "one", "legend": false, "view": {}}, {"title": "two", "legend": true, "view": {}},
                   {"title": "three", "view": {}}, {"title": "four", "legend": "yes", "view": {}}]})";
    const DeckLoad load = parseDeck(text, "talk.json");
    REQUIRE(load.deck);
    REQUIRE(load.deck->slides.size() == 4);
    CHECK(load.deck->slides[0].legend == std::optional<bool>{false});
    CHECK(load.deck->slides[1].legend == std::optional<bool>{true});
    CHECK_FALSE(load.deck->slides[2].legend);
    CHECK_FALSE(load.deck->slides[3].legend);
    CHECK(load.partial);
    REQUIRE_FALSE(load.messages.empty());
    CHECK(load.messages.back().find("'legend' is not true or false") != std::string::npos);
    const DeckLoad again = parseDeck(deckToText(*load.deck), "again.json");
    REQUIRE(again.deck);
    CHECK(again.deck->slides == load.deck->slides);

    const ReducerWorld world;
    AppState s;
    s.viewport = {1920, 1080};
    Deck deck{"Talk", "A", {}};
    deck.slides.push_back({"off", "", "", viewAt(46.5, 39.8, 1923), false});
    deck.slides.push_back({"on", "", "", viewAt(47.0, 40.0, 1994), true});
    apply(s, action::DeckOpened{deck, {"talk.json", false, false}, std::nullopt}, world.context());
    apply(s, action::Present{PresentCommand::Start}, world.context());
    REQUIRE(s.presentation);
    CHECK_FALSE(s.panels.legend);
    apply(s, action::Present{PresentCommand::Next}, world.context());
    CHECK(s.panels.legend);
    // L while presenting hides it again.
    const KeyBinding* l = findKeyBinding(KeyContext::Presenting, Key::L, kModNone);
    REQUIRE(l);
    const auto act = keyCommandAction(l->command, KeyCommandInput{{960, 540}, s.projection, 0, s.panels.legend});
    REQUIRE(act);
    apply(s, *act, world.context());
    CHECK_FALSE(s.panels.legend);
}

namespace {

/// A conic-like test projection: parallels are arcs (y sags toward the central meridian 45°E) and meridians slant,
/// as in the atlas's Lambert conformal conic.
class BentProjector final : public atlas::core::Projector {
public:
    [[nodiscard]] atlas::core::ProjectionId id() const override { return atlas::core::ProjectionId::LambertCaucasus; }
    [[nodiscard]] std::optional<atlas::core::Vec2> forward(atlas::core::Vec2 ll) const override {
        const double dx = ll.x - 45.0;
        return atlas::core::Vec2{dx * 80000.0 * (1.0 - (ll.y - 40.0) * 0.01), (ll.y - 40.0) * 111000.0 - dx * dx * 600.0};
    }
    [[nodiscard]] std::optional<atlas::core::Vec2> inverse(atlas::core::Vec2) const override { return std::nullopt; }
    [[nodiscard]] double geodesicDistance(atlas::core::Vec2, atlas::core::Vec2) const override { return 0.0; }
    void forwardInPlace(std::vector<atlas::core::Vec2>& pts) const override {
        for (auto& p : pts) p = *forward(p);
    }
};

}  // namespace

TEST_CASE("a slide zoomed out past the basemap is held inside its coverage; one that fits is left alone",
          "[present][projector]") {
    using namespace atlas::core;
    const BentProjector projector;
    const BBox coverage{33.0, 34.0, 57.0, 48.0};
    const BBox inner = projectedInnerBox(coverage, projector);
    REQUIRE_FALSE(inner.empty());
    // Every point of the inner box's edges projects back inside the lon/lat box: checked by sampling the box's
    // boundary, which must lie outside (or on) the inner rectangle.
    for (int i = 0; i <= 200; ++i) {
        const double t = i / 200.0;
        for (const Vec2 ll : {Vec2{33.0, 34.0 + 14.0 * t}, Vec2{57.0, 34.0 + 14.0 * t}, Vec2{33.0 + 24.0 * t, 34.0},
                              Vec2{33.0 + 24.0 * t, 48.0}}) {
            const Vec2 p = *projector.forward(ll);
            const bool strictlyInside = p.x > inner.minX + 1e-6 && p.x < inner.maxX - 1e-6 && p.y > inner.minY + 1e-6 &&
                                        p.y < inner.maxY - 1e-6;
            CAPTURE(ll.x, ll.y);
            CHECK_FALSE(strictlyInside);
        }
    }
    const Viewport vp{1920.0, 1080.0};
    // Zoomed out to a continent: zoomed in until the screen fits, and moved inside.
    const Camera wide{{0.0, 0.0}, 8000.0};
    const Camera held = cameraWithinBox(wide, vp, inner);
    CHECK(held.metersPerPixel() < wide.metersPerPixel());
    const Vec2 tl = held.screenToWorld({0, 0}, vp);
    const Vec2 br = held.screenToWorld({vp.width, vp.height}, vp);
    CHECK(std::min(tl.x, br.x) >= inner.minX - 1e-3);
    CHECK(std::max(tl.x, br.x) <= inner.maxX + 1e-3);
    CHECK(std::min(tl.y, br.y) >= inner.minY - 1e-3);
    CHECK(std::max(tl.y, br.y) <= inner.maxY + 1e-3);
    // A regional slide well inside keeps its scale and centre.
    const Camera regional{{10000.0, -20000.0}, 300.0};
    const Camera same = cameraWithinBox(regional, vp, inner);
    CHECK(same.metersPerPixel() == regional.metersPerPixel());
    CHECK(same.center().x == regional.center().x);
    CHECK(same.center().y == regional.center().y);
    // One near the edge keeps its scale and is moved in.
    const Camera edge{{inner.maxX, 0.0}, 300.0};
    const Camera moved = cameraWithinBox(edge, vp, inner);
    CHECK(moved.metersPerPixel() == edge.metersPerPixel());
    CHECK(moved.center().x < edge.center().x);
}
