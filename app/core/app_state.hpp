// Application state and the actions that change it: the single place where the view is decided.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/camera.hpp"
#include "core/feature_visuals.hpp"
#include "core/projector.hpp"
#include "core/render_frame.hpp"

namespace atlas::core {

struct AppState {
    Camera camera;
    ProjectionId projection = ProjectionId::LambertCaucasus;
    FrameOptions frame;
    std::optional<Flight> flight;
    Viewport viewport{1280, 800};
    std::optional<Vec2> cursorLonLat;
    TimeFilter time;
    std::optional<std::size_t> selected;  // feature index in the MapModel
    std::optional<std::size_t> hovered;
    std::vector<float> layerOpacity = std::vector<float>(static_cast<std::size_t>(MapLayer::Count), 1.0f);
    bool showIssues = true;
    bool quitRequested = false;
};

namespace action {
struct PanPixels { Vec2 delta; };
struct ZoomAt { double factor; Vec2 anchor; };
struct FlyTo { Camera target; double seconds = 0.9; };
struct ResetView {};                   // fly to the whole region
struct SetProjection { ProjectionId id; };
struct SetViewport { Viewport viewport; };
struct SetCursor { std::optional<Vec2> lonLat; };
struct ToggleGraticule {};
struct ToggleLabels {};
struct Tick { double dt; };            // advances animations
struct SetYear { std::optional<int> year; };
struct SetRange { std::optional<std::pair<int, int>> range; };
struct SetTimeDisplay { TimeDisplay display; };
struct Select { std::optional<std::size_t> feature; };
struct Hover { std::optional<std::size_t> feature; };
struct SetLayerOpacity { MapLayer layer; float opacity; };
struct Quit {};
}  // namespace action

using Action = std::variant<action::PanPixels, action::ZoomAt, action::FlyTo, action::ResetView, action::SetProjection,
                            action::SetViewport, action::SetCursor, action::ToggleGraticule, action::ToggleLabels,
                            action::Tick, action::Quit, action::SetYear, action::SetRange, action::SetTimeDisplay,
                            action::Select, action::Hover, action::SetLayerOpacity>;

/// The "whole region" camera for a projected home box.
Camera homeCamera(const BBox& homeBounds, Viewport vp);

/// Applies one action. Projection changes are recorded in the state; the caller rebuilds the scene
/// and re-centres the camera (it owns the projector).
void apply(AppState& state, const Action& a, const BBox& homeBounds);

}  // namespace atlas::core
