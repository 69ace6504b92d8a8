// PNG encoding for `render`: libdeflate at a chosen level (fast by default), rows unfiltered.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace atlas::app {

enum class PngCompression { Fast, Default, Best };

/// "fast", "default" or "best"; nullopt for anything else.
std::optional<PngCompression> pngCompressionFromName(const std::string& name);

/// An RGBA8 image (rows top to bottom) as a complete PNG file in memory, RGB when every pixel is opaque; empty
/// when the encoder fails.
std::vector<std::uint8_t> encodePng(int width, int height, const std::vector<std::uint8_t>& rgba,
                                    PngCompression level);

}  // namespace atlas::app
