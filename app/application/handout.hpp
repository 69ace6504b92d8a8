// A deck's PDF handout: each slide's map drawn offscreen, its texts beside it (handout_pdf), written atomically.
// Shared by `render --deck D --handout out.pdf` and File > Export handout… in the window.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "application/options.hpp"
#include "core/present/deck.hpp"
#include "core/state/actions.hpp"

namespace atlas::core {
struct AtlasData;
}

namespace atlas::app {

class AtlasSession;

struct HandoutRequest {
    std::filesystem::path out;
    /// The map's size in interface pixels (the size the slide's view was framed for); the image has
    /// core::kHandoutMapPixelScale times as many pixels each way.
    int width = 1920;
    int height = 1080;
    /// Actions applied on top of each slide's view (the command line's --date, --naming, …).
    std::vector<core::Action> extra;
    /// The projection the session's scene is in now; a slide in another one switches it, and it is switched back
    /// after the last slide (the window's map stays as it was).
    core::ProjectionId sessionProjection = core::ProjectionId::LambertCaucasus;
};

struct HandoutWritten {
    std::optional<std::string> error;  // nullopt: written; else why not, without the file name
    std::size_t pages = 0;
    std::vector<std::string> warnings;  // problems with a slide's view or layers (the handout is still written)
};

/// Draws every slide's map with `session` (a GL context must be current), sets the pages and writes the PDF to
/// `request.out` atomically (an existing file is replaced: callers ask first). `data`: the corpus for the quotes
/// (null: no quotes).
HandoutWritten writeHandout(AtlasSession& session, const core::AtlasData* data, const core::Deck& deck,
                            const std::string& deckLabel, const HandoutRequest& request);

/// `caucasus-atlas render --deck D.json --handout out.pdf`: 0 when written, 1 after printing one error line that
/// names the file.
int runHandout(const Options& options, const std::filesystem::path& dataRoot);

}  // namespace atlas::app
