// Commands: the side effects an action asks for (reading and writing files, switching projection, fullscreen,
// searching, reporting), returned by core::apply as plain data and run by the application afterwards.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/load_issue.hpp"
#include "core/present/deck.hpp"
#include "core/present/present_types.hpp"
#include "core/projector.hpp"
#include "core/state/actions.hpp"
#include "core/state/view_state.hpp"

namespace atlas::core {

namespace command {
/// Rebuild the scene in another projection, then apply `then` (e.g. the ShowView that asked for it): the app
/// answers with action::ProjectionSwitched before `then`.
struct SwitchProjection { ProjectionId id; std::vector<Action> then; };
/// Read a view file and show it (action::ShowView), or report why it cannot be.
struct ReadViewFile { std::string path; };
/// Write `view` to `path` atomically, or report why it cannot be. The writers replace an existing file only with
/// `overwrite` (the user's confirmation) and never write a type the extension does not name
/// (core::writeRefusal, applied to every write command by core::refuseWrite).
struct WriteViewFile { std::string path; ViewState view; bool overwrite = false; };
/// Draw the map offscreen as the state shows it and write the PNG (File > Export map as PNG…).
struct ExportPng { action::ExportPng request; };
/// Draw every slide of `deck` offscreen and write its PDF handout (File > Export handout…).
struct ExportHandout { Deck deck; std::string path; bool overwrite = false; };
/// Read a deck file (action::DeckOpened), or report why it cannot be.
struct ReadDeckFile { std::string path; };
/// Write the deck atomically (action::DeckSaved), keeping the original of a partially loaded file.
struct WriteDeckFile { Deck deck; DeckOrigin origin; std::string path; bool overwrite = false; };
/// The deck was never saved: ask where (the Deck panel's Save as popup).
struct AskDeckPath {};
/// Enter or leave fullscreen (presenting).
struct SetFullscreen { bool on; };
/// Build the scene in the palette of a presentation theme, or the window's own (`presenting` false).
struct SetMapTheme { bool presenting; PresentTheme theme; };
/// A problem to show in the Load problems list (and on stderr when the app does so for its kind).
struct Report { LoadIssue issue; };
/// Workspaces (core/workspace): open or create the folder (action::WorkspaceOpened, then a reindex), copy
/// documents in (asking before replacing one), move one to documents/.removed or back, write a manifest entry,
/// index the corpus again in the background (action::CorpusReindexed when done).
struct OpenWorkspace { std::string path; bool create = false; bool allowNonEmpty = false; };
struct CopyDocuments { std::string root; std::vector<std::string> paths; bool overwrite = false; };
struct RemoveDocumentFile { std::string root; std::string file; };
struct RestoreDocumentFile { std::string root; std::string file; std::optional<DocumentMeta> meta; };
struct WriteDocumentMeta { std::string root; DocumentMeta meta; };
struct Reindex {};
/// The review changed the workspace's gazetteer.user.geojson and review.json: write both atomically (then a
/// Reindex relinks the corpus).
struct WritePlacesFiles { std::string root; UserGazetteer user; ReviewMemory memory; };
}  // namespace command

using Command = std::variant<command::SwitchProjection, command::ReadViewFile, command::WriteViewFile,
                             command::ExportPng, command::ExportHandout, command::ReadDeckFile, command::WriteDeckFile, command::AskDeckPath,
                             command::SetFullscreen, command::SetMapTheme, command::Report, command::OpenWorkspace,
                             command::CopyDocuments, command::RemoveDocumentFile, command::RestoreDocumentFile,
                             command::WriteDocumentMeta, command::Reindex, command::WritePlacesFiles>;
using Commands = std::vector<Command>;

}  // namespace atlas::core
