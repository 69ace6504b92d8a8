// The table the media module (libcaucasus-atlas-media.so) exports: the deck's PDF handout (cairo, pango) and the
// animation encoders (giflib, libwebp), ~35 shared libraries that every start of the program would otherwise load.
// The program and the module are built together; the version tells a stale module apart.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "application/animation_writer.hpp"
#include "application/handout_pdf.hpp"

namespace atlas::app {

/// Bumped whenever the table or a type it passes changes.
inline constexpr std::uint32_t kMediaModuleApiVersion = 1;

struct MediaModuleApi {
    std::uint32_t version;  // first, as in every module table
    HandoutPdf (*makeHandoutPdf)(const core::Deck& deck, const std::vector<core::HandoutPageText>& texts,
                                 const std::vector<HandoutMap>& maps);
    std::vector<std::uint8_t> (*encodeGif)(int width, int height, const std::vector<AnimationImage>& frames,
                                           std::string& error);
    std::vector<std::uint8_t> (*encodeWebp)(int width, int height, const std::vector<AnimationImage>& frames,
                                            std::string& error);
};

}  // namespace atlas::app
