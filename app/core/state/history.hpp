// Undo and redo over the reducer: which actions are a step a user would undo, snapshots taken before them
// (drags coalesced), and restoring one without touching what belongs to the window or the session.
#pragma once

#include <cstddef>
#include <string>

#include "core/state/app_state.hpp"
#include "core/state/commands.hpp"

namespace atlas::core {

/// At most this many steps are kept; the oldest are dropped.
inline constexpr std::size_t kUndoLimit = 100;
/// Steps of the same kind closer together than this (a pan, a slider dragged) are one step.
inline constexpr double kCoalesceSeconds = 1.0;

/// The coalescing key of an undoable action ("camera", "time", "layer-opacity:corridors", "deck-text:3", or a
/// key of its own); empty for actions that are not undone on their own (ticks, hovers, viewport, play, search
/// text, presenting, file requests and the answers from the app).
std::string undoKey(const Action& action);

/// Records `state` as the step before `action` when the action is undoable (coalescing a run of the same key
/// within kCoalesceSeconds of Tick time); advances the history's clock on Tick. Called by core::apply.
void recordStep(AppState& state, const Action& action);

/// Restores the newest snapshot of `from` (past for undo, future for redo), moving the current state to the
/// other list. Kept from the current state: the window (viewport, cursor, hover, fullscreen), the presentation,
/// the deck's saved copy (unsaved mark recomputed against it), the history. User layers that come back are read
/// again. A different projection comes back through command::SwitchProjection. False: nothing to restore.
bool restoreStep(AppState& state, bool redo, Commands& out);

[[nodiscard]] inline bool canUndo(const AppState& s) { return !s.history.past.empty(); }
[[nodiscard]] inline bool canRedo(const AppState& s) { return !s.history.future.empty(); }

/// The window's title: "Caucasus Atlas — talk.json •" (the deck or the view file, and an unsaved mark).
std::string windowTitle(const AppState& state);

}  // namespace atlas::core
