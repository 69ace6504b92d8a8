// Replays the seeds (tests/fuzz/seeds/<target>/) and every saved crashing input (tests/data/fuzz_regressions/<target>/)
// of the view-state, deck, corpus-document, index-cache, vector-file and document-reader fuzz targets through the entry points the fuzzers call.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "core/atomic_file.hpp"
#include "core/corpus/corpus_index.hpp"
#include "core/gazetteer/gazetteer_json.hpp"
#include "fuzz_entry_points.hpp"
#include "fuzz_file_entry_points.hpp"
#ifdef ATLAS_FUZZ_REPLAY_GEOIO
#include "fuzz_document_reader_entry_point.hpp"
#include "fuzz_vector_entry_point.hpp"
#endif

namespace fs = std::filesystem;

namespace {

std::string readBytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::vector<fs::path> filesIn(const fs::path& dir) {
    std::vector<fs::path> files;
    if (fs::is_directory(dir))
        for (const auto& e : fs::directory_iterator(dir))
            if (e.is_regular_file() && e.path().filename() != ".keep") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

/// Runs every seed and regression through `entry`; returns how many seeds there were.
std::size_t replay(const std::string& target, const std::function<void(std::string_view)>& entry) {
    const fs::path regressions = fs::path(ATLAS_TEST_DATA_DIR) / "fuzz_regressions" / target;
    REQUIRE(fs::is_directory(regressions));  // crashes found in CI are copied here
    for (const fs::path& f : filesIn(regressions)) {
        CAPTURE(f.string());
        CHECK_NOTHROW(entry(readBytes(f)));
    }
    const std::vector<fs::path> seeds = filesIn(fs::path(ATLAS_SOURCE_DIR) / "tests" / "fuzz" / "seeds" / target);
    for (const fs::path& f : seeds) {
        CAPTURE(f.string());
        CHECK_NOTHROW(entry(readBytes(f)));
    }
    return seeds.size();
}

}  // namespace

TEST_CASE("view-state seeds and regressions", "[fuzz]") {
    CHECK(replay("view_state", atlas::fuzz::fuzzViewState) >= 3);
}

TEST_CASE("deck seeds and regressions", "[fuzz]") {
    CHECK(replay("deck", atlas::fuzz::fuzzDeck) >= 4);
}

TEST_CASE("the view-state and deck invariants reject what they should", "[fuzz]") {
    // The entry points must be able to fail: a refused document without a reason is reported.
    CHECK_NOTHROW(atlas::fuzz::fuzzViewState(""));
    CHECK_NOTHROW(atlas::fuzz::fuzzDeck("{"));
    CHECK_THROWS_AS(atlas::fuzz::expect(false, "x"), std::logic_error);
    for (const std::string& s : {std::string(1, '\0'), std::string("[]"), std::string("null"), std::string("\xFF"),
                                std::string(R"({"format":"caucasus-atlas-view","version":1,"camera":{"lon":1e999}})"),
                                std::string(R"({"format":"caucasus-atlas-deck","version":1,"slides":[1,{},{"view":[]}]})")}) {
        CHECK_NOTHROW(atlas::fuzz::fuzzViewState(s));
        CHECK_NOTHROW(atlas::fuzz::fuzzDeck(s));
    }
}

TEST_CASE("index-cache seeds and regressions", "[fuzz]") {
    CHECK(replay("index_cache", atlas::fuzz::fuzzIndexCache) >= 3);
    // The seeds are what serializeIndex writes today for the fuzz documents, so the fuzzer starts from files that
    // reach the mention records: the whole index, one whose first mention has a text of its own (an extra), one
    // without mentions. After a format change, ATLAS_WRITE_FUZZ_SEEDS=1 writes them anew (then commit them).
    namespace core = atlas::core;
    const auto features = core::loadGazetteerFile(std::string(ATLAS_TEST_DATA_DIR) + "/gazetteer/small.geojson").features;
    const core::CorpusIndex whole = core::buildCorpusIndex(atlas::fuzz::fuzzIndexDocuments(), features);
    REQUIRE(whole.mentions.size() >= 5);
    core::CorpusIndex extra = whole;
    extra.mentions[0].text = "Shushi";
    core::CorpusIndex none = whole;
    none.mentions.clear();
    const fs::path dir = fs::path(ATLAS_SOURCE_DIR) / "tests/fuzz/seeds/index_cache";
    for (const auto& [name, index] : {std::pair<const char*, const core::CorpusIndex*>{"whole.bin", &whole},
                                      {"extras.bin", &extra}, {"no_mentions.bin", &none}}) {
        const std::string bytes = core::serializeIndex(*index, atlas::fuzz::kFuzzIndexKey);
        if (std::getenv("ATLAS_WRITE_FUZZ_SEEDS") != nullptr) REQUIRE_FALSE(core::writeFileAtomically(dir / name, bytes));
        CAPTURE(name);
        CHECK(core::readWholeFile(dir / name) == bytes);
        std::vector<core::Document> docs = atlas::fuzz::fuzzIndexDocuments();
        std::string error;
        CHECK(core::deserializeIndex(bytes, atlas::fuzz::kFuzzIndexKey, docs, error).has_value());
    }
    CHECK_NOTHROW(atlas::fuzz::fuzzIndexCache(""));
    CHECK_NOTHROW(atlas::fuzz::fuzzIndexCache("ATLASIDX"));
}

TEST_CASE("corpus-document seeds and regressions", "[fuzz]") {
    CHECK(replay("corpus_document", atlas::fuzz::fuzzCorpusDocument) >= 5);
}

#ifdef ATLAS_FUZZ_REPLAY_GEOIO
TEST_CASE("vector-file seeds and regressions", "[fuzz][gdal]") {
    CHECK(replay("vector_file", atlas::fuzz::fuzzVectorFile) >= 4);
    std::error_code ec;
    fs::remove_all(atlas::fuzz::fuzzVectorPath().parent_path(), ec);
}
#endif

#ifdef ATLAS_FUZZ_REPLAY_GEOIO
TEST_CASE("document-reader seeds and regressions", "[fuzz][formats]") {
    CHECK(replay("document_readers", atlas::fuzz::fuzzDocumentReaders) >= 8);
    // The invariants can fail: text that is not UTF-8 would be reported.
    CHECK_THROWS_AS(atlas::fuzz::checkExtracted(atlas::core::ExtractedText{"\xC3", {}, {}, {}, {}, {}}, ""),
                    std::logic_error);
    CHECK_THROWS_AS(atlas::fuzz::checkExtracted(std::nullopt, ""), std::logic_error);
}
#endif
