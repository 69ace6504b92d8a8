// View state files and the session: reading/writing view JSON, id lookups, applying a view to the window state.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "application/atlas_session.hpp"
#include "application/options.hpp"
#include "core/explore/explorer.hpp"
#include "core/state/view_conversion.hpp"

namespace atlas::app {

/// The feature and passage id tables for this session (passages only when `data` is loaded).
core::ViewLookup lookupFor(const AtlasSession& session, const core::AtlasData* data);

struct ViewFileLoad {
    std::optional<core::ViewState> view;  // nullopt: refused, `error` says why
    std::string error;                    // why, without the file name: "not valid JSON (at byte 71)"
    std::vector<std::string> warnings;    // "'time.year' is not an integer; using no year"
};
ViewFileLoad loadViewFile(const std::filesystem::path& path);

/// Writes the view document atomically; returns an error line naming the file, or nullopt.
std::optional<std::string> saveViewFile(const core::ViewState& view, const std::filesystem::path& path);

/// Switches the session to the view's projection, then sets the state to the view; returns problem lines.
std::vector<std::string> applyView(const core::ViewState& view, AtlasSession& session, const core::AtlasData* data,
                                   core::AppState& state);

/// What the state shows, as a view state.
core::ViewState currentView(const core::AppState& state, const AtlasSession& session, const core::AtlasData* data);

/// Sets what the command line says (projection, --year/--range, --naming, --no-labels, --no-graticule, --legend,
/// --stamp, --footer). On top of a view (`fromView`) only the options actually given are applied.
void applyCommandLineOptions(const Options& o, AtlasSession& session, core::AppState& state, bool fromView);

}  // namespace atlas::app
