// `caucasus-atlas export`: features, mentions or the gazetteer as GeoJSON, GeoPackage, CSV, Web Annotations or LPF.
#pragma once

#include <filesystem>

#include "application/options.hpp"

namespace atlas::app {

/// `export --format geojson|gpkg|csv|annotations|lpf --out FILE [--year Y | --range A-B]`. Writes the file
/// atomically and prints "FILE: N records" to stdout; throws UsageError for bad options. Returns the exit code.
int runExport(const Options& options, const std::filesystem::path& dataRoot);

}  // namespace atlas::app
