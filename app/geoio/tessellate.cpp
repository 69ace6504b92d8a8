// Triangulation and simplification through the GEOS C API (reentrant, one handle per call site).
#include "geoio/tessellate.hpp"

#include "core/ring_crossings.hpp"
#include "geoio/geometry_limits.hpp"

#include <geos_c.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <string>
#include <unordered_map>

namespace atlas::geoio {
namespace {

void noticeHandler(const char*, void*) {}
void errorHandler(const char* message, void* userData) {
    auto* sink = static_cast<std::string*>(userData);
    if (sink) *sink = message ? message : "unknown GEOS error";
}

class Geos {
public:
    Geos() : m_ctx(GEOS_init_r()) {
        GEOSContext_setNoticeMessageHandler_r(m_ctx, noticeHandler, nullptr);
        GEOSContext_setErrorMessageHandler_r(m_ctx, errorHandler, &m_lastError);
    }
    ~Geos() { GEOS_finish_r(m_ctx); }
    Geos(const Geos&) = delete;
    Geos& operator=(const Geos&) = delete;
    GEOSContextHandle_t get() const { return m_ctx; }
    const std::string& lastError() const { return m_lastError; }

private:
    GEOSContextHandle_t m_ctx;
    std::string m_lastError;
};

struct GeomDeleter {
    GEOSContextHandle_t ctx;
    void operator()(GEOSGeometry* g) const { GEOSGeom_destroy_r(ctx, g); }
};
using GeomPtr = std::unique_ptr<GEOSGeometry, GeomDeleter>;

GEOSCoordSequence* makeSeq(GEOSContextHandle_t ctx, const std::vector<core::Vec2>& pts, bool close) {
    const bool needClose = close && !pts.empty() && !(pts.front() == pts.back());
    const auto n = static_cast<unsigned>(pts.size() + (needClose ? 1 : 0));
    GEOSCoordSequence* seq = GEOSCoordSeq_create_r(ctx, n, 2);
    for (unsigned i = 0; i < pts.size(); ++i) GEOSCoordSeq_setXY_r(ctx, seq, i, pts[i].x, pts[i].y);
    if (needClose) GEOSCoordSeq_setXY_r(ctx, seq, n - 1, pts.front().x, pts.front().y);
    return seq;
}

GEOSGeometry* makePolygon(GEOSContextHandle_t ctx, const core::Polygon& p) {
    if (p.outer.size() < 3) return nullptr;
    GEOSGeometry* shell = GEOSGeom_createLinearRing_r(ctx, makeSeq(ctx, p.outer, true));
    std::vector<GEOSGeometry*> holes;
    for (const auto& h : p.holes)
        if (h.size() >= 3) holes.push_back(GEOSGeom_createLinearRing_r(ctx, makeSeq(ctx, h, true)));
    return GEOSGeom_createPolygon_r(ctx, shell, holes.data(), static_cast<unsigned>(holes.size()));
}

std::vector<core::Vec2> readSeq(GEOSContextHandle_t ctx, const GEOSCoordSequence* seq, bool dropClosing) {
    unsigned n = 0;
    GEOSCoordSeq_getSize_r(ctx, seq, &n);
    std::vector<core::Vec2> out(n);
    for (unsigned i = 0; i < n; ++i) GEOSCoordSeq_getXY_r(ctx, seq, i, &out[i].x, &out[i].y);
    if (dropClosing && out.size() > 1 && out.front() == out.back()) out.pop_back();
    return out;
}

void readPolygon(GEOSContextHandle_t ctx, const GEOSGeometry* g, std::vector<core::Polygon>& out) {
    core::Polygon p;
    p.outer = readSeq(ctx, GEOSGeom_getCoordSeq_r(ctx, GEOSGetExteriorRing_r(ctx, g)), true);
    const int nh = GEOSGetNumInteriorRings_r(ctx, g);
    for (int i = 0; i < nh; ++i)
        p.holes.push_back(readSeq(ctx, GEOSGeom_getCoordSeq_r(ctx, GEOSGetInteriorRingN_r(ctx, g, i)), true));
    if (p.outer.size() >= 3) out.push_back(std::move(p));
}

void readGeometry(GEOSContextHandle_t ctx, const GEOSGeometry* g, core::Geometry& out) {
    switch (GEOSGeomTypeId_r(ctx, g)) {
        case GEOS_POLYGON: readPolygon(ctx, g, out.polygons); break;
        case GEOS_LINESTRING:
        case GEOS_LINEARRING: {
            auto line = readSeq(ctx, GEOSGeom_getCoordSeq_r(ctx, g), false);
            if (line.size() >= 2) out.lines.push_back(std::move(line));
            break;
        }
        case GEOS_POINT: {
            double x = 0, y = 0;
            if (GEOSGeomGetX_r(ctx, g, &x) && GEOSGeomGetY_r(ctx, g, &y)) out.points.push_back({x, y});
            break;
        }
        default: {
            const int n = GEOSGetNumGeometries_r(ctx, g);
            for (int i = 0; i < n; ++i) readGeometry(ctx, GEOSGetGeometryN_r(ctx, g, i), out);
        }
    }
}

bool interrupted(const std::string& error) { return error.find("nterrupt") != std::string::npos; }

/// Runs a GEOS call; an interruption meant for another thread (GEOS's flag is process-wide) is retried, one
/// meant for this one (deadline passed, work cancelled) becomes a GeometryLimitError.
template <class Call>
GEOSGeometry* bounded(const Geos& geos, Call call) {
    for (int attempt = 0;; ++attempt) {
        if (geometryDeadlinePassed()) break;
        GEOSGeometry* g = call();
        if (g || !interrupted(geos.lastError()) || attempt >= 3) return g;
    }
    throw GeometryLimitError(geometryWorkCancelled() ? "cancelled" : "gave up after the time limit (" +
        std::to_string(geometryLimits().timePerFeature.count()) + " ms)");
}

struct VecHash {
    std::size_t operator()(const core::Vec2& v) const {
        return std::hash<double>()(v.x) * 1000003u ^ std::hash<double>()(v.y);
    }
};

}  // namespace

core::TriangleMesh triangulate(const std::vector<core::Polygon>& polygons) {
    Geos geos;
    auto* ctx = geos.get();
    core::TriangleMesh mesh;
    std::unordered_map<core::Vec2, std::uint32_t, VecHash> index;
    for (const auto& poly : polygons) {
        GeomPtr g(makePolygon(ctx, poly), GeomDeleter{ctx});
        if (!g) continue;
        const GeometryLimits& limits = geometryLimits();
        // Repairing a scribble costs far more than its size suggests (every crossing becomes a vertex and a piece):
        // count the crossings first, with a cap, and leave the ones past the limit unrepaired.
        const auto crossings = core::findPolygonCrossings(poly, limits.maxRepairCrossings + 1, limits.maxSweepVisits);
        if (crossings.count > limits.maxRepairCrossings)
            throw GeometryLimitError("its edges cross " + std::to_string(crossings.count) + " times or more (the "
                                     "limit for repairing is " + std::to_string(limits.maxRepairCrossings) + ")");
        if (crossings.count > 0 || crossings.capped || !GEOSisValid_r(ctx, g.get())) {
            GeomPtr fixed(bounded(geos, [&] { return GEOSMakeValid_r(ctx, g.get()); }), GeomDeleter{ctx});
            if (!fixed) throw GeometryError("GEOS cannot repair polygon: " + geos.lastError());
            g = std::move(fixed);
        }
        GeomPtr tris(bounded(geos, [&] { return GEOSConstrainedDelaunayTriangulation_r(ctx, g.get()); }),
                     GeomDeleter{ctx});
        if (!tris) throw GeometryError("GEOS triangulation failed: " + geos.lastError());
        const int n = GEOSGetNumGeometries_r(ctx, tris.get());
        for (int i = 0; i < n; ++i) {
            const GEOSGeometry* t = GEOSGetGeometryN_r(ctx, tris.get(), i);
            auto ring = readSeq(ctx, GEOSGeom_getCoordSeq_r(ctx, GEOSGetExteriorRing_r(ctx, t)), true);
            if (ring.size() != 3) continue;
            for (const auto& v : ring) {
                auto [it, inserted] = index.try_emplace(v, static_cast<std::uint32_t>(mesh.vertices.size()));
                if (inserted) mesh.vertices.push_back(v);
                mesh.indices.push_back(it->second);
            }
        }
    }
    return mesh;
}

core::Geometry simplify(const core::Geometry& geometry, double tolerance) {
    if (tolerance <= 0.0) return geometry;
    Geos geos;
    auto* ctx = geos.get();
    core::Geometry out;
    out.points = geometry.points;
    for (const auto& poly : geometry.polygons) {
        GeomPtr g(makePolygon(ctx, poly), GeomDeleter{ctx});
        if (!g) continue;
        GeomPtr s(GEOSTopologyPreserveSimplify_r(ctx, g.get(), tolerance), GeomDeleter{ctx});
        if (s) readGeometry(ctx, s.get(), out);
        else out.polygons.push_back(poly);
    }
    for (const auto& line : geometry.lines) {
        if (line.size() < 2) continue;
        GeomPtr g(GEOSGeom_createLineString_r(ctx, makeSeq(ctx, line, false)), GeomDeleter{ctx});
        GeomPtr s(GEOSTopologyPreserveSimplify_r(ctx, g.get(), tolerance), GeomDeleter{ctx});
        if (s) readGeometry(ctx, s.get(), out);
        else out.lines.push_back(line);
    }
    return out;
}

core::Geometry clipToBox(const core::Geometry& geometry, const core::BBox& box) {
    Geos geos;
    auto* ctx = geos.get();
    core::Geometry out;
    for (const auto& poly : geometry.polygons) {
        GeomPtr g(makePolygon(ctx, poly), GeomDeleter{ctx});
        if (!g) continue;
        GeomPtr c(GEOSClipByRect_r(ctx, g.get(), box.minX, box.minY, box.maxX, box.maxY), GeomDeleter{ctx});
        if (c) readGeometry(ctx, c.get(), out);
    }
    return out;
}

std::optional<core::Vec2> labelPoint(const core::Geometry& geometry) {
    const core::Polygon* largest = nullptr;
    double best = 0.0;
    for (const auto& p : geometry.polygons) {
        const double a = core::polygonArea(p);
        if (a > best) { best = a; largest = &p; }
    }
    if (!largest) {
        if (geometry.empty()) return std::nullopt;
        return geometry.bounds().center();
    }
    Geos geos;
    auto* ctx = geos.get();
    GeomPtr g(makePolygon(ctx, *largest), GeomDeleter{ctx});
    if (!g) return std::nullopt;
    const core::BBox b = core::Geometry{{}, {}, {*largest}}.bounds();
    const double tolerance = std::max(b.width(), b.height()) / 500.0;
    GeomPtr mic(GEOSMaximumInscribedCircle_r(ctx, g.get(), tolerance), GeomDeleter{ctx});
    if (!mic) return b.center();
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx, mic.get());
    double x = 0, y = 0;
    if (!seq || !GEOSCoordSeq_getXY_r(ctx, seq, 0, &x, &y)) return b.center();
    return core::Vec2{x, y};
}

