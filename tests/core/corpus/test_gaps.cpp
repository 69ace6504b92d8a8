// Gaps (unknown place-name candidates): table-driven sentences for leading words, people, sentence starts, chrome.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/corpus/gaps.hpp"
#include "core/corpus/link_index.hpp"
#include "corpus_test_util.hpp"

using namespace atlas::core;
using namespace atlas::core::test;

namespace {
bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }
}  // namespace

TEST_CASE("candidates are the name itself, never the words that lead into it", "[corpus][gaps]") {
    auto [sentence, expected] = GENERATE(table<std::string, std::string>({
        {"Residents of Vayk waited for the buses on Tuesday.", "Vayk"},
        {"The road runs Near Yeghegnadzor and then climbs.", "Yeghegnadzor"},
        {"Shelling hit the outskirts; Villagers of Sadarak fled at dawn.", "Sadarak"},
        {"We drove on. Near Gavar the convoy stopped.", "Gavar"},
        {"Refugees from Tovuz arrived in the afternoon.", "Tovuz"},
        {"They crossed the Zod pass before the snow came.", "Zod"},
        // A dateline's place opens the text: kept although it is a lone sentence-initial word.
        {"Noyemberyan, May 2024. The road was closed.", "Noyemberyan"},
        {"Tovuz, Tuesday. Nothing moved.", "Tovuz"},
        {"A driver from Vanadzor said the road was bad.", "Vanadzor"},  // the speaker is from the place
        {"Жители Киранца перекрыли трассу.", "Киранца"},
        {"Дорога идёт мимо. Из Джермука до границы близко.", "Джермука"},
    }));
    CAPTURE(sentence);
    CHECK(candidatePlacePhrases(sentence) == std::vector<std::string>{expected});
}

TEST_CASE("people are not candidates: titles, given names, verbs of speech", "[corpus][gaps]") {
    auto [sentence, person] = GENERATE(table<std::string, std::string>({
        {"Later Ilham Aliyev flew to Shamkir for the ceremony.", "Aliyev"},
        {"On Monday Pashinyan said the talks would go on in Gavar.", "Pashinyan"},
        {"A statement by Nikol Pashinyan mentioned Noyemberyan twice.", "Pashinyan"},
        {"The envoy met Mayor Hovhannisyan in Vanadzor.", "Hovhannisyan"},
        {"In the morning Bayramov told reporters about Gadabay.", "Bayramov"},
        {"Президент Алиев прилетел в Шамкир.", "Алиев"},
    }));
    CAPTURE(sentence);
    const auto phrases = candidatePlacePhrases(sentence);
    for (const auto& p : phrases) CHECK(p.find(person) == std::string::npos);
    CHECK(phrases.size() == 1);  // the one place each sentence names
}

TEST_CASE("sentence starts, weapons, months, URLs and page numbers are not candidates", "[corpus][gaps]") {
    auto [sentence] = GENERATE(table<std::string>({
        {"The talks ended. This was expected. By evening nothing had changed."},
        {"However, May brought rain. Meanwhile, nothing changed."},  // a comma but no dateline
        {"Troops used an Iskander and a Bayraktar drone in October."},
        {"See https://www.Example.com/Report/Gavar and write to Desk@News.example."},
        {"continued on Page 3 of 10 of the report"},
        {"and the IDPs and NGOs cited Article 9 of the Constitution"},
    }));
    CAPTURE(sentence);
    CHECK(candidatePlacePhrases(sentence).empty());
}

TEST_CASE("findGaps leaves out surnames seen anywhere, headings, repeated page lines; filters by document or files",
          "[corpus][gaps]") {
    const auto features = smallGazetteer();
    std::vector<Document> docs;
    docs.push_back(makeDocument("a.txt", "Ilham Aliyev spoke in Tovuz.\n\n"
                                         "Later, Aliyev visited Tovuz and Gadabay again.\n\n"
                                         "Border News Weekly\n\nShelling reached Tovuz overnight.\n\n"
                                         "Border News Weekly\n\nResidents of Gadabay left.\n\nBorder News Weekly\n"));
    docs.push_back(makeDocument("b.txt", "Buses reached Vayk and Gavar by noon.\n"));
    const CorpusIndex index = buildCorpusIndex(std::move(docs), features);
    const NameMatcher matcher(features);
    const auto gaps = findGaps(index, matcher);
    std::vector<std::string> texts;
    for (const auto& g : gaps) texts.push_back(g.text);
    CAPTURE(texts);
    CHECK(!has(texts, "Aliyev"));               // a surname: "Ilham Aliyev" elsewhere
    CHECK(!has(texts, "Border News Weekly"));   // a line repeated three times: page chrome
    REQUIRE(!gaps.empty());
    CHECK(gaps.front().text == "Tovuz");        // ranked by mentions
    CHECK(gaps.front().count == 3);
    CHECK(has(texts, "Vayk"));
    GapOptions onlyB;
    onlyB.document = "b.txt";
    std::vector<std::string> inB;
    for (const auto& g : findGaps(index, matcher, onlyB)) inB.push_back(g.text);
    CHECK(inB == std::vector<std::string>{"Gavar", "Vayk"});
    onlyB.document = "b";  // the stem works too
    CHECK(findGaps(index, matcher, onlyB).size() == 2);
    // A workspace's own texts only (the window's review queue): the bundled base's names are left out.
    GapOptions workspaceOnly;
    workspaceOnly.files = std::vector<std::string>{"b.txt"};
    std::vector<std::string> own;
    for (const auto& g : findGaps(index, matcher, workspaceOnly)) own.push_back(g.text);
    CHECK(own == std::vector<std::string>{"Gavar", "Vayk"});
    workspaceOnly.files = std::vector<std::string>{};
    CHECK(findGaps(index, matcher, workspaceOnly).empty());  // a workspace without documents has nothing to review
}
