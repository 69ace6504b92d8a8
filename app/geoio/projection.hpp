// PROJ-backed projector: RAII over PJ_CONTEXT and PJ, lon/lat axis order normalised for visualisation.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/projector.hpp"

struct pj_ctx;
struct PJconsts;

namespace atlas::geoio {

class ProjectionError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The PROJ definition string of each projection the app offers (a CRS: an EPSG code or a PROJ string).
std::string projectionDefinition(core::ProjectionId id);

/// The operation from WGS 84 longitude/latitude in degrees to that projection, as a PROJ pipeline: the one PROJ
/// itself derives from EPSG:4326 to projectionDefinition(id) (`projinfo -s EPSG:4326 -t ... -o PROJ`), less the
/// axis swap that proj_normalize_for_visualization removes. Creating it needs no lookup in PROJ's database (proj.db),
/// which held ~4 MiB of the window's memory for the whole session.
std::string projectionPipeline(core::ProjectionId id);

class ProjProjector final : public core::Projector {
public:
    /// Throws ProjectionError with PROJ's reason when the transformation cannot be created.
    explicit ProjProjector(core::ProjectionId id);
    ~ProjProjector() override;
    ProjProjector(const ProjProjector&) = delete;
    ProjProjector& operator=(const ProjProjector&) = delete;
    ProjProjector(ProjProjector&&) noexcept;
    ProjProjector& operator=(ProjProjector&&) noexcept;

    [[nodiscard]] core::ProjectionId id() const override { return m_id; }
    [[nodiscard]] std::optional<core::Vec2> forward(core::Vec2 lonLat) const override;
    [[nodiscard]] std::optional<core::Vec2> inverse(core::Vec2 xy) const override;
    [[nodiscard]] double geodesicDistance(core::Vec2 lonLatA, core::Vec2 lonLatB) const override;

    /// Projects many points in place (lon/lat -> metres) in one PROJ call; unprojectable points become NaN.
    void forwardInPlace(std::vector<core::Vec2>& points) const override;

private:
    struct CtxDeleter { void operator()(pj_ctx* c) const; };
    struct PjDeleter { void operator()(PJconsts* p) const; };
    core::ProjectionId m_id;
    std::unique_ptr<pj_ctx, CtxDeleter> m_ctx;
    std::unique_ptr<PJconsts, PjDeleter> m_pj;
};

}  // namespace atlas::geoio
