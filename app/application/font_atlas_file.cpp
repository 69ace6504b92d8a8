// The interface font atlas's cache files: found by key, mapped, written atomically, pruned (font_atlas_file.hpp).
#include "application/font_atlas_file.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "core/atomic_file.hpp"
#include "core/corpus/mapped_file.hpp"
#include "ui/font_atlas_cache.hpp"

namespace atlas::app {

FontAtlasSource buildFontAtlas(ImFontAtlas& atlas, const std::filesystem::path& cacheDir) {
    if (atlas.ConfigData.Size == 0 || cacheDir.empty()) {
        atlas.Build();
        return FontAtlasSource::BuiltNotCached;
    }
    const std::uint64_t key = ui::fontAtlasKey(atlas);
    std::filesystem::path file;
    if (key != 0) {
        char name[48];
        std::snprintf(name, sizeof name, "imgui-atlas-%016llx.bin", static_cast<unsigned long long>(key));
        file = cacheDir / name;
        core::MappedFile mapped;  // the page cache's pages, not a copy: reading 4.6 MB into fresh memory took 40 ms
        if (mapped.open(file)) {
            std::string error;  // a stale or damaged file is only rebuilt
            if (ui::decodeFontAtlas(atlas, mapped.bytes(), key, error)) return FontAtlasSource::Cache;
        }
    }
    atlas.Build();
    if (key == 0 || !atlas.TexPixelsAlpha8) return FontAtlasSource::BuiltNotCached;
    const std::string bytes = ui::encodeFontAtlas(atlas, key);
    std::error_code ec;
    std::filesystem::create_directories(cacheDir, ec);
    if (bytes.empty() || core::writeFileAtomically(file, bytes)) return FontAtlasSource::BuiltNotCached;
    pruneFontAtlasFiles(cacheDir, kFontAtlasFilesKept);
    return FontAtlasSource::Built;
}

std::size_t pruneFontAtlasFiles(const std::filesystem::path& cacheDir, std::size_t keep) {
    namespace fs = std::filesystem;
    std::vector<std::pair<fs::file_time_type, fs::path>> files;
    std::error_code ec;
    for (fs::directory_iterator it(cacheDir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.rfind("imgui-atlas-", 0) != 0 || it->path().extension() != ".bin") continue;
        std::error_code timeError;
        const auto time = fs::last_write_time(it->path(), timeError);
        if (!timeError) files.emplace_back(time, it->path());
    }
    if (files.size() <= keep) return 0;
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.first > b.first; });  // newest first
    std::size_t removed = 0;
    for (std::size_t i = keep; i < files.size(); ++i) removed += fs::remove(files[i].second, ec) ? 1 : 0;
    return removed;
}

}  // namespace atlas::app
