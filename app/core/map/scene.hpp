// GPU-ready scene geometry in projected metres relative to an origin, built once per projection.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/geometry.hpp"
#include "core/map/map_model.hpp"
#include "core/map/mesh.hpp"
#include "core/projector.hpp"
#include "core/map/style.hpp"

namespace atlas::core {

struct FillVertex {
    float x = 0, y = 0;       // metres relative to SceneGeometry::origin
    std::uint32_t feature = 0;
    std::uint32_t rgba = 0;   // packed colour, little-endian RGBA8
};

/// One straight piece of a polyline; the GPU extrudes it to a quad of the line's pixel width.
struct Segment {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // relative metres
    float dist0 = 0;                        // distance along the line at (x0, y0), metres (for dashes)
    std::uint32_t feature = 0;
    /// How far the quad reaches past (x0, y0) and past (x1, y1), as a fraction of the line's half width plus
    /// its anti-aliased edge: 1 for a round cap (a line's end, a turn of 180°), sin(turn / 2) at a join — enough
    /// for the two quads to cover the join's round outer wedge between them (see appendPolyline).
    float ext0 = 1, ext1 = 1;
};

/// Appends a projected polyline (absolute projected metres) as segments relative to `origin`, with the distance
/// along the line for dashes and each join's reach. A join turning by θ needs each of its two quads to reach
/// sin(θ/2) of the half width past the shared point: a point of the round join at angle φ from the first
/// segment's normal lies r·sin φ past the first quad's end and r·sin(θ−φ) before the second quad's start, and
/// the larger of the two smaller distances is r·sin(θ/2). A full cap at every end (the old way) shades up to
/// twice the line's width in extra pixels per segment, which on a software rasterizer is most of a short
/// segment's cost. Non-finite points break the line (caps on both sides); repeated points are skipped; a ring
/// whose last point equals its first is joined there too.
void appendPolyline(std::vector<Segment>& out, const std::vector<Vec2>& projected, Vec2 origin,
                    std::uint32_t feature);

/// One edge of a filled area's outline, in the area's colour: the GPU draws it as a fringe of coverage across the
/// edge (half a pixel each side), the fill's anti-aliasing where no multisampling runs.
struct FillEdge {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // relative metres
    std::uint32_t feature = 0;
    std::uint32_t rgba = 0;  // packed colour, as FillVertex
};

struct FillBatch {
    MapLayer layer = MapLayer::Land;
    std::array<std::vector<FillVertex>, kLodCount> vertices;
    std::array<std::vector<std::uint32_t>, kLodCount> indices;
};

/// The edges of a fill batch's areas at one level of detail (boundaryEdges of its triangles: each feature's
/// vertices are its own, so an edge is inside only where the feature's own triangles meet), in their colours.
/// Made when first drawn with fringes (MapRenderer::setAreaFringes), not with the scene.
std::vector<FillEdge> fillEdges(const FillBatch& batch, std::size_t lod);

struct LineBatch {
    MapLayer layer = MapLayer::Border;
    LineStyle style;
    std::array<std::vector<Segment>, kLodCount> segments;
    /// > 0: a corridor band drawn this wide on the ground (projected metres), shown for features whose visual has
    /// a band (FeatureVisual::bandKm) — the width a text gives for the corridor.
    double groundWidthMeters = 0.0;
};

/// Pixel width of a to-scale corridor band at this zoom, or 0 while it is not yet wider than three times the
/// corridor's own line (then the line alone says more). One rule for the renderer and the legend.
float bandPixels(double groundWidthMeters, double metersPerPixel, float lineWidthPx);

struct PointSymbol {
    float x = 0, y = 0;  // relative metres
    float radiusPx = 3;
    std::uint32_t feature = 0;
    std::uint32_t rgba = 0;
    bool capital = false;
};

/// The line style of a layer's lines (thematic layers and the base map's coastline, rivers, borders).
LineStyle layerLineStyle(MapLayer layer, const Theme& theme);

struct SceneGeometry {
    ProjectionId projection = ProjectionId::LambertCaucasus;
    Vec2 origin;                              // projected metres subtracted from every vertex
    std::vector<FillBatch> fills;             // draw order
    std::vector<LineBatch> lines;             // draw order
    std::vector<PointSymbol> points;
    std::vector<std::optional<Vec2>> labelPoints;  // per feature, absolute projected metres
    BBox homeBounds;                          // projected metres, absolute

    [[nodiscard]] Vec2 toRelative(Vec2 world) const { return world - origin; }
};

std::uint32_t packColor(const Color& c);

/// The projected bounding box of a lon/lat box (edges densified, so curved edges are covered).
BBox projectBBox(const BBox& lonLat, const Projector& projector);

/// A feature's outline (lines and polygon rings) at a level of detail, as segments relative to `origin`.
std::vector<Segment> featureOutline(const MapFeature& feature, int lod, const Projector& projector, Vec2 origin);

/// Projects the model's levels of detail and label points into GPU-ready batches.
/// Features whose periods exclude `year` are left out (no year: everything).
SceneGeometry buildScene(const MapModel& model, const Projector& projector, const Theme& theme,
                         std::optional<int> year = std::nullopt);

}  // namespace atlas::core
