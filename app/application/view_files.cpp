// View files: parse with warnings, save atomically, resolve ids against the session's model and corpus.
#include "application/view_files.hpp"

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

std::vector<std::string> applyView(const core::ViewState& view, AtlasSession& session, const core::AtlasData* data,
                                   core::AppState& state) {
    session.setProjection(state, view.camera.projection);
    return core::applyViewState(view, session.projector(), lookupFor(session, data), state);
}

core::ViewState currentView(const core::AppState& state, const AtlasSession& session, const core::AtlasData* data) {
    return core::toViewState(state, session.projector(), lookupFor(session, data));
}

void applyCommandLineOptions(const Options& o, AtlasSession& session, core::AppState& state, bool fromView) {
    if (!fromView || o.wasGiven("--projection")) session.setProjection(state, o.projection);
    state.projection = session.projector().id();
    if (!fromView || o.wasGiven("--year") || o.wasGiven("--range")) {
        state.time.year = o.year;
        state.time.range = o.range;
    }
    if (!fromView || o.wasGiven("--naming"))
        if (auto n = core::namingFromString(o.naming)) state.naming = *n;
    if (!fromView || o.wasGiven("--no-labels")) state.frame.labels = o.labels;
    if (!fromView || o.wasGiven("--no-graticule")) state.frame.graticule = o.graticule;
    state.frame.legend = o.legend;
    state.frame.stamp = o.stamp;
    state.frame.footer = o.footer;
}

}  // namespace atlas::app
