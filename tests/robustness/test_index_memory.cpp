// Memory of indexing a dense one-line document (issue 15, resources): the per-document mention cap bounds the
// heap while matching, not only what is kept afterwards. Heap bytes come from heap_peak.cpp's counting new/delete.
#include <catch2/catch.hpp>

#include <string>

#include "core/corpus/corpus_index.hpp"
#include "core/corpus/document.hpp"
#include "core/gazetteer/gazetteer_json.hpp"
#include "heap_peak.hpp"

using namespace atlas;

namespace {

constexpr const char* kSentence = "Baku, Ganja, Yerevan and Shusha; ";  // four mentions in 33 bytes

/// `bytes` of place names and nothing else, on one line (scripts/dense_corpus.sh makes the 200 MB one).
std::string denseText(std::size_t bytes) {
    std::string text;
    text.reserve(bytes);
    while (text.size() + 33 <= bytes) text += kSentence;
    return text;
}

struct Measured {
    core::DocumentIndex index;
    std::size_t peakAbove = 0;  // peak heap during indexDocument, above what was live before it
};

Measured indexMeasured(const core::Document& doc, const core::NameMatcher& matcher, std::size_t cap) {
    Measured m;
    const std::size_t before = test::liveHeapBytes();
    test::resetHeapPeak();
    m.index = core::indexDocument(doc, 0, matcher, cap);
    m.peakAbove = test::peakHeapBytes() - before;
    return m;
}

}  // namespace

TEST_CASE("index memory: the heap counter sees containers", "[index_memory]") {
    const std::size_t before = test::liveHeapBytes();
    test::resetHeapPeak();
    {
        std::string big(1 << 20, 'x');
        CHECK(test::liveHeapBytes() >= before + (1u << 20));
    }
    CHECK(test::peakHeapBytes() >= before + (1u << 20));
    CHECK(test::liveHeapBytes() < before + 4096);
}

TEST_CASE("index memory: a dense one-line document past the mention cap costs memory for the cap, not for every "
          "mention", "[index_memory]") {
    const auto features =
        core::loadGazetteerFile(std::string(ATLAS_TEST_DATA_DIR) + "/gazetteer/small.geojson").features;
    const core::NameMatcher matcher(features);
    // The sentence really gives four mentions, so the count in the message can be checked exactly.
    const core::DocumentIndex few = core::indexDocument(core::makeDocument("few.txt", denseText(33 * 10)), 0, matcher);
    REQUIRE(few.mentions.size() == 40);

    const std::size_t size = 2u << 20;
    const core::Document doc = core::makeDocument("dense.txt", denseText(size));
    const std::size_t all = (size / 33) * 4;
    const Measured capped = indexMeasured(doc, matcher, 10000);
    CHECK(capped.index.mentions.size() == 10000);
    REQUIRE_FALSE(capped.index.split.warnings.empty());
    CHECK(capped.index.split.warnings.back().message ==
          std::to_string(all) + " place mentions; only the first 10000 are kept");
    const Measured uncapped = indexMeasured(doc, matcher, all);
    CHECK(uncapped.index.mentions.size() == all);
    CAPTURE(size, all, capped.peakAbove, uncapped.peakAbove);
    // Capped: passages, folded text and 10,000 mentions, within four times the document (measured 6.3 MiB, 3.1
    // times). Every mention kept (254,200 here) costs far more (measured 57 MiB); before the cap was applied
    // while matching, a capped run peaked just as high as that.
    CHECK(capped.peakAbove < 4 * size);
    CHECK(uncapped.peakAbove > 5 * capped.peakAbove);
}
