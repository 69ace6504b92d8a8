// Matcher: the name trie, longest wins, whole words, possessives, adjectives, scripts, acronyms, Washington and Georgia rules.
#include <catch2/catch.hpp>

#include <algorithm>
#include <tuple>

#include "core/corpus/matcher.hpp"
#include "core/corpus/name_automaton.hpp"
#include "corpus_test_util.hpp"

using namespace atlas::core;
using namespace atlas::core::test;

namespace {

struct Found {
    std::string feature;
    std::string text;
    bool adjectival;
    friend bool operator==(const Found&, const Found&) = default;
};

std::ostream& operator<<(std::ostream& os, const Found& f) { return os << "{" << f.feature << ", '" << f.text << "', " << f.adjectival << "}"; }

std::vector<Found> run(const std::string& text) {
    static const std::vector<GazetteerFeature> features = smallGazetteer();
    static const NameMatcher matcher(features);
    const Document doc = makeDocument("t.txt", text);
    Passage p;
    p.id = "t#p1";
    p.ranges = {{0, text.size()}};
    std::vector<Found> out;
    for (const Mention& m : matcher.match(doc, p)) {
        CHECK(text.substr(m.begin(), m.end() - m.begin()) == m.text);
        out.push_back({m.featureId, m.text, m.adjectival});
    }
    return out;
}

}  // namespace

TEST_CASE("the name trie finds whole-word, leftmost-longest matches from word starts", "[corpus][matcher]") {
    NameAutomaton trie;
    const auto he = trie.addPattern("he");
    const auto hers = trie.addPattern("hers");
    const auto sheSaid = trie.addPattern("she said");
    CHECK(trie.addPattern("he") == he);  // the same bytes twice: one pattern
    trie.build();
    CHECK(trie.patternCount() == 3);
    const std::string text = "ushers he hers she said, hersx he";
    std::vector<std::tuple<std::size_t, std::size_t, std::size_t>> hits;
    trie.forEachMatch(text, [&](std::size_t id, std::size_t b, std::size_t e) { hits.emplace_back(id, b, e); });
    // "ushers": no word starts at its "he"; "hersx": neither "he" nor "hers" ends at a word boundary.
    CHECK(hits == std::vector<std::tuple<std::size_t, std::size_t, std::size_t>>{
                      {he, 7, 9}, {hers, 10, 14}, {sheSaid, 15, 23}, {he, 31, 33}});
    CHECK(trie.longestWordAt(text, 25).first == NameAutomaton::kNone);
    CHECK(trie.longestWordAt("hers", 0) == std::pair<std::size_t, std::size_t>{hers, 4});
    CHECK(trie.longestWordAt("her", 0) == std::pair<std::size_t, std::size_t>{NameAutomaton::kNone, 0});
    // walkAt: the same match, and whether some pattern ends inside a word (what a suffixed form needs).
    const NameAutomaton::Walk hersx = trie.walkAt(text, 25);  // "hersx": "he" and "hers" end inside the word
    CHECK(hersx.pattern == NameAutomaton::kNone);
    CHECK(hersx.patternThenSuffix);
    const NameAutomaton::Walk exact = trie.walkAt("he said", 0);  // ends at a boundary: nothing follows in the word
    CHECK(exact.pattern == he);
    CHECK(exact.end == 2);
    CHECK_FALSE(exact.patternThenSuffix);
    CHECK(trie.walkAt("hers he", 0).patternThenSuffix);  // "he" inside "hers", though "hers" matches whole
    CHECK_FALSE(trie.walkAt("hex", 1).patternThenSuffix);  // "ex": no pattern starts so
}

TEST_CASE("the longest name wins", "[corpus][matcher]") {
    CHECK(run("They closed the Lachin corridor again.") == std::vector<Found>{{"lachin-corridor", "Lachin corridor", false}});
    CHECK(run("Residents of Lachin left.") == std::vector<Found>{{"lachin", "Lachin", false}});
    CHECK(run("Clashes on the Armenia-Azerbaijan border.") ==
          std::vector<Found>{{"armenia-azerbaijan-border", "Armenia-Azerbaijan border", false}});
    CHECK(run("Nagorno-Karabakh and Karabakh") ==
          std::vector<Found>{{"nagorno-karabakh", "Nagorno-Karabakh", false}, {"karabakh", "Karabakh", false}});
}

