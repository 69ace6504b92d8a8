// Naming choices over real features: each side's Latin-script English-language name, never one side by default.
#include <catch2/catch.hpp>

#include "core/gazetteer/naming.hpp"
#include "gazetteer_fixture.hpp"

using namespace atlas::core;
using atlas::test::realFeature;

TEST_CASE("display names per naming choice on the real gazetteer", "[gazetteer][naming]") {
    auto [id, english, armenian, azerbaijani, both] =
        GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
            {"stepanakert", "Stepanakert", "Stepanakert", "Khankendi", "Stepanakert / Khankendi"},
            {"shusha", "Shusha", "Shushi", "Shusha", "Shushi / Shusha"},
            {"lachin", "Lachin", "Berdzor", "Lachin", "Berdzor / Lachin"},
            {"kalbajar", "Kalbajar", "Karvachar", "Kalbajar", "Karvachar / Kalbajar"},
            {"zangezur", "Zangezur", "Zangezur", "Zangezur", "Zangezur"},
            {"syunik", "Syunik", "Syunik", "Syunik", "Syunik"},
            {"nakhchivan", "Nakhchivan", "Nakhchivan", "Nakhchivan", "Nakhchivan"},
            {"nagorno-karabakh", "Nagorno-Karabakh", "Artsakh", "Nagorno-Karabakh", "Artsakh / Nagorno-Karabakh"},
            {"lachin-corridor", "Lachin corridor", "Berdzor corridor", "Lachin-Khankendi road",
             "Berdzor corridor / Lachin-Khankendi road"},
        }));
    CAPTURE(id);
    const auto& f = realFeature(id);
    CHECK(displayName(f, NamingChoice::English) == english);
    CHECK(displayName(f, NamingChoice::Armenian) == armenian);
    CHECK(displayName(f, NamingChoice::Azerbaijani) == azerbaijani);
    CHECK(displayName(f, NamingChoice::Both) == both);
}

TEST_CASE("misspellings and native-language forms are not display names", "[gazetteer][naming]") {
    // Karavajar is marked misspelling+armenian and listed before Karvachar; Kəlbəcər is lang az.
    const auto* hy = sideName(realFeature("kalbajar"), NameUsage::Armenian);
    REQUIRE(hy != nullptr);
    CHECK(hy->text == "Karvachar");
    CHECK(sideName(realFeature("kalbajar"), NameUsage::Azerbaijani) == nullptr);
    const auto* az = sideName(realFeature("stepanakert"), NameUsage::Azerbaijani);
    REQUIRE(az != nullptr);
    CHECK(az->text == "Khankendi");
}

TEST_CASE("names by script and usage", "[gazetteer][naming]") {
    const auto& shusha = realFeature("shusha");
    const auto armn = namesInScript(shusha, "Armn");
    REQUIRE(armn.size() == 1);
    CHECK(armn[0]->text == "Շուշի");
    CHECK(namesInScript(shusha, "Cyrl").front()->text == "Шуша");
    CHECK(namesInScript(shusha, "Geor").empty());
    const auto az = namesWithUsage(shusha, NameUsage::Azerbaijani);
    REQUIRE(az.size() == 1);
    CHECK(az[0]->text == "Şuşa");
}

TEST_CASE("naming keys round-trip", "[gazetteer][naming]") {
    for (auto c : {NamingChoice::English, NamingChoice::Armenian, NamingChoice::Azerbaijani, NamingChoice::Both})
        CHECK(namingFromString(namingKey(c)) == c);
    CHECK_FALSE(namingFromString("russian").has_value());
    CHECK_FALSE(namingFromString("").has_value());
}

TEST_CASE("a feature without a primary name falls back to its first name", "[gazetteer][naming]") {
    GazetteerFeature f;
    f.id = "x";
    f.names.push_back({"First", "en", "Latn", {NameUsage::Common}, false, false});
    f.names.push_back({"Second", "en", "Latn", {NameUsage::Armenian}, false, false});
    CHECK(displayName(f, NamingChoice::English) == "First");
    CHECK(displayName(f, NamingChoice::Armenian) == "Second");
    CHECK(displayName(f, NamingChoice::Both) == "Second / First");
    f.names.clear();
    CHECK(displayName(f, NamingChoice::English) == "x");
}
