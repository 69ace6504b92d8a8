// The real corpus: manifest, passage invariants, mention offsets, and the hand-checked recall/precision sample.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "core/corpus/corpus_index.hpp"
#include "core/corpus/link_index.hpp"
#include "corpus_test_util.hpp"

using namespace atlas::core;
using namespace atlas::core::test;

namespace {

const std::string kCorpusDir = std::string(ATLAS_SOURCE_DIR) + "/corpus";

const std::vector<GazetteerFeature>& goldGazetteer() {
    static const std::vector<GazetteerFeature> features = [] {
        const GazetteerParseResult r = loadGazetteerFile(std::string(ATLAS_TEST_DATA_DIR) + "/corpus/gold_gazetteer.geojson");
        REQUIRE(r.problems.empty());
        return r.features;
    }();
    return features;
}

const CorpusIndex& realIndex() {
    static const CorpusIndex index = indexCorpusDirectory(kCorpusDir, goldGazetteer());
    return index;
}

}  // namespace

TEST_CASE("the real corpus loads with its manifest", "[corpus][real]") {
    const CorpusIndex& index = realIndex();
    REQUIRE(index.documents.size() == 5);
    for (const Document& d : index.documents) CHECK(d.meta.inManifest);
    for (const CorpusWarning& w : index.warnings) CHECK(w.message.find("manifest") == std::string::npos);
    CHECK(index.documents[1].displayTitle() == "Azerbaijan and the New Regional Geopolitical Configuration");
    CHECK(index.documents[0].displayTitle() == "000_53cb930b53d2f96d.txt");  // no title in the text
    // ... so the reader names it by its manifest note's first clause, not by a hash-like file name
    CHECK(index.documents[0].readerTitle() == "Untitled opinion excerpt on Russia, Armenia and Azerbaijan after the 2020 war");
    CHECK(index.documents[1].readerTitle() == index.documents[1].displayTitle());
    CHECK(index.documents[3].meta.date == "2023-11-18");
    CHECK(index.documents[3].year() == 2023);
}

TEST_CASE("real passages have unique ids and ranges inside their file", "[corpus][real]") {
    const CorpusIndex& index = realIndex();
    std::set<std::string> ids;
    std::map<PassageKind, std::size_t> kinds;
    for (const Passage& p : index.passages) {
        CAPTURE(p.id);
        CHECK(ids.insert(p.id).second);
        CHECK_FALSE(p.cleanText.empty());
        REQUIRE_FALSE(p.ranges.empty());
        const std::string& bytes = index.documents[p.documentIndex].bytes;
        for (std::size_t i = 0; i < p.ranges.size(); ++i) {
            CHECK(p.ranges[i].begin < p.ranges[i].end);
            CHECK(p.ranges[i].end <= bytes.size());
            if (i > 0) CHECK(p.ranges[i - 1].end < p.ranges[i].begin);
        }
        ++kinds[p.kind];
    }
    for (PassageKind k : {PassageKind::Body, PassageKind::Heading, PassageKind::Footnote, PassageKind::Boilerplate,
                          PassageKind::FrontMatter, PassageKind::References, PassageKind::PullQuote})
        CHECK(kinds[k] > 0);
    CHECK(kinds[PassageKind::Footnote] == 180);  // the thesis has footnotes 1..180
}

TEST_CASE("every thesis footnote is cited by a body passage", "[corpus][real]") {
    const CorpusIndex& index = realIndex();
    std::size_t footnotes = 0;
    for (const Passage& p : index.passages) {
        if (p.kind != PassageKind::Footnote) continue;
        ++footnotes;
        CHECK(p.footnoteNumber == static_cast<int>(footnotes));  // numbered 1..180 in order
        CAPTURE(p.cleanText);
        CHECK(p.footnoteNumber.has_value());
        CHECK_FALSE(p.citedBy.empty());
    }
    CHECK(footnotes == 180);
}

