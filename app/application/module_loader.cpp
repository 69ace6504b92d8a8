// Finding and opening the program's run-time modules (geoio, projection, media): searched where the program is,
// opened with lazy binding and RTLD_LOCAL, never closed (objects a module made may live until exit).
#include "application/module_loader.hpp"

#include <dlfcn.h>

#include <cstdlib>
#include <string>

namespace atlas::app {

namespace fs = std::filesystem;

namespace {

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
    throw ModuleError(std::string("cannot load the ") + what + " module " + file + "; tried:" +
                           (tried.empty() ? " nothing" : tried));
}


}  // namespace atlas::app
