// Builds the projected scene: one fill batch per area layer, one line batch per line style, point symbols.
#include "core/map/scene.hpp"

#include <algorithm>
#include <cmath>

#include "core/time_filter.hpp"

namespace atlas::core {

std::uint32_t packColor(const Color& c) {
    auto ch = [](float v) { return static_cast<std::uint32_t>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f)); };
    return ch(c.r) | (ch(c.g) << 8) | (ch(c.b) << 16) | (ch(c.a) << 24);
}

namespace {

bool finite(Vec2 p) { return std::isfinite(p.x) && std::isfinite(p.y); }

Color fillColor(const MapFeature& f, const Theme& t) {
    switch (f.layer) {
        case MapLayer::Land: return t.land;
        case MapLayer::Country: return countryFill(f.isoN3, t);
        case MapLayer::Lake: return t.lake;
        case MapLayer::Region: return Color::rgb(0xB0674A, 0.10f);
        default: return t.land;
    }
}

}  // namespace

LineStyle layerLineStyle(MapLayer layer, const Theme& t) {
    switch (layer) {
        case MapLayer::Coastline: return t.coastline;
        case MapLayer::River: return t.riverLine;
        case MapLayer::Region: return LineStyle{1.2f, Color::rgb(0xA0583C), 0.0f, {}, {6, 4, 0, 0}};
        case MapLayer::Lake: return LineStyle{0.7f, t.coast, 0.0f, {}, {0, 0, 0, 0}};
        case MapLayer::Corridor: return LineStyle{2.4f, Color::rgb(0xB8452F), 4.4f, Color::rgb(0xFFFFFF, 0.7f), {0, 0, 0, 0}};
        case MapLayer::Pipeline: return LineStyle{1.1f, Color::rgb(0x7D6A8A, 0.85f), 0.0f, {}, {0, 0, 0, 0}};
        case MapLayer::Railway: return LineStyle{1.1f, Color::rgb(0x5E5852, 0.8f), 0.0f, {}, {0, 0, 0, 0}};
        case MapLayer::Frontline: return LineStyle{2.0f, Color::rgb(0x8E1F2C), 0.0f, {}, {0, 0, 0, 0}};
        default: return t.stateBorder;
    }
}

namespace {

/// Which line batch a feature's lines go to: countries contribute no outline (borders are their own features),
/// land contributes the coastline.
std::optional<MapLayer> lineLayerOf(const MapFeature& f) {
    switch (f.layer) {
        case MapLayer::Land: return MapLayer::Coastline;
        case MapLayer::Country: return std::nullopt;
        default: return f.layer;
    }
}

struct Builder {
    const Projector& projector;
    Vec2 origin;

    std::vector<Vec2> project(std::vector<Vec2> pts) const {
        projector.forwardInPlace(pts);
        return pts;
    }
    void addFill(FillBatch& batch, int lod, const TriangleMesh& mesh, std::uint32_t feature, std::uint32_t rgba) const {
        const auto projected = project(mesh.vertices);
        auto& verts = batch.vertices[static_cast<std::size_t>(lod)];
        auto& idx = batch.indices[static_cast<std::size_t>(lod)];
        const auto base = static_cast<std::uint32_t>(verts.size());
        for (const Vec2 p : projected)
            verts.push_back({static_cast<float>(p.x - origin.x), static_cast<float>(p.y - origin.y), feature, rgba});
        for (std::size_t i = 0; i + 2 < mesh.indices.size(); i += 3) {
            const Vec2 a = projected[mesh.indices[i]], b = projected[mesh.indices[i + 1]],
                       c = projected[mesh.indices[i + 2]];
            if (!finite(a) || !finite(b) || !finite(c)) continue;
            for (std::size_t k = 0; k < 3; ++k) idx.push_back(base + mesh.indices[i + k]);
        }
    }
    void addLine(LineBatch& batch, int lod, const LineString& line, std::uint32_t feature) const {
        appendPolyline(batch.segments[static_cast<std::size_t>(lod)], project(line), origin, feature);
    }
};

}  // namespace

namespace {
/// The reach factor of a join between segments with unit directions d0 and d1: sin(turn / 2), plus a little
/// for rounding, at most 1.
float joinReach(Vec2 d0, Vec2 d1) {
    const double cosTurn = std::clamp(d0.x * d1.x + d0.y * d1.y, -1.0, 1.0);
    return static_cast<float>(std::min(1.0, std::sqrt((1.0 - cosTurn) / 2.0) + 0.02));
}
}  // namespace

