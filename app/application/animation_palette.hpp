// The GIF palette of an animation: median cut over a 5-bit-per-channel histogram, each colour the mean of the pixels
// it stands for (buildPalette, declared in animation_writer.hpp), and the palette index of every colour that occurs.
#pragma once

#include <cstdint>
#include <vector>

#include "application/animation_writer.hpp"

namespace atlas::app {

/// The 5-bit-per-channel bin (0 .. 32767) of an RGBA pixel.
int paletteBinOf(const std::uint8_t* rgba);

/// Palette index of each bin that occurs in `frames` (the nearest colour; the map's flat colours land on
/// themselves), indexed by paletteBinOf.
std::vector<std::uint8_t> paletteIndexOfBins(const Palette& p, const std::vector<AnimationImage>& frames);

}  // namespace atlas::app
