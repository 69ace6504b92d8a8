// The reducer's view area: camera and flights, projection, viewport, panels, naming, frame switches, views shown,
// view files and PNG export asked of the app.
#include "core/state/history.hpp"
#include "core/state/reducer_detail.hpp"

#include <algorithm>
#include <cmath>

namespace atlas::core {

Camera homeCamera(const BBox& homeBounds, Viewport vp) {
    Camera c;
    c.fit(homeBounds, vp, 12.0);
    return c;
}

bool& panelFlag(AppState::Panels& p, Panel panel) {
    switch (panel) {
        case Panel::Layers: return p.layers;
        case Panel::Inspector: return p.inspector;
        case Panel::Reader: return p.reader;
        case Panel::Search: return p.search;
        case Panel::Timeline: return p.timeline;
        case Panel::Legend: return p.legend;
        case Panel::Deck: return p.deck;
        case Panel::Documents: return p.documents;
        case Panel::PlacesReview: return p.placesReview;
    }
    return p.layers;
}

namespace detail {

void reduce(AppState& s, const action::PanPixels& a, const ReduceContext&, Commands&) {
    s.flight.reset();
    s.camera.panPixels(a.delta);
}

void reduce(AppState& s, const action::ZoomAt& a, const ReduceContext&, Commands&) {
    s.flight.reset();
    s.camera.zoomAt(a.factor, a.anchor, s.viewport);
}

void reduce(AppState& s, const action::FlyTo& a, const ReduceContext&, Commands&) {
    s.flight = Flight{s.camera, a.target, a.seconds, 0.0};
}

void reduce(AppState& s, const action::ResetView& a, const ReduceContext& ctx, Commands&) {
    const Camera home = homeCamera(ctx.homeBounds, s.viewport);
    if (a.animate) {
        s.flight = Flight{s.camera, home, 0.9, 0.0};
    } else {
        s.flight.reset();
        s.camera = home;
    }
    s.cameraPlaced = true;
}

void reduce(AppState& s, const action::SetCamera& a, const ReduceContext&, Commands&) {
    s.flight.reset();
    s.camera = a.camera;
    s.cameraPlaced = true;
}

void reduce(AppState& s, const action::SetProjection& a, const ReduceContext& ctx, Commands& out) {
    if (ctx.projector && ctx.projector->id() == a.id) return;
    if (!ctx.projector) {  // nothing projected yet: only the choice is recorded
        s.projection = a.id;
        return;
    }
    out.emplace_back(command::SwitchProjection{a.id, {}});
}

void reduce(AppState& s, const action::ProjectionSwitched& a, const ReduceContext&, Commands&) {
    s.projection = a.id;
    s.flight.reset();
    s.camera = a.camera;
}

void reduce(AppState& s, const action::SetViewport& a, const ReduceContext&, Commands&) { s.viewport = a.viewport; }
void reduce(AppState& s, const action::SetCursor& a, const ReduceContext&, Commands&) { s.cursorLonLat = a.lonLat; }
void reduce(AppState& s, const action::Quit&, const ReduceContext&, Commands&) { s.quitRequested = true; }
void reduce(AppState& s, const action::SetNaming& a, const ReduceContext&, Commands&) { s.naming = a.naming; }
void reduce(AppState& s, const action::WindowFullscreen& a, const ReduceContext&, Commands&) { s.fullscreen = a.on; }

void reduce(AppState& s, const action::ToggleFullscreen&, const ReduceContext&, Commands& out) {
    out.emplace_back(command::SetFullscreen{!s.fullscreen});
}

void reduce(AppState& s, const action::SetPanelOpen& a, const ReduceContext&, Commands&) {
    panelFlag(s.panels, a.panel) = a.open;
}

void reduce(AppState& s, const action::SetUiScale& a, const ReduceContext&, Commands&) {
    if (std::isfinite(a.scale)) s.carried.uiScale = std::clamp(a.scale, kMinUiScale, kMaxUiScale);
}

void reduce(AppState& s, const action::SetFrameOptions& a, const ReduceContext&, Commands&) {
    if (a.labels) s.frame.labels = *a.labels;
    if (a.graticule)
        if (LayerSettings* l = builtinLayer(s, "graticule")) l->visible = *a.graticule;
    if (a.legend) s.frame.legend = *a.legend;
    if (a.stamp) s.frame.stamp = *a.stamp;
    if (a.footer) s.frame.footer = *a.footer;
}

void reduce(AppState& s, const action::Tick& a, const ReduceContext&, Commands&) {
    tickPlay(s, a.dt);
    tickPresentation(s, a.dt);
    if (!s.flight) return;
    s.camera = s.flight->step(a.dt);
    if (s.flight->done()) s.flight.reset();
}

void reduce(AppState& s, const action::ShowView& a, const ReduceContext& ctx, Commands& out) {
    if (showView(s, a.view, a.source, ctx, out, a) && a.file) s.viewFile = a.source;
}

void reduce(AppState& s, const action::ViewSaved& a, const ReduceContext&, Commands&) { s.viewFile = a.path; }

void reduce(AppState& s, const action::Undo&, const ReduceContext&, Commands& out) {
    if (!s.presentation) restoreStep(s, false, out);
}

void reduce(AppState& s, const action::Redo&, const ReduceContext&, Commands& out) {
    if (!s.presentation) restoreStep(s, true, out);
}

void reduce(AppState& s, const action::OpenViewFile& a, const ReduceContext&, Commands& out) {
    (void)s;
    out.emplace_back(command::ReadViewFile{a.path});
}

void reduce(AppState& s, const action::SaveViewFile& a, const ReduceContext& ctx, Commands& out) {
    if (auto view = currentView(s, ctx)) out.emplace_back(command::WriteViewFile{a.path, std::move(*view), a.overwrite});
    else report(out, Severity::Error, a.path, "the map is not loaded yet; the view was not saved");
}

void reduce(AppState&, const action::ExportPng& a, const ReduceContext&, Commands& out) {
    out.emplace_back(command::ExportPng{a});
}

}  // namespace detail
}  // namespace atlas::core
