// The media module, opened on first need; makeHandoutPdf, encodeGif and encodeWebp of the program are its entry
// points, with a module that cannot be opened reported as their error.
#include "application/media_module.hpp"

#include <atomic>
#include <mutex>

namespace atlas::app {

namespace {

std::mutex g_mediaMutex;
std::atomic<const MediaModuleApi*> g_media{nullptr};

}  // namespace

std::vector<std::filesystem::path> mediaModuleCandidates() {
    return moduleCandidates(kMediaModuleFile, "ATLAS_MEDIA_MODULE");
}

const MediaModuleApi& mediaModule() {
    if (const auto* api = g_media.load(std::memory_order_acquire)) return *api;
    const std::lock_guard lock(g_mediaMutex);
    if (const auto* api = g_media.load(std::memory_order_acquire)) return *api;
    const auto* api = static_cast<const MediaModuleApi*>(openModule(
        mediaModuleCandidates(), kMediaModuleFile, "atlas_media_module_api", kMediaModuleApiVersion, "media"));
    g_media.store(api, std::memory_order_release);
    return *api;
}

bool mediaModuleLoaded() { return g_media.load(std::memory_order_acquire) != nullptr; }

HandoutPdf makeHandoutPdf(const core::Deck& deck, const std::vector<core::HandoutPageText>& texts,
                          const std::vector<HandoutMap>& maps) {
    try {
        return mediaModule().makeHandoutPdf(deck, texts, maps);
    } catch (const ModuleError& e) {
        HandoutPdf failed;
        failed.error = e.what();
        return failed;
    }
}

namespace {

/// An encoder of the module; a module that cannot be opened is the encoder's error.
template <typename Encoder>
std::vector<std::uint8_t> encodeWith(Encoder MediaModuleApi::*encoder, int width, int height,
                                     const std::vector<AnimationImage>& frames, std::string& error) {
    try {
        return (mediaModule().*encoder)(width, height, frames, error);
    } catch (const ModuleError& e) {
        error = e.what();
        return {};
    }
}

}  // namespace

std::vector<std::uint8_t> encodeGif(int width, int height, const std::vector<AnimationImage>& frames,
                                    std::string& error) {
    return encodeWith(&MediaModuleApi::encodeGif, width, height, frames, error);
}

std::vector<std::uint8_t> encodeWebp(int width, int height, const std::vector<AnimationImage>& frames,
                                     std::string& error) {
    return encodeWith(&MediaModuleApi::encodeWebp, width, height, frames, error);
}

}  // namespace atlas::app
