// Matching that generalises: declined Russian/Armenian forms, Azerbaijani suffixes, route compounds, corridors
// named after regions and adjectival prefixes, on the bundled gazetteer; stems and suffixes table by table.
#include <catch2/catch.hpp>

#include "core/corpus/inflected_names.hpp"
#include "core/corpus/matcher.hpp"
#include "core/gazetteer/gazetteer_json.hpp"
#include "core/text/inflection.hpp"
#include "core/text/text_normalize.hpp"

using namespace atlas::core;

namespace {

const std::vector<GazetteerFeature>& bundled() {
    static const std::vector<GazetteerFeature> features =
        loadGazetteerFile(std::string(ATLAS_SOURCE_DIR) + "/geodata/gazetteer.geojson").features;
    return features;
}

Passage whole(const std::string& text) {
    Passage p;
    p.id = "t#p1";
    p.ranges = {{0, text.size()}};
    return p;
}

/// "feature:text" (with "*" for adjectival) of every mention in `text`, space-separated.
std::string linked(const std::string& text) {
    static const NameMatcher matcher(bundled());
    const Document doc = makeDocument("t.txt", text);
    std::string out;
    for (const Mention& m : matcher.match(doc, whole(text))) {
        if (!out.empty()) out += " ";
        out += m.featureId + ":" + m.text + (m.adjectival ? "*" : "");
    }
    return out;
}

}  // namespace

TEST_CASE("Snowball stems by script; indeclinable Russian names; the Turkic suffix table", "[corpus][inflection]") {
    CHECK(stemLanguageOf("шуше") == StemLanguage::Russian);
    CHECK(stemLanguageOf("երևանում") == StemLanguage::Armenian);
    CHECK(stemLanguageOf("bakıda") == StemLanguage::None);
    CHECK(stemWord(StemLanguage::Russian, "шушой") == stemWord(StemLanguage::Russian, "шуша"));
    CHECK(stemWord(StemLanguage::Armenian, "ստեփանակերտից") == "ստեփանակերտ");
    CHECK(isIndeclinableRussian("баку"));
    CHECK_FALSE(isIndeclinableRussian("гянджа"));
    const auto stems = turkicStems("laçından");
    CHECK(std::find(stems.begin(), stems.end(), "laçın") != stems.end());
    CHECK(turkicStems("da").empty());       // nothing left
    CHECK(turkicStems("adan").empty());     // a stem under 3 letters is refused
    CHECK(turkicStems("bakının").size() >= 1);
    // Every suffix the word ends with, in the table's order (longest first).
    CHECK(turkicStems("bakıdakı") == std::vector<std::string_view>{"bakı", "bakıdak"});
    CHECK(turkicStems("bakı") == std::vector<std::string_view>{"bak"});  // three letters of four are kept
    CHECK(armenianStems("երևանում") == std::vector<std::string_view>{"երևան"});
    CHECK(armenianStems("").empty());
}

TEST_CASE("declined and suffixed forms link to the dictionary form; the traps do not", "[corpus][inflection]") {
    const auto [text, expected] = GENERATE(table<std::string, std::string>({
        {"Бои шли в Шуше.", "shusha:Шуше"},
        {"Из Шуши и под Шушой.", "shusha:Шуши shusha:Шушой"},
        {"в Гяндже и из Гянджи", "ganja:Гяндже ganja:Гянджи"},
        {"дорога к Нахичевани", "nakhchivan:Нахичевани"},
        {"в Сюникской области", "syunik:Сюникской области"},
        {"в Ереване", "yerevan:Ереване"},
        {"в Карабахе", "karabakh:Карабахе"},
        {"Карабахского конфликта", "karabakh:Карабахского*"},
        {"армянский и азербайджанский МИД", "armenia:армянский* azerbaijan:азербайджанский*"},
        {"в Баку", "baku:Баку"},
        {"Баков и бака нет", ""},                 // Баку is indeclinable: no stem pattern
        {"шуше", ""},                              // an inflected place form must be capitalised
        {"Երևանում և Ստեփանակերտից", "yerevan:Երևանում stepanakert:Ստեփանակերտից"},
        {"Արցախի գյուղերը", "nagorno-karabakh:Արցախի"},
        {"Bakıda, Şuşa'ya, Laçın'dan", "baku:Bakıda shusha:Şuşa lachin:Laçın"},
        {"Gəncədən Zəngilandakı", "ganja:Gəncədən zangilan:Zəngilandakı"},
        {"Bakılı", "baku:Bakılı"},
        {"Ganjada", ""},                           // English names take no Turkic suffixes
    }));
    CAPTURE(text);
    CHECK(linked(text) == expected);
}

