// Replays every saved crashing fuzz input (tests/data/fuzz_regressions/<target>/) through the fuzz entry points.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <functional>

#include "../../fuzz/fuzz_entry_points.hpp"
#include "corpus_test_util.hpp"

namespace {

void replay(const std::string& target, const std::function<void(std::string_view)>& entry) {
    const std::filesystem::path dir = std::filesystem::path(ATLAS_TEST_DATA_DIR) / "fuzz_regressions" / target;
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(dir))
        for (const auto& e : std::filesystem::directory_iterator(dir))
            if (e.is_regular_file() && e.path().filename() != ".keep") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
        CAPTURE(f.string());
        const std::string bytes = atlas::core::test::readBytes(f.string());
        CHECK_NOTHROW(entry(bytes));
    }
    // The seeds must pass too (they are what the fuzzers start from).
    const std::filesystem::path seeds = std::filesystem::path(ATLAS_SOURCE_DIR) / "tests" / "fuzz" / "seeds" / target;
    REQUIRE(std::filesystem::is_directory(seeds));
    for (const auto& e : std::filesystem::directory_iterator(seeds)) {
        CAPTURE(e.path().string());
        CHECK_NOTHROW(entry(atlas::core::test::readBytes(e.path().string())));
    }
}

}  // namespace

TEST_CASE("fuzz regressions: passage splitter", "[corpus][fuzz]") { replay("passage_splitter", atlas::fuzz::fuzzPassageSplitter); }
TEST_CASE("fuzz regressions: year extractor", "[corpus][fuzz]") { replay("year_extractor", atlas::fuzz::fuzzYearExtractor); }
TEST_CASE("fuzz regressions: matcher", "[corpus][fuzz]") { replay("matcher", atlas::fuzz::fuzzMatcher); }
TEST_CASE("fuzz regressions: gazetteer parser", "[corpus][fuzz]") { replay("gazetteer", atlas::fuzz::fuzzGazetteerParser); }

TEST_CASE("fuzz entry points accept edge inputs", "[corpus][fuzz]") {
    for (const std::string& s : {std::string(), std::string(1, '\0'), std::string("\xFF\xFE"), std::string(3000, '\n'),
                                std::string("\xCC\x81\xCC\x81 Lachin\xCC"), std::string("US U.S. u.s. Washington, D.C")}) {
        CHECK_NOTHROW(atlas::fuzz::fuzzPassageSplitter(s));
        CHECK_NOTHROW(atlas::fuzz::fuzzYearExtractor(s));
        CHECK_NOTHROW(atlas::fuzz::fuzzMatcher(s));
        CHECK_NOTHROW(atlas::fuzz::fuzzGazetteerParser(s));
    }
}
