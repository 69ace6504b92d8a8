// Loads the gazetteer, the events and the corpus index on a worker thread, so the map appears at once.
#pragma once

#include <filesystem>
#include <future>
#include <memory>
#include <string>
#include <vector>

#include "core/gazetteer/events.hpp"
#include "core/explore/explorer.hpp"
#include "core/load_issue.hpp"

namespace atlas::app {

struct CorpusLoad {
    std::unique_ptr<core::AtlasData> data;
    std::vector<core::Event> events;
    std::vector<core::LoadIssue> issues;
};

/// Everything the explorer needs beyond the map; never throws (problems become issues).
CorpusLoad loadCorpusSide(const std::filesystem::path& geodataDir, const std::filesystem::path& corpusDir);

class AsyncCorpus {
public:
    void start(std::filesystem::path geodataDir, std::filesystem::path corpusDir);
    /// Moves the result in once the worker is done; returns true on the frame it arrives.
    bool poll();
    [[nodiscard]] const core::AtlasData* data() const { return m_load.data.get(); }
    [[nodiscard]] const std::vector<core::Event>& events() const { return m_load.events; }
    [[nodiscard]] const std::vector<core::LoadIssue>& issues() const { return m_load.issues; }
    [[nodiscard]] bool ready() const { return m_load.data != nullptr; }

private:
    std::future<CorpusLoad> m_future;
    CorpusLoad m_load;
};

}  // namespace atlas::app
