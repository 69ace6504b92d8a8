// User layer workers: read + tessellate + project off the GL thread (big files take seconds), upload on it.
#include "application/user_layer_jobs.hpp"

#include <algorithm>
#include <chrono>

#include "application/geoio_module.hpp"
#include "geoio/vector_reader.hpp"

namespace atlas::app {

UserLayerLoad loadAndProjectUserLayer(const std::string& path, core::ProjectionId projection, core::Vec2 origin) {
    UserLayerLoad out;
    try {
        out.layer = geoioModule().loadUserLayer(path);
        const auto projector = makeProjector(projection);  // PROJ objects are per thread: this worker's own
        out.scene = core::projectUserLayer(*out.layer, *projector, origin);
    } catch (const geoio::GeoDataError& e) {
        out.layer.reset();
        out.error = e.reason();
    } catch (const std::bad_alloc&) {
        out.layer.reset();
        out.error = "not enough memory to load it";
    } catch (const std::exception& e) {
        out.layer.reset();
        out.error = e.what();
    }
    return out;
}

UserLayerJobs::Report UserLayerJobs::poll(const core::AppState& state, AtlasSession& session, bool wait) {
    Report report;
    auto listed = [&](std::uint32_t id, const std::string& path) {
        const core::UserLayerEntry* e = core::findUserLayer(state.userLayers, id);
        return e && e->path == path;
    };
    // Removed layers (or an id reused for another file, in `render` of several slides): their data goes.
    std::vector<std::uint32_t> stale;
    for (const auto& l : session.userLayers())
        if (!listed(l->id, l->data.path)) stale.push_back(l->id);
    for (std::uint32_t id : stale) session.removeUserLayer(id);

    for (const auto& e : state.userLayers) {
        if (e.status != core::UserLayerStatus::Loading) continue;
        const bool running = std::any_of(m_jobs.begin(), m_jobs.end(),
                                         [&](const Job& j) { return j.id == e.id && j.path == e.path; });
        if (running) continue;
        if (const LoadedUserLayer* l = session.userLayer(e.id); l && l->data.path == e.path) {
            // Already loaded for an earlier state (`render` of several slides): no need to read it again.
            report.actions.emplace_back(core::action::UserLayerLoaded{e.id, true, l->data.features.size(), l->data.kind,
                                                                      l->data.warnings});
            continue;
        }
        m_jobs.push_back({e.id, e.path,
                          std::async(std::launch::async, loadAndProjectUserLayer, e.path, session.projector().id(),
                                     session.scene().origin)});
    }

    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        if (wait) it->future.wait();
        if (it->future.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
            ++it;
            continue;
        }
        UserLayerLoad load = it->future.get();
        const std::uint32_t id = it->id;
        const std::string path = it->path;
        it = m_jobs.erase(it);
        if (!listed(id, path)) continue;  // removed while loading
        core::action::UserLayerLoaded done{id, load.layer.has_value(), 0, core::UserGeometryKind::None, {}};
        if (load.layer) {
            done.featureCount = load.layer->features.size();
            done.kind = load.layer->kind;
            done.problems = load.layer->warnings;
            for (const auto& w : load.layer->warnings) report.issues.push_back({core::Severity::Warning, path, "", w});
            session.addUserLayer(id, std::move(*load.layer), std::move(load.scene));
        } else {
            done.problems = {load.error};
            report.issues.push_back({core::Severity::Error, path, "", load.error + "; the layer was not added"});
        }
        report.actions.emplace_back(std::move(done));
    }
    return report;
}

}  // namespace atlas::app