TEST_CASE("every real mention's bytes fold to the name that matched, or are its inflected form or a route by its ends",
          "[corpus][real]") {
    const CorpusIndex& index = realIndex();
    REQUIRE(index.mentions.size() > 1000);
    for (const Mention& m : index.mentions) {
        CAPTURE(m.passageId, m.text, m.name);
        const std::string onDisk = readBytes(kCorpusDir + "/" + index.documents[m.documentIndex].meta.file);
        std::string reread;
        for (const ByteRange& r : m.ranges) {
            if (!reread.empty()) reread.push_back(' ');
            reread += onDisk.substr(r.begin, r.end - r.begin);
        }
        CHECK(reread == m.text);
        const std::string folded = foldForMatch(reread);
        const std::string name = foldForMatch(m.name);
        if (folded == name) continue;
        // docs/corpus.md rule 7: a declined form begins like its name ("россии", "россия"); rule 8: a corridor or
        // border named by its two ends ("Armenian-Azeri border").
        const auto feature = std::find_if(goldGazetteer().begin(), goldGazetteer().end(),
                                          [&](const GazetteerFeature& f) { return f.id == m.featureId; });
        REQUIRE(feature != goldGazetteer().end());
        const bool route = feature->kind == FeatureKind::Corridor || feature->kind == FeatureKind::Border;
        CHECK((route || folded.substr(0, 6) == name.substr(0, 6)));
    }
}

TEST_CASE("hand-checked sample: recall and precision >= 0.95", "[corpus][real][gold]") {
    const CorpusIndex& index = realIndex();
    const nlohmann::json gold = nlohmann::json::parse(readBytes(std::string(ATLAS_TEST_DATA_DIR) + "/corpus/gold_mentions.json"));
    const LinkIndex links(index);
    std::size_t goldTotal = 0;
    std::size_t foundTotal = 0;
    std::size_t agreed = 0;
    std::set<std::size_t> documentsSeen;
    for (const auto& entry : gold["passages"]) {
        const std::string file = entry["document"];
        const std::string start = entry["starts_with"];
        const Passage* passage = nullptr;
        for (const Passage& p : index.passages)
            if (index.documents[p.documentIndex].meta.file == file && p.cleanText.rfind(start, 0) == 0) passage = &p;
        CAPTURE(file, start);
        REQUIRE(passage != nullptr);
        documentsSeen.insert(passage->documentIndex);
        std::multiset<std::pair<std::string, std::string>> expected;
        for (const auto& m : entry["mentions"]) expected.insert({m[0].get<std::string>(), foldForMatch(m[1].get<std::string>())});
        std::multiset<std::pair<std::string, std::string>> found;
        for (const Mention& m : index.mentions)
            if (m.passageId == passage->id) found.insert({m.featureId, foldForMatch(m.text)});
        std::size_t common = 0;
        std::multiset<std::pair<std::string, std::string>> rest = found;
        for (const auto& e : expected) {
            auto it = rest.find(e);
            if (it != rest.end()) {
                ++common;
                rest.erase(it);
            } else {
                UNSCOPED_INFO("missed: " << e.first << " '" << e.second << "' in " << passage->id);
            }
        }
        for (const auto& r : rest) UNSCOPED_INFO("extra: " << r.first << " '" << r.second << "' in " << passage->id);
        goldTotal += expected.size();
        foundTotal += found.size();
        agreed += common;
        CHECK(links.featuresOf(passage->id).size() == std::set<std::string>([&] {
                  std::set<std::string> s;
                  for (const auto& f : found) s.insert(f.first);
                  return s;
              }()).size());
    }
    CHECK(gold["passages"].size() >= 40);
    CHECK(documentsSeen.size() == 5);
    const double recall = static_cast<double>(agreed) / static_cast<double>(goldTotal);
    const double precision = static_cast<double>(agreed) / static_cast<double>(foundTotal);
    WARN("gold sample: " << gold["passages"].size() << " passages, " << goldTotal << " gold mentions, " << foundTotal
                         << " found, recall " << recall << ", precision " << precision);
    CHECK(recall >= 0.95);
    CHECK(precision >= 0.95);
}

TEST_CASE("the Lachin corridor links to passages in several documents", "[corpus][real]") {
    const CorpusIndex& index = realIndex();
    const LinkIndex links(index);
    const auto perDoc = links.countsPerDocument("lachin-corridor");
    CHECK(perDoc.size() >= 3);
    const auto passages = links.passagesOf("lachin-corridor");
    REQUIRE_FALSE(passages.empty());
    for (const std::string& pid : passages) {
        const auto features = links.featuresOf(pid);
        CHECK(std::find(features.begin(), features.end(), "lachin-corridor") != features.end());
    }
    CHECK(links.mentionsOf("no-such-feature").empty());
}