TEST_CASE("hyphen, dash, space and line-break variants match alike", "[corpus][matcher]") {
    for (const std::string name : {"Nagorno Karabakh", "Nagorno‑Karabakh", "Nagorno–Karabakh", "Nagorno\nKarabakh", "NAGORNO-KARABAKH"}) {
        const auto found = run("In " + name + " today");
        REQUIRE(found.size() == 1);
        CHECK(found[0].feature == "nagorno-karabakh");
        CHECK(found[0].text == name);
    }
}

TEST_CASE("whole words only; possessives match", "[corpus][matcher]") {
    CHECK(run("Bakuvian Yerevanian Shushaville").empty());
    CHECK(run("Azerbaijan's and Armenia’s positions") ==
          std::vector<Found>{{"azerbaijan", "Azerbaijan", false}, {"armenia", "Armenia", false}});
    CHECK(run("(Baku), \"Shusha\" and Yerevan.") ==
          std::vector<Found>{{"baku", "Baku", false}, {"shusha", "Shusha", false}, {"yerevan", "Yerevan", false}});
}

TEST_CASE("adjectival names are flagged", "[corpus][matcher]") {
    CHECK(run("Armenian and Azerbaijani forces; Azeri media; Armenians") ==
          std::vector<Found>{{"armenia", "Armenian", true}, {"azerbaijan", "Azerbaijani", true}, {"azerbaijan", "Azeri", true}});
}

TEST_CASE("other scripts and diacritics match", "[corpus][matcher]") {
    CHECK(run("Ереван и Нагорный Карабах") ==
          std::vector<Found>{{"yerevan", "Ереван", false}, {"nagorno-karabakh", "Нагорный Карабах", false}});
    CHECK(run("Երևան, ԵՐԵՎԱՆ") == std::vector<Found>{{"yerevan", "Երևան", false}});  // Վ is not the ligature
    CHECK(run("GƏNCƏ və Bakı, Şuşa, Laçın") == std::vector<Found>{
        {"ganja", "GƏNCƏ", false}, {"baku", "Bakı", false}, {"shusha", "Şuşa", false}, {"lachin", "Laçın", false}});
    CHECK(run("Ganja and Ge\xCC\x81nce\xCC\x81") == std::vector<Found>{{"ganja", "Ganja", false}});
}

TEST_CASE("acronyms match only in capitals", "[corpus][matcher]") {
    CHECK(run("The US position") == std::vector<Found>{{"united-states", "US", false}});
    CHECK(run("Let us go to the U.S. now").size() == 1);
    CHECK(run("it worries us").empty());
}

TEST_CASE("Washington: the city after a locative preposition, otherwise the US government", "[corpus][matcher]") {
    CHECK(run("A meeting was slated for November 20 in Washington.") == std::vector<Found>{{"washington-dc", "Washington", false}});
    CHECK(run("Ministers flew to Washington last week.") == std::vector<Found>{{"washington-dc", "Washington", false}});
    CHECK(run("Washington had suspended military assistance.") == std::vector<Found>{{"united-states", "Washington", false}});
    CHECK(run("Washington (like Paris) is promoting this idea.") == std::vector<Found>{{"united-states", "Washington", false}});
    CHECK(run("Washington's stance hardened.") == std::vector<Found>{{"united-states", "Washington", false}});
    CHECK(run("He lives in Washington, D.C. now.") == std::vector<Found>{{"washington-dc", "Washington, D.C.", false}});
}

TEST_CASE("Georgia is the country, not the US state", "[corpus][matcher]") {
    CHECK(run("Georgia did not participate.") == std::vector<Found>{{"georgia", "Georgia", false}});
    CHECK(run("the war in Georgia in 2008") == std::vector<Found>{{"georgia", "Georgia", false}});
}

