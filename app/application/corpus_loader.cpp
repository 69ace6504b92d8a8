// Corpus side loading: gazetteer (+ a workspace's user gazetteer) + events + corpus index (+ the workspace's
// documents) + link index, with their problems as load issues.
#include "application/corpus_loader.hpp"

#include <chrono>
#include <unordered_set>
#include <utility>

#include "core/atomic_file.hpp"
#include "core/corpus/corpus_index.hpp"
#include "core/corpus/extraction_cache.hpp"
#include "core/corpus/index_cache.hpp"
#include "core/corpus/index_progress.hpp"
#include "core/gazetteer/gazetteer_json.hpp"
#include "core/gazetteer/places_review.hpp"
#include "application/workspace_gazetteer.hpp"
#include "core/workspace/workspace.hpp"
#include "application/geoio_module.hpp"

namespace atlas::app {
namespace {

/// The Places-to-review panel's data: the names no confirmed feature matches (provisional "suggested" features
/// stay candidates), each with its GeoNames suggestions; a missing extract gives candidates without suggestions.
core::action::PlacesLoaded reviewData(const std::filesystem::path& geodataDir, const std::filesystem::path& workspace,
                                      const CommandGazetteer& gazetteer, const core::CorpusIndex& index,
                                      const std::vector<std::string>& userFiles, std::vector<core::LoadIssue>& issues) {
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
    // The queue is the workspace's own texts: the bundled texts are the read-only base, not the user's to-do.
    core::GapOptions options;
    options.files = userFiles;
    out.candidates = std::make_shared<const std::vector<core::PlaceCandidate>>(
        core::placeCandidates(index, gazetteer.features, matcher, *geonames, core::ReviewMemory{}, options));
    out.geonames = std::move(geonames);
    return out;
}

}  // namespace

CorpusLoad loadCorpusSide(const CorpusSources& sources, core::IndexProgress* progress) {
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
        // An unchanged corpus and workspace reopen from the caches: the extracted text of PDF/HTML/DOCX/ODT files
        // (no format parser runs) and the index itself (keyed by every document, both manifests and the gazetteer).
        const auto cacheDir = core::defaultIndexCacheDir();
        const auto readers = lazyDocumentReaders();
        if (progress != nullptr) progress->beginPhase("Reading", 0);
        core::ExtractionCache bundledText(cacheDir, corpusDir);
        core::CorpusLoad documents = core::loadCorpusDirectory(corpusDir, bundledText.wrap(readers), progress);
        std::string manifests = core::readWholeFile(corpusDir / "manifest.json").value_or(std::string());
        std::vector<core::CorpusWarning> cacheWarnings;
        const auto saveText = [&](core::ExtractionCache& cache) {
            if (!cache.warning().empty()) cacheWarnings.push_back({cache.file().string(), cache.warning()});
            if (auto w = cache.save()) cacheWarnings.push_back(std::move(*w));
        };
        saveText(bundledText);
        std::string workspaceKey;
        if (sources.workspace) {
            const core::WorkspaceLayout ws{*sources.workspace};
            core::ExtractionCache workspaceText(cacheDir, ws.documents());
            documents = core::mergeCorpora(std::move(documents),
                                           core::loadWorkspaceDocuments(ws, workspaceText.wrap(readers), progress),
                                           out.userFiles);
            saveText(workspaceText);
            for (auto& w : documents.warnings)
                if (w.file.rfind("documents/", 0) == 0) w.file = (ws.root / w.file).string();
            const std::string bundledManifest = std::move(manifests);
            manifests = std::to_string(bundledManifest.size()) + '\n' + bundledManifest +
                        core::readWholeFile(ws.manifest()).value_or(std::string());
            workspaceKey = ws.root.string();
        }
        const auto cacheFile =
            cacheDir.empty() ? std::filesystem::path() : core::indexCacheFile(cacheDir, corpusDir, workspaceKey);
        auto cached = core::buildCorpusIndexCached(std::move(documents), gazetteer.features, manifests,
                                                   gazetteer.cacheKey, cacheFile, 0, progress);
        auto& index = cached.index;
        index.warnings.insert(index.warnings.end(), cacheWarnings.begin(), cacheWarnings.end());
        for (const auto& w : index.warnings) out.issues.push_back({core::Severity::Warning, w.file, "", w.message});
        if (sources.workspace) {
            const auto started = std::chrono::steady_clock::now();
            out.places = reviewData(sources.geodataDir, *sources.workspace, gazetteer, index, out.userFiles, out.issues);
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
    m_progress = std::make_shared<core::IndexProgress>();
    m_future = std::async(std::launch::async,
                          [s = std::move(sources), p = m_progress] { return loadCorpusSide(s, p.get()); });
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
