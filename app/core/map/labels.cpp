// Greedy label placement with a uniform grid as the collision index.
#include "core/map/labels.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace atlas::core {

BBox labelBox(const LabelCandidate& c, LabelAnchor a) {
    const double w = c.width;
    const double h = c.height;
    const double o = c.offset;
    double x = c.anchor.x - w * 0.5;
    double y = c.anchor.y - h * 0.5;
    switch (a) {
        case LabelAnchor::Center: break;
        case LabelAnchor::Right: x = c.anchor.x + o; break;
        case LabelAnchor::Left: x = c.anchor.x - o - w; break;
        case LabelAnchor::Above: y = c.anchor.y - o - h; break;
        case LabelAnchor::Below: y = c.anchor.y + o; break;
        case LabelAnchor::AboveRight: x = c.anchor.x + o * 0.7; y = c.anchor.y - o * 0.7 - h; break;
        case LabelAnchor::BelowRight: x = c.anchor.x + o * 0.7; y = c.anchor.y + o * 0.7; break;
        case LabelAnchor::AboveLeft: x = c.anchor.x - o * 0.7 - w; y = c.anchor.y - o * 0.7 - h; break;
        case LabelAnchor::BelowLeft: x = c.anchor.x - o * 0.7 - w; y = c.anchor.y + o * 0.7; break;
    }
    BBox b;
    b.extend(Vec2{x, y});
    b.extend(Vec2{x + w, y + h});
    return b;
}

namespace {

constexpr double kCell = 64.0;

class CollisionGrid {
public:
    bool collides(const BBox& b) const {
        bool hit = false;
        forCells(b, [&](long long key) {
            if (hit) return;
            auto it = m_cells.find(key);
            if (it == m_cells.end()) return;
            for (std::size_t idx : it->second)
                if (m_boxes[idx].intersects(b)) { hit = true; return; }
        });
        return hit;
    }
    void insert(const BBox& b) {
        const std::size_t idx = m_boxes.size();
        m_boxes.push_back(b);
        forCells(b, [&](long long key) { m_cells[key].push_back(idx); });
    }

private:
    template <typename F>
    static void forCells(const BBox& b, F&& f) {
        const auto x0 = static_cast<long long>(std::floor(b.minX / kCell));
        const auto x1 = static_cast<long long>(std::floor(b.maxX / kCell));
        const auto y0 = static_cast<long long>(std::floor(b.minY / kCell));
        const auto y1 = static_cast<long long>(std::floor(b.maxY / kCell));
        for (long long gy = y0; gy <= y1; ++gy)
            for (long long gx = x0; gx <= x1; ++gx) f(gy * 1000003LL + gx);
    }
    std::vector<BBox> m_boxes;
    std::unordered_map<long long, std::vector<std::size_t>> m_cells;
};

BBox grow(const BBox& b, double d) { return BBox{b.minX - d, b.minY - d, b.maxX + d, b.maxY + d}; }

}  // namespace

std::vector<PlacedLabel> placeLabels(std::vector<LabelCandidate> candidates, const LabelPlacementOptions& opts) {
    std::stable_sort(candidates.begin(), candidates.end(), [](const LabelCandidate& a, const LabelCandidate& b) {
        if (a.priority != b.priority) return a.priority > b.priority;
        return a.id < b.id;
    });
    static constexpr LabelAnchor kPointOrder[] = {LabelAnchor::Right,      LabelAnchor::Left,       LabelAnchor::Above,
                                                  LabelAnchor::Below,      LabelAnchor::AboveRight, LabelAnchor::BelowRight,
                                                  LabelAnchor::AboveLeft,  LabelAnchor::BelowLeft};
    static constexpr LabelAnchor kAreaOrder[] = {LabelAnchor::Center};

    CollisionGrid labels;
    CollisionGrid obstacles;
    for (const BBox& o : opts.obstacles) obstacles.insert(o);
    const BBox screen{0.0, 0.0, opts.width, opts.height};

    std::vector<PlacedLabel> placed;
    for (const LabelCandidate& c : candidates) {
        if (c.width <= 0 || c.height <= 0) continue;
        const auto* begin = c.pointLabel ? std::begin(kPointOrder) : std::begin(kAreaOrder);
        const auto* end = c.pointLabel ? std::end(kPointOrder) : std::end(kAreaOrder);
        for (const auto* a = begin; a != end; ++a) {
            const BBox box = labelBox(c, *a);
            const bool inside = box.minX >= screen.minX && box.minY >= screen.minY && box.maxX <= screen.maxX &&
                                box.maxY <= screen.maxY;
            if (!inside) continue;
            const BBox padded = grow(box, opts.padding * 0.5);
            if (labels.collides(padded) || obstacles.collides(box)) continue;
            labels.insert(padded);
            placed.push_back(PlacedLabel{c.id, box, *a});
            break;
        }
    }
    return placed;
}

}  // namespace atlas::core
