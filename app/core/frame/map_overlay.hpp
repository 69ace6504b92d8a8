// What is drawn over the map in screen space: the legend, arrows toward off-map places, a year stamp and a
// citation footer. Laid out here (plain C++, testable), drawn by the renderer from the RenderFrame's Overlay.
#pragma once

#include <string>
#include <optional>
#include <span>
#include <vector>

#include "core/camera.hpp"
#include "core/map/feature_visuals.hpp"
#include "core/frame/legend.hpp"
#include "core/map/map_model.hpp"
#include "core/frame/overlay.hpp"

namespace atlas::core {

/// Legend entries for what the map shows now: place symbols (when places are visible), the line layers that have a
/// visible feature, a dashed "approximate / schematic" entry when such a line is visible, and, under a time filter,
/// each status that a visible dated line is drawn in (blockaded, proposed, ...). Hidden features (opacity 0) count
/// as absent. `visuals` may be null (everything visible, no statuses). A to-scale corridor band gets an entry
/// only when it is drawn at `metersPerPixel` (see bandPixels; 0 = any zoom) with lines scaled by `symbolScale`.
/// A layer drawn in a colour the user chose (`layerColour`, by MapLayer) shows that colour, and its lines' statuses
/// get no status colour entry (they are not drawn in it).
std::vector<LegendEntry> mapLegendEntries(const MapModel& model, const std::vector<FeatureVisual>* visuals,
                                          const Theme& theme, double metersPerPixel = 0.0, float symbolScale = 1.0f,
                                          std::span<const std::optional<Color>> layerColour = {});

enum class Corner { BottomRight, TopRight, BottomLeft, TopLeft };

/// Lays the legend out as a panel in a corner of the band between `top` and `bottom` (pixels, y down), wrapping
/// into more columns when it would be taller than the band allows (or than 62 % of the view). Returns the panel's
/// box, empty when there is nothing to show.
BBox layoutLegend(const std::vector<LegendEntry>& entries, const TextMeasurer& measurer, Viewport viewport,
                  double top, double bottom, Corner corner, float scale, Overlay& out,
                  const Theme& theme = defaultTheme());

/// The corner whose legend box covers the least: `weights` are points on screen with a weight each (important
/// places count more). Ties keep the order BottomRight, TopRight, BottomLeft, TopLeft.
Corner leastCoveredCorner(const std::vector<BBox>& candidateBoxes, const std::vector<std::pair<Vec2, double>>& weights);

struct ArrowTarget {
    std::string id;
    std::string name;   // display name under the current naming choice
    Vec2 lonLat;
    int importance = 3;
    bool selected = false;
};

struct PlacedArrow {
    std::string id;
    std::string label;   // "Moscow · 1,640 km"
    Vec2 tip;            // pixels
    double angleDeg = 0; // screen direction, clockwise from up
    BBox box;            // arrow and label together
};

struct ArrowLayoutInput {
    Vec2 centreLonLat;            // the view centre
    double northAngleDeg = 0.0;   // screen direction of north at the centre, clockwise from up
    Viewport viewport;
    float scale = 1.0f;
    std::vector<BBox> obstacles;  // legend, stamp, footer, scale bar
    std::size_t maxArrows = 8;
};

/// Places arrows at the viewport edge toward the targets (the selected one first, then by importance): each arrow
/// points along the initial great-circle bearing from the view centre and carries the name and distance. An arrow
/// whose box would overlap an obstacle or an earlier arrow is dropped. Draws the arrows into `out`.
std::vector<PlacedArrow> layoutOffmapArrows(std::vector<ArrowTarget> targets, const ArrowLayoutInput& in,
                                            const TextMeasurer& measurer, Overlay& out,
                                            const Theme& theme = defaultTheme());

/// The off-map place (index into model.offmap) whose arrow, with its label, lies under `screen` (the arrows'
/// pixels, with `slackPx` to spare); arrows are drawn over the map, so picking asks them first.
std::optional<std::size_t> offmapArrowAt(const std::vector<PlacedArrow>& arrows, const MapModel& model, Vec2 screen,
                                         double slackPx = 3.0);

/// A large year stamp ("1994", "1991–1994") in the top-left corner; returns its box.
BBox layoutStamp(const std::string& text, const TextMeasurer& measurer, float scale, Overlay& out,
                 const Theme& theme = defaultTheme());

/// A citation footer across the bottom of the view: a light band with the text wrapped to at most three lines.
/// Returns the band's box (empty for empty text).
BBox layoutFooter(const std::string& text, const TextMeasurer& measurer, Viewport viewport, float scale, Overlay& out,
                  const Theme& theme = defaultTheme());

/// Splits text at spaces into lines no wider than `maxWidth` (a single word longer than that gets its own line).
std::vector<std::string> wrapText(const std::string& text, const LabelStyle& style, const TextMeasurer& measurer,
                                  double maxWidth);

}  // namespace atlas::core
