// Picking: which feature is under a screen position (points, then lines within a few pixels, then the smallest area).
#pragma once

#include <optional>
#include <vector>

#include "core/map/feature_visuals.hpp"
#include "core/geometry.hpp"
#include "core/map/map_model.hpp"
#include "core/projector.hpp"

namespace atlas::core {

/// Projected geometry of every pickable feature, built once per projection (absolute projected metres).
struct PickIndex {
    struct Entry {
        std::size_t feature = 0;
        Geometry geometry;
        BBox bounds;
        double area = 0;  // polygons only
    };
    std::vector<Entry> entries;
};

/// Pickable: places, lines (corridors, frontlines, borders, rivers), regions, lakes and countries; not land.
PickIndex buildPickIndex(const MapModel& model, const Projector& projector, int lod = 1);

struct PickQuery {
    Vec2 world;                    // projected metres
    double metersPerPixel = 1;
    double tolerancePx = 5;
    double pointRadiusPx = 6;
};

/// The feature under the cursor: the nearest point symbol within reach, else the nearest line within the
/// tolerance, else the smallest polygon containing the position. Hidden features (opacity < 0.3) are skipped.
std::optional<std::size_t> pick(const PickIndex& index, const PickQuery& q, const std::vector<FeatureVisual>* visuals);

/// What pick found and why it won: lets hits from several indexes (the map, user layers) be ranked by one rule.
struct PickHit {
    enum class Kind { Point, Line, Area };
    std::size_t feature = 0;
    Kind kind = Kind::Area;
    double measure = 0;  // distance (points, lines) or area (areas), projected metres
};
std::optional<PickHit> pickHit(const PickIndex& index, const PickQuery& q, const std::vector<FeatureVisual>* visuals);
/// Whether `a` beats `b` under pick's rule: points before lines before areas; then nearer, or smaller.
bool betterHit(const PickHit& a, const PickHit& b);

}  // namespace atlas::core
