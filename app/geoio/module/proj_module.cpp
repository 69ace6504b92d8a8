// libcaucasus-atlas-proj.so: the PROJ projector behind one table (geoio/module_api.hpp), linked with only what it
// uses (PROJ, not GDAL or GEOS), so a map read from the map model cache opens with ~35 libraries instead of ~100.
#include "geoio/module_api.hpp"

#include "geoio/projection.hpp"

namespace {

using namespace atlas;

const geoio::ProjModuleApi kApi{
    geoio::kProjModuleApiVersion,
    [](core::ProjectionId id) -> std::unique_ptr<core::Projector> { return std::make_unique<geoio::ProjProjector>(id); },
};

}  // namespace

extern "C" __attribute__((visibility("default"))) const atlas::geoio::ProjModuleApi* atlas_proj_module_api() {
    return &kApi;
}
