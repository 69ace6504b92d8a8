// What one run of the atlas holds: the loaded model, the projector, the projected scene and the renderer.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>

#include "core/app_state.hpp"
#include "core/map_model.hpp"
#include "core/picking.hpp"
#include "core/scene.hpp"
#include "geoio/projection.hpp"
#include "render/map_renderer.hpp"

namespace atlas::app {

/// Everything a session needs that does not touch GL: loadable on a worker thread while the window opens.
struct SessionData {
    core::MapModel model;
    std::unique_ptr<geoio::ProjProjector> projector;
    core::SceneGeometry scene;
    core::PickIndex pick;
    std::unique_ptr<render::FontAtlas> fonts;  // with the glyphs of every map label already rasterised
};

class AtlasSession {
public:
    /// Loads the geodata (problems recorded in model().issues) and prepares the scene; needs a GL context.
    AtlasSession(const std::filesystem::path& geodataDir, core::ProjectionId projection);
    /// Uploads data loaded by load(); needs a GL context.
    explicit AtlasSession(SessionData data);
    /// Reads the geodata, projects the scene, builds the pick index and prepares the fonts; no GL, thread-safe.
    /// Throws render::FontError when the fonts are missing.
    static SessionData load(const std::filesystem::path& geodataDir, core::ProjectionId projection);

    /// Switches projection, keeping the geographic point at the view centre and the ground scale.
    void setProjection(core::AppState& state, core::ProjectionId id);
    /// Prepares the frame for the state and draws it.
    core::RenderFrame drawFrame(const core::AppState& state, float pixelScale, render::RenderTarget& target);
    /// The frame snapshot: visuals for the state's time, layers and selection, labels, graticule, outline.
    core::RenderFrame buildFrame(const core::AppState& state, float pixelScale);

    [[nodiscard]] const core::MapModel& model() const { return m_model; }
    [[nodiscard]] const core::SceneGeometry& scene() const { return m_scene; }
    [[nodiscard]] const core::Projector& projector() const { return *m_projector; }
    [[nodiscard]] render::MapRenderer& renderer() { return m_renderer; }
    [[nodiscard]] const std::vector<core::FeatureVisual>& visuals() const { return m_visuals; }
    /// The map feature drawn for a gazetteer id (a country's polygon for a country record).
    [[nodiscard]] std::optional<std::size_t> mapIndexOf(const std::string& gazetteerId) const;
    /// Projected bounds of map features (absolute metres); empty when none has geometry.
    [[nodiscard]] core::BBox boundsOf(const std::vector<std::size_t>& mapIndices) const;
    /// The feature under a screen position, or none.
    [[nodiscard]] std::optional<std::size_t> pickAt(const core::AppState& state, core::Vec2 screen) const;

private:
    core::MapModel m_model;
    std::unique_ptr<geoio::ProjProjector> m_projector;
    core::SceneGeometry m_scene;
    core::PickIndex m_pick;
    render::MapRenderer m_renderer;
    std::vector<core::FeatureVisual> m_visuals;
    std::uint64_t m_visualsVersion = 0;
};

}  // namespace atlas::app
