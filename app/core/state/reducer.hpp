// The reducer: core::apply is the only code that changes the application state. It is pure: what it needs of the
// loaded world comes in a read-only ReduceContext, and the side effects it asks for come back as commands.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

#include "core/geometry.hpp"
#include "core/projector.hpp"
#include "core/state/actions.hpp"
#include "core/state/app_state.hpp"
#include "core/state/commands.hpp"
#include "core/state/view_conversion.hpp"

namespace atlas::core {

/// What the reducer may consult, built by the app from the session before each batch of actions. Every member is
/// optional: without a projector or lookup no view is shown or saved (a report says so), without `boundsOf`
/// nothing is framed.
struct ReduceContext {
    BBox homeBounds;                     // the whole region, projected
    const Projector* projector = nullptr;  // the session's current projection
    const ViewLookup* ids = nullptr;       // feature and passage ids <-> indices
    std::function<BBox(const std::vector<std::size_t>&)> boundsOf;  // projected bounds of map features
    std::function<BBox(std::uint32_t)> userLayerBounds;  // projected bounds of a loaded user layer (empty: none)
    const std::vector<GazetteerFeature>* gazetteer = nullptr;  // the loaded gazetteer (base + user): review ids, aliases
};

/// Applies one action to `state`; returns the side effects it asks for, in order, for the app to run.
Commands apply(AppState& state, const Action& action, const ReduceContext& context);
/// The same with only the home box known (camera, time, layers, selection: what needs no loaded world).
Commands apply(AppState& state, const Action& action, const BBox& homeBounds);

/// The camera that frames `bounds` (projected) in the state's viewport, a town with its surroundings.
Camera framingCamera(const BBox& bounds, const AppState& state);

}  // namespace atlas::core
