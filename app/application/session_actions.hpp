// Applies actions that need the session (projection, gazetteer-to-map lookups, fly-to framing) or the core.
#pragma once

#include "application/atlas_session.hpp"
#include "core/state/app_state.hpp"

namespace atlas::app {

void applySessionAction(const core::Action& action, AtlasSession& session, core::AppState& state);

/// A camera that frames a projected box comfortably (never closer than a town's scale).
core::Camera framingCamera(const core::BBox& bounds, const core::AppState& state);

}  // namespace atlas::app
