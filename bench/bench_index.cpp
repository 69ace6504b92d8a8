// Corpus indexing benchmark: split + fold + match a corpus directory against a names file; MB/s and peak RSS.
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <fstream>
#include <map>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "core/corpus/corpus_index.hpp"
#include "core/corpus/extraction_cache.hpp"
#include "core/corpus/index_cache.hpp"
#include "geoio/document_readers.hpp"

namespace {

using Clock = std::chrono::steady_clock;
namespace core = atlas::core;

double secondsSince(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

/// CPU seconds (user + system) of the whole process so far.
double cpuSeconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

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
    bool digest = false;  // --digest 1: print a hash of the whole index (full mode), to compare builds
    bool generalise = true;  // --generalise 0: the dictionary-form matcher alone (no stems, suffixes, routes)
    bool variants = true;    // --variants 0: no generated transliteration variants (stems etc. kept)
    int repeat = 5;       // --repeat N: extractions per file (formats mode)
};

Args parseArgs(int argc, char** argv) {
    Args a;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string k = argv[i];
        if (k == "--corpus") a.corpus = argv[i + 1];
        else if (k == "--names") a.names = argv[i + 1];
        else if (k == "--mode") a.mode = argv[i + 1];
        else if (k == "--cache") a.cache = argv[i + 1];
        else if (k == "--digest") a.digest = std::string(argv[i + 1]) == "1";
        else if (k == "--generalise") a.generalise = std::string(argv[i + 1]) != "0";
        else if (k == "--variants") a.variants = std::string(argv[i + 1]) != "0";
        else if (k == "--repeat") a.repeat = std::max(1, std::atoi(argv[i + 1]));
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
        std::string bytesOfFile;
        core::readDocumentFile(files[i], bytesOfFile);  // how loadCorpusDirectory reads a document
        const core::Document doc = core::makeDocument(files[i].filename().string(), std::move(bytesOfFile));
        readNs += ns(t);
        t = Clock::now();
        const core::SplitResult split = core::splitDocument(doc, i);
        splitNs += ns(t);
        t = Clock::now();
        std::vector<core::Mention> found;  // split + matchAll = core::indexDocument, timed apart
        matcher.matchAll(doc, split.passages, found);
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
        std::string bytesOfFile;
        core::readDocumentFile(files[i], bytesOfFile);
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

/// FNV-1a over every field of passages, mentions and warnings: equal digests = equal indexes (for checking that
/// a faster build produces the same index as an older one).
class Digest {
public:
    void bytes(std::string_view s) {
        num(s.size());
        for (char c : s) m_h = (m_h ^ static_cast<unsigned char>(c)) * 0x100000001B3ull;
    }
    void num(std::uint64_t v) {
        for (int i = 0; i < 8; ++i, v >>= 8) m_h = (m_h ^ (v & 0xFF)) * 0x100000001B3ull;
    }
    template <typename Ranges>
    void ranges(const Ranges& rs) {
        num(rs.size());
        for (const auto& r : rs) {
            num(r.begin);
            num(r.end);
        }
    }
    [[nodiscard]] std::uint64_t value() const { return m_h; }

private:
    std::uint64_t m_h = 0xCBF29CE484222325ull;
};

std::uint64_t indexDigest(const core::CorpusIndex& index) {
    Digest d;
    for (const auto& doc : index.documents) {
        d.bytes(doc.meta.file);
        d.bytes(doc.meta.date.value_or("-"));
    }
    for (const auto& p : index.passages) {
        d.bytes(p.id);
        d.num(p.documentIndex);
        d.ranges(p.ranges);
        d.num(static_cast<std::uint64_t>(p.kind));
        d.bytes(p.cleanText);
        d.num(p.years.size());
        for (const auto& y : p.years) {
            d.num(static_cast<std::uint64_t>(y.from));
            d.num(static_cast<std::uint64_t>(y.to));
        }
        d.num(p.footnoteNumber ? static_cast<std::uint64_t>(*p.footnoteNumber) : ~0ull);
        for (const auto& s : p.footnoteIds) d.bytes(s);
        for (const auto& s : p.citedBy) d.bytes(s);
    }
    for (const auto& m : index.mentions) {
        d.bytes(m.featureId);
        d.bytes(m.passageId);
        d.num(m.documentIndex);
        d.ranges(m.ranges);
        d.bytes(m.text);
        d.bytes(m.name);
        d.num(m.adjectival ? 1 : 0);
    }
    for (const auto& w : index.warnings) {
        d.bytes(w.file);
        d.bytes(w.message);
    }
    return d.value();
}

/// Extraction cost per format: every file with a reader extracted `repeat` times on one thread; input and output
/// sizes, milliseconds per file and MB/s of extracted text per extension (input sizes of zipped formats say little).
void runFormats(const Args& a) {
    const core::DocumentReaders readers = atlas::geoio::documentReaders();
    struct Row {
        std::size_t files = 0, failed = 0, inBytes = 0, outBytes = 0;
        double seconds = 0;
    };
    std::map<std::string, Row> rows;
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(a.corpus)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& path : files) {
        const auto reader = readers.find(path.extension().string());
        if (reader == readers.end()) continue;
        Row& row = rows[reader->first];
        ++row.files;
        row.inBytes += static_cast<std::size_t>(std::filesystem::file_size(path));
        const auto t = Clock::now();
        for (int r = 0; r < a.repeat; ++r) {
            std::string error;
            const auto x = reader->second(path, error);
            if (r == 0 && x) row.outBytes += x->text.size();
            if (r == 0 && !x) ++row.failed;
        }
        row.seconds += secondsSince(t) / a.repeat;
    }
    for (const auto& [ext, row] : rows)
        std::printf("%-6s %3zu file(s) (%zu failed): %8.2f MB in, %8.2f MB text, %8.2f ms per file, %7.1f MB/s of "
                    "text\n",
                    ext.c_str(), row.files, row.failed, static_cast<double>(row.inBytes) / 1e6,
                    static_cast<double>(row.outBytes) / 1e6, 1000.0 * row.seconds / static_cast<double>(row.files),
                    static_cast<double>(row.outBytes) / 1e6 / row.seconds);
}

/// Reopening an unchanged corpus: a cold run (this corpus's two cache files in --cache DIR removed first: every file
/// extracted, indexed, both caches written), then `repeat` warm runs (no reader may run). Reader calls are counted; the fastest warm run is kept.
core::CachedIndex runReopen(const Args& a, const std::vector<core::GazetteerFeature>& features,
                            const std::string& namesText, std::size_t jobs, double& warmSeconds) {
    std::size_t calls = 0;
    core::DocumentReaders counted;
    for (const auto& [ext, reader] : atlas::geoio::documentReaders())
        counted[ext] = [&calls, reader = reader](const std::filesystem::path& p, std::string& error) {
            ++calls;
            return reader(p, error);
        };
    std::error_code ec;
    std::filesystem::remove(core::indexCacheFile(a.cache, a.corpus), ec);
    std::filesystem::remove(core::ExtractionCache(a.cache, a.corpus).file(), ec);
    auto t = Clock::now();
    core::CachedIndex c = core::indexCorpusCached(a.corpus, features, namesText, a.cache, jobs, counted);
    std::printf("reopen: cold %.1f ms, %zu reader call(s), from cache: %s\n", 1000.0 * secondsSince(t), calls,
                c.fromCache ? "yes" : "no");
    warmSeconds = 1e9;
    for (int r = 0; r < a.repeat; ++r) {
        calls = 0;
        t = Clock::now();
        c = core::indexCorpusCached(a.corpus, features, namesText, a.cache, jobs, counted);
        warmSeconds = std::min(warmSeconds, secondsSince(t));
        std::printf("reopen: warm %.1f ms, %zu reader call(s), %zu extraction(s) from cache, index from cache: %s\n",
                    1000.0 * secondsSince(t), calls, c.extractionHits, c.fromCache ? "yes" : "no");
    }
    return c;
}

}  // namespace