TEST_CASE("a name cut by a page break gives a two-piece mention", "[corpus][matcher]") {
    const std::vector<GazetteerFeature> features = smallGazetteer();
    const NameMatcher matcher(features);
    const std::string text = "They reached the Lachin\n\n¹ A footnote.\n\ncorridor at dawn.";
    const Document doc = makeDocument("t.txt", text);
    Passage p;
    p.id = "t#p1";
    p.ranges = {{0, text.find("\n")}, {text.find("corridor"), text.size()}};
    const auto ms = matcher.match(doc, p);
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].featureId == "lachin-corridor");
    REQUIRE(ms[0].ranges.size() == 2);
    CHECK(text.substr(ms[0].ranges[0].begin, ms[0].ranges[0].end - ms[0].ranges[0].begin) == "Lachin");
    CHECK(text.substr(ms[0].ranges[1].begin, ms[0].ranges[1].end - ms[0].ranges[1].begin) == "corridor");
    CHECK(ms[0].text == "Lachin corridor");
}

TEST_CASE("a place opening an organisation's name is not a mention; its own bodies and demonyms are", "[corpus][matcher]") {
    CHECK(run("a professor at Baku State University said").empty());
    CHECK(run("the Yerevan Press Club and Baku's mayor") == std::vector<Found>{{"baku", "Baku", false}});
    CHECK(run("the Yerevan Group's statement").empty());
    CHECK(run("Bakı Dövlət Universiteti").empty());
    CHECK(run("the Azerbaijan Ministry of Defense") == std::vector<Found>{{"azerbaijan", "Azerbaijan", false}});
    CHECK(run("the Armenian Academy of Sciences") == std::vector<Found>{{"armenia", "Armenian", true}});
    CHECK(run("Baku Energy Week opened") == std::vector<Found>{{"baku", "Baku", false}});  // no head within three words
    CHECK(run("Baku. Group travel") == std::vector<Found>{{"baku", "Baku", false}});       // the sentence ended
}

TEST_CASE("matchRecords finds what matchAll finds, as fixed-size records", "[corpus][matcher][records]") {
    const std::vector<GazetteerFeature> features = smallGazetteer();
    const NameMatcher matcher(features);
    // A name cut by a page break (two pieces), an adjectival prefix, a route compound and plain names.
    const std::string text = "They reached the Lachin\n\n¹ A footnote.\n\ncorridor at dawn. A Baku-based group.\n\n"
                             "Convoys left Shusha for Yerevan, then Ganja and Baku.";
    const Document doc = makeDocument("t.txt", text);
    std::vector<Passage> passages(2);
    passages[0].id = "t#p1";
    passages[0].ranges = {{0, text.find('\n')}, {text.find("corridor"), text.find("\n\nConvoys")}};
    passages[1].id = "t#p2";
    passages[1].ranges = {{text.find("Convoys"), text.size()}};
    std::vector<Mention> mentions;
    const std::size_t found = matcher.matchAll(doc, passages, mentions);
    std::vector<MentionRecord> records(3);  // appended after what is there
    std::vector<MentionRecordExtra> extras;
    CHECK(matcher.matchRecords(doc, passages, 7, records, extras) == found);
    const std::vector<std::string> names = matcher.recordNames();
    REQUIRE(mentions.size() >= 6);
    REQUIRE(records.size() == 3 + mentions.size());
    REQUIRE(extras.size() == 1);  // the Lachin corridor, in two pieces
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        const Mention& m = mentions[i];
        const MentionRecord& r = records[3 + i];
        CHECK(names[2 * r.name()] == m.featureId);
        CHECK(names[2 * r.name() + 1] == m.name);
        CHECK(passages[r.passage].id == m.passageId);
        CHECK(r.document == 7);
        CHECK(r.begin == m.begin());
        CHECK(r.end() == m.end());
        CHECK(r.adjectival() == m.adjectival);
        CHECK(r.hasExtra() == (m.ranges.size() > 1));
        if (r.hasExtra()) {
            CHECK(extras[0].record == i);  // relative to where this call's records start
            CHECK(extras[0].pieces == m.ranges);
            CHECK(extras[0].text == m.text);
        } else {
            CHECK(text.substr(r.begin, r.length) == m.text);
        }
    }
    CHECK(std::any_of(mentions.begin(), mentions.end(), [](const Mention& m) { return m.adjectival; }));

    SECTION("past the cap they are counted, not stored") {
        std::vector<MentionRecord> capped;
        std::vector<MentionRecordExtra> cappedExtras;
        CHECK(matcher.matchRecords(doc, passages, 0, capped, cappedExtras, 2) == found);
        CHECK(capped.size() == 2);
    }
}
