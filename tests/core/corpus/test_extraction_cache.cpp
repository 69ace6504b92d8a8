// Extraction cache: an unchanged corpus reopens without running a format reader; a changed, touched or new file is
// read again; a corrupt cache file is named and rebuilt; failures and removed files are not kept.
#include <catch2/catch.hpp>

#include <chrono>
#include <map>

#include "core/corpus/extraction_cache.hpp"
#include "core/corpus/index_cache.hpp"
#include "core/corpus/index_progress.hpp"
#include "corpus_test_util.hpp"

using namespace atlas::core;
using namespace atlas::core::test;

namespace {

namespace fs = std::filesystem;

/// A ".fake" format: the file's bytes are the text, "LOCKED" fails; every call is counted by file name.
struct CountingReader {
    std::map<std::string, int> calls;
    DocumentReaders readers() {
        return {{".fake", [this](const fs::path& p, std::string& error) -> std::optional<ExtractedText> {
                     ++calls[p.filename().string()];
                     std::string bytes;
                     readDocumentFile(p, bytes);
                     if (bytes == "LOCKED") {
                         error = "locked";
                         return std::nullopt;
                     }
                     ExtractedText x;
                     x.text = bytes;
                     x.title = "Title of " + p.filename().string();
                     x.date = "2024-03-12";
                     x.pageStarts = {0, bytes.size() / 2};
                     return x;
                 }}};
    }
    int total() const {
        int n = 0;
        for (const auto& [f, c] : calls) n += c;
        return n;
    }
};

void makeCorpus(const fs::path& dir) {
    writeBytes(dir / "a.fake", "Convoys left Shusha for Yerevan via the Lachin corridor.\n\nGanja and Baku.\n");
    writeBytes(dir / "b.fake", "Gyumri and Tbilisi in 1992.\n");
    writeBytes(dir / "c.txt", "Plain text about Stepanakert.\n");
}

void bumpMtime(const fs::path& p) {
    fs::last_write_time(p, fs::last_write_time(p) + std::chrono::seconds(5));
}

}  // namespace

TEST_CASE("An unchanged corpus reopens with no extraction; changed and touched files are read again", "[cache]") {
    TempDir corpus;
    TempDir cache;
    makeCorpus(corpus.path);
    const auto features = smallGazetteer();
    CountingReader counter;
    const auto first = indexCorpusCached(corpus.path, features, "g", cache.path, 1, counter.readers());
    CHECK(!first.fromCache);
    CHECK(first.extractions == 2);
    CHECK(counter.total() == 2);
    REQUIRE(first.index.documents.size() == 3);

    counter.calls.clear();
    const auto again = indexCorpusCached(corpus.path, features, "g", cache.path, 1, counter.readers());
    CHECK(again.fromCache);
    CHECK(counter.total() == 0);  // no reader ran
    CHECK(again.extractions == 0);
    CHECK(again.extractionHits == 2);
    REQUIRE(again.index.documents.size() == 3);
    CHECK(again.index.documents[0].bytes == first.index.documents[0].bytes);
    CHECK(again.index.documents[0].meta.title == "Title of a.fake");
    CHECK(again.index.documents[0].pageStarts == first.index.documents[0].pageStarts);
    CHECK(again.index.mentions.size() == first.index.mentions.size());
    for (const auto& w : again.index.warnings) CHECK(w.message.find("cache") == std::string::npos);

    SECTION("a changed file is read again, alone") {
        writeBytes(corpus.path / "b.fake", "Gyumri, Tbilisi and Vanadzor in 1993.\n");
        counter.calls.clear();
        const auto changed = indexCorpusCached(corpus.path, features, "g", cache.path, 1, counter.readers());
        CHECK(counter.calls == std::map<std::string, int>{{"b.fake", 1}});
        CHECK(!changed.fromCache);  // the index follows the new text
        CHECK(changed.index.documents[1].bytes.find("1993") != std::string::npos);
    }
    SECTION("a touched file (same bytes, new mtime) is read again") {
        bumpMtime(corpus.path / "a.fake");
        counter.calls.clear();
        const auto touched = indexCorpusCached(corpus.path, features, "g", cache.path, 1, counter.readers());
        CHECK(counter.calls == std::map<std::string, int>{{"a.fake", 1}});
        CHECK(touched.fromCache);  // same text: the index cache still fits
        counter.calls.clear();
        indexCorpusCached(corpus.path, features, "g", cache.path, 1, counter.readers());
        CHECK(counter.total() == 0);  // and the new stamp was kept
    }
    SECTION("a new file is read; a removed one leaves the cache") {
        writeBytes(corpus.path / "d.fake", "Kars.\n");
        fs::remove(corpus.path / "a.fake");
        counter.calls.clear();
        indexCorpusCached(corpus.path, features, "g", cache.path, 1, counter.readers());
        CHECK(counter.calls == std::map<std::string, int>{{"d.fake", 1}});
        ExtractionCache reopened(cache.path, corpus.path);
        CHECK(reopened.warning().empty());
        const std::string bytes = reopened.serialize();
        CHECK(bytes.find("a.fake") == std::string::npos);
        CHECK(bytes.find("d.fake") != std::string::npos);
    }
    SECTION("a corrupt cache file is named, ignored and rewritten") {
        ExtractionCache probe(cache.path, corpus.path);
        writeBytes(probe.file(), "ATLASXTR garbage");
        counter.calls.clear();
        const auto rebuilt = indexCorpusCached(corpus.path, features, "g", cache.path, 1, counter.readers());
        CHECK(counter.total() == 2);
        bool named = false;
        for (const auto& w : rebuilt.index.warnings)
            named = named || (w.file == probe.file().string() && w.message.find("extraction cache ignored") == 0);
        CHECK(named);
        counter.calls.clear();
        indexCorpusCached(corpus.path, features, "g", cache.path, 1, counter.readers());
        CHECK(counter.total() == 0);
    }
}

