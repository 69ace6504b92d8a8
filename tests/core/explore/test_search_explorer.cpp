// Search ranking, typo and script tolerance; a feature's passages; time follows the text — on the real data.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/corpus/corpus_index.hpp"
#include "core/explore/explorer.hpp"
#include "core/gazetteer/gazetteer_json.hpp"
#include "core/explore/search.hpp"
#include "core/text/utf8.hpp"

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

TEST_CASE("passage results name their document's title and show a snippet around the match", "[search]") {
    const auto r = search("humanitarian supplies", data().gazetteer, &data().corpus, 50);
    std::size_t passages = 0;
    for (const auto& x : r) {
        if (x.kind != SearchResult::Kind::Passage) continue;
        ++passages;
        CAPTURE(x.label, x.matched);
        const auto& p = data().corpus.passages[x.index];
        CHECK(x.label == data().corpus.documents[p.documentIndex].readerTitle());
        CHECK(x.label.find('#') == std::string::npos);  // not "001_85c180ad74b6626a #p32"
        CHECK(x.label.find(data().corpus.documents[p.documentIndex].stem) == std::string::npos);
        // The snippet carries the first word, highlighted, and is short whatever the passage's length.
        REQUIRE(x.highlightEnd > x.highlightBegin);
        REQUIRE(x.highlightEnd <= x.matched.size());
        CHECK(searchKey(x.matched.substr(x.highlightBegin, x.highlightEnd - x.highlightBegin)) == "humanitarian");
        CHECK(x.matched.size() <= 50 + 110 + 30);
        CHECK(x.matched.find('\n') == std::string::npos);
        CHECK(countInvalidUtf8(x.matched) == 0);
    }
    CHECK(passages > 0);
}

