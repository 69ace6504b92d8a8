// Transliteration variants in the matcher (bundled gazetteer): spellings it does not list link to the feature;
// lower-case words, ordinary capitalised words and real names of other features are not taken by a variant.
#include <catch2/catch.hpp>

#include "core/corpus/matcher.hpp"
#include "core/gazetteer/gazetteer_json.hpp"

using namespace atlas::core;

namespace {

const std::vector<GazetteerFeature>& bundled() {
    static const std::vector<GazetteerFeature> features =
        loadGazetteerFile(std::string(ATLAS_SOURCE_DIR) + "/geodata/gazetteer.geojson").features;
    return features;
}

std::string linkedWith(const NameMatcher& matcher, const std::string& text) {
    const Document doc = makeDocument("t.txt", text);
    Passage p;
    p.id = "t#p1";
    p.ranges = {{0, text.size()}};
    std::string out;
    for (const Mention& m : matcher.match(doc, p)) {
        if (!out.empty()) out += " ";
        out += m.featureId + ":" + m.text + (m.adjectival ? "*" : "");
    }
    return out;
}

std::string linked(const std::string& text) {
    static const NameMatcher matcher(bundled());
    return linkedWith(matcher, text);
}

}  // namespace

TEST_CASE("transliteration variants link to the feature; traps stay unlinked", "[corpus][translit]") {
    const auto [text, expected] = GENERATE(table<std::string, std::string>({
        // kh/x/h, j/dzh/c, e/ə, ç/ch: none of these spellings is in the gazetteer.
        {"Shelling was heard near Xankendi.", "stepanakert:Xankendi"},
        {"Residents of Hankendi left.", "stepanakert:Hankendi"},
        {"The road to Kelbadzhar was closed.", "kalbajar:Kelbadzhar"},
        {"Kalbacar is in the mountains.", "kalbajar:Kalbacar"},
        {"Fighting near Dzhabrayil.", "jabrayil:Dzhabrayil"},
        {"Trains to Naxchivan stopped.", "nakhchivan-city:Naxchivan"},  // the city and the exclave: "to" makes it the city
        // The gazetteer's own spellings still link as before.
        {"Shelling was heard near Khankendi.", "stepanakert:Khankendi"},
        // Traps: a variant must be capitalised in the text ...
        {"the hankendi market and the kalbacar sheep", ""},
        // ... short names get no variants, so ordinary words stay words ...
        {"Bakı, Baky and Beku", "baku:Bakı"},
        // ... and ordinary capitalised words are not variants of anything.
        {"Chess, Shelter, Cheap Jeans, Hotel Khan, Xerox and Jasmine.", ""},
    }));
    CAPTURE(text);
    CHECK(linked(text) == expected);
}

TEST_CASE("the dictionary-form matcher indexes no variants; the generalising one a bounded number", "[corpus][translit]") {
    const NameMatcher plain(bundled(), false);
    const NameMatcher general(bundled());
    CHECK(plain.variantCount() == 0);
    CHECK(linkedWith(plain, "Shelling was heard near Xankendi.").empty());
    CHECK(general.variantCount() > 100);
    std::size_t names = 0;
    for (const auto& f : bundled()) names += f.names.size();
    CHECK(general.variantCount() <= 24 * names);
}
