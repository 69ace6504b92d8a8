#include "core/frame/user_labels.hpp"

#include <vector>

namespace atlas::core {

void addUserLayerLabels(RenderFrame& frame, const UserLayer& layer, const UserLayerScene& scene,
                        const std::string& field, const TextMeasurer& measurer) {
    if (field.empty()) return;
    const float k = frame.options.symbolScale;
    LabelStyle style = labelStyle(LabelClass::Town, themeOf(frame.options));
    style.sizePx *= k;
    style.haloPx *= k;
    std::vector<BBox> taken;
    taken.reserve(frame.labels.size());
    for (const LabelDraw& l : frame.labels) {
        const Vec2 size = measurer.measure(l.text, l.style);
        taken.push_back({l.topLeft.x, l.topLeft.y, l.topLeft.x + size.x, l.topLeft.y + size.y});
    }
    const auto free = [&](const BBox& b) {
        if (b.minX < 0 || b.minY < 0 || b.maxX > frame.viewport.width || b.maxY > frame.viewport.height) return false;
        for (const BBox& t : taken)
            if (b.minX < t.maxX && t.minX < b.maxX && b.minY < t.maxY && t.minY < b.maxY) return false;
        return true;
    };
    const double gap = 4.0 * k + 4.0;  // clear of the 4 px point symbol
    std::size_t placed = 0;
    for (const PointSymbol& p : scene.points) {
        if (placed >= kMaxUserLabels) break;
        if (p.feature >= layer.features.size()) continue;
        const auto& attributes = layer.features[p.feature].attributes;
        const auto value = attributes.find(field);
        if (value == attributes.end() || value->second.empty()) continue;
        const Vec2 at = frame.camera.worldToScreen(Vec2{p.x, p.y} + scene.origin, frame.viewport);
        const Vec2 size = measurer.measure(value->second, style);
        const BBox right{at.x + gap, at.y - size.y * 0.5, at.x + gap + size.x, at.y + size.y * 0.5};
        const BBox left{at.x - gap - size.x, right.minY, at.x - gap, right.maxY};
        const BBox* box = free(right) ? &right : free(left) ? &left : nullptr;
        if (!box) continue;
        taken.push_back(*box);
        frame.labels.push_back({value->second, {box->minX, box->minY}, style, kUserLabelFeature});
        ++placed;
    }
}

}  // namespace atlas::core
