// The geoio entry points the executable reaches through its loadable module (docs/architecture.md, "The geoio
// module"). GDAL, PROJ, GEOS, poppler, libxml2 and libzip pull in ~100 shared libraries that cost every start of the
// program ~90 ms of loading and relocation; the executable links none of them and opens the module
// (libcaucasus-atlas-geoio.so) the first time it needs one of these functions. This header names only core and
// standard types, so the executable can include it without linking geoio.
#pragma once

#include <array>
#include <cstdint>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "core/corpus/document.hpp"
#include "core/gazetteer/gazetteer_json.hpp"
#include "core/map/map_model.hpp"
#include "core/projector.hpp"
#include "core/map/user_layer.hpp"

namespace atlas::geoio {

enum class ExportFormat;
struct ExportInput;

/// Raised when the table's layout changes; the executable refuses a module built with another version.
inline constexpr std::uint32_t kModuleApiVersion = 2;

/// File extensions (lower case, with the dot) that the module's document readers read: the executable needs the
/// list to pick a corpus's files without opening the module.
inline constexpr std::array<std::string_view, 5> kDocumentReaderExtensions = {".html", ".htm", ".pdf", ".docx", ".odt"};

struct ModuleApi {
    std::uint32_t version = kModuleApiVersion;
    /// geoio::loadMap.
    core::MapModel (*loadMap)(const std::filesystem::path& geodataDir, const std::filesystem::path& cacheDir);
    /// geoio::documentReaders: one reader per kDocumentReaderExtensions entry.
    core::DocumentReaders (*documentReaders)();
    /// geoio::loadUserLayer with default limits; throws geoio::GeoDataError.
    core::UserLayer (*loadUserLayer)(const std::filesystem::path& path);
    /// geoio::exportTo; throws geoio::ExportError.
    std::size_t (*exportTo)(ExportFormat format, const ExportInput& in, const std::filesystem::path& path);
    /// geoio::checkBasemap.
    std::vector<core::Problem> (*checkBasemap)(const std::filesystem::path& geodataDir);
    /// geoio::cancelGeometryWork.
    void (*cancelGeometryWork)(bool cancel);
};

/// The projection module (libcaucasus-atlas-proj.so): PROJ alone, for a map that comes from the map model cache
/// (core/map/map_model_cache.hpp) and so needs no GDAL or GEOS.
inline constexpr std::uint32_t kProjModuleApiVersion = 1;

struct ProjModuleApi {
    std::uint32_t version = kProjModuleApiVersion;
    /// A PROJ projector of `id`; throws geoio::ProjectionError.
    std::unique_ptr<core::Projector> (*makeProjector)(core::ProjectionId id);
};

}  // namespace atlas::geoio

/// Each module's one exported symbol: its table of entry points.
extern "C" const atlas::geoio::ModuleApi* atlas_geoio_module_api();
extern "C" const atlas::geoio::ProjModuleApi* atlas_proj_module_api();
