// Loads the window's user layers on worker threads and hands them to the session when they are ready.
#pragma once

#include <future>
#include <optional>
#include <string>
#include <vector>

#include "application/atlas_session.hpp"
#include "core/state/app_state.hpp"
#include "core/load_issue.hpp"
#include "core/map/user_layer.hpp"

namespace atlas::app {

/// One file read and projected off the GL thread: the layer, or the reason it could not be read.
struct UserLayerLoad {
    std::optional<core::UserLayer> layer;
    core::UserLayerScene scene;
    std::string error;  // without the file name: "file not found", "GDAL cannot open it as vector data: …"
};

/// Reads `path` (geoio::loadUserLayer) and projects it with its own projector of `projection`: thread-safe.
UserLayerLoad loadAndProjectUserLayer(const std::string& path, core::ProjectionId projection, core::Vec2 origin);

class UserLayerJobs {
public:
    UserLayerJobs() = default;
    UserLayerJobs(const UserLayerJobs&) = delete;
    UserLayerJobs& operator=(const UserLayerJobs&) = delete;

    struct Report {
        std::vector<core::Action> actions;    // UserLayerLoaded for each layer that finished (apply them)
        std::vector<core::LoadIssue> issues;  // the load errors and warnings, naming the file
    };
    /// Brings the session in line with `state.userLayers`: starts a worker for every entry still loading, gives
    /// the session each layer that has arrived, and drops the data of layers no longer listed. With `wait`, waits
    /// for every worker (the `render` command). Call on the GL thread.
    Report poll(const core::AppState& state, AtlasSession& session, bool wait = false);
    /// Whether a worker is still reading a file.
    [[nodiscard]] bool busy() const { return !m_jobs.empty(); }

private:
    struct Job {
        std::uint32_t id;
        std::string path;
        std::future<UserLayerLoad> future;
    };
    std::vector<Job> m_jobs;
};

}  // namespace atlas::app
