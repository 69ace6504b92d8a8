// Projection interface: core code asks for projected coordinates; geoio implements it with PROJ.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/enum_names.hpp"
#include "core/geometry.hpp"

namespace atlas::core {

/// The projections a user can switch between at run time.
enum class ProjectionId { LambertCaucasus, WebMercator, Utm38N, PlateCarree };

inline constexpr ProjectionId kAllProjections[] = {ProjectionId::LambertCaucasus, ProjectionId::WebMercator,
                                                   ProjectionId::Utm38N, ProjectionId::PlateCarree};

/// The projections' keys in view files and on the command line.
inline constexpr EnumName<ProjectionId> kProjectionKeys[] = {{ProjectionId::LambertCaucasus, "lcc"},
                                                             {ProjectionId::WebMercator, "webmercator"},
                                                             {ProjectionId::Utm38N, "utm38n"},
                                                             {ProjectionId::PlateCarree, "platecarree"}};
constexpr std::span<const EnumName<ProjectionId>> namesOf(ProjectionId) { return kProjectionKeys; }

std::string_view projectionKey(ProjectionId id);    // "lcc", "webmercator", "utm38n", "platecarree"
std::string_view projectionLabel(ProjectionId id);  // human-readable
std::optional<ProjectionId> projectionFromKey(std::string_view key);

/// Maps lon/lat (degrees) to projected metres and back. Implementations must be cheap to call per vertex.
class Projector {
public:
    virtual ~Projector() = default;
    [[nodiscard]] virtual ProjectionId id() const = 0;
    /// lon/lat degrees -> projected metres; nullopt when the point cannot be projected.
    [[nodiscard]] virtual std::optional<Vec2> forward(Vec2 lonLat) const = 0;
    /// projected metres -> lon/lat degrees.
    [[nodiscard]] virtual std::optional<Vec2> inverse(Vec2 xy) const = 0;
    /// Geodesic (ellipsoidal) distance in metres between two lon/lat points.
    [[nodiscard]] virtual double geodesicDistance(Vec2 lonLatA, Vec2 lonLatB) const = 0;
    /// Projects many lon/lat points in place; points that cannot be projected become NaN.
    virtual void forwardInPlace(std::vector<Vec2>& points) const = 0;
};

}  // namespace atlas::core
