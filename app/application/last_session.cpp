// Last-session files (view, layout, file choosers): folder lookup by the XDG base directory rules, atomic writes through core.
#include "application/last_session.hpp"

#include <cstdlib>

#include "core/atomic_file.hpp"

namespace atlas::app {

std::optional<std::filesystem::path> configDir() {
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg && std::filesystem::path(xdg).is_absolute())
        return std::filesystem::path(xdg) / "caucasus-atlas";
    if (const char* home = std::getenv("HOME"); home && *home) return std::filesystem::path(home) / ".config" / "caucasus-atlas";
    return std::nullopt;
}

LastSessionFiles lastSessionFiles(const std::filesystem::path& dir) {
    return {dir / "last-view.json", dir / "layout.ini", dir / "files.json"};
}

std::optional<std::string> saveLastSession(const std::filesystem::path& dir, const std::string& viewJson,
                                           const std::string& layoutIni, const std::string& filesJson) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) return dir.string() + ": cannot create the folder: " + ec.message();
    const auto files = lastSessionFiles(dir);
    if (auto e = core::writeFileAtomically(files.view, viewJson)) return e;
    if (auto e = core::writeFileAtomically(files.files, filesJson)) return e;
    return core::writeFileAtomically(files.layout, layoutIni);
}

}  // namespace atlas::app
