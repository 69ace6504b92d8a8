// View state files and the session: reading/writing view JSON, id lookups, the reducer's context and command-line actions.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "application/atlas_session.hpp"
#include "application/options.hpp"
#include "core/explore/explorer.hpp"
#include "core/state/reducer.hpp"
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

/// The reducer's context for this session: home box, projector, `ids`, feature bounds (all borrowed).
core::ReduceContext reduceContextFor(const AtlasSession& session, const core::ViewLookup& ids);

/// Applies one action for a run without a window (`render`): the commands a command-line run needs are run here
/// (projection switches); problems are reported through `report`, others are ignored.
void dispatchHeadless(const core::Action& action, AtlasSession& session, const core::ViewLookup& ids,
                      core::AppState& state, const std::function<void(const core::LoadIssue&)>& report);

/// `--select ID` as an action, for the window and `render` alike: the action, or the problem line when ID is
/// neither a map feature nor an off-map place ("no feature 'x' on the map (gazetteer ids, see `caucasus-atlas
/// features`)").
struct SelectionOption {
    std::optional<core::Action> action;
    std::string problem;
};
SelectionOption selectOption(const std::string& id, const core::ViewLookup& ids);

/// The actions the command line asks for (projection, --year/--range, --naming, --no-labels, --no-graticule,
/// --legend, --stamp, --footer). On top of a view (`fromView`) only the options actually given count.
std::vector<core::Action> commandLineActions(const Options& o, bool fromView);

}  // namespace atlas::app
