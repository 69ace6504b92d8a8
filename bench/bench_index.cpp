// Corpus indexing benchmark: split + fold + match a corpus directory against a names file; MB/s and peak RSS.
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "core/corpus/corpus_index.hpp"
#include "core/corpus/index_cache.hpp"

namespace {

using Clock = std::chrono::steady_clock;
namespace core = atlas::core;

double secondsSince(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

double peakRssMiB() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_maxrss) / 1024.0;
}

std::string readAll(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary | std::ios::ate);
    std::string data(static_cast<std::size_t>(std::max<std::streamoff>(0, in.tellg())), '\0');
    in.seekg(0);
    in.read(data.data(), static_cast<std::streamsize>(data.size()));
    return data;
}

/// One place feature per line of the names file.
std::vector<core::GazetteerFeature> featuresFromNames(const std::string& text) {
    std::vector<core::GazetteerFeature> features;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        core::GazetteerFeature f;
        f.id = "n" + std::to_string(features.size());
        f.names.push_back(core::Name{line, "en", "Latn", {core::NameUsage::Common}, false, true});
        features.push_back(std::move(f));
    }
    return features;
}

struct Args {
    std::filesystem::path corpus;
    std::filesystem::path names;
    std::filesystem::path cache;
    std::string mode = "stream";
};

Args parseArgs(int argc, char** argv) {
    Args a;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string k = argv[i];
        if (k == "--corpus") a.corpus = argv[i + 1];
        else if (k == "--names") a.names = argv[i + 1];
        else if (k == "--mode") a.mode = argv[i + 1];
        else if (k == "--cache") a.cache = argv[i + 1];
    }
    return a;
}

/// Documents streamed: each worker reads, splits and matches one file, keeps only counts.
void runStream(const Args& a, const core::NameMatcher& matcher, std::size_t jobs, std::size_t& bytes,
               std::size_t& passages, std::size_t& mentions) {
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(a.corpus))
        if (e.path().extension() == ".txt" || e.path().extension() == ".md") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::vector<std::size_t> weights;
    for (const auto& f : files) weights.push_back(std::filesystem::file_size(f));
    std::atomic<std::size_t> b{0}, p{0}, m{0};
    std::atomic<std::int64_t> readNs{0}, splitNs{0}, matchNs{0};
    auto ns = [](Clock::time_point t) { return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - t).count(); };
    core::parallelForEach(files.size(), jobs, weights, [&](std::size_t i) {
        auto t = Clock::now();
        const core::Document doc = core::makeDocument(files[i].filename().string(), readAll(files[i]));
        readNs += ns(t);
        t = Clock::now();
        const core::SplitResult split = core::splitDocument(doc, i);
        splitNs += ns(t);
        t = Clock::now();
        std::vector<core::Mention> found;
        for (const core::Passage& passage : split.passages) matcher.matchInto(doc, passage, found);
        matchNs += ns(t);
        b += doc.bytes.size();
        p += split.passages.size();
        m += found.size();
    });
    bytes = b;
    passages = p;
    mentions = m;
    std::printf("thread time: read %.2f s, split %.2f s, fold + match %.2f s\n", static_cast<double>(readNs) / 1e9,
                static_cast<double>(splitNs) / 1e9, static_cast<double>(matchNs) / 1e9);
}

/// Fold + scan only (what grep does): each document folded whole and scanned for whole-word names.
void runScan(const Args& a, const core::NameMatcher& matcher, std::size_t jobs, std::size_t& bytes, std::size_t& matches) {
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(a.corpus))
        if (e.path().extension() == ".txt" || e.path().extension() == ".md") files.push_back(e.path());
    std::vector<std::size_t> weights;
    for (const auto& f : files) weights.push_back(std::filesystem::file_size(f));
    std::atomic<std::size_t> b{0}, m{0};
    core::parallelForEach(files.size(), jobs, weights, [&](std::size_t i) {
        const std::string bytesOfFile = readAll(files[i]);
        core::FoldedText ft;
        ft.append(bytesOfFile, 0, bytesOfFile.size());
        std::size_t count = 0;
        matcher.automaton().forEachMatch(ft.text(), [&](std::size_t, std::size_t, std::size_t) { ++count; });
        b += bytesOfFile.size();
        m += count;
    });
    bytes = b;
    matches = m;
}

}  // namespace

int main(int argc, char** argv) {
    const Args a = parseArgs(argc, argv);
    if (a.corpus.empty() || a.names.empty()) {
        std::cerr << "usage: bench_index --corpus DIR --names FILE [--mode scan|stream|full|cached] [--cache DIR]\n";
        return 2;
    }
    const std::size_t jobs = core::indexJobs();
    const std::string namesText = readAll(a.names);
    const auto features = featuresFromNames(namesText);
    auto t0 = Clock::now();
    std::size_t bytes = 0, passages = 0, mentions = 0;
    std::string extra;
    if (a.mode == "stream" || a.mode == "scan") {
        const core::NameMatcher matcher(features);
        const double buildS = secondsSince(t0);
        std::printf("names: %zu patterns, %zu trie states, %.1f MiB tables, built in %.2f s\n", matcher.patternCount(),
                    matcher.automaton().stateCount(), static_cast<double>(matcher.automaton().memoryBytes()) / 1048576.0, buildS);
        t0 = Clock::now();
        if (a.mode == "scan") runScan(a, matcher, jobs, bytes, mentions);
        else runStream(a, matcher, jobs, bytes, passages, mentions);
    } else if (a.mode == "full") {
        const core::CorpusIndex index = core::indexCorpusDirectory(a.corpus, features, jobs);
        for (const auto& d : index.documents) bytes += d.bytes.size();
        passages = index.passages.size();
        mentions = index.mentions.size();
    } else if (a.mode == "cached") {
        const core::CachedIndex c = core::indexCorpusCached(a.corpus, features, namesText, a.cache, jobs);
        for (const auto& d : c.index.documents) bytes += d.bytes.size();
        passages = c.index.passages.size();
        mentions = c.index.mentions.size();
        extra = c.fromCache ? " (warm: read from cache)" : " (cold: indexed, cache written)";
        for (const auto& w : c.index.warnings)
            if (w.file == c.cacheFile.string()) std::cerr << "warning: " << w.file << ": " << w.message << "\n";
    } else {
        std::cerr << "unknown mode " << a.mode << "\n";
        return 2;
    }
    const double s = secondsSince(t0);
    const double mb = static_cast<double>(bytes) / 1e6;
    std::printf("%s, %zu thread(s): %.1f MB in %.2f s = %.1f MB/s; %zu passages, %zu mentions; peak RSS %.0f MiB%s\n",
                a.mode.c_str(), jobs, mb, s, mb / s, passages, mentions, peakRssMiB(), extra.c_str());
    return 0;
}
