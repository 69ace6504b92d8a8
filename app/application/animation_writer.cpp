// Animation files: the format an output name asks for, and the encoded frames written atomically. The encoders
// (giflib, libwebp) are in the media module (application/media_module.hpp).
#include "application/animation_writer.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "core/atomic_file.hpp"

namespace atlas::app {

std::optional<AnimationFormat> animationFormatFor(const std::filesystem::path& out) {
    std::string ext = out.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (ext == ".gif") return AnimationFormat::Gif;
    if (ext == ".webp") return AnimationFormat::WebP;
    return std::nullopt;
}

std::string writeAnimation(const std::filesystem::path& out, AnimationFormat format, int width, int height,
                           const std::vector<AnimationImage>& frames) {
    if (frames.empty()) return "no frames to write";
    for (const auto& f : frames)
        if (f.rgba.size() != static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4)
            return "a frame is not " + std::to_string(width) + "x" + std::to_string(height);
    std::string error;
    const auto bytes = format == AnimationFormat::Gif ? encodeGif(width, height, frames, error)
                                                      : encodeWebp(width, height, frames, error);
    if (bytes.empty()) return error.empty() ? "cannot encode the animation" : error;
    const auto written = core::writeFileAtomically(
        out, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
    if (!written) return {};
    const std::string prefix = out.string() + ": ";
    return written->starts_with(prefix) ? written->substr(prefix.size()) : *written;
}

}  // namespace atlas::app