void appendPolyline(std::vector<Segment>& out, const std::vector<Vec2>& projected, Vec2 origin,
                    std::uint32_t feature) {
    const std::size_t first = out.size();
    std::size_t runStart = first;  // the first segment of the current unbroken run
    bool broken = false;
    Vec2 firstDir{}, lastDir{};
    double dist = 0.0;
    for (std::size_t i = 1; i < projected.size(); ++i) {
        const Vec2 a = projected[i - 1], b = projected[i];
        if (!finite(a) || !finite(b)) {
            runStart = out.size();
            broken = true;
            continue;
        }
        const double len = length(b - a);
        if (len <= 0.0) continue;
        const Vec2 dir = (b - a) * (1.0 / len);
        Segment s{static_cast<float>(a.x - origin.x), static_cast<float>(a.y - origin.y),
                  static_cast<float>(b.x - origin.x), static_cast<float>(b.y - origin.y),
                  static_cast<float>(dist), feature, 1.0f, 1.0f};
        if (out.size() > runStart) s.ext0 = out.back().ext1 = joinReach(lastDir, dir);
        if (out.size() == first) firstDir = dir;
        out.push_back(s);
        lastDir = dir;
        dist += len;
    }
    const std::size_t n = out.size() - first;
    if (!broken && n >= 2 && projected.front() == projected.back()) out[first].ext0 = out.back().ext1 = joinReach(lastDir, firstDir);
}

std::vector<FillEdge> fillEdges(const FillBatch& batch, std::size_t lod) {
    std::vector<FillEdge> out;
    if (lod >= batch.indices.size()) return out;
    const auto& verts = batch.vertices[lod];
    for (const auto& [i, j] : boundaryEdges(batch.indices[lod])) {
        const FillVertex& a = verts[i];
        const FillVertex& b = verts[j];
        out.push_back({a.x, a.y, b.x, b.y, a.feature, a.rgba});
    }
    return out;
}

BBox projectBBox(const BBox& lonLat, const Projector& projector) {
    std::vector<Vec2> edge;
    constexpr int kSteps = 16;
    for (int i = 0; i <= kSteps; ++i) {
        const double tx = lonLat.minX + lonLat.width() * i / kSteps;
        const double ty = lonLat.minY + lonLat.height() * i / kSteps;
        edge.push_back({tx, lonLat.minY});
        edge.push_back({tx, lonLat.maxY});
        edge.push_back({lonLat.minX, ty});
        edge.push_back({lonLat.maxX, ty});
    }
    projector.forwardInPlace(edge);
    BBox b;
    for (const Vec2 p : edge)
        if (finite(p)) b.extend(p);
    return b;
}

std::vector<Segment> featureOutline(const MapFeature& f, int lod, const Projector& projector, Vec2 origin) {
    LineBatch batch;
    if (f.lods.empty()) return {};
    const auto level = static_cast<std::size_t>(std::clamp(lod, 0, static_cast<int>(f.lods.size()) - 1));
    const Builder builder{projector, origin};
    for (const auto& l : f.lods[level].lines) builder.addLine(batch, 0, l, 0);
    if (f.lods[level].lines.empty())
        for (const auto& p : f.lonLat.polygons) {
            auto ring = p.outer;
            if (!ring.empty()) ring.push_back(ring.front());
            builder.addLine(batch, 0, ring, 0);
        }
    return std::move(batch.segments[0]);
}

