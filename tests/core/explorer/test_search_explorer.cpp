// Search ranking, typo and script tolerance; a feature's passages; time follows the text — on the real data.
#include <catch2/catch.hpp>

#include "core/corpus/corpus_index.hpp"
#include "core/explorer.hpp"
#include "core/gazetteer_json.hpp"
#include "core/search.hpp"

using namespace atlas::core;

namespace {
const AtlasData& data() {
    static std::unique_ptr<AtlasData> d = [] {
        auto g = loadGazetteerFile(std::string(ATLAS_SOURCE_DIR) + "/geodata/gazetteer.geojson");
        auto c = indexCorpusDirectory(std::string(ATLAS_SOURCE_DIR) + "/corpus", g.features);
        return makeAtlasData(std::move(g.features), std::move(c));
    }();
    return *d;
}
std::string topFeature(const std::string& q) {
    const auto r = search(q, data().gazetteer, nullptr, 5);
    if (r.empty() || r.front().kind != SearchResult::Kind::Feature) return "(none)";
    return data().gazetteer[r.front().index].id;
}
}  // namespace

TEST_CASE("search keys fold case, accents and dashes", "[search]") {
    CHECK(searchKey("Xankəndi") == "xankendi");
    CHECK(searchKey("  Nagorno-Karabakh ") == "nagorno karabakh");
    CHECK(searchKey("ŞUŞA") == "susa");
    CHECK(searchKey("Степанакерт") == "степанакерт");
    CHECK(editDistance(U"stepanakert", U"stepanakrt", 2) == 1);
    CHECK(editDistance(U"lachin", U"lahcin", 2) == 1);  // transposition
    CHECK(editDistance(U"baku", U"yerevan", 2) == 3);   // capped
}

TEST_CASE("name search finds features in every script and through typos", "[search]") {
    auto [query, id] = GENERATE(table<std::string, std::string>({
        {"Stepanakert", "stepanakert"},
        {"xankendi", "stepanakert"},
        {"Stepanakrt", "stepanakert"},
        {"Степанакерт", "stepanakert"},
        {"Ստեփանակերտ", "stepanakert"},
        {"shushi", "shusha"},
        {"lachin corridor", "lachin-corridor"},
        {"Tblisi", "tbilisi"},
        {"nakhichevan", "nakhchivan"},
    }));
    CAPTURE(query);
    CHECK(topFeature(query) == id);
}

TEST_CASE("an exact name outranks a prefix, a prefix a typo", "[search]") {
    const auto r = search("Lachin", data().gazetteer, nullptr, 10);
    REQUIRE(r.size() >= 2);
    CHECK(r[0].score >= r[1].score);
    CHECK((data().gazetteer[r[0].index].id == "lachin" || data().gazetteer[r[0].index].id == "lachin-district"));
}

TEST_CASE("full-text search returns passages containing every word", "[search]") {
    const auto r = search("humanitarian supplies", data().gazetteer, &data().corpus, 50);
    bool sawPassage = false;
    for (const auto& x : r)
        if (x.kind == SearchResult::Kind::Passage) {
            sawPassage = true;
            const std::string key = searchKey(data().corpus.passages[x.index].cleanText);
            CHECK(key.find("humanitarian") != std::string::npos);
            CHECK(key.find("supplies") != std::string::npos);
        }
    CHECK(sawPassage);
}

TEST_CASE("the Lachin corridor's passages are grouped by document with the mention in its sentence", "[explorer]") {
    const auto groups = passagesForFeature(data(), "lachin-corridor");
    REQUIRE_FALSE(groups.empty());
    std::size_t total = 0;
    for (const auto& g : groups) {
        CHECK(g.mentions >= g.hits.size());
        for (const auto& h : g.hits) {
            CHECK(data().corpus.passages[h.passage].documentIndex == g.document);
            REQUIRE(h.highlightEnd <= h.sentence.size());
            if (h.highlightEnd > h.highlightBegin) {
                std::string m = h.sentence.substr(h.highlightBegin, h.highlightEnd - h.highlightBegin);
                for (char& c : m) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                CHECK(m.find("lachin") != std::string::npos);
            }
        }
        total += g.mentions;
    }
    CHECK(total == data().links->mentionsOf("lachin-corridor").size());
}

TEST_CASE("time filters keep passages that refer to the year", "[explorer]") {
    TimeFilter f;
    f.year = 2022;
    for (const auto& g : passagesForFeature(data(), "lachin-corridor", &f))
        for (const auto& h : g.hits) CHECK(passageMatchesTime(data().corpus.passages[h.passage], f));
    TimeFilter none;
    CHECK(passagesForFeature(data(), "lachin-corridor", &none).size() == passagesForFeature(data(), "lachin-corridor").size());
}

TEST_CASE("time follows the text", "[explorer]") {
    Passage p;
    CHECK_FALSE(timeForPassage(p));
    p.years = {{2020, 2020}};
    auto t = timeForPassage(p);
    REQUIRE(t);
    CHECK(t->year == std::optional<int>(2020));
    p.years = {{1991, 1994}, {2020, 2020}};
    t = timeForPassage(p);
    REQUIRE(t);
    CHECK_FALSE(t->year);
    CHECK(t->range == std::optional<std::pair<int, int>>(std::pair{1991, 2020}));
}

TEST_CASE("sentences are cut at sentence ends", "[explorer]") {
    const std::string s = "First one. The Lachin corridor was closed. Last.";
    const auto [b, e] = sentenceAround(s, s.find("Lachin"));
    CHECK(s.substr(b, e - b) == "The Lachin corridor was closed.");
}
