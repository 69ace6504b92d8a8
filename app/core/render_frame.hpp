// The per-frame snapshot the renderer draws: camera, level of detail, graticule, placed labels, scale bar.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/camera.hpp"
#include "core/feature_visuals.hpp"
#include "core/map_model.hpp"
#include "core/projector.hpp"
#include "core/scene.hpp"
#include "core/style.hpp"

namespace atlas::core {

/// Text metrics come from the renderer's fonts; core only needs sizes to place labels.
class TextMeasurer {
public:
    virtual ~TextMeasurer() = default;
    /// Width and height in pixels of a single line of text in a label style.
    [[nodiscard]] virtual Vec2 measure(std::string_view utf8, const LabelStyle& style) const = 0;
};

struct LabelDraw {
    std::string text;
    Vec2 topLeft;  // pixels, y down
    LabelStyle style;
    std::uint32_t feature = 0;
};

struct ScaleBar {
    double meters = 0;
    double pixels = 0;
    std::string text;
};

struct FrameOptions {
    bool graticule = true;
    bool labels = true;
    bool scaleBar = true;
    float symbolScale = 1.0f;  // presentation mode enlarges symbols and labels
};

struct RenderFrame {
    Camera camera;
    Viewport viewport;          // logical pixels
    float pixelScale = 1.0f;    // framebuffer pixels per logical pixel (--scale, HiDPI)
    int lod = 0;
    FrameOptions options;
    std::vector<Segment> graticule;  // relative metres, like the scene
    double graticuleStepDegrees = 0;
    std::vector<LabelDraw> labels;
    std::optional<ScaleBar> scaleBar;
    const std::vector<FeatureVisual>* visuals = nullptr;  // per feature; null = defaults
    std::uint64_t visualsVersion = 0;                     // changes whenever *visuals changes
    std::vector<Segment> selectionOutline;                // relative metres; drawn as a halo on top
};

/// Chooses a graticule interval (degrees) that keeps lines at least `minPixels` apart.
double graticuleStep(double metersPerPixel, double minPixels = 110.0);
/// A "nice" scale bar length (1, 2, 5 x 10^n metres) no longer than maxPixels.
ScaleBar chooseScaleBar(double metersPerPixelOnGround, double maxPixels);
/// Uppercases ASCII letters (labels of countries are set in capitals).
std::string upperAscii(std::string_view s);

RenderFrame buildFrame(const MapModel& model, const SceneGeometry& scene, const Projector& projector,
                       const Camera& camera, Viewport viewport, float pixelScale, const TextMeasurer& measurer,
                       const FrameOptions& options, const std::vector<FeatureVisual>* visuals = nullptr);

}  // namespace atlas::core
