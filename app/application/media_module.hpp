// Opens the media module (libcaucasus-atlas-media.so, media_module_api.hpp) the first time a handout is made or an
// animation encoded, so that no other command or window loads cairo, pango, giflib or libwebp. The program calls
// makeHandoutPdf (handout_pdf.hpp) and encodeGif / encodeWebp (animation_writer.hpp), which go through it.
#pragma once

#include <filesystem>
#include <vector>

#include "application/media_module_api.hpp"
#include "application/module_loader.hpp"

namespace atlas::app {

inline constexpr const char* kMediaModuleFile = "libcaucasus-atlas-media.so";

/// Where the media module is looked for: as the geoio module ($ATLAS_MEDIA_MODULE alone when it is set).
std::vector<std::filesystem::path> mediaModuleCandidates();

/// The module's entry points, opening it on the first call (thread-safe). Throws ModuleError; a later call tries
/// again.
const MediaModuleApi& mediaModule();

/// Whether the module has been opened in this process.
bool mediaModuleLoaded();

}  // namespace atlas::app
