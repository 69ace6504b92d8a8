// Session-level actions: projection switches, selecting by gazetteer id with a flight, fitting passages' features.
#include "application/session_actions.hpp"

#include <algorithm>

namespace atlas::app {

core::Camera framingCamera(const core::BBox& bounds, const core::AppState& state) {
    core::Camera c = state.camera;
    core::BBox b = bounds;
    const double minSpan = 60000.0;  // metres: a single town is shown with its surroundings
    if (b.width() < minSpan) { b.minX = b.center().x - minSpan / 2; b.maxX = b.minX + minSpan; }
    if (b.height() < minSpan) { b.minY = b.center().y - minSpan / 2; b.maxY = b.minY + minSpan; }
    c.fit(b, state.viewport, 80.0);
    return c;
}

void applySessionAction(const core::Action& a, AtlasSession& session, core::AppState& state) {
    const core::BBox& home = session.scene().homeBounds;
    if (const auto* p = std::get_if<core::action::SetProjection>(&a)) {
        session.setProjection(state, p->id);
    } else if (const auto* s = std::get_if<core::action::SelectFeatureId>(&a)) {
        const auto idx = session.mapIndexOf(s->gazetteerId);
        core::apply(state, core::action::Select{idx}, home);
        if (idx && s->fly) {
            const core::BBox b = session.boundsOf({*idx});
            if (!b.empty()) core::apply(state, core::action::FlyTo{framingCamera(b, state), 0.9}, home);
        }
    } else if (const auto* f = std::get_if<core::action::FitFeatureIds>(&a)) {
        std::vector<std::size_t> indices;
        for (const auto& id : f->gazetteerIds)
            if (auto i = session.mapIndexOf(id)) indices.push_back(*i);
        const core::BBox b = session.boundsOf(indices);
        if (!b.empty()) core::apply(state, core::action::FlyTo{framingCamera(b, state), 0.9}, home);
    } else {
        core::apply(state, a, home);
    }
}

}  // namespace atlas::app