TEST_CASE("routes named by their ends, corridors named after regions, adjectival prefixes", "[corpus][inflection]") {
    const auto [text, expected] = GENERATE(table<std::string, std::string>({
        {"the Goris to Stepanakert road", "lachin-corridor:Goris to Stepanakert road"},
        {"the Stepanakert—Goris road", "lachin-corridor:Stepanakert—Goris road"},
        {"the Azerbaijan-Armenia border", "armenia-azerbaijan-border:Azerbaijan-Armenia border"},
        {"the Georgian-Armenian border", "armenia-georgia-border:Georgian-Armenian border"},
        {"the Armenian–Georgian border", "armenia-georgia-border:Armenian–Georgian border"},
        {"the border between Georgia and Armenia", "armenia-georgia-border:border between Georgia and Armenia"},
        {"the Yerevan-Gyumri highway", ""},        // no such feature: one unknown compound, not two towns
        {"the Gyumri — Yerevan road", ""},
        {"Yerevan and Gyumri", "yerevan:Yerevan gyumri:Gyumri"},
        {"the Syunik corridor", ""},               // never the region
        {"the Zangezur corridor", "zangezur-corridor:Zangezur corridor"},
        {"a Russia-brokered deal", "russia:Russia*"},
        {"a Moscow-based firm", "moscow:Moscow*"},
        {"in Moscow-", "moscow:Moscow"},
    }));
    CAPTURE(text);
    CHECK(linked(text) == expected);
}

TEST_CASE("an unknown route compound is reported once with its two ends and its route word", "[corpus][inflection]") {
    const NameMatcher matcher(bundled());
    const std::string text = "Work on the Yerevan–Gyumri highway and the Goris to Stepanakert road resumed.";
    const Document doc = makeDocument("t.txt", text);
    const auto routes = matcher.unknownRoutes(doc, {whole(text)});
    REQUIRE(routes.size() == 1);
    CHECK(routes[0].text == "Yerevan–Gyumri highway");
    CHECK(routes[0].firstEndId == "yerevan");
    CHECK(routes[0].secondEndId == "gyumri");
    CHECK(routes[0].routeWord == "highway");
    CHECK(text.substr(routes[0].range.begin, routes[0].range.end - routes[0].range.begin) == routes[0].text);
}

TEST_CASE("names in other languages take only unmistakably Azerbaijani suffixes", "[corpus][inflection]") {
    const auto [text, expected] = GENERATE(table<std::string, std::string>({
        {"Gəncədən Tbilisiyə qatar gedir.", "ganja:Gəncədən tbilisi:Tbilisiyə"},
        {"Nümayəndələr Parisdə görüşdü.", "paris:Parisdə"},
        // Traps: English words that are a name plus a letter or two stay unlinked.
        {"Indiana and Israeli officials met in Parisi.", "israel:Israeli*"},
        {"Tbilisian and Tbilisia are not words.", ""},
    }));
    CAPTURE(text);
    CHECK(linked(text) == expected);
}

TEST_CASE("suffix stems held in place: the same as the lists, and no word has more than the place holds", "[corpus][inflection]") {
    CHECK(turkicSuffixChain() <= WordStems::kMax);
    CHECK(armenianSuffixChain() <= WordStems::kMax);
    CHECK(turkicSuffixChain() >= 2);  // "dakı" ends with "ı": the count is of real chains
    for (const std::string_view word : {"laçından", "bakıdakı", "bakı", "da", "adan", "şuşaya", "gəncədən", "armed"}) {
        WordStems stems;
        turkicStems(word, stems);
        CHECK(std::vector<std::string_view>(stems.begin(), stems.end()) == turkicStems(word));
    }
    WordStems stems;
    armenianStems("երևանում", stems);
    CHECK(std::vector<std::string_view>(stems.begin(), stems.end()) == armenianStems("երևանում"));
}

TEST_CASE("inflected names sharing a lead: the longest form's word count is kept for the lead", "[corpus][inflection]") {
    // A two-word name and a one-word name with the same first four letters, added in both orders: a text's
    // suffixed two-word form is found either way (the lead filter remembers the most words of a lead).
    for (const bool twoFirst : {true, false}) {
        InflectedNames names;
        const auto addTwo = [&] { names.add("Dağlıq Qarabağ", "az", foldForMatch("Dağlıq Qarabağ"), 7, false); };
        const auto addOne = [&] { names.add("Dağlıqlar", "az", foldForMatch("Dağlıqlar"), 3, false); };
        if (twoFirst) {
            addTwo();
            addOne();
        } else {
            addOne();
            addTwo();
        }
        const std::string text = foldForMatch("Dağlıq Qarabağda döyüşlər");
        const InflectedNames::Hit hit = names.longestAt(text, 0);
        CAPTURE(twoFirst);
        CHECK(hit.pattern == 7);
        CHECK(hit.end == foldForMatch("Dağlıq Qarabağda").size());
        const std::string one = foldForMatch("Dağlıqlarda");
        CHECK(names.longestAt(one, 0).pattern == 3);
        CHECK(names.longestAt(foldForMatch("Qarabağda"), 0).pattern == InflectedNames::kNone);
    }
}

TEST_CASE("without a name ending inside a word at the start, only declined forms are looked up", "[corpus][inflection]") {
    InflectedNames names;
    names.add("Laçın", "az", foldForMatch("Laçın"), 4, false);
    names.add("Шуша", "ru", foldForMatch("Шуша"), 5, false);
    const std::string suffixed = foldForMatch("Laçından keçdi");
    CHECK(names.longestAt(suffixed, 0).pattern == 4);  // the trie's walk not asked: looked up
    CHECK(names.longestAt(suffixed, 0, true).pattern == 4);
    CHECK(names.longestAt(suffixed, 0, false).pattern == InflectedNames::kNone);  // no name then suffix: not stripped
    const std::string declined = foldForMatch("в Шуше");
    CHECK(names.longestAt(declined, declined.find(' ') + 1, false).pattern == 5);  // a stem key: still found
}
