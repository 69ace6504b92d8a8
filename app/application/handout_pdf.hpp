// The deck's handout as a PDF: cairo's PDF surface, text set by pango (selectable, any script the fonts cover).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/present/deck.hpp"
#include "core/present/handout.hpp"

namespace atlas::app {

/// A slide's map: RGBA rows, top row first (RenderTarget::readPixels).
struct HandoutMap {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;
};

struct HandoutPdf {
    std::string bytes;     // the PDF; empty on failure
    std::size_t pages = 0;
    std::string error;     // why nothing was made
};
/// One page per slide (texts[i] beside maps[i]; a missing or empty map leaves its box blank), plus a continuation
/// page after a slide whose text does not fit even at the smallest size.
HandoutPdf makeHandoutPdf(const core::Deck& deck, const std::vector<core::HandoutPageText>& texts,
                          const std::vector<HandoutMap>& maps);

}  // namespace atlas::app
