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

fs::path runningProgram() {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : exe;
}

bool isInside(const fs::path& file, const fs::path& dir) {
    const auto rel = file.lexically_relative(dir);
    return !rel.empty() && *rel.begin() != "..";
}

}  // namespace

std::vector<fs::path> geoioModuleCandidates() {
    if (const char* env = std::getenv("ATLAS_GEOIO_MODULE"); env && *env) return {fs::path(env)};
    std::vector<fs::path> out;
    const fs::path exe = runningProgram();
    if (!exe.empty()) {
        out.push_back(exe.parent_path() / kGeoioModuleFile);
        out.push_back((exe.parent_path() / ATLAS_MODULE_INSTALL_REL / kGeoioModuleFile).lexically_normal());
    }
    const fs::path buildDir(ATLAS_MODULE_BUILD_DIR);
    if (!exe.empty() && isInside(exe, buildDir)) out.push_back(buildDir / kGeoioModuleFile);
    return out;
}

const geoio::ModuleApi& geoioModule() {
    if (const Loaded* l = g_loaded.load(std::memory_order_acquire)) return *l->api;
    const std::lock_guard lock(g_loadMutex);
    if (const Loaded* l = g_loaded.load(std::memory_order_acquire)) return *l->api;
    std::string tried;
    for (const fs::path& file : geoioModuleCandidates()) {
        std::error_code ec;
        if (!fs::exists(file, ec)) {
            tried += "\n  " + file.string() + ": no such file";
            continue;
        }
        void* handle = dlopen(file.c_str(), RTLD_LAZY | RTLD_LOCAL);
        if (!handle) {
            const char* why = dlerror();
            tried += "\n  " + file.string() + ": " + (why ? why : "cannot be opened");
            continue;
        }
        using Entry = const geoio::ModuleApi* (*)();
        const auto entry = reinterpret_cast<Entry>(dlsym(handle, "atlas_geoio_module_api"));
        const geoio::ModuleApi* api = entry ? entry() : nullptr;
        if (!api || api->version != geoio::kModuleApiVersion) {
            tried += "\n  " + file.string() + ": " +
                     (api ? "interface version " + std::to_string(api->version) + ", this program needs " +
                                std::to_string(geoio::kModuleApiVersion)
                          : std::string("not a caucasus-atlas geoio module"));
            dlclose(handle);
            continue;
        }
        auto* loaded = new Loaded{api, api->documentReaders()};  // lives as long as the process, like the module
        g_loaded.store(loaded, std::memory_order_release);
        return *api;
    }
    throw GeoioModuleError(std::string("cannot load the geodata module ") + kGeoioModuleFile +
                           " (GDAL, PROJ and document readers); tried:" + (tried.empty() ? " nothing" : tried));
}

bool geoioModuleLoaded() { return g_loaded.load(std::memory_order_acquire) != nullptr; }

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
