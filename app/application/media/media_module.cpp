// libcaucasus-atlas-media.so: the handout PDF and the animation encoders behind one table (media_module_api.hpp).
#include "application/media/media.hpp"
#include "application/media_module_api.hpp"

namespace {

using namespace atlas::app;

const MediaModuleApi kApi{kMediaModuleApiVersion, media::makeHandoutPdf, media::encodeGif, media::encodeWebp};

}  // namespace

extern "C" __attribute__((visibility("default"))) const MediaModuleApi* atlas_media_module_api() { return &kApi; }
