// Session wiring: load once, project, upload; per frame build the snapshot and draw it.
#include "application/atlas_session.hpp"

#include "core/frame/review_overlay.hpp"
#include "core/frame/user_labels.hpp"

#include "core/state/layer_settings.hpp"

#include "core/corpus/index_cache.hpp"
#include "application/geoio_module.hpp"
#include "application/map_loading.hpp"

#include <algorithm>

namespace atlas::app {

SessionData AtlasSession::load(const std::filesystem::path& geodataDir, core::ProjectionId projection,
                               bool pickIndex) {
    SessionData d;
    // On the loading thread, not at exec: the map model cache, else the geoio module (GDAL, GEOS); PROJ's module.
    // (PROJ's module opened on a thread of its own beside the model gained nothing: `render` 131 vs 129 ms in 15
    // alternated pairs, its libraries' loading waits for the dynamic loader's lock that the GL driver holds.)
    d.model = loadMapModel(geodataDir, core::defaultIndexCacheDir());
    // The labels' glyphs before PROJ: its ~40 libraries wait for the dynamic loader's lock while the GL driver's
    // load holds it (`render`, the window), and the glyphs need no projection.
    d.fonts = std::make_unique<render::FontAtlas>();
    d.fonts->useGlyphCache(core::defaultIndexCacheDir());  // SDF glyphs from the last run, beside the LOD cache
    // Rasterise the glyphs of every label now, so that the first frame does not wait for them.
    const core::Theme& theme = core::defaultTheme();
    for (const auto& f : d.model.features) {
        if (!f.labelClass) continue;
        const core::LabelStyle st = core::labelStyle(*f.labelClass, theme);
        (void)d.fonts->layout(st.uppercase ? core::upperAscii(f.name) : f.name, st);
    }
    core::LabelStyle plain = core::labelStyle(core::LabelClass::Town, theme);
    (void)d.fonts->layout("0123456789 km·,", plain);
    plain.italic = true;
    for (const auto& p : d.model.offmap) (void)d.fonts->layout(p.names[0] + " · 0123456789 km,", plain);
    d.projector = makeProjector(projection);
    d.scene = core::buildScene(d.model, *d.projector, core::defaultTheme());
    if (pickIndex) d.pick = core::buildPickIndex(d.model, *d.projector);
    d.fonts->saveGlyphCache();
    return d;
}

const core::PickIndex& AtlasSession::pickIndex() const {
    if (!m_pick) m_pick = core::buildPickIndex(m_model, *m_projector);
    return *m_pick;
}

AtlasSession::AtlasSession(const std::filesystem::path& geodataDir, core::ProjectionId projection)
    : AtlasSession(load(geodataDir, projection)) {}

AtlasSession::AtlasSession(SessionData data) : AtlasSession(std::move(data), render::MapPrograms::build()) {}

AtlasSession::AtlasSession(SessionData data, render::MapPrograms programs)
    : m_model(std::move(data.model)),
      m_projector(std::move(data.projector)),
      m_scene(std::move(data.scene)),
      m_pick(std::move(data.pick)),
      m_renderer(std::move(data.fonts), std::move(programs)) {
    m_renderer.setScene(m_scene);
}

std::optional<std::size_t> AtlasSession::mapIndexOf(const std::string& gazetteerId) const {
    // A feature drawn in several shapes (dated geometry) is found as its latest shape.
    std::optional<std::size_t> found;
    for (std::size_t i = 0; i < m_model.features.size(); ++i) {
        if (m_model.features[i].gazetteerId != gazetteerId) continue;
        if (m_model.features[i].latestShape) return i;
        if (!found) found = i;
    }
    return found;
}

core::BBox AtlasSession::boundsOf(const std::vector<std::size_t>& mapIndices) const {
    core::BBox b;
    for (const auto& e : pickIndex().entries)
        if (std::find(mapIndices.begin(), mapIndices.end(), e.feature) != mapIndices.end()) b.extend(e.bounds);
    for (std::size_t i : mapIndices)
        if (i < m_scene.labelPoints.size() && m_scene.labelPoints[i]) b.extend(*m_scene.labelPoints[i]);
    return b;
}

std::optional<std::size_t> AtlasSession::pickAt(const core::AppState& state, core::Vec2 screen) const {
    const core::PickQuery q{state.camera.screenToWorld(screen, state.viewport), state.camera.metersPerPixel(), 5.0,
                            6.0 * state.frame.symbolScale};
    return core::pick(pickIndex(), q, &m_visuals);
}

MapPick AtlasSession::pickAnyAt(const core::AppState& state, core::Vec2 screen,
                                const std::vector<core::PlacedArrow>* arrows) const {
    // The arrows toward off-map places are drawn over everything: one under the cursor wins.
    if (arrows)
        if (const auto offmap = core::offmapArrowAt(*arrows, m_model, screen)) return {core::Selection::offmap(*offmap), {}};
    const core::PickQuery q{state.camera.screenToWorld(screen, state.viewport), state.camera.metersPerPixel(), 5.0,
                            6.0 * state.frame.symbolScale};
    std::optional<core::PickHit> best;
    MapPick out;
    // User layers from the top of the draw order down; a layer too faint to see is not picked (as a map layer).
    for (auto it = state.userLayers.rbegin(); it != state.userLayers.rend(); ++it) {
        if (!it->visible || it->opacity < 0.3f) continue;
        const LoadedUserLayer* layer = userLayer(it->id);
        if (!layer) continue;
        const auto hit = core::pickHit(layer->scene.pick, q, nullptr);
        if (hit && (!best || core::betterHit(*hit, *best))) {
            best = hit;
            out.user = core::UserFeatureRef{it->id, hit->feature};
        }
    }
    const auto mapHit = core::pickHit(pickIndex(), q, &m_visuals);
    if (mapHit && (!best || core::betterHit(*mapHit, *best))) {
        out.user.reset();
        out.map = core::Selection::feature(mapHit->feature);
    }
    return out;
}

const LoadedUserLayer* AtlasSession::userLayer(std::uint32_t id) const {
    for (const auto& l : m_userLayers)
        if (l->id == id) return l.get();
    return nullptr;
}

void AtlasSession::addUserLayer(std::uint32_t id, core::UserLayer data, core::UserLayerScene scene) {
    removeUserLayer(id);
    auto layer = std::make_unique<LoadedUserLayer>();
    layer->id = id;
    layer->data = std::move(data);
    const bool current = scene.projection == m_projector->id() && scene.origin == m_scene.origin;
    layer->scene = current ? std::move(scene) : core::projectUserLayer(layer->data, *m_projector, m_scene.origin);
    m_renderer.setUserLayer(id, layer->scene);
    m_userLayers.push_back(std::move(layer));
}

void AtlasSession::removeUserLayer(std::uint32_t id) {
    m_renderer.removeUserLayer(id);
    std::erase_if(m_userLayers, [&](const auto& l) { return l->id == id; });
}

core::Camera AtlasSession::switchProjection(core::ProjectionId id, const core::Camera& camera, core::Viewport viewport) {
    if (id == m_projector->id()) return camera;
    const auto centerLonLat = m_projector->inverse(camera.center());
    const core::Vec2 mid{viewport.width * 0.5, viewport.height * 0.5};
    const auto a = m_projector->inverse(camera.screenToWorld(mid - core::Vec2{50, 0}, viewport));
    const auto b = m_projector->inverse(camera.screenToWorld(mid + core::Vec2{50, 0}, viewport));
    const double groundMpp = (a && b) ? m_projector->geodesicDistance(*a, *b) / 100.0 : 0.0;

    m_projector = makeProjector(id);
    m_scene = core::buildScene(m_model, *m_projector, *m_theme);
    m_pick = core::buildPickIndex(m_model, *m_projector);
    m_renderer.setScene(m_scene);
    for (auto& l : m_userLayers) {  // user layers keep their lon/lat data: project them again, like the scene
        l->scene = core::projectUserLayer(l->data, *m_projector, m_scene.origin);
        m_renderer.setUserLayer(l->id, l->scene);
    }
    core::Camera out = camera;
    if (centerLonLat) {
        if (auto c = m_projector->forward(*centerLonLat)) out.setCenter(*c);
    }
    if (groundMpp > 0.0 && centerLonLat) {
        // Keep the ground scale: measure the new projection's scale at the same place.
        core::Camera probe{out.center(), 1.0};
        const auto pa = m_projector->inverse(probe.screenToWorld(mid - core::Vec2{50, 0}, viewport));
        const auto pb = m_projector->inverse(probe.screenToWorld(mid + core::Vec2{50, 0}, viewport));
        if (pa && pb) {
            const double groundPerProjected = m_projector->geodesicDistance(*pa, *pb) / 100.0;
            if (groundPerProjected > 0.0) out.setMetersPerPixel(groundMpp / groundPerProjected);
        }
    }
    return out;
}

void AtlasSession::setTheme(const core::Theme& theme) {
    if (&theme == m_theme) return;
    m_theme = &theme;
    m_scene = core::buildScene(m_model, *m_projector, theme);
    m_renderer.setScene(m_scene);
}

core::RenderFrame AtlasSession::buildFrame(const core::AppState& state, float pixelScale) {
    // Everything per layer comes from the state's layer settings (core/state/layer_settings.hpp).
    const core::LayerLook look = core::layerLook(state);
    const std::vector<float> opacity(look.opacity.begin(), look.opacity.end());
    auto visuals = core::computeVisuals(m_model, state.time, opacity, core::featureOf(state.selected),
                                       core::featureOf(state.hovered), *m_theme, look.colour);
    core::applyEmphasis(visuals, m_emphasisOpacity, m_emphasisScale);
    if (visuals != m_visuals) {
        m_visuals = std::move(visuals);
        ++m_visualsVersion;
    }
    core::FrameOptions options = core::frameOptions(state);
    options.theme = m_theme;
    options.legend = options.legend || state.panels.legend;
    if (state.selected) options.selectedId = core::gazetteerIdOf(m_model, *state.selected);  // also its arrow
    if (options.legend) {
        options.extraLegend = core::userLayerLegend(state.userLayers);
        const auto review = core::reviewLegend(state.places.user);
        options.extraLegend.insert(options.extraLegend.end(), review.begin(), review.end());
    }
    core::RenderFrame frame = core::buildFrame(m_model, m_scene, *m_projector, state.camera, state.viewport, pixelScale,
                                               m_renderer.measurer(), options, &m_visuals, &state.time);
    frame.visualsVersion = m_visualsVersion;
    // Labels switched off per layer (view state `layers.<key>.labels`).
    std::erase_if(frame.labels, [&](const core::LabelDraw& l) {
        if (l.feature >= m_model.features.size()) return false;
        const auto layer = static_cast<std::size_t>(m_model.features[l.feature].layer);
        return layer < look.labels.size() && !look.labels[layer];
    });
    if (const auto selected = core::featureOf(state.selected); selected && *selected < m_model.features.size())
        frame.selectionOutline = core::featureOutline(m_model.features[core::shownShapeOf(m_model, m_visuals, *selected)],
                                                      frame.lod, *m_projector, m_scene.origin);
    // User layers in draw order, those loaded and shown; the selected user feature gets the selection halo.
    for (const auto& entry : state.userLayers)
        if (entry.visible && entry.opacity > 0.0f && userLayer(entry.id))
            frame.userLayers.push_back({entry.id, entry.colour, entry.opacity});
    // Their labels, where the map's own leave room (labels as a whole off with L: none).
    if (state.frame.labels)
        for (const auto& entry : state.userLayers)
            if (const LoadedUserLayer* l = userLayer(entry.id); l && entry.labels && entry.visible && entry.opacity > 0.0f)
                core::addUserLayerLabels(frame, l->data, l->scene, core::userLabelField(l->data.fields, entry.labelField),
                                         m_renderer.measurer());
    // The workspace's own places (accepted, unreviewed) and the review's suggestions, over the map.
    core::layoutReviewOverlay(state.places, state.panels.placesReview && !state.presentation, state.frame.labels,
                              *m_projector, state.camera, state.viewport, state.frame.symbolScale, frame.overlay);
    if (state.selectedUser)
        if (const LoadedUserLayer* l = userLayer(state.selectedUser->layer);
            l && state.selectedUser->feature < l->data.features.size())
            frame.selectionOutline = core::userFeatureOutline(l->data.features[state.selectedUser->feature], frame.lod,
                                                              *m_projector, m_scene.origin);
    return frame;
}

core::RenderFrame AtlasSession::drawFrame(const core::AppState& state, float pixelScale, render::RenderTarget& target) {
    core::RenderFrame frame = buildFrame(state, pixelScale);
    m_renderer.draw(frame, target);
    return frame;
}

}  // namespace atlas::app