int main(int argc, char** argv) {
    const Args a = parseArgs(argc, argv);
    if (a.corpus.empty() || a.names.empty()) {
        std::cerr << "usage: bench_index --corpus DIR --names FILE [--mode scan|stream|full|cached|formats|reopen] "
                     "[--cache DIR] "
                     "[--digest 1] [--generalise 0|1] [--variants 0|1] [--repeat N]\n";
        return 2;
    }
    const std::size_t jobs = core::indexJobs();
    const std::string namesText = readAll(a.names);
    const auto features = featuresFromNames(namesText);
    auto t0 = Clock::now();
    double cpu0 = cpuSeconds();
    std::size_t bytes = 0, passages = 0, mentions = 0;
    std::string extra;
    double digestS = 0;  // time spent on --digest, not counted
    auto digestOf = [&](const core::CorpusIndex& index) {
        const auto t = Clock::now();
        const std::string out = " digest " + std::to_string(indexDigest(index));
        digestS += secondsSince(t);
        return out;
    };
    if (a.mode == "stream" || a.mode == "scan") {
        const core::NameMatcher matcher(features, a.generalise, a.variants);
        const double buildS = secondsSince(t0);
        std::printf("names: %zu patterns (%zu transliteration variants), %zu trie states, %.1f MiB tables, built in %.2f s\n",
                    matcher.patternCount(), matcher.variantCount(), matcher.automaton().stateCount(),
                    static_cast<double>(matcher.automaton().memoryBytes()) / 1048576.0, buildS);
        t0 = Clock::now();
        cpu0 = cpuSeconds();
        if (a.mode == "scan") runScan(a, matcher, jobs, bytes, mentions);
        else runStream(a, matcher, jobs, bytes, passages, mentions);
    } else if (a.mode == "formats") {
        runFormats(a);
        t0 = Clock::now();
        cpu0 = cpuSeconds();
        const core::CorpusIndex index = core::indexCorpusDirectory(a.corpus, features, jobs, atlas::geoio::documentReaders());
        for (const auto& d : index.documents) bytes += d.bytes.size();
        passages = index.passages.size();
        mentions = index.mentions.size();
        extra = " (whole folder: extraction + split + match)";
    } else if (a.mode == "full") {
        const core::CorpusIndex index = core::indexCorpusDirectory(a.corpus, features, jobs);
        for (const auto& d : index.documents) bytes += d.bytes.size();
        passages = index.passages.size();
        mentions = index.mentions.size();
        if (a.digest) extra = digestOf(index);
    } else if (a.mode == "cached") {
        const core::CachedIndex c = core::indexCorpusCached(a.corpus, features, namesText, a.cache, jobs);
        for (const auto& d : c.index.documents) bytes += d.bytes.size();
        passages = c.index.passages.size();
        mentions = c.index.mentions.size();
        extra = c.fromCache ? " (warm: read from cache)" : " (cold: indexed, cache written)";
        if (a.digest) extra += digestOf(c.index);
        for (const auto& w : c.index.warnings)
            if (w.file == c.cacheFile.string()) std::cerr << "warning: " << w.file << ": " << w.message << "\n";
    } else if (a.mode == "reopen") {
        if (a.cache.empty()) {
            std::cerr << "--mode reopen needs --cache DIR\n";
            return 2;
        }
        double warmS = 0;
        const core::CachedIndex c = runReopen(a, features, namesText, jobs, warmS);
        for (const auto& d : c.index.documents) bytes += d.bytes.size();
        passages = c.index.passages.size();
        mentions = c.index.mentions.size();
        extra = " (all runs; fastest warm reopen " + std::to_string(1000.0 * warmS) + " ms)";
    } else {
        std::cerr << "unknown mode " << a.mode << "\n";
        return 2;
    }
    const double s = secondsSince(t0) - digestS;
    const double cpu = cpuSeconds() - cpu0 - digestS;
    const double mb = static_cast<double>(bytes) / 1e6;
    std::printf("%s, %zu thread(s): %.1f MB in %.2f s = %.1f MB/s (CPU %.2f s); %zu passages, %zu mentions; peak RSS "
                "%.0f MiB%s\n",
                a.mode.c_str(), jobs, mb, s, mb / s, cpu, passages, mentions, peakRssMiB(), extra.c_str());
    return 0;
}
