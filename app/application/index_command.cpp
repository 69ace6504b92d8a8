// Index command: load the gazetteer and the corpus, build the mention index, print the requested form.
#include "application/index_command.hpp"

#include <csignal>
#include <iostream>
#include <optional>
#include <thread>

#include "application/phase_timer.hpp"
#include "application/workspace_gazetteer.hpp"
#include "core/atomic_file.hpp"
#include "core/corpus/corpus_index.hpp"
#include "core/corpus/gaps.hpp"
#include "core/corpus/index_cache.hpp"
#include "core/corpus/index_output.hpp"
#include "core/corpus/link_eval.hpp"
#include "core/gazetteer/places_review.hpp"
#include "application/geoio_module.hpp"

namespace atlas::app {
namespace {

/// --suggest: provisional features for the unknown names; returns how many were added to `g` (and its file).
std::size_t addProvisional(const Options& o, const std::filesystem::path& geodata, const core::CorpusIndex& index,
                           CommandGazetteer& g) {
    auto geonamesFile = core::loadGeoNamesFile(geodata / "geonames-caucasus.tsv");
    warnProblems(geonamesFile.problems);
    const core::GeoNamesIndex geonames(std::move(geonamesFile.places));
    std::string reviewError;
    const core::ReviewMemory review =
        o.workspace ? core::loadReviewMemory(*o.workspace / core::kReviewFile, reviewError) : core::ReviewMemory{};
    if (!reviewError.empty()) throw std::runtime_error(reviewError);
    const core::NameMatcher matcher(g.features);
    const auto candidates = core::placeCandidates(index, g.features, matcher, geonames, review);
    std::vector<std::string> taken;
    for (const auto& f : g.features) taken.push_back(f.id);
    auto added = core::provisionalFeatures(candidates, geonames, taken);
    std::cerr << "caucasus-atlas: --suggest: " << added.size() << " of " << candidates.size()
              << " unknown names placed provisionally (the rest: no close GeoNames name, or two places alike)\n";
    for (const auto& u : added) {
        g.features.push_back(u.feature);
        g.user.features.push_back(u);
    }
    g.cacheKey += "\n--suggested--\n" + core::userGazetteerToGeoJson(g.user);
    if (o.workspace && !added.empty()) {
        std::error_code ec;
        std::filesystem::create_directories(*o.workspace, ec);
        if (auto err = core::writeFileAtomically(*o.workspace / core::kUserGazetteerFile, core::userGazetteerToGeoJson(g.user)))
            throw std::runtime_error(*err);
    }
    return added.size();
}

}  // namespace

int runIndex(const Options& o, const std::filesystem::path& dataRoot) {
    const auto geodata = o.geodata.value_or(dataRoot / "geodata");
    const auto corpus = o.corpus.value_or(dataRoot / "corpus");
    PhaseTimer timer(o.timings);
    if (o.document && !o.gaps) throw UsageError("--document: only with --gaps (index) or for places suggest");
    CommandGazetteer g = loadCommandGazetteer(geodata, o.workspace);
    timer.mark("gazetteer read");
    warnProblems(g.problems);
    if (o.evaluate) {
        try {
            if (o.suggest) {  // as a reading list would be: unknown names placed provisionally from GeoNames first
                const core::CorpusIndex texts =
                    core::indexCorpusDirectory(*o.evaluate, g.features, 0, lazyDocumentReaders());
                addProvisional(o, geodata, texts, g);
            }
            const core::NameMatcher matcher(g.features);
            std::cout << core::linkEvaluationReport(core::evaluateLinking(*o.evaluate, matcher, g.features));
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
    const auto readers = lazyDocumentReaders();
    // The mentions table reads passages' ids and kinds only: their text stays in the cache file.
    const bool table = o.csv && !o.gaps && !o.suggest;
    const auto parts = table ? core::IndexParts::MentionsTable : core::IndexParts::All;
    // The mentions table does not print the index's warnings into its output: a fresh index's cache file is
    // written on a second thread while the table is (the two only read the index), its warning said after.
    const auto write = table ? core::CacheWrite::Deferred : core::CacheWrite::Now;
    core::CachedIndex cached =
        core::indexCorpusCached(corpus, g.features, g.cacheKey, core::defaultIndexCacheDir(), 0, readers, parts, write);
    try {
        if (o.suggest && addProvisional(o, geodata, cached.index, g) > 0)
            cached = core::indexCorpusCached(corpus, g.features, g.cacheKey, core::defaultIndexCacheDir(), 0, readers);
    } catch (const std::exception& e) {
        std::cerr << "caucasus-atlas: error: " << e.what() << "\n";
        return 1;
    }
    const core::CorpusIndex& index = cached.index;
    timer.mark("corpus indexed or cache read");
    for (const auto& w : index.warnings) std::cerr << "caucasus-atlas: warning: " << w.file << ": " << w.message << "\n";
    if (o.gaps) {
        const core::NameMatcher matcher(g.features);
        core::GapOptions options;
        options.document = o.document;
        std::cout << core::gapsToCsv(core::findGaps(index, matcher, options));
    } else if (o.csv) {
        std::optional<core::CorpusWarning> cacheWarning;
        std::jthread cacheWriter;  // joined before the warning is said, or when the table's writing throws
        // A reader that stops early (`| head`) must not kill the process before the cache is written: while it
        // is, a closed pipe fails the table's writes (the exit status says so) instead of raising SIGPIPE.
        struct PipeSignal {
            void (*before)(int) = SIG_DFL;
            bool ignored = false;
            ~PipeSignal() {
                if (ignored) std::signal(SIGPIPE, before);
            }
        } pipeSignal;
        if (cached.pendingCacheWrite) {
            pipeSignal.before = std::signal(SIGPIPE, SIG_IGN);
            pipeSignal.ignored = pipeSignal.before != SIG_ERR;
            cacheWriter = std::jthread([&] { cacheWarning = cached.pendingCacheWrite(cached); });
        }
        // Written in 1 MiB pieces as they are formatted: the table (~130 MB for 100 MB of text) is never held whole.
        // From an unchanged corpus the mentions are read straight from the mapped cache file.
        core::writeMentionsCsv(cached, [](std::string_view chunk) {
            std::cout.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        });
        if (cacheWriter.joinable()) cacheWriter.join();
        if (cacheWarning)
            std::cerr << "caucasus-atlas: warning: " << cacheWarning->file << ": " << cacheWarning->message << "\n";
    } else {
        // Streamed the same way: the document (~560 MB for 100 MB of text) is never held whole.
        core::writeIndexJson(index, g.features, [](std::string_view chunk) {
            std::cout.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        });
        std::cout << "\n";
    }
    std::cout.flush();
    timer.mark("output written");
    return std::cout.good() ? 0 : 1;
}

}  // namespace atlas::app
