// Index command: load the gazetteer and the corpus, build the mention index, print the requested form.
#include "application/index_command.hpp"

#include <fstream>
#include <iostream>
#include <sstream>

#include "application/phase_timer.hpp"
#include "core/corpus/corpus_index.hpp"
#include "core/corpus/gaps.hpp"
#include "core/corpus/index_cache.hpp"
#include "core/corpus/index_output.hpp"
#include "core/corpus/link_eval.hpp"
#include "core/gazetteer/gazetteer_json.hpp"
#include "geoio/document_readers.hpp"

namespace atlas::app {

int runIndex(const Options& o, const std::filesystem::path& dataRoot) {
    const auto geodata = o.geodata.value_or(dataRoot / "geodata");
    const auto corpus = o.corpus.value_or(dataRoot / "corpus");
    PhaseTimer timer(o.timings);
    const auto gazetteerFile = geodata / "gazetteer.geojson";
    auto gazetteer = core::loadGazetteerFile(gazetteerFile);
    timer.mark("gazetteer read");
    for (const auto& p : gazetteer.problems)
        std::cerr << "caucasus-atlas: warning: " << p.file << (p.featureId.empty() ? "" : " [" + p.featureId + "]")
                  << ": " << p.message << "\n";
    if (o.evaluate) {
        const core::NameMatcher matcher(gazetteer.features);
        try {
            std::cout << core::linkEvaluationReport(core::evaluateLinking(*o.evaluate, matcher, gazetteer.features));
        } catch (const std::exception& e) {
            std::cerr << "caucasus-atlas: error: " << e.what() << "\n";
            return 1;
        }
        return std::cout.good() ? 0 : 1;
    }
    std::error_code ec;
    if (!std::filesystem::is_directory(corpus, ec)) {
        std::cerr << "caucasus-atlas: error: " << corpus.string() << ": corpus folder not found\n";
        return 1;
    }
    // The index is cached by content (documents, manifest, gazetteer): an unchanged corpus reopens in milliseconds.
    std::ifstream gazetteerIn(gazetteerFile, std::ios::binary);
    std::ostringstream gazetteerBytes;
    gazetteerBytes << gazetteerIn.rdbuf();
    const core::CachedIndex cached =
        core::indexCorpusCached(corpus, gazetteer.features, gazetteerBytes.str(), core::defaultIndexCacheDir(),
                                 0, geoio::documentReaders());
    const core::CorpusIndex& index = cached.index;
    timer.mark("corpus indexed or cache read");
    for (const auto& w : index.warnings) std::cerr << "caucasus-atlas: warning: " << w.file << ": " << w.message << "\n";
    if (o.gaps) {
        const core::NameMatcher matcher(gazetteer.features);
        std::cout << core::gapsToCsv(core::findGaps(index, matcher));
    } else if (o.csv) {
        std::cout << core::mentionsToCsv(index);
    } else {
        std::cout << core::indexToJson(index, gazetteer.features) << "\n";
    }
    std::cout.flush();
    timer.mark("output written");
    return std::cout.good() ? 0 : 1;
}

}  // namespace atlas::app
