// dlopen of the geoio module: searched once per process and opened with lazy binding, as the executable's own
// libraries are (GDAL's ~100 libraries' symbols are resolved when first called); its table is kept for the process's
// life (never closed: objects it made, such as projectors, may live until exit).
#include "application/geoio_module.hpp"

#include <atomic>
#include <mutex>
#include <string>

namespace atlas::app {

namespace fs = std::filesystem;

namespace {

struct Loaded {
    const geoio::ModuleApi* api = nullptr;
    core::DocumentReaders readers;
};

std::mutex g_loadMutex;
std::atomic<const Loaded*> g_loaded{nullptr};
std::atomic<const geoio::ProjModuleApi*> g_proj{nullptr};

}  // namespace

std::vector<fs::path> geoioModuleCandidates() { return moduleCandidates(kGeoioModuleFile, "ATLAS_GEOIO_MODULE"); }

std::vector<fs::path> projModuleCandidates() { return moduleCandidates(kProjModuleFile, "ATLAS_PROJ_MODULE"); }

const geoio::ModuleApi& geoioModule() {
    if (const Loaded* l = g_loaded.load(std::memory_order_acquire)) return *l->api;
    const std::lock_guard lock(g_loadMutex);
    if (const Loaded* l = g_loaded.load(std::memory_order_acquire)) return *l->api;
    const auto* api = static_cast<const geoio::ModuleApi*>(
        openModule(geoioModuleCandidates(), kGeoioModuleFile, "atlas_geoio_module_api", geoio::kModuleApiVersion,
                   "geodata"));
    auto* loaded = new Loaded{api, api->documentReaders()};  // lives as long as the process, like the module
    g_loaded.store(loaded, std::memory_order_release);
    return *api;
}

bool geoioModuleLoaded() { return g_loaded.load(std::memory_order_acquire) != nullptr; }

const geoio::ProjModuleApi& projModule() {
    if (const auto* api = g_proj.load(std::memory_order_acquire)) return *api;
    const std::lock_guard lock(g_loadMutex);
    if (const auto* api = g_proj.load(std::memory_order_acquire)) return *api;
    const auto* api = static_cast<const geoio::ProjModuleApi*>(openModule(
        projModuleCandidates(), kProjModuleFile, "atlas_proj_module_api", geoio::kProjModuleApiVersion, "projection"));
    g_proj.store(api, std::memory_order_release);
    return *api;
}

std::unique_ptr<core::Projector> makeProjector(core::ProjectionId id) { return projModule().makeProjector(id); }

core::DocumentReaders lazyDocumentReaders() {
    core::DocumentReaders readers;
    for (const std::string_view ext : geoio::kDocumentReaderExtensions)
        readers.emplace(std::string(ext), [key = std::string(ext)](const fs::path& path, std::string& error)
                                              -> std::optional<core::ExtractedText> {
            try {
                (void)geoioModule();
            } catch (const GeoioModuleError& e) {
                error = e.what();
                return std::nullopt;
            }
            const auto& loaded = g_loaded.load(std::memory_order_acquire)->readers;
            const auto it = loaded.find(key);
            if (it == loaded.end()) {
                error = "the geodata module has no reader for " + key;
                return std::nullopt;
            }
            return it->second(path, error);
        });
    return readers;
}

void cancelGeoioGeometryWork() {
    if (geoioModuleLoaded()) geoioModule().cancelGeometryWork(true);
}

}  // namespace atlas::app
