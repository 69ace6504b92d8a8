// Russian adjectival names of provinces and districts made from the region's name ("Тавушской области" -> the
// province), and the traps: the adjective alone, a place (not a region) and a lower-case adjective.
#include <catch2/catch.hpp>

#include "core/corpus/matcher.hpp"
#include "core/text/inflection.hpp"

using namespace atlas::core;

namespace {

GazetteerFeature feature(std::string id, FeatureKind kind, std::vector<std::pair<std::string, std::string>> names) {
    GazetteerFeature f;
    f.id = std::move(id);
    f.kind = kind;
    for (auto& [text, lang] : names) {
        Name n;
        n.text = std::move(text);
        n.lang = std::move(lang);
        n.script = lang == "ru" ? "Cyrl" : "Latn";
        f.names.push_back(std::move(n));
    }
    f.geometry.points.push_back({45.0, 40.9});
    return f;
}

// Constructed regions: a province named by a consonant-final word, one ending in -и, and a place (not a region)
// whose name would make the same kind of adjective.
const std::vector<GazetteerFeature>& regions() {
    static const std::vector<GazetteerFeature> f{
        feature("tavush", FeatureKind::Region, {{"Tavush", "en"}, {"Тавуш", "ru"}}),
        feature("lori", FeatureKind::Region, {{"Lori", "en"}, {"Лори", "ru"}}),
        feature("berd", FeatureKind::Place, {{"Berd", "en"}, {"Берд", "ru"}}),
    };
    return f;
}

std::string linked(const std::string& text) {
    static const NameMatcher matcher(regions());
    const Document doc = makeDocument("t.txt", text);
    Passage p;
    p.id = "t#p1";
    p.ranges = {{0, text.size()}};
    std::string out;
    for (const Mention& m : matcher.match(doc, p)) {
        if (!out.empty()) out += " ";
        out += m.featureId + ":" + m.text;
    }
    return out;
}

}  // namespace

TEST_CASE("russianRegionNames: the adjective from the name; other endings and several words give none", "[corpus][inflection][region]") {
    CHECK(russianRegionNames("Тавуш") ==
          std::vector<std::string>{"Тавушская область", "Тавушский район", "Тавушский марз"});
    CHECK(russianRegionNames("Лори").front() == "Лорийская область");
    CHECK(russianRegionNames("Кубань").front() == "Кубанская область");
    CHECK(russianRegionNames("Абхазия").empty());         // -ия: irregular adjectives, not guessed
    CHECK(russianRegionNames("Южная Осетия").empty());    // several words
    CHECK(russianRegionNames("Tavush").empty());          // not Cyrillic
    CHECK(russianRegionNames("Ош").empty());              // too short to be safe
}

TEST_CASE("declined adjectival region names link to the region; the traps do not", "[corpus][inflection][region]") {
    const auto [text, expected] = GENERATE(table<std::string, std::string>({
        {"Четыре села в Тавушской области перейдут под контроль соседей.", "tavush:Тавушской области"},
        {"Тавушская область граничит с соседями.", "tavush:Тавушская область"},
        {"Дорога идёт по Тавушскому району.", "tavush:Тавушскому району"},
        {"В Лорийской области выпал снег.", "lori:Лорийской области"},
        {"Сёла Тавушского марза пустуют.", "tavush:Тавушского марза"},
        {"В Тавуше тихо.", "tavush:Тавуше"},                           // the name itself, declined
        // Traps: the adjective alone, with another noun, lower case, or made from a place, is not the region.
        {"Тавушские сыры хвалят все.", ""},
        {"Тавушский коньяк продают везде.", ""},
        {"на тавушской области дорог нет", ""},
        {"В Бердской области таких нет.", ""},
    }));
    CAPTURE(text);
    CHECK(linked(text) == expected);
}
