#include "application/data_root.hpp"

#include <cstdlib>
#include <vector>

namespace atlas::app {

namespace fs = std::filesystem;

std::optional<fs::path> findDataRoot(const fs::path& executable) {
    std::vector<fs::path> candidates;
    if (const char* env = std::getenv("ATLAS_DATA_DIR"); env && *env) candidates.emplace_back(env);
    std::error_code ec;
    const fs::path exe = fs::weakly_canonical(executable, ec);
    if (!exe.empty()) candidates.push_back(exe.parent_path().parent_path() / "share" / "caucasus-atlas");
#ifdef ATLAS_SOURCE_DATA_DIR
    candidates.emplace_back(ATLAS_SOURCE_DATA_DIR);
#endif
    for (const auto& c : candidates)
        if (fs::is_directory(c / "geodata", ec)) return c;
    return std::nullopt;
}

}  // namespace atlas::app
