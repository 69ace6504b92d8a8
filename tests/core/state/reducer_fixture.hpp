// A small world for reducer tests: a scaled projector, a lookup of four features and four passages, bounds.
#pragma once

#include <algorithm>
#include <variant>
#include <vector>

#include "core/state/reducer.hpp"
#include "scaled_projector.hpp"

namespace atlas::core::testing {

struct ReducerWorld {
    ScaledProjector projector{ProjectionId::LambertCaucasus};
    ViewLookup ids;
    BBox home{38.0 * 100000.0, 36.0 * 100000.0, 52.0 * 100000.0, 45.0 * 100000.0};

    ReducerWorld() {
        ids.featureIds = {"armenia", "lachin-corridor", "stepanakert", "azerbaijan"};
        ids.offmapIds = {"moscow", "brussels"};
        ids.passageIds = {"001_a#p1", "001_a#p2", "004_b#p1", "004_b#p7"};
        ids.passageDocuments = {0, 0, 3, 3};
        ids.corpusLoaded = true;
    }
    [[nodiscard]] ReduceContext context() const {
        ReduceContext c;
        c.homeBounds = home;
        c.projector = &projector;
        c.ids = &ids;
        c.boundsOf = [](const std::vector<std::size_t>& indices) {
            BBox b;  // feature i is a 0.2-degree box at lon 44 + i, lat 40
            for (std::size_t i : indices)
                b.extend(BBox{(44.0 + double(i)) * 100000.0, 40.0 * 100000.0, (44.2 + double(i)) * 100000.0,
                              40.2 * 100000.0});
            return b;
        };
        return c;
    }
};

/// A view at (lon, lat) in `projection` with a year (0: none).
inline ViewState viewAt(double lon, double lat, int year = 0, ProjectionId projection = ProjectionId::LambertCaucasus) {
    ViewState v;
    v.camera = {lon, lat, 500.0, projection};
    if (year) v.time = TimeSelection::year(year);
    return v;
}

/// Whether the state's camera shows all of `box` (projected) inside its viewport.
inline bool framesWhole(const AppState& s, const BBox& box) {
    for (const Vec2 corner : {Vec2{box.minX, box.minY}, Vec2{box.maxX, box.maxY}}) {
        const Vec2 p = s.camera.worldToScreen(corner, s.viewport);
        if (p.x < 0.0 || p.x > s.viewport.width || p.y < 0.0 || p.y > s.viewport.height) return false;
    }
    return true;
}

template <class T>
std::vector<T> commandsOf(const Commands& commands) {
    std::vector<T> out;
    for (const auto& c : commands)
        if (const auto* t = std::get_if<T>(&c)) out.push_back(*t);
    return out;
}

}  // namespace atlas::core::testing
