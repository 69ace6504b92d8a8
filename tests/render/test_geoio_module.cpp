// The geoio module (application/geoio_module.hpp): found from a program in the build tree, opened once, its
// document readers reached lazily; a module that is missing is named in the error. The media module likewise.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <optional>
#include <string>

#include "application/animation_writer.hpp"
#include "application/geoio_module.hpp"
#include "application/media_module.hpp"
#include "geoio/vector_reader.hpp"

using namespace atlas;
using namespace atlas::app;

namespace {

/// Sets an environment variable for one scope (the tests run on one thread).
struct ScopedEnv {
    ScopedEnv(const char* name, const char* value) : m_name(name) {
        if (const char* old = std::getenv(name)) m_old = old;
        ::setenv(name, value, 1);
    }
    ~ScopedEnv() {
        if (m_old) ::setenv(m_name, m_old->c_str(), 1);
        else ::unsetenv(m_name);
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    const char* m_name;
    std::optional<std::string> m_old;
};

}  // namespace

TEST_CASE("geoio module: ATLAS_GEOIO_MODULE is the only place looked at when it is set", "[geoio-module]") {
    const ScopedEnv env("ATLAS_GEOIO_MODULE", "/nonexistent/libcaucasus-atlas-geoio.so");
    const auto candidates = geoioModuleCandidates();
    REQUIRE(candidates.size() == 1);
    CHECK(candidates[0] == "/nonexistent/libcaucasus-atlas-geoio.so");
}

TEST_CASE("geoio module: a test program in the build tree finds the build's module", "[geoio-module]") {
    const ScopedEnv env("ATLAS_GEOIO_MODULE", "");
    const auto candidates = geoioModuleCandidates();
    REQUIRE(candidates.size() == 3);  // beside the program, the install's lib folder, the build folder
    CHECK(candidates.back() == std::filesystem::path(ATLAS_TEST_BUILD_DIR) / kGeoioModuleFile);
    CHECK(candidates[1].filename() == kGeoioModuleFile);
    CHECK(candidates[1].parent_path().filename() == "caucasus-atlas");  // <prefix>/lib[/<arch>]/caucasus-atlas
}

TEST_CASE("geoio module: opens once, with its readers for every listed extension", "[geoio-module]") {
    const ScopedEnv env("ATLAS_GEOIO_MODULE", "");
    const geoio::ModuleApi& api = geoioModule();
    CHECK(geoioModuleLoaded());
    CHECK(api.version == geoio::kModuleApiVersion);
    CHECK(&geoioModule() == &api);
    const core::DocumentReaders readers = api.documentReaders();
    REQUIRE(readers.size() == geoio::kDocumentReaderExtensions.size());
    for (const auto ext : geoio::kDocumentReaderExtensions) CHECK(readers.count(std::string(ext)) == 1);

    // The lazy readers reach the module's: the bundled HTML fixture reads the same through both.
    const auto lazy = lazyDocumentReaders();
    REQUIRE(lazy.size() == readers.size());
    const std::filesystem::path html = std::filesystem::path(ATLAS_TEST_SOURCE_DIR) / "tests/data/formats/article.html";
    std::string e1, e2;
    const auto direct = readers.at(".html")(html, e1);
    const auto viaLazy = lazy.at(".html")(html, e2);
    REQUIRE(direct);
    REQUIRE(viaLazy);
    CHECK(viaLazy->text == direct->text);
    CHECK(viaLazy->title == direct->title);
    CHECK(direct->text.size() > 100);

    // The projection module's projector is a PROJ one: Yerevan projects and comes back.
    const auto projector = makeProjector(core::ProjectionId::LambertCaucasus);
    const auto xy = projector->forward({44.5152, 40.1872});
    REQUIRE(xy);
    const auto back = projector->inverse(*xy);
    REQUIRE(back);
    CHECK(back->x == Approx(44.5152).margin(1e-7));
    CHECK(back->y == Approx(40.1872).margin(1e-7));
}

TEST_CASE("geoio module: its exceptions are caught by type in the program", "[geoio-module]") {
    const ScopedEnv env("ATLAS_GEOIO_MODULE", "");
    // Thrown inside the module (whose own symbols are hidden), caught here by the program's copy of the type.
    bool caught = false;
    try {
        (void)geoioModule().loadUserLayer("/nonexistent/folder/sites.geojson");
    } catch (const geoio::GeoDataError& e) {
        caught = true;
        CHECK(e.file() == "/nonexistent/folder/sites.geojson");
        CHECK(!e.reason().empty());
    }
    CHECK(caught);
}

TEST_CASE("media module: found as the geoio module is, ATLAS_MEDIA_MODULE alone when set", "[geoio-module][media]") {
    {
        const ScopedEnv env("ATLAS_MEDIA_MODULE", "/nonexistent/libcaucasus-atlas-media.so");
        const auto candidates = mediaModuleCandidates();
        REQUIRE(candidates.size() == 1);
        CHECK(candidates[0] == "/nonexistent/libcaucasus-atlas-media.so");
    }
    const ScopedEnv env("ATLAS_MEDIA_MODULE", "");
    const auto candidates = mediaModuleCandidates();
    REQUIRE(candidates.size() == 3);
    CHECK(candidates.back() == std::filesystem::path(ATLAS_TEST_BUILD_DIR) / kMediaModuleFile);
    CHECK(candidates[1].parent_path().filename() == "caucasus-atlas");
}

TEST_CASE("media module: a missing file is named, a wrong one refused, each with the reason", "[geoio-module][media]") {
    CHECK_THROWS_WITH(openModule({"/nonexistent/libcaucasus-atlas-media.so"}, kMediaModuleFile,
                                 "atlas_media_module_api", kMediaModuleApiVersion, "media"),
                      Catch::Contains("cannot load the media module libcaucasus-atlas-media.so; tried:\n"
                                      "  /nonexistent/libcaucasus-atlas-media.so: no such file"));
    // The projection module is a module, but not the media one: it has no media table.
    const auto proj = std::filesystem::path(ATLAS_TEST_BUILD_DIR) / kProjModuleFile;
    CHECK_THROWS_WITH(openModule({proj}, kMediaModuleFile, "atlas_media_module_api", kMediaModuleApiVersion, "media"),
                      Catch::Contains(proj.string() + ": not a caucasus-atlas module"));
}

TEST_CASE("media module: opens once; the program's encoders are the module's", "[geoio-module][media]") {
    const ScopedEnv env("ATLAS_MEDIA_MODULE", "");
    const MediaModuleApi& api = mediaModule();
    CHECK(mediaModuleLoaded());
    CHECK(api.version == kMediaModuleApiVersion);
    CHECK(&mediaModule() == &api);
    std::vector<AnimationImage> frames(2);
    for (std::size_t i = 0; i < frames.size(); ++i) {
        frames[i].rgba.assign(8 * 6 * 4, static_cast<std::uint8_t>(40 + 100 * i));
        frames[i].milliseconds = 250;
    }
    std::string error;
    const auto viaProgram = encodeGif(8, 6, frames, error);
    CHECK(error.empty());
    const auto viaModule = api.encodeGif(8, 6, frames, error);
    CHECK(error.empty());
    REQUIRE(viaProgram.size() > 6);
    CHECK(viaProgram == viaModule);
    CHECK(std::string(viaProgram.begin(), viaProgram.begin() + 6) == "GIF89a");
}
