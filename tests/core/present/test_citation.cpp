// Citations and sentence quotes on the real corpus with the real gazetteer.
#include <catch2/catch.hpp>

#include <string>

#include "core/present/citation.hpp"
#include "core/corpus/corpus_index.hpp"
#include "core/corpus/link_index.hpp"
#include "core/gazetteer/gazetteer_json.hpp"

using namespace atlas::core;

namespace {

const std::vector<GazetteerFeature>& realGazetteer() {
    static const std::vector<GazetteerFeature> features =
        loadGazetteerFile(std::string(ATLAS_SOURCE_DIR) + "/geodata/gazetteer.geojson").features;
    return features;
}

const CorpusIndex& realIndex() {
    static const CorpusIndex index = indexCorpusDirectory(std::string(ATLAS_SOURCE_DIR) + "/corpus", realGazetteer());
    return index;
}

std::size_t passageIdx(const std::string& id) {
    const LinkIndex links(realIndex());
    const auto i = links.passageIndex(id);
    REQUIRE(i);
    return *i;
}

}  // namespace

TEST_CASE("citation: dates are written out", "[citation]") {
    CHECK(formatDate("2023-11-18") == "18 November 2023");
    CHECK(formatDate("2020-11") == "November 2020");
    CHECK(formatDate("2023") == "2023");
    CHECK(formatDate("2023-13-01") == "2023-13-01");
    CHECK(formatDate("soon") == "soon");
}

TEST_CASE("citation: all fields, and missing ones dropped", "[citation]") {
    DocumentMeta m;
    m.file = "x.txt";
    m.author = "A. Author";
    m.title = "A Title";
    m.outlet = "Outlet";
    m.date = "2020-11-10";
    m.url = "https://example.org/a";
    CHECK(formatCitation(m, {12, {}, {}}) == "A. Author, \"A Title\", Outlet, 10 November 2020, https://example.org/a, ¶12.");
    CHECK(formatCitation(m, {{}, 7, {}}) == "A. Author, \"A Title\", Outlet, 10 November 2020, https://example.org/a, n. 7.");
    CHECK(formatCitation(m, {12, {}, 3}) == "A. Author, \"A Title\", Outlet, 10 November 2020, https://example.org/a, p. 3, ¶12.");
    m.outlet.reset();
    m.url.reset();
    m.author.reset();
    CHECK(formatCitation(m, {}) == "\"A Title\", 10 November 2020.");
    m.title.reset();
    m.date.reset();
    CHECK(formatCitation(m, {3, {}, {}}) == "x.txt, ¶3.");
}

TEST_CASE("citation: real passages are cited with paragraph or footnote numbers", "[citation][real]") {
    const CorpusIndex& index = realIndex();
    REQUIRE(index.documents.size() == 5);
    // The first body paragraph of Pashayeva's essay (no outlet or date in the manifest).
    const std::size_t p5 = passageIdx("001_85c180ad74b6626a#p5");
    CHECK(index.passages[p5].kind == PassageKind::Body);
    CHECK(citePassage(index, p5) ==
          "Gulshan Pashayeva, \"Azerbaijan and the New Regional Geopolitical Configuration\", ¶1.");
    CHECK(citePassage(index, passageIdx("001_85c180ad74b6626a#p7")) ==
          "Gulshan Pashayeva, \"Azerbaijan and the New Regional Geopolitical Configuration\", ¶2.");
    // A dated news item without author or outlet.
    CHECK(citePassage(index, passageIdx("003_1829f9cda528f8c6#p3")).ends_with("\", 18 November 2023, ¶1."));
    // A footnote of the thesis.
    const std::string fn = citePassage(index, passageIdx("004_5e0463355af78295#p50"));
    CHECK(fn.starts_with("Феррелл, Стивен Дональд Виктор, \"New Driving Forces"));
    CHECK(fn.ends_with(", 2023, n. 2."));
    // The untitled document is named by its file.
    for (std::size_t i = 0; i < index.passages.size(); ++i) {
        if (index.passages[i].documentIndex != 0 || index.passages[i].kind != PassageKind::Body) continue;
        CHECK(citePassage(index, i) == "000_53cb930b53d2f96d.txt, ¶1.");
        break;
    }
    // The bulk numbering agrees with the single lookup.
    const auto places = passagePlaces(index);
    for (std::size_t i = 0; i < index.passages.size(); i += 7) {
        CHECK(places[i].paragraph == passagePlace(index, i).paragraph);
        CHECK(places[i].footnote == passagePlace(index, i).footnote);
    }
}

TEST_CASE("citation: quoteSentence picks the sentence holding a mention", "[citation][real]") {
    const CorpusIndex& index = realIndex();
    const LinkIndex links(index);
    SECTION("a hand-checked sentence") {
        const std::size_t pi = passageIdx("001_85c180ad74b6626a#p5");
        const Passage& p = index.passages[pi];
        const Document& doc = index.documents[p.documentIndex];
        const Mention* baku = nullptr;
        for (const auto& m : index.mentions)
            if (m.passageId == p.id && m.featureId == "karabakh") baku = &m;
        REQUIRE(baku);
        const std::string s = quoteSentence(doc, p, {baku->begin(), baku->end()});
        CHECK(s == "More than two years have passed since the Second Karabakh War ended and the 10 November 2020 "
                   "tripartite statement was signed.");
    }
    SECTION("every mention of the corpus: the quote is a sentence of the passage and holds the name") {
        std::size_t multiSentence = 0;
        for (const Mention& m : index.mentions) {
            const auto pi = links.passageIndex(m.passageId);
            REQUIRE(pi);
            const Passage& p = index.passages[*pi];
            const std::string q = quoteSentence(index.documents[m.documentIndex], p, {m.begin(), m.end()});
            CAPTURE(m.passageId, m.text, q);
            REQUIRE_FALSE(q.empty());
            CHECK(p.cleanText.find(q) != std::string::npos);
            const std::string cleanName = cleanTextOf(index.documents[m.documentIndex].bytes, m.ranges.toVector());
            CHECK(q.find(cleanName) != std::string::npos);
            if (q.size() < p.cleanText.size()) ++multiSentence;
        }
        CHECK(multiSentence > index.mentions.size() / 2);  // most quotes are shorter than their paragraph
    }
    SECTION("a range outside the passage gives nothing") {
        const Passage& p = index.passages[passageIdx("001_85c180ad74b6626a#p5")];
        CHECK(quoteSentence(index.documents[p.documentIndex], p, {0, 1}).empty());
    }
}
