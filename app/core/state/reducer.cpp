// core::apply: dispatches each action to its area's reduce() (core/state/apply_*.cpp); the shared helpers.
#include "core/state/reducer.hpp"

#include "core/state/history.hpp"
#include "core/state/reducer_detail.hpp"

namespace atlas::core {

Commands apply(AppState& state, const Action& action, const ReduceContext& context) {
    Commands out;
    recordStep(state, action);
    std::visit([&](const auto& a) { detail::reduce(state, a, context, out); }, action);
    return out;
}

Commands apply(AppState& state, const Action& action, const BBox& homeBounds) {
    ReduceContext context;
    context.homeBounds = homeBounds;
    return apply(state, action, context);
}

Camera framingCamera(const BBox& bounds, const AppState& state) {
    Camera c = state.camera;
    BBox b = bounds;
    const double minSpan = 60000.0;  // metres: a single town is shown with its surroundings
    if (b.width() < minSpan) {
        b.minX = b.center().x - minSpan / 2;
        b.maxX = b.minX + minSpan;
    }
    if (b.height() < minSpan) {
        b.minY = b.center().y - minSpan / 2;
        b.maxY = b.minY + minSpan;
    }
    c.fit(b, state.viewport, 80.0);
    return c;
}

namespace detail {

void report(Commands& out, Severity severity, std::string file, std::string message) {
    out.emplace_back(command::Report{{severity, std::move(file), "", std::move(message)}});
}

std::optional<ViewState> currentView(const AppState& s, const ReduceContext& ctx) {
    if (!ctx.projector || !ctx.ids) return std::nullopt;
    return toViewState(s, *ctx.projector, *ctx.ids);
}

bool showView(AppState& s, const ViewState& view, const std::string& source, const ReduceContext& ctx, Commands& out,
              Action retry) {
    if (!ctx.projector || !ctx.ids) {
        report(out, Severity::Warning, source, "the map is not loaded yet; the view was not shown");
        return false;
    }
    if (view.camera.projection != ctx.projector->id()) {
        out.emplace_back(command::SwitchProjection{view.camera.projection, {std::move(retry)}});
        return false;
    }
    s.carried.viewSource = source;
    for (auto& problem : applyViewState(view, *ctx.projector, *ctx.ids, s))
        report(out, Severity::Warning, source, std::move(problem));
    s.cameraPlaced = true;
    return true;
}

}  // namespace detail
}  // namespace atlas::core
