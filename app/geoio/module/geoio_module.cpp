// libcaucasus-atlas-geoio.so: the geoio entry points behind one table (geoio/module_api.hpp). Only
// atlas_geoio_module_api is exported; everything else, the static core and geoio copies included, is hidden.
#include "geoio/module_api.hpp"

#include "geoio/document_readers.hpp"
#include "geoio/export.hpp"
#include "geoio/geodata_check.hpp"
#include "geoio/geometry_limits.hpp"
#include "geoio/map_loader.hpp"
#include "geoio/user_layer_loader.hpp"

namespace {

using namespace atlas;

const geoio::ModuleApi kApi{
    geoio::kModuleApiVersion,
    [](const std::filesystem::path& geodataDir, const std::filesystem::path& cacheDir) {
        return geoio::loadMap(geodataDir, cacheDir);
    },
    [] { return geoio::documentReaders(); },
    [](const std::filesystem::path& path) { return geoio::loadUserLayer(path); },
    [](geoio::ExportFormat format, const geoio::ExportInput& in, const std::filesystem::path& path) {
        return geoio::exportTo(format, in, path);
    },
    [](const std::filesystem::path& geodataDir) { return geoio::checkBasemap(geodataDir); },
    [](bool cancel) { geoio::cancelGeometryWork(cancel); },
};

}  // namespace

extern "C" __attribute__((visibility("default"))) const atlas::geoio::ModuleApi* atlas_geoio_module_api() {
    return &kApi;
}