SceneGeometry buildScene(const MapModel& model, const Projector& projector, const Theme& theme, std::optional<int> year) {
    SceneGeometry scene;
    scene.projection = projector.id();
    scene.homeBounds = projectBBox(model.homeLonLat, projector);
    scene.origin = scene.homeBounds.empty() ? Vec2{} : scene.homeBounds.center();
    const Builder builder{projector, scene.origin};

    constexpr MapLayer kFillOrder[] = {MapLayer::Land, MapLayer::Country, MapLayer::Lake, MapLayer::Region};
    constexpr MapLayer kLineOrder[] = {MapLayer::Coastline, MapLayer::River, MapLayer::Lake, MapLayer::Region,
                                       MapLayer::Border, MapLayer::Pipeline, MapLayer::Railway,
                                       MapLayer::Frontline, MapLayer::Corridor};
    for (MapLayer l : kFillOrder) scene.fills.push_back(FillBatch{l, {}, {}});
    // One batch per line layer; whether a feature is dashed is decided per frame (FeatureVisual).
    for (MapLayer l : kLineOrder) {
        LineStyle st = layerLineStyle(l, theme);
        if (l == MapLayer::Pipeline || l == MapLayer::Railway) st.dashedPattern = {3, 4, 0, 0};
        scene.lines.push_back(LineBatch{l, st, {}});
    }
    auto fillFor = [&](MapLayer l) -> FillBatch* {
        for (auto& b : scene.fills)
            if (b.layer == l) return &b;
        return nullptr;
    };
    auto lineFor = [&](MapLayer l) -> LineBatch* {
        for (auto& b : scene.lines)
            if (b.layer == l && b.groundWidthMeters == 0.0) return &b;
        return nullptr;
    };

    // Countries cover all land in the frame, so the land fill would only be overdrawn (costly on software
    // rasterisers); land still gives the coastline, and fills itself when no country layer loaded.
    const bool haveCountries = std::any_of(model.features.begin(), model.features.end(),
                                           [](const MapFeature& f) { return f.layer == MapLayer::Country; });
    scene.labelPoints.resize(model.features.size());
    for (std::size_t fi = 0; fi < model.features.size(); ++fi) {
        const MapFeature& f = model.features[fi];
        if (!visibleInYear(f.periods, year)) continue;  // --year given at load: leave the feature out entirely
        const auto id = static_cast<std::uint32_t>(fi);
        FillBatch* fill = (f.layer == MapLayer::Land && haveCountries) ? nullptr : fillFor(f.layer);
        const auto lineLayer = lineLayerOf(f);
        LineBatch* line = lineLayer ? lineFor(*lineLayer) : nullptr;
        const std::uint32_t rgba = packColor(fillColor(f, theme));
        // A corridor with a stated width also goes to a band batch of that width (under every other line).
        LineBatch* band = nullptr;
        for (const Period& p : f.periods) {
            if (!p.widthKm || f.layer != MapLayer::Corridor) continue;
            const double meters = *p.widthKm * 1000.0;
            for (auto& b : scene.lines)
                if (b.groundWidthMeters == meters) band = &b;
            if (!band) {
                LineBatch b{MapLayer::Corridor, layerLineStyle(MapLayer::Corridor, theme), {}, meters};
                b.style.color.a = 0.24f;
                b.style.casingWidthPx = 0.0f;
                scene.lines.insert(scene.lines.begin(), std::move(b));
                line = lineLayer ? lineFor(*lineLayer) : nullptr;  // the insertion moved the batches
                band = &scene.lines.front();
            }
            break;
        }
        for (int lod = 0; lod < static_cast<int>(f.lods.size()) && lod < kLodCount; ++lod) {
            const FeatureShape& shape = f.lods[static_cast<std::size_t>(lod)];
            if (fill && !shape.fill.indices.empty()) builder.addFill(*fill, lod, shape.fill, id, rgba);
            if (line)
                for (const auto& l : shape.lines) builder.addLine(*line, lod, l, id);
            if (band)
                for (const auto& l : shape.lines) builder.addLine(*band, lod, l, id);
        }
        if (f.layer == MapLayer::Place) {
            for (const Vec2 p : builder.project(f.lonLat.points)) {
                if (!finite(p)) continue;
                const float radius = placeSymbolRadiusPx(f.importance);
                scene.points.push_back({static_cast<float>(p.x - scene.origin.x),
                                        static_cast<float>(p.y - scene.origin.y), radius, id,
                                        packColor(theme.placeFill), f.importance <= 1});
            }
        }
        std::optional<Vec2> anchor = f.labelPoint;
        if (!anchor && !f.lonLat.points.empty()) anchor = f.lonLat.points.front();
        if (anchor) {
            if (auto p = projector.forward(*anchor)) scene.labelPoints[fi] = *p;
        }
    }
    return scene;
}

float bandPixels(double groundWidthMeters, double metersPerPixel, float lineWidthPx) {
    if (!(groundWidthMeters > 0.0) || !(metersPerPixel > 0.0)) return 0.0f;
    const auto px = static_cast<float>(groundWidthMeters / metersPerPixel);
    return px > 3.0f * lineWidthPx ? px : 0.0f;
}

}  // namespace atlas::core
