// Corpus side loading: gazetteer (+ a workspace's user gazetteer) + events + corpus index (+ the workspace's
// documents) + link index, with their problems as load issues.
#include "application/corpus_loader.hpp"

#include <chrono>
#include <unordered_set>
#include <utility>

#include "core/corpus/corpus_index.hpp"
#include "core/gazetteer/gazetteer_json.hpp"
#include "core/gazetteer/places_review.hpp"
#include "application/workspace_gazetteer.hpp"
#include "core/workspace/workspace.hpp"
#include "geoio/document_readers.hpp"

namespace atlas::app {
namespace {

/// The Places-to-review panel's data: the names no confirmed feature matches (provisional "suggested" features
/// stay candidates), each with its GeoNames suggestions; a missing extract gives candidates without suggestions.
core::action::PlacesLoaded reviewData(const std::filesystem::path& geodataDir, const std::filesystem::path& workspace,
                                      const CommandGazetteer& gazetteer, const core::CorpusIndex& index,
                                      std::vector<core::LoadIssue>& issues) {
    core::action::PlacesLoaded out;
    out.root = workspace.string();
    while (out.root.size() > 1 && out.root.back() == '/') out.root.pop_back();
    out.user = gazetteer.user;
    std::string error;
    out.memory = core::loadReviewMemory(workspace / core::kReviewFile, error);
    if (!error.empty()) issues.push_back({core::Severity::Warning, (workspace / core::kReviewFile).string(), "", error});
    auto gn = core::loadGeoNamesFile(geodataDir / "geonames-caucasus.tsv");
    for (const auto& p : gn.problems) issues.push_back({core::Severity::Warning, p.file, p.featureId, p.message});
    auto geonames = std::make_shared<const core::GeoNamesIndex>(std::move(gn.places));
    std::vector<core::GazetteerFeature> confirmed;
    for (const auto& f : gazetteer.features)
        if (const auto* u = gazetteer.user.find(f.id); !u || !u->suggested) confirmed.push_back(f);
    const core::NameMatcher matcher(confirmed);
    out.candidates = std::make_shared<const std::vector<core::PlaceCandidate>>(
        core::placeCandidates(index, gazetteer.features, matcher, *geonames, core::ReviewMemory{}));
    out.geonames = std::move(geonames);
    return out;
}

}  // namespace

CorpusLoad loadCorpusSide(const CorpusSources& sources) {
    CorpusLoad out;
    const auto loadStarted = std::chrono::steady_clock::now();
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
        if (sources.workspace) {
            const auto started = std::chrono::steady_clock::now();
            out.places = reviewData(sources.geodataDir, *sources.workspace, gazetteer, index, out.issues);
            out.placesMs =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
        }
        out.data = core::makeAtlasData(std::move(gazetteer.features), std::move(index));
    } catch (const std::exception& e) {
        out.issues.push_back({core::Severity::Error, corpusDir.string(), "", std::string("cannot index: ") + e.what()});
        out.data = core::makeAtlasData({}, {});
    }
    out.totalMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - loadStarted).count();
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
