// Session wiring: load once, project, upload; per frame build the snapshot and draw it.
#include "cli/atlas_session.hpp"

#include "geoio/map_loader.hpp"

namespace atlas::app {

AtlasSession::AtlasSession(const std::filesystem::path& geodataDir, core::ProjectionId projection)
    : m_model(geoio::loadMap(geodataDir)),
      m_projector(std::make_unique<geoio::ProjProjector>(projection)),
      m_scene(core::buildScene(m_model, *m_projector, core::defaultTheme())) {
    m_renderer.setScene(m_scene);
}

void AtlasSession::setProjection(core::AppState& state, core::ProjectionId id) {
    if (id == m_projector->id()) return;
    const auto centerLonLat = m_projector->inverse(state.camera.center());
    const core::Vec2 mid{state.viewport.width * 0.5, state.viewport.height * 0.5};
    const auto a = m_projector->inverse(state.camera.screenToWorld(mid - core::Vec2{50, 0}, state.viewport));
    const auto b = m_projector->inverse(state.camera.screenToWorld(mid + core::Vec2{50, 0}, state.viewport));
    const double groundMpp = (a && b) ? m_projector->geodesicDistance(*a, *b) / 100.0 : 0.0;

    m_projector = std::make_unique<geoio::ProjProjector>(id);
    m_scene = core::buildScene(m_model, *m_projector, core::defaultTheme());
    m_renderer.setScene(m_scene);
    state.projection = id;
    state.flight.reset();
    if (centerLonLat) {
        if (auto c = m_projector->forward(*centerLonLat)) state.camera.setCenter(*c);
    }
    if (groundMpp > 0.0 && centerLonLat) {
        // Keep the ground scale: measure the new projection's scale at the same place.
        core::Camera probe{state.camera.center(), 1.0};
        const auto pa = m_projector->inverse(probe.screenToWorld(mid - core::Vec2{50, 0}, state.viewport));
        const auto pb = m_projector->inverse(probe.screenToWorld(mid + core::Vec2{50, 0}, state.viewport));
        if (pa && pb) {
            const double groundPerProjected = m_projector->geodesicDistance(*pa, *pb) / 100.0;
            if (groundPerProjected > 0.0) state.camera.setMetersPerPixel(groundMpp / groundPerProjected);
        }
    }
}

core::RenderFrame AtlasSession::buildFrame(const core::AppState& state, float pixelScale) {
    auto visuals = core::computeVisuals(m_model, state.time, state.layerOpacity, state.selected, state.hovered);
    if (visuals != m_visuals) {
        m_visuals = std::move(visuals);
        ++m_visualsVersion;
    }
    core::RenderFrame frame = core::buildFrame(m_model, m_scene, *m_projector, state.camera, state.viewport, pixelScale,
                                               m_renderer.measurer(), state.frame, &m_visuals);
    frame.visualsVersion = m_visualsVersion;
    if (state.selected && *state.selected < m_model.features.size())
        frame.selectionOutline = core::featureOutline(m_model.features[*state.selected], frame.lod, *m_projector, m_scene.origin);
    return frame;
}

core::RenderFrame AtlasSession::drawFrame(const core::AppState& state, float pixelScale, render::RenderTarget& target) {
    core::RenderFrame frame = buildFrame(state, pixelScale);
    m_renderer.draw(frame, target);
    return frame;
}

}  // namespace atlas::app
