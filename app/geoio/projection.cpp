// PROJ transformations for the map projections, and geodesic distances on the WGS84 ellipsoid.
#include "geoio/projection.hpp"

#include <geodesic.h>
#include <proj.h>

#include <cmath>

namespace atlas::geoio {

std::string projectionDefinition(core::ProjectionId id) {
    switch (id) {
        // Standard parallels 39°N and 43°N bracket the region (Nakhchivan at 39°, the Greater Caucasus at 43°).
        case core::ProjectionId::LambertCaucasus:
            return "+proj=lcc +lat_0=41 +lon_0=45.5 +lat_1=39 +lat_2=43 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs";
        case core::ProjectionId::WebMercator: return "EPSG:3857";
        case core::ProjectionId::Utm38N: return "EPSG:32638";
        case core::ProjectionId::PlateCarree: return "EPSG:4087";  // WGS 84 / World Equidistant Cylindrical
    }
    return "EPSG:3857";
}

std::string projectionPipeline(core::ProjectionId id) {
    std::string step;
    switch (id) {
        case core::ProjectionId::LambertCaucasus:
            step = "+proj=lcc +lat_0=41 +lon_0=45.5 +lat_1=39 +lat_2=43 +x_0=0 +y_0=0 +ellps=WGS84";
            break;
        case core::ProjectionId::WebMercator: step = "+proj=webmerc +lat_0=0 +lon_0=0 +x_0=0 +y_0=0 +ellps=WGS84"; break;
        case core::ProjectionId::Utm38N: step = "+proj=utm +zone=38 +ellps=WGS84"; break;
        case core::ProjectionId::PlateCarree:
            step = "+proj=eqc +lat_ts=0 +lat_0=0 +lon_0=0 +x_0=0 +y_0=0 +ellps=WGS84";
            break;
    }
    if (step.empty()) return projectionPipeline(core::ProjectionId::WebMercator);
    return "+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step " + step;
}

void ProjProjector::CtxDeleter::operator()(pj_ctx* c) const { proj_context_destroy(c); }
void ProjProjector::PjDeleter::operator()(PJconsts* p) const { proj_destroy(p); }

namespace {

void quietLog(void*, int, const char*) {}

}  // namespace

ProjProjector::ProjProjector(core::ProjectionId id) : m_id(id) {
    const std::string pipeline = projectionPipeline(id);
    // The pipelines use nothing from PROJ's data files (the WGS 84 ellipsoid is built in), but proj_create opens
    // proj.db whenever it can find it, and the open database held ~3 MiB for the session. So the context is given
    // an empty search path first; only if PROJ then refuses the pipeline is it created again with the default one.
    for (const bool withoutData : {true, false}) {
        m_pj.reset();
        m_ctx.reset(proj_context_create());
        if (!m_ctx) throw ProjectionError("PROJ: cannot create a context");
        proj_log_level(m_ctx.get(), PJ_LOG_NONE);
        proj_log_func(m_ctx.get(), nullptr, quietLog);
        if (withoutData) {
            const char* nowhere = "/nonexistent/caucasus-atlas/proj-data";
            proj_context_set_search_paths(m_ctx.get(), 1, &nowhere);
        }
        m_pj.reset(proj_create(m_ctx.get(), pipeline.c_str()));
        if (m_pj) return;
    }
    throw ProjectionError("PROJ: cannot create EPSG:4326 -> " + projectionDefinition(id) + " (" + pipeline +
                          "): " + proj_context_errno_string(m_ctx.get(), proj_context_errno(m_ctx.get())));
}

ProjProjector::~ProjProjector() {
    m_pj.reset();  // the PJ must go before its context
    m_ctx.reset();
}
ProjProjector::ProjProjector(ProjProjector&&) noexcept = default;
ProjProjector& ProjProjector::operator=(ProjProjector&&) noexcept = default;

std::optional<core::Vec2> ProjProjector::forward(core::Vec2 lonLat) const {
    PJ_COORD c = proj_coord(lonLat.x, lonLat.y, 0, 0);
    PJ_COORD r = proj_trans(m_pj.get(), PJ_FWD, c);
    if (!std::isfinite(r.xy.x) || !std::isfinite(r.xy.y)) return std::nullopt;
    return core::Vec2{r.xy.x, r.xy.y};
}

std::optional<core::Vec2> ProjProjector::inverse(core::Vec2 xy) const {
    PJ_COORD c = proj_coord(xy.x, xy.y, 0, 0);
    PJ_COORD r = proj_trans(m_pj.get(), PJ_INV, c);
    if (!std::isfinite(r.lp.lam) || !std::isfinite(r.lp.phi) || std::abs(r.lp.phi) > 90.0) return std::nullopt;
    return core::Vec2{r.lp.lam, r.lp.phi};
}

double ProjProjector::geodesicDistance(core::Vec2 a, core::Vec2 b) const {
    geod_geodesic g{};
    geod_init(&g, 6378137.0, 1.0 / 298.257223563);  // WGS84
    double s12 = 0.0;
    geod_inverse(&g, a.y, a.x, b.y, b.x, &s12, nullptr, nullptr);
    return s12;
}

void ProjProjector::forwardInPlace(std::vector<core::Vec2>& points) const {
    if (points.empty()) return;
    static_assert(sizeof(core::Vec2) == 2 * sizeof(double));
    auto* xs = &points.front().x;
    auto* ys = &points.front().y;
    const std::size_t n = points.size();
    proj_trans_generic(m_pj.get(), PJ_FWD, xs, sizeof(core::Vec2), n, ys, sizeof(core::Vec2), n, nullptr, 0, 0,
                       nullptr, 0, 0);
    for (auto& p : points)
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) p = {std::nan(""), std::nan("")};
}

}  // namespace atlas::geoio