TEST_CASE("A file a reader cannot read is asked again next time, with the same warning", "[cache]") {
    TempDir corpus;
    TempDir cache;
    writeBytes(corpus.path / "locked.fake", "LOCKED");
    CountingReader counter;
    for (int run = 0; run < 2; ++run) {
        const auto r = indexCorpusCached(corpus.path, smallGazetteer(), "g", cache.path, 1, counter.readers());
        bool warned = false;
        for (const auto& w : r.index.warnings) warned = warned || (w.file == "locked.fake" && w.message == "locked");
        CHECK(warned);
    }
    CHECK(counter.calls["locked.fake"] == 2);
}

TEST_CASE("Extraction cache: round trip, and refusal of other versions and truncation", "[cache]") {
    TempDir corpus;
    TempDir cache;
    makeCorpus(corpus.path);
    CountingReader counter;
    ExtractionCache x(cache.path, corpus.path);
    loadCorpusDirectory(corpus.path, x.wrap(counter.readers()));
    CHECK(x.misses() == 2);
    const std::string bytes = x.serialize();
    ExtractionCache y;
    std::string error;
    REQUIRE(y.parse(bytes, error));
    CHECK(y.serialize() == bytes);
    for (std::size_t cut : {std::size_t{0}, std::size_t{10}, bytes.size() / 2, bytes.size() - 1}) {
        ExtractionCache z;
        error.clear();
        CHECK_FALSE(z.parse(std::string_view(bytes).substr(0, cut), error));
        CHECK(!error.empty());
    }
    std::string otherVersion = bytes;
    otherVersion[8] = static_cast<char>(kExtractionCacheVersion + 1);
    error.clear();
    CHECK_FALSE(y.parse(otherVersion, error));
    CHECK(error.find("version") == 0);
    SECTION("no cache folder: nothing is wrapped or written") {
        ExtractionCache none({}, corpus.path);
        CHECK(none.file().empty());
        CHECK(none.wrap(counter.readers()).size() == 1);
        CHECK(!none.save());
    }
}

TEST_CASE("Indexing progress counts files read and documents linked", "[cache][progress]") {
    TempDir corpus;
    makeCorpus(corpus.path);
    CountingReader counter;
    IndexProgress progress;
    progress.beginPhase("Reading", 0);
    CorpusLoad load = loadCorpusDirectory(corpus.path, counter.readers(), &progress);
    auto s = progress.snapshot();
    CHECK(s.phase == "Reading");
    CHECK(s.done == 3);
    CHECK(s.total == 3);
    CHECK(s.current == "c.txt");
    CHECK(s.fraction() == Approx(1.0));
    const CorpusIndex index = buildCorpusIndex(std::move(load.documents), smallGazetteer(), {}, 2, &progress);
    s = progress.snapshot();
    CHECK(s.phase == "Linking");
    CHECK(s.done == index.documents.size());
    CHECK(s.total == 3);
    progress.beginPhase("Linking", 4);
    progress.advance("x");
    CHECK(progress.snapshot().fraction() == Approx(0.25));
    progress.working("y");
    CHECK(progress.snapshot().current == "y");
    CHECK(progress.snapshot().done == 1);
}
