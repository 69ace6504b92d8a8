// Camera: screen/world round trips, anchored zoom, fitting, flights.
#include <catch2/catch.hpp>

#include "core/state/layer_settings.hpp"
#include "core/state/reducer.hpp"
#include "core/state/app_state.hpp"
#include "core/camera.hpp"

using namespace atlas::core;
using Catch::Matchers::WithinAbs;

TEST_CASE("screen and world transforms are inverse", "[camera]") {
    const Viewport vp{1600, 900};
    Camera cam({1000.0, -2000.0}, 250.0);
    auto [sx, sy] = GENERATE(table<double, double>({{0, 0}, {1600, 900}, {800, 450}, {13.5, 877.25}}));
    const Vec2 w = cam.screenToWorld({sx, sy}, vp);
    const Vec2 s = cam.worldToScreen(w, vp);
    CHECK_THAT(s.x, WithinAbs(sx, 1e-9));
    CHECK_THAT(s.y, WithinAbs(sy, 1e-9));
    // y grows downwards on screen and upwards in the world
    CHECK(cam.screenToWorld({800, 0}, vp).y > cam.screenToWorld({800, 900}, vp).y);
}

TEST_CASE("zoom keeps the point under the cursor fixed", "[camera]") {
    const Viewport vp{1200, 800};
    Camera cam({0, 0}, 1000.0);
    const Vec2 anchor{300, 650};
    const Vec2 before = cam.screenToWorld(anchor, vp);
    cam.zoomAt(2.0, anchor, vp);
    CHECK_THAT(cam.metersPerPixel(), WithinAbs(500.0, 1e-9));
    const Vec2 after = cam.screenToWorld(anchor, vp);
    CHECK_THAT(after.x, WithinAbs(before.x, 1e-6));
    CHECK_THAT(after.y, WithinAbs(before.y, 1e-6));
}

TEST_CASE("scale is clamped and pan moves by whole pixels", "[camera]") {
    Camera cam({0, 0}, 100.0);
    cam.zoomAt(1e9, {0, 0}, {100, 100});
    CHECK(cam.metersPerPixel() == Camera::kMinMetersPerPixel);
    cam.setMetersPerPixel(1e12);
    CHECK(cam.metersPerPixel() == Camera::kMaxMetersPerPixel);
    Camera c2({0, 0}, 10.0);
    c2.panPixels({5, -3});
    CHECK_THAT(c2.center().x, WithinAbs(-50.0, 1e-12));
    CHECK_THAT(c2.center().y, WithinAbs(-30.0, 1e-12));
}

TEST_CASE("fit frames a box inside the viewport", "[camera]") {
    const Viewport vp{1000, 500};
    Camera cam;
    BBox box{-100000, -20000, 300000, 80000};
    cam.fit(box, vp, 0.0);
    const BBox vis = cam.visibleBounds(vp);
    CHECK(vis.minX <= box.minX + 1e-6);
    CHECK(vis.maxX >= box.maxX - 1e-6);
    CHECK(vis.minY <= box.minY + 1e-6);
    CHECK(vis.maxY >= box.maxY - 1e-6);
    CHECK_THAT(cam.metersPerPixel(), WithinAbs(400.0, 1e-9));  // width-limited: 400 km / 1000 px
}

TEST_CASE("a flight starts and ends at its cameras and stays smooth", "[camera]") {
    Flight f{Camera({0, 0}, 1000), Camera({500000, 100000}, 200), 1.0, 0.0};
    CHECK(f.at(0.0).center() == Vec2{0, 0});
    CHECK_THAT(f.at(1.0).metersPerPixel(), WithinAbs(200.0, 1e-9));
    CHECK_THAT(f.at(1.0).center().x, WithinAbs(500000.0, 1e-6));
    double prevX = -1;
    for (int i = 0; i <= 20; ++i) {
        const double x = f.at(i / 20.0).center().x;
        CHECK(x >= prevX);  // monotonic progress
        prevX = x;
    }
    Camera last;
    for (int i = 0; i < 10; ++i) last = f.step(0.15);
    CHECK(f.done());
    CHECK_THAT(last.center().y, WithinAbs(100000.0, 1e-6));
}

TEST_CASE("actions: panning cancels a flight, ticks finish it, reset flies home", "[state]") {
    AppState s;
    s.viewport = {800, 600};
    const BBox home{-1000, -1000, 1000, 1000};
    apply(s, action::ResetView{}, home);
    REQUIRE(s.flight);
    apply(s, action::Tick{10.0}, home);
    CHECK_FALSE(s.flight);
    CHECK_THAT(s.camera.center().x, WithinAbs(0.0, 1e-9));
    apply(s, action::FlyTo{Camera({5000, 0}, 50), 1.0}, home);
    apply(s, action::PanPixels{{10, 0}}, home);
    CHECK_FALSE(s.flight);
    apply(s, action::ToggleGraticule{}, home);
    CHECK_FALSE(layerLook(s).graticule);
}
