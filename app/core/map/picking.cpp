// Pick index construction and the point/line/area priority rules.
#include "core/map/picking.hpp"

#include <cmath>
#include <limits>

namespace atlas::core {

namespace {
bool pickable(MapLayer l) { return l != MapLayer::Land && l != MapLayer::Label && l != MapLayer::Coastline; }
}  // namespace

PickIndex buildPickIndex(const MapModel& model, const Projector& projector, int lod) {
    PickIndex index;
    for (std::size_t i = 0; i < model.features.size(); ++i) {
        const MapFeature& f = model.features[i];
        if (!pickable(f.layer)) continue;
        PickIndex::Entry e;
        e.feature = i;
        e.geometry.points = f.lonLat.points;
        projector.forwardInPlace(e.geometry.points);
        const bool haveLod = !f.lods.empty();
        const auto level = haveLod ? static_cast<std::size_t>(std::min<int>(lod, static_cast<int>(f.lods.size()) - 1)) : 0;
        const auto& lines = haveLod ? f.lods[level].lines : f.lonLat.lines;
        if (f.lonLat.polygons.empty())
            for (auto l : lines) {
                projector.forwardInPlace(l);
                e.geometry.lines.push_back(std::move(l));
            }
        for (const auto& p : f.lonLat.polygons) {
            Polygon q = p;
            projector.forwardInPlace(q.outer);
            for (auto& h : q.holes) projector.forwardInPlace(h);
            e.area += polygonArea(q);
            e.geometry.polygons.push_back(std::move(q));
        }
        e.bounds = e.geometry.bounds();
        if (!e.bounds.empty()) index.entries.push_back(std::move(e));
    }
    return index;
}

std::optional<std::size_t> pick(const PickIndex& index, const PickQuery& q, const std::vector<FeatureVisual>* visuals) {
    const auto hit = pickHit(index, q, visuals);
    return hit ? std::optional<std::size_t>(hit->feature) : std::nullopt;
}

bool betterHit(const PickHit& a, const PickHit& b) {
    if (a.kind != b.kind) return static_cast<int>(a.kind) < static_cast<int>(b.kind);
    return a.measure < b.measure;
}

std::optional<PickHit> pickHit(const PickIndex& index, const PickQuery& q, const std::vector<FeatureVisual>* visuals) {
    const double pointReach = (q.pointRadiusPx + q.tolerancePx) * q.metersPerPixel;
    const double lineReach = q.tolerancePx * q.metersPerPixel;
    std::optional<std::size_t> bestPoint, bestLine, bestArea;
    double pointDist = std::numeric_limits<double>::infinity();
    double lineDist = pointDist, smallestArea = pointDist;
    for (const auto& e : index.entries) {
        if (visuals && e.feature < visuals->size() && (*visuals)[e.feature].opacity < 0.3f) continue;
        const BBox& b = e.bounds;
        const double reach = std::max(pointReach, lineReach);
        if (q.world.x < b.minX - reach || q.world.x > b.maxX + reach || q.world.y < b.minY - reach ||
            q.world.y > b.maxY + reach)
            continue;
        for (const Vec2 p : e.geometry.points) {
            const double d = length(p - q.world);
            if (d <= pointReach && d < pointDist) { pointDist = d; bestPoint = e.feature; }
        }
        for (const auto& l : e.geometry.lines)
            for (std::size_t i = 1; i < l.size(); ++i) {
                const double d = distanceToSegment(q.world, l[i - 1], l[i]);
                if (d <= lineReach && d < lineDist) { lineDist = d; bestLine = e.feature; }
            }
        if (!e.geometry.polygons.empty() && e.area < smallestArea)
            for (const auto& poly : e.geometry.polygons)
                if (pointInPolygon(poly, q.world)) { smallestArea = e.area; bestArea = e.feature; break; }
    }
    if (bestPoint) return PickHit{*bestPoint, PickHit::Kind::Point, pointDist};
    if (bestLine) return PickHit{*bestLine, PickHit::Kind::Line, lineDist};
    if (bestArea) return PickHit{*bestArea, PickHit::Kind::Area, smallestArea};
    return std::nullopt;
}

}  // namespace atlas::core
