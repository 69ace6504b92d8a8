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

void ProjProjector::CtxDeleter::operator()(pj_ctx* c) const { proj_context_destroy(c); }
void ProjProjector::PjDeleter::operator()(PJconsts* p) const { proj_destroy(p); }

ProjProjector::ProjProjector(core::ProjectionId id) : m_id(id), m_ctx(proj_context_create()) {
    if (!m_ctx) throw ProjectionError("PROJ: cannot create a context");
    proj_log_level(m_ctx.get(), PJ_LOG_NONE);
    const std::string target = projectionDefinition(id);
    PJ* raw = proj_create_crs_to_crs(m_ctx.get(), "EPSG:4326", target.c_str(), nullptr);
    if (!raw) {
        throw ProjectionError("PROJ: cannot create EPSG:4326 -> " + target + ": " +
                              proj_context_errno_string(m_ctx.get(), proj_context_errno(m_ctx.get())));
    }
    PJ* norm = proj_normalize_for_visualization(m_ctx.get(), raw);
    proj_destroy(raw);
    if (!norm) throw ProjectionError("PROJ: cannot normalise axis order for " + target);
    m_pj.reset(norm);
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
