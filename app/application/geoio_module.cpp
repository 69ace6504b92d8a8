// dlopen of the geoio module: searched once per process and opened with lazy binding, as the executable's own
// libraries are (GDAL's ~100 libraries' symbols are resolved when first called); its table is kept for the process's
// life (never closed: objects it made, such as projectors, may live until exit).
#include "application/geoio_module.hpp"

#include <dlfcn.h>

#include <atomic>
#include <cstdlib>
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

fs::path runningProgram() {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : exe;
}

bool isInside(const fs::path& file, const fs::path& dir) {
    const auto rel = file.lexically_relative(dir);
    return !rel.empty() && *rel.begin() != "..";
}

std::vector<fs::path> moduleCandidates(const char* file, const char* variable) {
    if (const char* env = std::getenv(variable); env && *env) return {fs::path(env)};
    std::vector<fs::path> out;
    const fs::path exe = runningProgram();
    if (!exe.empty()) {
        out.push_back(exe.parent_path() / file);
        out.push_back((exe.parent_path() / ATLAS_MODULE_INSTALL_REL / file).lexically_normal());
    }
    const fs::path buildDir(ATLAS_MODULE_BUILD_DIR);
    if (!exe.empty() && isInside(exe, buildDir)) out.push_back(buildDir / file);
    return out;
}

/// The table `symbol` of the first of `candidates` that opens and has interface `version` (every table starts with
/// its version). Throws GeoioModuleError naming each file tried and why.
const void* openModule(const std::vector<fs::path>& candidates, const char* file, const char* symbol,
                       std::uint32_t version, const char* what) {
    std::string tried;
    for (const fs::path& path : candidates) {
        std::error_code ec;
        if (!fs::exists(path, ec)) {
            tried += "\n  " + path.string() + ": no such file";
            continue;
        }
        void* handle = dlopen(path.c_str(), RTLD_LAZY | RTLD_LOCAL);
        if (!handle) {
            const char* why = dlerror();
            tried += "\n  " + path.string() + ": " + (why ? why : "cannot be opened");
            continue;
        }
        using Entry = const void* (*)();
        const auto entry = reinterpret_cast<Entry>(dlsym(handle, symbol));
        const void* table = entry ? entry() : nullptr;
        const std::uint32_t found = table ? *static_cast<const std::uint32_t*>(table) : 0;
        if (!table || found != version) {
            tried += "\n  " + path.string() + ": " +
                     (table ? "interface version " + std::to_string(found) + ", this program needs " +
                                  std::to_string(version)
                            : std::string("not a caucasus-atlas module"));
            dlclose(handle);
            continue;
        }
        return table;
    }
    throw GeoioModuleError(std::string("cannot load the ") + what + " module " + file + "; tried:" +
                           (tried.empty() ? " nothing" : tried));
}

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
