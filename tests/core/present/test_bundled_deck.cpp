// The bundled deck decks/caucasus-story.json: loads cleanly; every selection and passage exists in the real data.
#include <catch2/catch.hpp>

#include <set>
#include <stdexcept>
#include <string>

#include "core/atomic_file.hpp"
#include "core/corpus/corpus_index.hpp"
#include "core/corpus/link_index.hpp"
#include "core/present/deck.hpp"
#include "core/gazetteer/gazetteer_json.hpp"
#include "core/time_filter.hpp"

using namespace atlas::core;

TEST_CASE("the bundled deck loads without messages and points at real features and passages", "[deck][real]") {
    const std::string path = std::string(ATLAS_SOURCE_DIR) + "/decks/caucasus-story.json";
    const DeckLoad load = loadDeckFile(path);
    CHECK(load.messages.empty());
    CHECK_FALSE(load.partial);
    REQUIRE(load.deck);
    const Deck& deck = *load.deck;
    CHECK(deck.slides.size() >= 8);
    CHECK(deckToText(deck) == *readWholeFile(path));  // the file is in the canonical, git-friendly form

    const auto gazetteer = loadGazetteerFile(std::string(ATLAS_SOURCE_DIR) + "/geodata/gazetteer.geojson");
    const CorpusIndex index = indexCorpusDirectory(std::string(ATLAS_SOURCE_DIR) + "/corpus", gazetteer.features);
    const LinkIndex links(index);
    std::set<std::string> titles;
    for (std::size_t i = 0; i < deck.slides.size(); ++i) {
        const Slide& s = deck.slides[i];
        CAPTURE(i + 1, s.title);
        CHECK(titles.insert(s.title).second);
        CHECK_FALSE(s.caption.empty());
        CHECK_FALSE(s.notes.empty());
        CHECK(s.view.time.kind != TimeSelection::Kind::None);
        REQUIRE(s.view.selection);
        const GazetteerFeature* feature = nullptr;
        for (const auto& f : gazetteer.features)
            if (f.id == *s.view.selection) feature = &f;
        REQUIRE(feature);
        // The selected feature exists in the slide's year or range.
        if (s.view.time.kind == TimeSelection::Kind::Year) CHECK(visibleInYear(feature->periods, s.view.time.from));
        else {
            bool overlaps = feature->periods.empty();
            for (const auto& p : feature->periods) overlaps = overlaps || periodOverlaps(p, s.view.time.from, s.view.time.to);
            CHECK(overlaps);
        }
        REQUIRE(s.view.highlightedPassage);
        const auto pi = links.passageIndex(*s.view.highlightedPassage);
        REQUIRE(pi);
        CHECK(index.passages[*pi].kind == PassageKind::Body);
        CHECK(s.view.openPassage == s.view.highlightedPassage);
    }
}

TEST_CASE("the bundled deck's dated slides show the corridor blockaded and the September 2023 offensive",
          "[deck][real][date]") {
    const DeckLoad load = loadDeckFile(std::string(ATLAS_SOURCE_DIR) + "/decks/caucasus-story.json");
    REQUIRE(load.deck);
    const auto gazetteer = loadGazetteerFile(std::string(ATLAS_SOURCE_DIR) + "/geodata/gazetteer.geojson");
    const auto feature = [&](const std::string& id) -> const GazetteerFeature& {
        for (const auto& f : gazetteer.features)
            if (f.id == id) return f;
        FAIL("no feature " << id);
        throw std::logic_error("unreachable");
    };
    const auto slide = [&](const std::string& titleStart) -> const Slide& {
        for (const auto& s : load.deck->slides)
            if (s.title.rfind(titleStart, 0) == 0) return s;
        FAIL("no slide " << titleStart);
        throw std::logic_error("unreachable");
    };
    /// The status of the feature's period holding on the slide's date (its year when it has none).
    const auto statusOn = [&](const Slide& s, const std::string& id) -> std::string {
        REQUIRE(s.view.time.kind == TimeSelection::Kind::Year);
        const Date d = s.view.time.date.value_or(Date(s.view.time.from));
        const auto& periods = feature(id).periods;
        const auto i = matchingPeriod(periods, daysOf(d, d));
        return i ? periods[*i].status : std::string("(not shown)");
    };
    const Slide& blockade = slide("December 2022");
    REQUIRE(blockade.view.time.date);
    CHECK(blockade.view.time.date->precision() == DatePrecision::Day);
    CHECK(statusOn(blockade, "lachin-corridor") == "blockaded");
    CHECK(statusOn(slide("The Lachin corridor"), "lachin-corridor") == "open");
    const Slide& offensive = slide("September 2023");
    REQUIRE(offensive.view.time.date);
    CHECK(*offensive.view.time.date >= Date(2023, 9, 19));
    CHECK(*offensive.view.time.date <= Date(2023, 9, 20));
    CHECK(statusOn(offensive, "ceasefire-line-2020") == "(not shown)");  // overrun on 19 September
    CHECK(statusOn(offensive, "artsakh-republic") == "de-facto");        // dissolved only from the 28th
    const Slide& war = slide("Autumn 2020");
    CHECK(statusOn(war, "line-of-contact-1994") != "(not shown)");
    CHECK(statusOn(war, "ceasefire-line-2020") == "(not shown)");
    CHECK(statusOn(slide("10 November 2020"), "ceasefire-line-2020") == "de-facto");
}
