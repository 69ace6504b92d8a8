// Overlay shape helpers.
#include "core/frame/overlay.hpp"

namespace atlas::core {

void Overlay::rect(const BBox& b, const Color& color) {
    OverlayFill f;
    f.color = color;
    f.triangles = {{b.minX, b.minY}, {b.maxX, b.minY}, {b.maxX, b.maxY},
                   {b.minX, b.minY}, {b.maxX, b.maxY}, {b.minX, b.maxY}};
    fills.push_back(std::move(f));
}

void Overlay::line(std::vector<Vec2> points, float widthPx, const Color& color, const DashPattern& dash) {
    strokes.push_back({std::move(points), widthPx, color, dash});
}

void Overlay::text(std::string s, Vec2 topLeft, const LabelStyle& style) {
    texts.push_back({std::move(s), topLeft, style});
}

}  // namespace atlas::core
