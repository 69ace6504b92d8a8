// Command-line parsing for every subcommand; errors are one line naming the bad option.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/geometry.hpp"
#include "core/projector.hpp"

namespace atlas::app {

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct Options {
    std::string command = "view";  // see kCommands in options.cpp
    std::optional<std::filesystem::path> geodata;
    std::optional<std::filesystem::path> corpus;
    std::optional<std::filesystem::path> workspace;  // --workspace DIR: the user's documents and gazetteer
    std::optional<std::filesystem::path> out;
    int width = 1920;
    int height = 1080;
    float scale = 1.0f;
    std::optional<core::BBox> bbox;  // lon/lat
    std::optional<int> year;
    std::optional<core::Date> date;                  // --date 2020-11-10 (YYYY, YYYY-MM or YYYY-MM-DD)
    core::ProjectionId projection = core::ProjectionId::LambertCaucasus;
    bool labels = true;
    bool graticule = true;
    bool legend = false;                             // --legend (render)
    std::string stamp;                               // --stamp TEXT (render): large text top-left, e.g. the year
    std::string footer;                              // --footer TEXT (render): citation footer
    bool json = false;
    bool csv = false;
    bool gaps = false;
    std::optional<std::filesystem::path> evaluate;  // index --evaluate DIR: score linking on annotated texts
    std::optional<std::pair<core::Date, core::Date>> range;  // --range 1991..1994, 2022-12-12..2023-09-19, 1991-1994
    std::string naming = "english";                  // --naming english|armenian|azerbaijani|both
    std::optional<std::string> select;               // --select FEATURE_ID
    std::optional<std::string> passage;              // --passage PASSAGE_ID
    std::optional<std::filesystem::path> view;       // --view view.json
    std::optional<std::filesystem::path> deck;       // --deck deck.json
    std::optional<int> slide;                        // --slide N (1-based)
    bool all = false;                                // --all (every slide)
    std::optional<std::filesystem::path> handout;    // --handout out.pdf (render --deck): the deck's PDF handout
    bool ui = false;                                 // --ui (render the whole window)
    bool present = false;                            // --present (render a slide as presentation shows it)
    std::string theme = "light";                     // --theme light|dark (with --present)
    std::string pngCompression = "fast";             // --png-compression fast|default|best (render)
    bool timings = false;                            // --timings: phases and their times on stderr
    std::optional<std::string> format;               // --format NAME (export)
    std::optional<int> soakFrames;                   // --soak FRAMES (viewer): the scripted long session
    std::uint64_t seed = 1;                          // --seed N (with --soak)
    // places / index --suggest / --workspace (docs/workspaces.md)
    std::optional<std::string> document;             // --document FILE (index --gaps, places suggest)
    bool suggest = false;                            // --suggest (index)
    std::optional<int> choice;                       // --choice N (places accept), from 1
    std::optional<std::string> geonamesId;           // --geonames ID (places accept)
    std::optional<core::Vec2> lonlat;                // --lonlat LON,LAT (places place)
    std::optional<std::string> kind;                 // --kind KIND (places place)
    bool route = false;                              // --route FROM-ID TO-ID (places place; the ids positional)
    std::optional<std::string> review;               // --review NAME (render --ui --workspace): the review panel
    // render --animate (docs/cli.md, "Animations"): the timeline from --from to --to into an animated GIF or WebP
    bool animate = false;
    std::optional<core::Date> from, to;              // --from D, --to D
    std::string step = "day";                        // --step year|month|day
    std::optional<double> fps;                       // --fps N: timeline steps per second of film
    std::vector<std::string> positional;             // command arguments that are not options
    std::vector<std::string> given;                  // every option named on the command line, in order

    /// True when `option` (e.g. "--year") was on the command line, not just defaulted.
    [[nodiscard]] bool wasGiven(const std::string& option) const;
};

/// Subcommands other people script against (see docs/cli.md).
bool isCommand(const std::string& name);

/// Parses argv; throws UsageError("--size: expected WIDTHxHEIGHT, got 'abc'") and the like.
Options parseOptions(const std::vector<std::string>& args);

std::string helpText();

}  // namespace atlas::app
