// The interface font atlas's cache files (application/font_atlas_file.hpp): built and written once, read back after,
// a damaged file rebuilt, the newest few kept. No GL: ImGui contexts with fonts and no backend.
#include <catch2/catch.hpp>

#include <imgui.h>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "application/font_atlas_file.hpp"
#include "core/atomic_file.hpp"
#include "ui/font_atlas_cache.hpp"
#include "ui/presenter_panels.hpp"

using namespace atlas;
namespace fs = std::filesystem;

namespace {

/// An ImGui context, current while it lives, holding the window's interface fonts as the application adds them.
struct FontsContext {
    ImGuiContext* context = nullptr;
    ImGuiContext* previous = nullptr;
    FontsContext() {
        previous = ImGui::GetCurrentContext();
        context = ImGui::CreateContext();
        ImGui::SetCurrentContext(context);  // CreateContext makes only the first context current
        REQUIRE(ui::addInterfaceFont(15.0f));
        ui::addPresenterFonts(15.0f, 1.0f, 1.0f);
    }
    ~FontsContext() {
        ImGui::DestroyContext(context);
        ImGui::SetCurrentContext(previous);
    }
    FontsContext(const FontsContext&) = delete;
    FontsContext& operator=(const FontsContext&) = delete;
    [[nodiscard]] static ImFontAtlas& atlas() { return *ImGui::GetIO().Fonts; }  // of the current context: this one
};

struct TempDir {
    fs::path path;
    TempDir() {
        static int n = 0;
        path = fs::temp_directory_path() / ("atlas-fontfiles-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

}  // namespace

TEST_CASE("font atlas files: built and written once, read back after; a damaged file is rebuilt", "[fontatlasfile]") {
    TempDir cache;
    std::string firstPixels;
    {
        FontsContext first;
        CHECK(app::buildFontAtlas(first.atlas(), cache.path) == app::FontAtlasSource::Built);
        REQUIRE(first.atlas().IsBuilt());
        firstPixels.assign(reinterpret_cast<const char*>(first.atlas().TexPixelsAlpha8),
                           static_cast<std::size_t>(first.atlas().TexWidth) * first.atlas().TexHeight);
    }
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(cache.path)) files.push_back(e.path());
    REQUIRE(files.size() == 1);
    CHECK(files[0].filename().string().rfind("imgui-atlas-", 0) == 0);
    {
        FontsContext second;
        CHECK(app::buildFontAtlas(second.atlas(), cache.path) == app::FontAtlasSource::Cache);
        REQUIRE(second.atlas().IsBuilt());
        CHECK(std::string(reinterpret_cast<const char*>(second.atlas().TexPixelsAlpha8), firstPixels.size()) == firstPixels);
    }
    REQUIRE_FALSE(core::writeFileAtomically(files[0], "damaged"));
    {
        FontsContext third;
        CHECK(app::buildFontAtlas(third.atlas(), cache.path) == app::FontAtlasSource::Built);
        CHECK(third.atlas().IsBuilt());
    }
    {
        FontsContext fourth;
        CHECK(app::buildFontAtlas(fourth.atlas(), cache.path) == app::FontAtlasSource::Cache);
    }
    FontsContext noCache;
    CHECK(app::buildFontAtlas(noCache.atlas(), {}) == app::FontAtlasSource::BuiltNotCached);
    CHECK(noCache.atlas().IsBuilt());
}

TEST_CASE("font atlas files: a folder keeps the newest atlas files only", "[fontatlasfile]") {
    TempDir cache;
    const auto countFiles = [&] {
        std::size_t n = 0;
        for (const auto& e : fs::directory_iterator(cache.path)) n += e.path().filename().string().rfind("imgui-atlas-", 0) == 0;
        return n;
    };
    REQUIRE_FALSE(core::writeFileAtomically(cache.path / "index-0123.bin", "not an atlas"));  // other caches stay
    const auto stamp = fs::file_time_type::clock::now();
    for (int i = 0; i < 6; ++i) {  // six interface sizes, one file each, written one after the other
        ImGuiContext* previous = ImGui::GetCurrentContext();
        ImGuiContext* context = ImGui::CreateContext();
        ImGui::SetCurrentContext(context);
        REQUIRE(ui::addInterfaceFont(9.0f + static_cast<float>(i), 1));
        CHECK(app::buildFontAtlas(*ImGui::GetIO().Fonts, cache.path) == app::FontAtlasSource::Built);
        const std::uint64_t key = ui::fontAtlasKey(*ImGui::GetIO().Fonts);
        ImGui::DestroyContext(context);
        ImGui::SetCurrentContext(previous);
        char name[48];
        std::snprintf(name, sizeof name, "imgui-atlas-%016llx.bin", static_cast<unsigned long long>(key));
        REQUIRE(fs::exists(cache.path / name));  // the file just written is always kept
        // Written times a second apart, oldest first, whatever the file system's timestamp resolution.
        fs::last_write_time(cache.path / name, stamp - std::chrono::seconds(10 - i));
        CHECK(countFiles() == std::min<std::size_t>(static_cast<std::size_t>(i) + 1, app::kFontAtlasFilesKept));
    }
    CHECK(fs::exists(cache.path / "index-0123.bin"));
    CHECK(app::pruneFontAtlasFiles(cache.path, 1) == app::kFontAtlasFilesKept - 1);
    CHECK(countFiles() == 1);
}
