// Animated GIF (giflib) and animated WebP (libwebp's WebPAnimEncoder) from RGBA frames, written atomically.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace atlas::app {

enum class AnimationFormat { Gif, WebP };

/// The format an output name asks for: .gif or .webp (any case); nullopt for anything else.
std::optional<AnimationFormat> animationFormatFor(const std::filesystem::path& out);

/// One frame: width * height RGBA8 pixels, top row first, shown for `milliseconds`.
struct AnimationImage {
    std::vector<std::uint8_t> rgba;
    int milliseconds = 1000;
};

/// A 256-colour palette for all frames (median cut over a 5-bit-per-channel histogram; each colour the mean of the
/// pixels it stands for) and the frames as palette indices. Exposed for tests.
struct Palette {
    std::vector<std::uint8_t> rgb;  // 3 bytes per colour, at most 256 colours
    [[nodiscard]] std::size_t size() const { return rgb.size() / 3; }
};
Palette buildPalette(const std::vector<AnimationImage>& frames);

/// Encoded files in memory; empty with `error` set on failure. The encoders are in the media module, opened on the
/// first call (application/media_module.hpp); a module that cannot be opened is the error.
std::vector<std::uint8_t> encodeGif(int width, int height, const std::vector<AnimationImage>& frames, std::string& error);
std::vector<std::uint8_t> encodeWebp(int width, int height, const std::vector<AnimationImage>& frames,
                                     std::string& error);

/// Encodes and writes through core::writeFileAtomically. Returns the reason it failed (without the file name) or "".
std::string writeAnimation(const std::filesystem::path& out, AnimationFormat format, int width, int height,
                           const std::vector<AnimationImage>& frames);

}  // namespace atlas::app