std::vector<core::FeatureShape> buildLods(const core::Geometry& lonLat, bool outlinePolygons, std::string* gaveUp) {
    const GeometryDeadline deadline(std::chrono::steady_clock::now() + geometryLimits().timePerFeature);
    std::vector<core::FeatureShape> lods;
    lods.reserve(core::kLodCount);
    std::string limitReason;  // set once the polygons could not be filled within the limits
    auto addOutline = [](const core::Ring& r, std::vector<core::LineString>& lines) {
        if (r.size() < 2) return;
        auto ring = r;
        ring.push_back(ring.front());
        lines.push_back(std::move(ring));
    };
    for (int level = 0; level < core::kLodCount; ++level) {
        core::FeatureShape shape;
        core::Geometry g;
        if (limitReason.empty()) {
            try {
                g = simplify(lonLat, core::kLodToleranceDegrees[level]);
                if (!g.polygons.empty()) shape.fill = triangulate(g.polygons);
            } catch (const GeometryLimitError& e) {
                limitReason = e.what();
                shape.fill = {};
            }
        }
        if (!limitReason.empty()) {
            // Outline only: the rings as they are (no GEOS), the lines simplified as usual.
            core::Geometry linesOnly;
            linesOnly.lines = lonLat.lines;
            g = geometryDeadlinePassed() ? linesOnly : simplify(linesOnly, core::kLodToleranceDegrees[level]);
            for (const auto& p : lonLat.polygons) {
                addOutline(p.outer, g.lines);
                for (const auto& h : p.holes) addOutline(h, g.lines);
            }
            shape.lines = std::move(g.lines);
            lods.push_back(std::move(shape));
            continue;
        }
        shape.lines = g.lines;
        if (outlinePolygons)
            for (const auto& p : g.polygons) addOutline(p.outer, shape.lines);
        lods.push_back(std::move(shape));
    }
    if (gaveUp && !limitReason.empty()) *gaveUp = limitReason + "; drawn as an outline only";
    return lods;
}

}  // namespace atlas::geoio