TEST_CASE("search snippets: cut at spaces with ellipses, matches found through folding", "[search]") {
    const std::string text = "The road was closed for months. Humanitarian supplies reached Stepanakert only by air, "
                             "and the blockade of the Lachin corridor ended in September.";
    const Snippet s = searchSnippet(text, "lachin", 20, 20);
    CHECK(s.text == "\xE2\x80\xA6" "blockade of the Lachin corridor ended in\xE2\x80\xA6");
    CHECK(s.text.substr(s.begin, s.end - s.begin) == "Lachin");

    const Snippet start = searchSnippet(text, "the road", 20, 200);  // at the start: no leading ellipsis, no cut
    CHECK(start.text == text);
    CHECK(start.begin == 0);
    CHECK(start.end == 3);

    const Snippet folded = searchSnippet("Шуша и Şuşa: two names", "susa", 50, 50);  // Azerbaijani ş folds to s
    CHECK(folded.text.substr(folded.begin, folded.end - folded.begin) == "Şuşa");

    const Snippet inside = searchSnippet("the Artsakh-Karabakh question", "karabakh", 50, 50);
    CHECK(inside.text.substr(inside.begin, inside.end - inside.begin) == "Karabakh");

    const Snippet none = searchSnippet("nothing to see here, really nothing at all", "lachin", 5, 10);
    CHECK(none.begin == none.end);
    CHECK(none.text.starts_with("nothing to"));
    CHECK(none.text.ends_with("\xE2\x80\xA6"));
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

TEST_CASE("status counts: thematic features drawn now and passages about the current time", "[status]") {
    MapModel model;
    auto add = [&](const std::string& gid, MapLayer layer) {
        MapFeature f;
        f.id = gid.empty() ? "land" : gid;
        f.gazetteerId = gid;
        f.layer = layer;
        model.features.push_back(f);
    };
    add("", MapLayer::Land);  // basemap: never counted
    add("lachin", MapLayer::Place);
    add("lachin-corridor", MapLayer::Corridor);
    add("nkao", MapLayer::Region);
    std::vector<FeatureVisual> visuals(model.features.size());
    std::vector<bool> layers(static_cast<std::size_t>(MapLayer::Count), true);
    const CorpusIndex& corpus = data().corpus;

    const StatusCounts all = statusCounts(model, visuals, layers, &corpus, TimeFilter{});
    CHECK(all.features == 3);
    std::size_t content = 0;
    for (const Passage& p : corpus.passages) content += p.kind != PassageKind::Boilerplate;
    CHECK(all.passages == content);
    CHECK(all.passages < corpus.passages.size());  // the web clutter of one article is left out

    visuals[3].opacity = 0.0f;                                    // hidden by the time filter
    layers[static_cast<std::size_t>(MapLayer::Corridor)] = false;  // layer switched off
    TimeFilter y1923;
    y1923.year = 1923;
    const StatusCounts then = statusCounts(model, visuals, layers, &corpus, y1923);
    CHECK(then.features == 1);
    CHECK(then.passages > 0);
    CHECK(then.passages < all.passages / 4);
    CHECK(statusCounts(model, visuals, layers, nullptr, y1923).passages == 0);  // corpus still loading
}

TEST_CASE("co-mentions: the features named in the same passages, most shared first", "[explorer]") {
    const auto co = coMentions(data(), "lachin-corridor", 50);
    REQUIRE(co.size() >= 3);
    for (std::size_t i = 1; i < co.size(); ++i) CHECK(co[i - 1].passages >= co[i].passages);
    for (const CoMention& c : co) CHECK(c.featureId != "lachin-corridor");
    auto shared = [&](const std::string& id) {
        for (const CoMention& c : co)
            if (c.featureId == id) return c.passages;
        return std::size_t{0};
    };
    CHECK(shared("armenia") > 0);  // the corridor links Armenia and Karabakh
    // the count is a number of passages: never more than the corridor's own passages
    CHECK(co.front().passages <= data().links->passagesOf("lachin-corridor").size());
    CHECK(coMentions(data(), "lachin-corridor", 2).size() == 2);
    CHECK(coMentions(data(), "no-such-feature").empty());
}

TEST_CASE("place symbols sized by mentions grow with the logarithm of the count", "[explorer]") {
    CHECK(mentionSymbolScale(0) == Approx(0.6f));
    CHECK(mentionSymbolScale(3) == Approx(1.2f));
    CHECK(mentionSymbolScale(10) > mentionSymbolScale(3));
    CHECK(mentionSymbolScale(100000) == Approx(2.4f));  // capped
}

TEST_CASE("co-mention focus fades what the selection's passages do not name; mention scales size places", "[explorer]") {
    MapModel model;
    auto add = [&](const std::string& gid, MapLayer layer) {
        MapFeature f;
        f.id = gid.empty() ? "land" : gid;
        f.gazetteerId = gid;
        f.layer = layer;
        model.features.push_back(f);
    };
    add("", MapLayer::Land);
    add("lachin-corridor", MapLayer::Corridor);
    add("armenia", MapLayer::Country);
    add("shusha", MapLayer::Place);
    add("granada", MapLayer::Place);  // Granada is named in the corpus, never with the corridor
    const auto co = coMentions(data(), "lachin-corridor", 1000);
    const bool shushaShared = std::any_of(co.begin(), co.end(), [](const CoMention& c) { return c.featureId == "shusha"; });
    const bool granadaShared = std::any_of(co.begin(), co.end(), [](const CoMention& c) { return c.featureId == "granada"; });
    REQUIRE_FALSE(granadaShared);

    const auto focus = coMentionFocus(model, data(), "lachin-corridor", 0.2f);
    REQUIRE(focus.size() == model.features.size());
    CHECK(focus[0] == 1.0f);  // base map
    CHECK(focus[1] == 1.0f);  // the selection itself
    CHECK(focus[2] == 1.0f);  // countries stay: they are the base map's fills
    CHECK(focus[3] == (shushaShared ? 1.0f : 0.2f));
    CHECK(focus[4] == 0.2f);

    const auto scales = mentionScales(model, data());
    CHECK(scales[1] == 1.0f);  // not a place
    CHECK(scales[3] == Approx(mentionSymbolScale(data().links->mentionsOf("shusha").size())));
    CHECK(scales[3] > scales[4]);  // Shusha is named far more often than Granada

    std::vector<FeatureVisual> visuals(model.features.size());
    applyEmphasis(visuals, focus, scales);
    CHECK(visuals[4].opacity == Approx(0.2f));
    CHECK(visuals[3].widthScale == Approx(scales[3]));
    applyEmphasis(visuals, {}, {});  // empty: no change
    CHECK(visuals[4].opacity == Approx(0.2f));
}
