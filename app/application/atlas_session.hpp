// What one run of the atlas holds: the loaded model, the projector, the projected scene and the renderer.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>

#include "core/state/app_state.hpp"
#include "core/map/map_model.hpp"
#include "core/map/picking.hpp"
#include "core/map/scene.hpp"
#include "core/map/user_layer.hpp"
#include "core/projector.hpp"
#include "render/map_renderer.hpp"

namespace atlas::app {

/// Everything a session needs that does not touch GL: loadable on a worker thread while the window opens.
struct SessionData {
    core::MapModel model;
    std::unique_ptr<core::Projector> projector;
    core::SceneGeometry scene;
    std::optional<core::PickIndex> pick;  // left for the session to build when first needed (see load)
    std::unique_ptr<render::FontAtlas> fonts;  // with the glyphs of every map label already rasterised
};

/// A user layer's data held by the session: lon/lat (kept for re-projection and attributes) and projected.
struct LoadedUserLayer {
    std::uint32_t id = 0;  // core::UserLayerEntry::id
    core::UserLayer data;
    core::UserLayerScene scene;
};

/// What is under the cursor: a map feature or a user layer's feature (at most one of them).
struct MapPick {
    std::optional<core::Selection> map;  // a map feature or an off-map place's arrow
    std::optional<core::UserFeatureRef> user;
};

class AtlasSession {
public:
    /// Loads the geodata (problems recorded in model().issues) and prepares the scene; needs a GL context.
    AtlasSession(const std::filesystem::path& geodataDir, core::ProjectionId projection);
    /// Uploads data loaded by load(); needs a GL context.
    explicit AtlasSession(SessionData data);
    /// With the map's shader programs built beforehand (on the GL thread while `data` loaded on another).
    AtlasSession(SessionData data, render::MapPrograms programs);
    /// Reads the geodata, projects the scene, builds the pick index (unless `pickIndex` is false: one picture
    /// needs none, and the session builds it if asked) and prepares the fonts; no GL, thread-safe.
    /// Throws render::FontError when the fonts are missing.
    static SessionData load(const std::filesystem::path& geodataDir, core::ProjectionId projection,
                            bool pickIndex = true);

    /// Switches projection (scene, pick index, user layers projected again); returns the camera that keeps the
    /// geographic point at the view centre and the ground scale of `camera` (command::SwitchProjection).
    core::Camera switchProjection(core::ProjectionId id, const core::Camera& camera, core::Viewport viewport);
    /// Switches the palette (presentation's projector themes); fills are baked into the scene, so a different
    /// theme rebuilds it. `theme` must outlive the session (core's themes are static).
    void setTheme(const core::Theme& theme);
    [[nodiscard]] const core::Theme& theme() const { return *m_theme; }
    /// Prepares the frame for the state and draws it.
    core::RenderFrame drawFrame(const core::AppState& state, float pixelScale, render::RenderTarget& target);
    /// The frame snapshot: visuals for the state's time, layers and selection, labels, graticule, outline.
    core::RenderFrame buildFrame(const core::AppState& state, float pixelScale);

    [[nodiscard]] const core::MapModel& model() const { return m_model; }
    [[nodiscard]] const core::SceneGeometry& scene() const { return m_scene; }
    [[nodiscard]] const core::Projector& projector() const { return *m_projector; }
    [[nodiscard]] render::MapRenderer& renderer() { return m_renderer; }
    [[nodiscard]] const std::vector<core::FeatureVisual>& visuals() const { return m_visuals; }
    /// Per map feature opacity factors and symbol scales applied on top of the state's visuals (co-mention focus,
    /// places sized by mentions; see core::applyEmphasis). Empty vectors: no change.
    void setEmphasis(std::vector<float> opacityFactor, std::vector<float> symbolScale) {
        m_emphasisOpacity = std::move(opacityFactor);
        m_emphasisScale = std::move(symbolScale);
    }
    /// The map feature drawn for a gazetteer id (a country's polygon for a country record).
    [[nodiscard]] std::optional<std::size_t> mapIndexOf(const std::string& gazetteerId) const;
    /// Projected bounds of map features (absolute metres); empty when none has geometry.
    [[nodiscard]] core::BBox boundsOf(const std::vector<std::size_t>& mapIndices) const;
    /// The feature under a screen position, or none.
    [[nodiscard]] std::optional<std::size_t> pickAt(const core::AppState& state, core::Vec2 screen) const;
    /// The map feature or user-layer feature under a screen position: the same priority rules over both (points,
    /// then lines, then the smallest area); on a tie the user layer, drawn on top, wins.
    /// What a screen position picks: an arrow of `arrows` (the frame last drawn), else the best of the map's and
    /// the user layers' features.
    [[nodiscard]] MapPick pickAnyAt(const core::AppState& state, core::Vec2 screen,
                                    const std::vector<core::PlacedArrow>* arrows = nullptr) const;

    /// Takes a loaded user layer (replacing one with the same id) and uploads it; re-projects it first when it was
    /// projected for another projection or origin. Needs the GL context.
    void addUserLayer(std::uint32_t id, core::UserLayer data, core::UserLayerScene scene);
    void removeUserLayer(std::uint32_t id);
    [[nodiscard]] const LoadedUserLayer* userLayer(std::uint32_t id) const;
    [[nodiscard]] const std::vector<std::unique_ptr<LoadedUserLayer>>& userLayers() const { return m_userLayers; }

private:
    core::MapModel m_model;
    std::unique_ptr<core::Projector> m_projector;
    core::SceneGeometry m_scene;
    mutable std::optional<core::PickIndex> m_pick;  // built on first use when the load left it out
    [[nodiscard]] const core::PickIndex& pickIndex() const;
    render::MapRenderer m_renderer;
    std::vector<core::FeatureVisual> m_visuals;
    std::vector<float> m_emphasisOpacity, m_emphasisScale;
    std::uint64_t m_visualsVersion = 0;
    std::vector<std::unique_ptr<LoadedUserLayer>> m_userLayers;  // stable addresses: the renderer keeps the scenes
    const core::Theme* m_theme = &core::defaultTheme();
};

}  // namespace atlas::app
