// Loads the gazetteer, the events and the corpus index on a worker thread, so the map appears at once; the same
// again when a workspace's documents change (a reindex in the background while the old index stays shown).
#pragma once

#include <filesystem>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/corpus/index_progress.hpp"
#include "core/gazetteer/events.hpp"
#include "core/explore/explorer.hpp"
#include "core/load_issue.hpp"
#include "core/state/actions.hpp"

namespace atlas::app {

struct CorpusLoad {
    std::unique_ptr<core::AtlasData> data;
    std::vector<core::Event> events;
    std::vector<core::LoadIssue> issues;
    std::vector<std::string> userFiles;  // the documents that came from the workspace (file names)
    /// With a workspace: its user gazetteer and review memory, the places to review and their suggestions.
    std::optional<core::action::PlacesLoaded> places;
    double placesMs = 0.0;  // what finding the candidates and their suggestions took (on the worker)
    double totalMs = 0.0;   // the whole load: gazetteer, documents, linking, candidates
};

/// Where the corpus side comes from: the bundled (or --geodata/--corpus) folders, and a workspace that extends
/// them (its documents after the bundled ones, its gazetteer.user.geojson's features after the base gazetteer).
struct CorpusSources {
    std::filesystem::path geodataDir;
    std::filesystem::path corpusDir;
    std::optional<std::filesystem::path> workspace;
};

/// Everything the explorer needs beyond the map; never throws (problems become issues). `progress` (optional)
/// counts the files read ("Reading") and the documents linked ("Linking").
CorpusLoad loadCorpusSide(const CorpusSources& sources, core::IndexProgress* progress = nullptr);
inline CorpusLoad loadCorpusSide(const std::filesystem::path& geodataDir, const std::filesystem::path& corpusDir) {
    return loadCorpusSide(CorpusSources{geodataDir, corpusDir, std::nullopt});
}

class AsyncCorpus {
public:
    /// Starts indexing on a worker; while one runs, the newest request waits and starts when it is done.
    void start(CorpusSources sources);
    void start(std::filesystem::path geodataDir, std::filesystem::path corpusDir) {
        start(CorpusSources{std::move(geodataDir), std::move(corpusDir), std::nullopt});
    }
    /// Moves the result in once the worker is done; returns true on the frame it arrives.
    bool poll();
    [[nodiscard]] const core::AtlasData* data() const { return m_load.data.get(); }
    [[nodiscard]] const std::vector<core::Event>& events() const { return m_load.events; }
    [[nodiscard]] const std::vector<core::LoadIssue>& issues() const { return m_load.issues; }
    [[nodiscard]] const std::vector<std::string>& userFiles() const { return m_load.userFiles; }
    [[nodiscard]] const std::optional<core::action::PlacesLoaded>& places() const { return m_load.places; }
    [[nodiscard]] const CorpusLoad& load() const { return m_load; }
    [[nodiscard]] bool ready() const { return m_load.data != nullptr; }
    /// A load or reindex is running (the Documents panel shows its progress).
    [[nodiscard]] bool running() const { return m_future.valid(); }
    /// What the running load has done so far (empty phase when none runs).
    [[nodiscard]] core::IndexProgress::Snapshot progress() const {
        return running() && m_progress ? m_progress->snapshot() : core::IndexProgress::Snapshot{};
    }
    /// How many loads have arrived: the first is the start, later ones are reindexes.
    [[nodiscard]] int arrivals() const { return m_arrivals; }

private:
    std::future<CorpusLoad> m_future;
    std::shared_ptr<core::IndexProgress> m_progress;  // shared with the worker, which may outlive a reset
    std::optional<CorpusSources> m_waiting;
    CorpusLoad m_load;
    int m_arrivals = 0;
};

}  // namespace atlas::app
