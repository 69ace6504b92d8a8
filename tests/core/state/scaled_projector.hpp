// A test projector for the state tests: x = lon * k, y = lat * k, with a flat-earth geodesic distance.
#pragma once

#include <cmath>
#include <optional>
#include <vector>

#include "core/projector.hpp"

namespace atlas::core::testing {

class ScaledProjector : public Projector {
public:
    explicit ScaledProjector(ProjectionId id, double k = 100000.0) : m_id(id), m_k(k) {}
    [[nodiscard]] ProjectionId id() const override { return m_id; }
    [[nodiscard]] std::optional<Vec2> forward(Vec2 ll) const override { return Vec2{ll.x * m_k, ll.y * m_k}; }
    [[nodiscard]] std::optional<Vec2> inverse(Vec2 xy) const override { return Vec2{xy.x / m_k, xy.y / m_k}; }
    [[nodiscard]] double geodesicDistance(Vec2 a, Vec2 b) const override {
        const double dx = (b.x - a.x) * 111320.0 * std::cos(a.y * M_PI / 180.0), dy = (b.y - a.y) * 111320.0;
        return std::sqrt(dx * dx + dy * dy);
    }
    void forwardInPlace(std::vector<Vec2>& pts) const override {
        for (auto& p : pts) p = *forward(p);
    }

private:
    ProjectionId m_id;
    double m_k;
};

}  // namespace atlas::core::testing
