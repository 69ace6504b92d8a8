// Corpus side loading: gazetteer + events + corpus index + link index, with their problems as load issues.
#include "application/corpus_loader.hpp"

#include "core/corpus/corpus_index.hpp"
#include "core/gazetteer/gazetteer_json.hpp"
#include "geoio/document_readers.hpp"

namespace atlas::app {

CorpusLoad loadCorpusSide(const std::filesystem::path& geodataDir, const std::filesystem::path& corpusDir) {
    CorpusLoad out;
    try {
        auto gazetteer = core::loadGazetteerFile(geodataDir / "gazetteer.geojson");
        auto events = core::loadEventsFile(geodataDir / "events.json");
        for (const auto& p : events.problems) out.issues.push_back({core::Severity::Warning, p.file, p.featureId, p.message});
        out.events = std::move(events.events);
        auto index = core::indexCorpusDirectory(corpusDir, gazetteer.features, 0, geoio::documentReaders());
        for (const auto& w : index.warnings) out.issues.push_back({core::Severity::Warning, w.file, "", w.message});
        out.data = core::makeAtlasData(std::move(gazetteer.features), std::move(index));
    } catch (const std::exception& e) {
        out.issues.push_back({core::Severity::Error, corpusDir.string(), "", std::string("cannot index: ") + e.what()});
        out.data = core::makeAtlasData({}, {});
    }
    return out;
}

void AsyncCorpus::start(std::filesystem::path geodataDir, std::filesystem::path corpusDir) {
    m_future = std::async(std::launch::async, [g = std::move(geodataDir), c = std::move(corpusDir)] {
        return loadCorpusSide(g, c);
    });
}

bool AsyncCorpus::poll() {
    if (!m_future.valid()) return false;
    if (m_future.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return false;
    m_load = m_future.get();
    return true;
}

}  // namespace atlas::app
