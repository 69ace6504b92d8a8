// What the media module (libcaucasus-atlas-media.so) does: the deck's PDF handout (cairo, pango) and the animation
// encoders (giflib, libwebp). Built into the module only; the program reaches it through media_module_api.hpp.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "application/animation_writer.hpp"
#include "application/handout_pdf.hpp"

namespace atlas::app::media {

HandoutPdf makeHandoutPdf(const core::Deck& deck, const std::vector<core::HandoutPageText>& texts,
                          const std::vector<HandoutMap>& maps);
std::vector<std::uint8_t> encodeGif(int width, int height, const std::vector<AnimationImage>& frames, std::string& error);
std::vector<std::uint8_t> encodeWebp(int width, int height, const std::vector<AnimationImage>& frames,
                                     std::string& error);

}  // namespace atlas::app::media
