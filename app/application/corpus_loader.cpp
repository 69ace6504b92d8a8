// Corpus side loading: gazetteer (+ a workspace's user gazetteer) + events + corpus index (+ the workspace's
// documents) + link index, with their problems as load issues.
#include "application/corpus_loader.hpp"

#include <unordered_set>
#include <utility>

#include "core/corpus/corpus_index.hpp"
#include "core/gazetteer/gazetteer_json.hpp"
#include "application/workspace_gazetteer.hpp"
#include "core/workspace/workspace.hpp"
#include "geoio/document_readers.hpp"

namespace atlas::app {

CorpusLoad loadCorpusSide(const CorpusSources& sources) {
    CorpusLoad out;
    const auto& corpusDir = sources.corpusDir;
    try {
        // The workspace's gazetteer.user.geojson (accepted, placed and suggested places, aliases) extends the base.
        auto gazetteer = loadCommandGazetteer(sources.geodataDir, sources.workspace);
        for (const auto& p : gazetteer.problems)
            out.issues.push_back({core::Severity::Warning, p.file, p.featureId, p.message});
        auto events = core::loadEventsFile(sources.geodataDir / "events.json");
        for (const auto& p : events.problems) out.issues.push_back({core::Severity::Warning, p.file, p.featureId, p.message});
        out.events = std::move(events.events);
        const auto readers = geoio::documentReaders();
        core::CorpusLoad documents = core::loadCorpusDirectory(corpusDir, readers);
        if (sources.workspace) {
            const core::WorkspaceLayout ws{*sources.workspace};
            documents = core::mergeCorpora(std::move(documents), core::loadWorkspaceDocuments(ws, readers), out.userFiles);
            for (auto& w : documents.warnings)
                if (w.file.rfind("documents/", 0) == 0) w.file = (ws.root / w.file).string();
        }
        auto index = core::buildCorpusIndex(std::move(documents.documents), gazetteer.features,
                                            std::move(documents.warnings));
        for (const auto& w : index.warnings) out.issues.push_back({core::Severity::Warning, w.file, "", w.message});
        out.data = core::makeAtlasData(std::move(gazetteer.features), std::move(index));
    } catch (const std::exception& e) {
        out.issues.push_back({core::Severity::Error, corpusDir.string(), "", std::string("cannot index: ") + e.what()});
        out.data = core::makeAtlasData({}, {});
    }
    return out;
}

void AsyncCorpus::start(CorpusSources sources) {
    if (m_future.valid()) {  // one worker at a time: the newest request runs next
        m_waiting = std::move(sources);
        return;
    }
    m_future = std::async(std::launch::async, [s = std::move(sources)] { return loadCorpusSide(s); });
}

bool AsyncCorpus::poll() {
    if (!m_future.valid()) return false;
    if (m_future.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return false;
    m_load = m_future.get();
    ++m_arrivals;
    if (m_waiting) start(*std::exchange(m_waiting, std::nullopt));
    return true;
}

}  // namespace atlas::app
