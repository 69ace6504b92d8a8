// Opens the geoio module (libcaucasus-atlas-geoio.so) and the projection module (libcaucasus-atlas-proj.so), see
// geoio/module_api.hpp, the first time one of their entry points is needed, so that commands and windows that do
// not read GDAL, PROJ or document formats never load them.
#pragma once

#include <filesystem>
#include <memory>
#include <stdexcept>
#include <vector>

#include "application/module_loader.hpp"
#include "core/corpus/document.hpp"
#include "geoio/module_api.hpp"

namespace atlas::app {

/// The module could not be found, opened, or is of another version. what() names the files tried and why.
using GeoioModuleError = ModuleError;

/// The modules' file names: geoio (GDAL, PROJ, GEOS, document readers) and projection (PROJ alone).
inline constexpr const char* kGeoioModuleFile = "libcaucasus-atlas-geoio.so";
inline constexpr const char* kProjModuleFile = "libcaucasus-atlas-proj.so";

/// Where the module is looked for, in order: $ATLAS_GEOIO_MODULE alone when it is set; else beside the executable,
/// the install's library folder (lib/caucasus-atlas relative to bin/), and the build folder when the running
/// program is inside it (test and benchmark programs).
std::vector<std::filesystem::path> geoioModuleCandidates();

/// Where the projection module is looked for: the same places ($ATLAS_PROJ_MODULE alone when it is set).
std::vector<std::filesystem::path> projModuleCandidates();

/// The module's entry points, opening it on the first call (thread-safe). Throws GeoioModuleError; a later call
/// tries again.
const geoio::ModuleApi& geoioModule();

/// Whether the module has been opened in this process.
bool geoioModuleLoaded();

/// The projection module's entry points, opened on the first call (thread-safe); throws GeoioModuleError.
const geoio::ProjModuleApi& projModule();

/// A PROJ projector of `id` from the projection module (which loads PROJ but not GDAL or GEOS).
std::unique_ptr<core::Projector> makeProjector(core::ProjectionId id);

/// One reader per geoio::kDocumentReaderExtensions that opens the module only when a file of that type is read
/// (a corpus whose PDFs come from the extraction cache never loads poppler). A module that cannot be opened
/// becomes the file's read error.
core::DocumentReaders lazyDocumentReaders();

/// Stops geometry work in progress in the module (geoio::cancelGeometryWork); nothing when it is not loaded.
void cancelGeoioGeometryWork();

}  // namespace atlas::app
