// Projection identifiers and their names.
#include "core/projector.hpp"

namespace atlas::core {

std::string_view projectionKey(ProjectionId id) { return enumName(id, "lcc"); }

std::string_view projectionLabel(ProjectionId id) {
    switch (id) {
        case ProjectionId::LambertCaucasus: return "Lambert Conformal Conic (Caucasus)";
        case ProjectionId::WebMercator: return "Web Mercator";
        case ProjectionId::Utm38N: return "UTM zone 38N";
        case ProjectionId::PlateCarree: return "Plate carr\xC3\xA9" "e";
    }
    return "";
}

std::optional<ProjectionId> projectionFromKey(std::string_view key) { return enumFromName<ProjectionId>(key); }

}  // namespace atlas::core
