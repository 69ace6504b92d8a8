// The per-frame snapshot the renderer draws: camera, level of detail, graticule, placed labels, scale bar.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/camera.hpp"
#include "core/map/feature_visuals.hpp"
#include "core/map/map_model.hpp"
#include "core/frame/map_overlay.hpp"
#include "core/gazetteer/naming.hpp"
#include "core/frame/overlay.hpp"
#include "core/projector.hpp"
#include "core/map/scene.hpp"
#include "core/map/style.hpp"

namespace atlas::core {

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
    // Where and how it is drawn (layoutScaleBar; logical pixels, y down): a bar from `start` to start + (pixels, 0)
    // with a tick `tickPx` up at each end, an ink line over a wider halo, and the text at `textTopLeft`.
    Vec2 start;
    double tickPx = 0;
    float haloWidthPx = 0, inkWidthPx = 0;
    Color halo, ink;
    Vec2 textTopLeft;
    LabelStyle textStyle;
};

struct FrameOptions {
    bool graticule = true;
    bool labels = true;
    bool scaleBar = true;
    float symbolScale = 1.0f;  // presentation mode enlarges symbols and labels
    NamingChoice naming = NamingChoice::English;  // which side's names the labels use
    bool legend = false;         // a legend panel in the bottom-right corner
    std::vector<LegendEntry> extraLegend;  // entries after the map's own (the user layers shown)
    bool offmapArrows = true;    // arrows at the edge toward off-map places
    std::string stamp;           // a large year stamp in the top-left corner ("" = none)
    std::string footer;          // a citation footer across the bottom ("" = none)
    std::string selectedId;      // gazetteer id of the selection: its off-map arrow is always shown, highlighted
    const Theme* theme = nullptr;  // the palette the scene was built with; null = defaultTheme()
    double reservedBottomPx = 0.0;  // covered by something drawn over the map (presentation's caption band): the scale
                                    // bar and legend sit above it, no label or arrow is placed under it,
                                    // and the view is framed above it (cameraAboveBand)
    /// Per MapLayer: draw rank (fills sorted among fills, lines among lines, stable; equal ranks keep the scene's
    /// order) and the colour the user chose for the layer (null: the theme's). From the view state's built-in
    /// layer `order` and `colour` (core::applyLayerLook).
    std::array<int, static_cast<std::size_t>(MapLayer::Count)> layerRank{};
    std::array<std::optional<Color>, static_cast<std::size_t>(MapLayer::Count)> layerColour{};
};

/// The frame's palette (labels, legend, sea, graticule, symbol rings).
inline const Theme& themeOf(const FrameOptions& options) { return options.theme ? *options.theme : defaultTheme(); }

/// A user layer to draw this frame (core/user_layer.hpp), with its display settings; the geometry was uploaded
/// to the renderer under `id`.
struct UserLayerDraw {
    std::uint32_t id = 0;
    Color colour;
    float opacity = 1.0f;
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
    std::vector<UserLayerDraw> userLayers;                // draw order, above the thematic lines
    Overlay overlay;              // legend, arrows, stamp, footer (logical pixels)
    std::vector<PlacedArrow> arrows;
    BBox legendBox;               // empty without a legend
    double bottomInset = 0.0;     // pixels the footer takes from the bottom (the scale bar sits above it)
};

/// Chooses a graticule interval (degrees) that keeps lines at least `minPixels` apart.
double graticuleStep(double metersPerPixel, double minPixels = 110.0);
/// A "nice" scale bar length (1, 2, 5 x 10^n metres) no longer than maxPixels.
ScaleBar chooseScaleBar(double metersPerPixelOnGround, double maxPixels);
/// Puts the bar in the bottom-left corner, above `bottomInset` pixels, sized for `symbolScale`, in the theme's
/// colours; returns the box that labels, arrows and the legend keep clear of.
BBox layoutScaleBar(ScaleBar& bar, const Viewport& viewport, double bottomInset, float symbolScale,
                    const Theme& theme);
/// Uppercases ASCII letters (labels of countries are set in capitals).
std::string upperAscii(std::string_view s);

RenderFrame buildFrame(const MapModel& model, const SceneGeometry& scene, const Projector& projector,
                       const Camera& camera, Viewport viewport, float pixelScale, const TextMeasurer& measurer,
                       const FrameOptions& options, const std::vector<FeatureVisual>* visuals = nullptr,
                       const TimeFilter* time = nullptr);

}  // namespace atlas::core
