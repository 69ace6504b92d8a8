// Screen-space drawing on top of the map (legend, off-map arrows, year stamp, footer): plain shapes in pixels that
// core lays out and the renderer draws with the map's own fill, line and text pipelines.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/geometry.hpp"
#include "core/map/style.hpp"

namespace atlas::core {

/// Text metrics come from the renderer's fonts; core only needs sizes to place labels and lay out overlays.
class TextMeasurer {
public:
    virtual ~TextMeasurer() = default;
    /// Width and height in pixels of a single line of text in a label style.
    [[nodiscard]] virtual Vec2 measure(std::string_view utf8, const LabelStyle& style) const = 0;
};

/// Triangles (three vertices each) in logical pixels, y down, one colour.
struct OverlayFill {
    std::vector<Vec2> triangles;
    Color color;
};

/// A polyline in logical pixels with a pixel width; a single point draws a dot of that diameter.
struct OverlayStroke {
    std::vector<Vec2> points;
    float widthPx = 1.0f;
    Color color;
    DashPattern dash{0, 0, 0, 0};
};

struct OverlayText {
    std::string text;
    Vec2 topLeft;  // logical pixels
    LabelStyle style;
};

/// Drawn in this order: fills, strokes, then texts (above the map's own labels).
struct Overlay {
    std::vector<OverlayFill> fills;
    std::vector<OverlayStroke> strokes;
    std::vector<OverlayText> texts;

    void rect(const BBox& box, const Color& color);
    void line(std::vector<Vec2> points, float widthPx, const Color& color, const DashPattern& dash = {0, 0, 0, 0});
    void text(std::string s, Vec2 topLeft, const LabelStyle& style);
    [[nodiscard]] bool empty() const { return fills.empty() && strokes.empty() && texts.empty(); }
};

}  // namespace atlas::core
