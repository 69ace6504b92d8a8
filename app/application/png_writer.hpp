// PNG encoding for `render`: libdeflate at a chosen level (fast by default; with zlib on a second thread for a
// large image), rows unfiltered.
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
/// when the encoder fails. `parts`: 0 lets the encoder choose (two parts compressed at once, zlib's then
/// libdeflate's, for a large image at the fast level on a machine with two cores or more), 1 one libdeflate
/// stream, 2 two parts whatever the size and level (tests).
std::vector<std::uint8_t> encodePng(int width, int height, const std::vector<std::uint8_t>& rgba,
                                    PngCompression level, int parts = 0);

}  // namespace atlas::app
