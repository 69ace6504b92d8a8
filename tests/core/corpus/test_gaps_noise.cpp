// Review-queue noise by context: organisations (head words, CamelCase, syllabic abbreviations) and people (a given
// name and a surname), in English, Russian and Azerbaijani, with traps that are places and must stay.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/corpus/gaps.hpp"

using namespace atlas::core;

namespace {
bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }
bool anyContains(const std::vector<std::string>& v, const std::string& s) {
    return std::any_of(v.begin(), v.end(), [&](const std::string& p) { return p.find(s) != std::string::npos; });
}
}  // namespace

TEST_CASE("organisations and people are not candidates; the place beside them is", "[corpus][gaps][noise]") {
    auto [sentence, noise, place] = GENERATE(table<std::string, std::string, std::string>({
        {"He spoke at the Valdai Discussion Forum in Sochi last week.", "Valdai Discussion Forum", "Sochi"},
        {"On Monday Vadim Gustov flew in from Gavar.", "Vadim Gustov", "Gavar"},
        {"Officials of the Eurasian Roads Bureau met in Vanadzor.", "Eurasian Roads Bureau", "Vanadzor"},
        {"The contractor ArmRoads has promised to repave the road to Tsaghkadzor.", "ArmRoads", "Tsaghkadzor"},
        {"In 1921 the Kavburo decided the fate of Zangezur and Nakhichevan.", "Kavburo", "Nakhichevan"},
        {"The Road Department Fund paid for the bridge at Bagratashen.", "Road Department Fund", "Bagratashen"},
        {"They talked to Lusine Avetisyan, who runs a bakery in Abovyan.", "Lusine Avetisyan", "Abovyan"},
        {"Глава общины Геворк Саргсян рассказал, что в Гегамасаре повреждены дома.", "Геворк Саргсян", "Гегамасаре"},
        {"Никол Пашинян обсудил с Ильхамом Алиевым обстрел у Сотка.", "Ильхамом Алиевым", "Сотка"},
        {"а Комитет по чрезвычайным ситуациям открыл пункт помощи в Мартуни.", "Комитет", "Мартуни"},
        {"В апреле Фонд развития выделил деньги селу Цовинар.", "Фонд", "Цовинар"},
        {"Dünən Təhlükəsizlik Şurası üzvləri Tovuzda toplandı.", "Təhlükəsizlik Şurası", "Tovuzda"},
        {"Jurnalist Elnur Məmmədov dedi ki, Qazaxdan köçkünlər qayıdır.", "Elnur Məmmədov", "Qazaxdan"},
        {"Sabah Xarici İşlər Nazirliyi nümayəndələri Gədəbəydə görüş keçirəcək.", "Xarici İşlər Nazirliyi", "Gədəbəydə"},
    }));
    CAPTURE(sentence);
    const auto phrases = candidatePlacePhrases(sentence);
    CHECK_FALSE(anyContains(phrases, noise));
    CHECK(has(phrases, place));
}

TEST_CASE("traps: places that look like people or organisations stay candidates", "[corpus][gaps][noise]") {
    auto [sentence, place] = GENERATE(table<std::string, std::string>({
        {"The new bypass near Noyemberyan opened on Monday.", "Noyemberyan"},  // a surname's ending, one word
        {"Buses stop at Nor Abovyan and then at Arzni.", "Nor Abovyan"},         // a place modifier opens it
        {"A road leads to Verin Getashen from the lake.", "Verin Getashen"},
        {"The talks moved from Forum Square to Kamaris.", "Forum Square"},       // "Forum" not at the end
        {"The lorries waited in Rostov-na-Donu for a week.", "Rostov-na-Donu"}, // hyphen, not CamelCase
        {"Автобусы идут в Верхний Ахтанак через перевал.", "Верхний Ахтанак"},
        {"Kəndlilər dedi ki, Yuxarı Əskipara boşdur.", "Yuxarı Əskipara"},
    }));
    CAPTURE(sentence);
    CHECK(has(candidatePlacePhrases(sentence), place));
}
