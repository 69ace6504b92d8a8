// View files: parse with warnings, save atomically, resolve ids against the session's model and corpus.
#include "application/view_files.hpp"

#include <algorithm>

#include "core/atomic_file.hpp"

namespace atlas::app {

core::ViewLookup lookupFor(const AtlasSession& session, const core::AtlasData* data) {
    core::ViewLookup ids;
    const auto& features = session.model().features;
    ids.featureIds.reserve(features.size());
    for (const auto& f : features) ids.featureIds.push_back(f.gazetteerId.empty() ? f.id : f.gazetteerId);
    for (const auto& p : session.model().offmap) ids.offmapIds.push_back(p.gazetteerId);
    if (data) {
        ids.corpusLoaded = true;
        ids.passageIds.reserve(data->corpus.passages.size());
        for (const auto& p : data->corpus.passages) {
            ids.passageIds.push_back(p.id);
            ids.passageDocuments.push_back(p.documentIndex);
        }
    }
    return ids;
}

ViewFileLoad loadViewFile(const std::filesystem::path& path) {
    ViewFileLoad out;
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        out.error = "no such file";
        return out;
    }
    const auto text = core::readWholeFile(path);
    if (!text) {
        out.error = "cannot be read";
        return out;
    }
    auto parsed = core::viewStateFromText(*text);
    if (!parsed.state) {
        out.error = parsed.error;
        return out;
    }
    for (const auto& w : parsed.warnings) out.warnings.push_back(w.text());
    // A user layer named by a relative path is next to the view file (a view and its data travel together).
    for (auto& l : parsed.state->layers)
        if (l.user && !l.key.empty() && std::filesystem::path(l.key).is_relative())
            l.key = (path.parent_path() / l.key).lexically_normal().string();
    out.view = std::move(parsed.state);
    return out;
}

std::optional<std::string> saveViewFile(const core::ViewState& view, const std::filesystem::path& path) {
    return core::writeFileAtomically(path, core::toJson(view).dump(2) + "\n");
}

core::ReduceContext reduceContextFor(const AtlasSession& session, const core::ViewLookup& ids) {
    core::ReduceContext ctx;
    ctx.homeBounds = session.scene().homeBounds;
    ctx.projector = &session.projector();
    ctx.ids = &ids;
    ctx.boundsOf = [&session](const std::vector<std::size_t>& indices) { return session.boundsOf(indices); };
    ctx.userLayerBounds = [&session](std::uint32_t id) {
        const LoadedUserLayer* l = session.userLayer(id);
        return l ? l->scene.bounds : core::BBox{};
    };
    return ctx;
}

void dispatchHeadless(const core::Action& action, AtlasSession& session, const core::ViewLookup& ids,
                      core::AppState& state, const std::function<void(const core::LoadIssue&)>& report) {
    for (const auto& command : core::apply(state, action, reduceContextFor(session, ids))) {
        if (const auto* c = std::get_if<core::command::SwitchProjection>(&command)) {
            const core::Camera camera = session.switchProjection(c->id, state.camera, state.viewport);
            dispatchHeadless(core::action::ProjectionSwitched{c->id, camera}, session, ids, state, report);
            for (const auto& then : c->then) dispatchHeadless(then, session, ids, state, report);
        } else if (const auto* r = std::get_if<core::command::Report>(&command)) {
            report(r->issue);
        }
    }
}

SelectionOption selectOption(const std::string& id, const core::ViewLookup& ids) {
    const bool offmap = std::find(ids.offmapIds.begin(), ids.offmapIds.end(), id) != ids.offmapIds.end();
    if (!ids.featureIndex(id) && !offmap)
        return {std::nullopt, "no feature '" + id + "' on the map (gazetteer ids, see `caucasus-atlas features`)"};
    return {core::action::SelectFeatureId{id, false}, {}};
}

std::vector<core::Action> commandLineActions(const Options& o, bool fromView) {
    std::vector<core::Action> out;
    if (!fromView || o.wasGiven("--projection")) out.emplace_back(core::action::SetProjection{o.projection});
    if (!fromView || o.wasGiven("--year") || o.wasGiven("--range") || o.wasGiven("--date")) {
        out.emplace_back(core::action::SetYear{o.year});
        // The map's range filter is in whole years: a range of dates shows the years it touches.
        std::optional<std::pair<int, int>> years;
        if (o.range) years = std::pair{o.range->first.year, o.range->second.year};
        out.emplace_back(core::action::SetRange{years});
        if (o.date) out.emplace_back(core::action::SetDate{o.date});
    }
    if (!fromView || o.wasGiven("--naming"))
        if (auto n = core::namingFromString(o.naming)) out.emplace_back(core::action::SetNaming{*n});
    core::action::SetFrameOptions frame;
    if (!fromView || o.wasGiven("--no-labels")) frame.labels = o.labels;
    if (!fromView || o.wasGiven("--no-graticule")) frame.graticule = o.graticule;
    frame.legend = o.legend;
    frame.stamp = o.stamp;
    frame.footer = o.footer;
    out.emplace_back(std::move(frame));
    return out;
}

}  // namespace atlas::app
