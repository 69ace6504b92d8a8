// Action handling: panning and zooming cancel flights, ticks advance them.
#include "core/app_state.hpp"

#include <algorithm>

namespace atlas::core {

Camera homeCamera(const BBox& homeBounds, Viewport vp) {
    Camera c;
    c.fit(homeBounds, vp, 12.0);
    return c;
}

namespace {
template <class... Ts>
struct Overloaded : Ts... { using Ts::operator()...; };
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;
}  // namespace

void apply(AppState& s, const Action& a, const BBox& homeBounds) {
    std::visit(Overloaded{
                   [&](const action::PanPixels& p) {
                       s.flight.reset();
                       s.camera.panPixels(p.delta);
                   },
                   [&](const action::ZoomAt& z) {
                       s.flight.reset();
                       s.camera.zoomAt(z.factor, z.anchor, s.viewport);
                   },
                   [&](const action::FlyTo& f) { s.flight = Flight{s.camera, f.target, f.seconds, 0.0}; },
                   [&](const action::ResetView&) {
                       s.flight = Flight{s.camera, homeCamera(homeBounds, s.viewport), 0.9, 0.0};
                   },
                   [&](const action::SetProjection& p) { s.projection = p.id; },
                   [&](const action::SetViewport& v) { s.viewport = v.viewport; },
                   [&](const action::SetCursor& c) { s.cursorLonLat = c.lonLat; },
                   [&](const action::ToggleGraticule&) { s.frame.graticule = !s.frame.graticule; },
                   [&](const action::ToggleLabels&) { s.frame.labels = !s.frame.labels; },
                   [&](const action::Tick& t) {
                       if (!s.flight) return;
                       s.camera = s.flight->step(t.dt);
                       if (s.flight->done()) s.flight.reset();
                   },
                   [&](const action::Quit&) { s.quitRequested = true; },
                   [&](const action::SetYear& y) {
                       s.time.year = y.year;
                       if (y.year) s.time.range.reset();
                   },
                   [&](const action::SetRange& r) {
                       s.time.range = r.range;
                       if (r.range) s.time.year.reset();
                   },
                   [&](const action::SetTimeDisplay& d) { s.time.display = d.display; },
                   [&](const action::Select& sel) { s.selected = sel.feature; },
                   [&](const action::Hover& h) { s.hovered = h.feature; },
                   [&](const action::SetLayerOpacity& o) {
                       const auto i = static_cast<std::size_t>(o.layer);
                       if (i < s.layerOpacity.size()) s.layerOpacity[i] = std::clamp(o.opacity, 0.0f, 1.0f);
                   },
               },
               a);
}

}  // namespace atlas::core
