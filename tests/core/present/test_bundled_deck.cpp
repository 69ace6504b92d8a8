// The bundled deck decks/caucasus-story.json: loads cleanly; every selection and passage exists in the real data.
#include <catch2/catch.hpp>

#include <set>
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
