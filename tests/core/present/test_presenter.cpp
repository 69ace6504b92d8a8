// Seminar presentation (core/presenter.hpp): stepping, blanking, theme, the counting year, caption and quote.
#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <string>

#include "core/corpus/corpus_index.hpp"
#include "core/explore/explorer.hpp"
#include "core/gazetteer/gazetteer_json.hpp"
#include "core/present/presenter.hpp"

using namespace atlas::core;

namespace {

Deck threeSlides() {
    Deck d;
    d.title = "Test deck";
    for (int year : {1923, 1991, 2020}) {
        ViewState v;
        v.time = TimeSelection::year(year);
        addSlide(d, v, "Slide " + std::to_string(year));
    }
    d.slides[1].view.time = TimeSelection::range(1991, 1994);
    d.slides[0].caption = "The oblast.";
    d.slides[0].notes = "Say hello.";
    return d;
}

TimeFilter yearFilter(int y) {
    TimeFilter t;
    t.year = y;
    return t;
}

TimeFilter rangeFilter(int a, int b) {
    TimeFilter t;
    t.range = std::pair{a, b};
    return t;
}

const AtlasData& realData() {
    static std::unique_ptr<AtlasData> d = [] {
        auto g = loadGazetteerFile(std::string(ATLAS_SOURCE_DIR) + "/geodata/gazetteer.geojson");
        auto c = indexCorpusDirectory(std::string(ATLAS_SOURCE_DIR) + "/corpus", g.features);
        return makeAtlasData(std::move(g.features), std::move(c));
    }();
    return *d;
}

}  // namespace

TEST_CASE("a presentation steps through the slides and stops at either end", "[presenter]") {
    auto p = startPresentation(threeSlides(), 0, PresentTheme::Light);
    REQUIRE(p);
    CHECK(slideCounter(*p) == "1 / 3");

    auto r = handle(*p, PresentCommand::Previous);  // already first: nothing to show
    CHECK_FALSE(r.showSlide);
    CHECK(p->current == 0);

    r = handle(*p, PresentCommand::Next);
    REQUIRE(r.showSlide);
    CHECK(*r.showSlide == 1);
    CHECK(slideCounter(*p) == "2 / 3");

    r = handle(*p, PresentCommand::Last);
    CHECK(r.showSlide == std::optional<std::size_t>{2});
    r = handle(*p, PresentCommand::Next);  // past the end stays
    CHECK_FALSE(r.showSlide);
    CHECK(p->current == 2);

    r = handle(*p, PresentCommand::First);
    CHECK(r.showSlide == std::optional<std::size_t>{0});
    CHECK(goToSlide(*p, 2).showSlide == std::optional<std::size_t>{2});
    CHECK_FALSE(goToSlide(*p, 7).showSlide);  // out of range
    CHECK(p->current == 2);
    CHECK(handle(*p, PresentCommand::Leave).leave);
}

TEST_CASE("starting clamps the slide and refuses an empty deck", "[presenter]") {
    CHECK_FALSE(startPresentation(Deck{}, 0, PresentTheme::Dark));
    auto p = startPresentation(threeSlides(), 99, PresentTheme::Dark);
    REQUIRE(p);
    CHECK(p->current == 2);
    CHECK(p->theme == PresentTheme::Dark);
    CHECK(&themeFor(p->theme) == &projectorDarkTheme());
}

TEST_CASE("B blanks the screen; B again or any step un-blanks it", "[presenter]") {
    auto p = startPresentation(threeSlides(), 0, PresentTheme::Light);
    REQUIRE(p);
    handle(*p, PresentCommand::Blank);
    CHECK(p->blank);
    handle(*p, PresentCommand::Blank);
    CHECK_FALSE(p->blank);

    handle(*p, PresentCommand::Blank);
    const auto r = handle(*p, PresentCommand::Previous);  // a step that cannot move still un-blanks
    CHECK_FALSE(r.showSlide);
    CHECK_FALSE(p->blank);

    handle(*p, PresentCommand::Blank);
    CHECK(handle(*p, PresentCommand::Next).showSlide);
    CHECK_FALSE(p->blank);
}

TEST_CASE("spotlight, notes and theme toggle; a theme switch asks for a rebuilt scene", "[presenter]") {
    auto p = startPresentation(threeSlides(), 0, PresentTheme::Light);
    REQUIRE(p);
    CHECK_FALSE(p->notes);  // speaker notes stay hidden until the presenter asks
    handle(*p, PresentCommand::Spotlight);
    handle(*p, PresentCommand::Notes);
    CHECK(p->spotlight);
    CHECK(p->notes);
    const auto r = handle(*p, PresentCommand::Theme);
    CHECK(r.themeChanged);
    CHECK(p->theme == PresentTheme::Dark);
    CHECK_FALSE(handle(*p, PresentCommand::Spotlight).themeChanged);
    CHECK_FALSE(p->spotlight);
    handle(*p, PresentCommand::Theme);
    CHECK(p->theme == PresentTheme::Light);
}

TEST_CASE("the projector themes differ from the window's and keep their label colours apart", "[presenter][style]") {
    const Theme& window = defaultTheme();
    const Theme& light = projectorLightTheme();
    const Theme& dark = projectorDarkTheme();
    CHECK_FALSE(light.sea == window.sea);
    // Dark map, light ink: every label class must be lighter than the land it sits on.
    auto luminance = [](Color c) { return 0.2126f * c.r + 0.7152f * c.g + 0.0722f * c.b; };
    for (auto cls : {LabelClass::FocusCountry, LabelClass::Country, LabelClass::Sea, LabelClass::Region,
                     LabelClass::Capital, LabelClass::Town}) {
        CAPTURE(static_cast<int>(cls));
        CHECK(luminance(labelStyle(cls, dark).color) > luminance(dark.land) + 0.4f);
        CHECK(luminance(labelStyle(cls, light).color) < luminance(light.land) - 0.4f);
    }
    // The window's own label colours are unchanged (render's golden images depend on them).
    CHECK(labelStyle(LabelClass::Town, window).color == Color::rgb(0x4E4740));
    CHECK(labelStyle(LabelClass::FocusCountry, window).color == Color::rgb(0x4A4038));
}

TEST_CASE("the year counts from one slide's time to the next, eased, and lands on the slide's", "[presenter]") {
    SECTION("year to year") {
        const auto t = yearTransition(yearFilter(1923), yearFilter(2023), 1.0);
        REQUIRE(t);
        CHECK(t->at(0.0) == 1923);
        CHECK(t->at(0.5) == 1973);
        CHECK(t->at(1.0) == 2023);
        CHECK(t->at(0.1) < 1923 + 10);  // eased in: slow at the start
        for (double x = 0.0; x < 1.0; x += 0.05) CHECK(t->at(x) <= t->at(x + 0.05));
    }
    SECTION("backwards") {
        const auto t = yearTransition(yearFilter(2020), yearFilter(1994), 1.0);
        REQUIRE(t);
        CHECK(t->at(0.0) == 2020);
        CHECK(t->at(1.0) == 1994);
    }
    SECTION("ranges are entered and left at the nearer end") {
        auto t = yearTransition(yearFilter(1923), rangeFilter(1991, 1994));
        REQUIRE(t);
        CHECK(t->from == 1923);
        CHECK(t->to == 1991);
        t = yearTransition(rangeFilter(1991, 1994), yearFilter(2016));
        REQUIRE(t);
        CHECK(t->from == 1994);
        CHECK(t->to == 2016);
    }
    SECTION("nothing to count") {
        CHECK_FALSE(yearTransition(yearFilter(2020), yearFilter(2020)));
        CHECK_FALSE(yearTransition(TimeFilter{}, yearFilter(2020)));
        CHECK_FALSE(yearTransition(yearFilter(2020), TimeFilter{}));
        CHECK_FALSE(yearTransition(yearFilter(2020), rangeFilter(2020, 2023)));
    }
}

TEST_CASE("advancing the presentation shows the counting year, then the slide's own time", "[presenter]") {
    auto p = startPresentation(threeSlides(), 0, PresentTheme::Light);
    REQUIRE(p);
    TimeFilter target = rangeFilter(1991, 1994);
    target.display = TimeDisplay::Fade;
    beginSlide(*p, yearFilter(1923), target, true);
    REQUIRE(p->year);
    CHECK(yearText(*p) == "1923");

    TimeFilter shown = advance(*p, kSlideFlightSeconds / 2);
    REQUIRE(shown.year);
    CHECK(*shown.year == (1923 + 1991) / 2);
    CHECK_FALSE(shown.range);
    CHECK(shown.display == TimeDisplay::Fade);  // the slide's display mode while counting
    CHECK(yearText(*p) == std::to_string(*shown.year));

    shown = advance(*p, kSlideFlightSeconds);
    CHECK_FALSE(p->year);
    CHECK(shown.range == target.range);
    CHECK_FALSE(shown.year);
    CHECK(yearText(*p) == "1991\xE2\x80\x93" "1994");

    beginSlide(*p, shown, yearFilter(2020), false);  // no animation: straight to the slide's time
    CHECK_FALSE(p->year);
    CHECK(yearText(*p) == "2020");
    beginSlide(*p, shown, TimeFilter{}, true);
    CHECK(yearText(*p).empty());  // all years: no year in the caption
}

TEST_CASE("long quotes are cut at a word with an ellipsis, never inside a UTF-8 character", "[presenter]") {
    CHECK(shortenAtWord("short", 10) == "short");
    CHECK(shortenAtWord("one two three four", 12) == "one two\xE2\x80\xA6");
    // Հայաստան: two bytes per letter.
    const std::string armenian = "\xD5\x80\xD5\xA1\xD5\xB5\xD5\xA1\xD5\xBD\xD5\xBF\xD5\xA1\xD5\xB6";
    const std::string cut = shortenAtWord(armenian, 5);
    CHECK(cut == "\xD5\x80\xD5\xA1\xE2\x80\xA6");
}

TEST_CASE("the caption has the slide's title, caption, notes, year and counter", "[presenter]") {
    auto p = startPresentation(threeSlides(), 0, PresentTheme::Light);
    REQUIRE(p);
    beginSlide(*p, TimeFilter{}, yearFilter(1923), true);
    const SlideCaption c = slideCaption(*p, nullptr);
    CHECK(c.title == "Slide 1923");
    CHECK(c.caption == "The oblast.");
    CHECK(c.notes == "Say hello.");
    CHECK(c.year == "1923");
    CHECK(c.counter == "1 / 3");
    CHECK_FALSE(c.quote);  // no passage, and no corpus
}

TEST_CASE("a slide quotes the sentence of its passage that names its feature, with a citation", "[presenter][real]") {
    const AtlasData& data = realData();
    const DeckLoad load = loadDeckFile(std::string(ATLAS_SOURCE_DIR) + "/decks/caucasus-story.json");
    REQUIRE(load.deck);
    const Deck& deck = *load.deck;
    std::size_t quoted = 0;
    for (const Slide& s : deck.slides) {
        CAPTURE(s.title);
        const auto q = slideQuote(s, &data);
        REQUIRE(q);  // every bundled slide has a passage in the corpus
        CHECK_FALSE(q->text.empty());
        CHECK(q->text.size() <= kMaxQuoteBytes + 3);
        CHECK_FALSE(q->citation.empty());
        ++quoted;
    }
    CHECK(quoted == deck.slides.size());

    // "The Lachin corridor": Pashayeva's essay, the sentence naming the corridor, with its paragraph.
    const auto lachin = std::find_if(deck.slides.begin(), deck.slides.end(),
                                     [](const Slide& s) { return s.view.selection == "lachin-corridor"; });
    REQUIRE(lachin != deck.slides.end());
    const auto q = slideQuote(*lachin, &data);
    REQUIRE(q);
    CHECK(q->text.find("Lachin") != std::string::npos);
    CHECK(q->citation.find("Gulshan Pashayeva") != std::string::npos);
    CHECK(q->citation.find("\xE2\x80\x9C" "Azerbaijan and the New Regional Geopolitical Configuration\xE2\x80\x9D") !=
          std::string::npos);
    CHECK(q->citation.find("\xC2\xB6") != std::string::npos);  // ¶: the place in the document

    // Without a selection the passage's first sentence is quoted; an unknown passage gives no quote.
    Slide plain = *lachin;
    plain.view.selection.reset();
    const auto first = slideQuote(plain, &data);
    REQUIRE(first);
    CHECK(first->citation == q->citation);
    Slide missing = *lachin;
    missing.view.highlightedPassage = "nowhere#p1";
    CHECK_FALSE(slideQuote(missing, &data));
    CHECK_FALSE(slideQuote(*lachin, nullptr));  // the corpus is still being indexed
}

TEST_CASE("presenting with no deck open shows the current view as one slide", "[presenter]") {
    ViewState v;
    v.time = TimeSelection::year(2001);
    const Deck d = singleViewDeck(v, "Now");
    REQUIRE(d.slides.size() == 1);
    CHECK(d.slides[0].view == v);
    CHECK(d.slides[0].title == "Now");
    auto p = startPresentation(d, 0, PresentTheme::Light);
    REQUIRE(p);
    CHECK(slideCounter(*p) == "1 / 1");
    CHECK_FALSE(handle(*p, PresentCommand::Next).showSlide);
}

TEST_CASE("slide texts are edited through setSlideText, the view kept", "[deck]") {
    Deck d = threeSlides();
    const ViewState before = d.slides[1].view;
    CHECK(setSlideText(d, 1, "New title", "New caption", "New notes"));
    CHECK(d.slides[1].title == "New title");
    CHECK(d.slides[1].caption == "New caption");
    CHECK(d.slides[1].notes == "New notes");
    CHECK(d.slides[1].view == before);
    CHECK_FALSE(setSlideText(d, 3, "x", "y", "z"));
    CHECK(d.slides.size() == 3);
}

TEST_CASE("the projector scale follows the screen's height, within bounds", "[presenter]") {
    CHECK(projectorSymbolScale(1080) == Approx(kProjectorSymbolScale));
    CHECK(projectorSymbolScale(720) == Approx(kProjectorSymbolScale * 0.75f));  // clamped: still larger than 1
    CHECK(projectorSymbolScale(2160) == Approx(kProjectorSymbolScale * 2.0f));
    CHECK(projectorSymbolScale(5000) == Approx(kProjectorSymbolScale * 2.0f));
    CHECK(projectorSymbolScale(900) > 1.0f);
}

TEST_CASE("citations get typographic quotes", "[presenter]") {
    CHECK(typographicQuotes("Pashayeva, \"Azerbaijan\", \xC2\xB6" "21.") ==
          "Pashayeva, \xE2\x80\x9C" "Azerbaijan\xE2\x80\x9D, \xC2\xB6" "21.");
    CHECK(typographicQuotes("\"A\" (\"B\")") == "\xE2\x80\x9C" "A\xE2\x80\x9D (\xE2\x80\x9C" "B\xE2\x80\x9D)");
    CHECK(typographicQuotes("no quotes") == "no quotes");
}

TEST_CASE("the presenter's window shows the notes, the next slide and the time since the start", "[presenter]") {
    auto p = startPresentation(threeSlides(), 0, PresentTheme::Light);
    REQUIRE(p);
    CHECK_FALSE(p->presenterWindow);  // opened on request (W), closed again with W or its close button
    handle(*p, PresentCommand::PresenterWindow);
    CHECK(p->presenterWindow);
    beginSlide(*p, TimeFilter{}, yearFilter(1923), false);
    PresenterNotes n = presenterNotes(*p, 75.4);
    CHECK(n.counter == "1 / 3");
    CHECK(n.title == "Slide 1923");
    CHECK(n.year == "1923");
    CHECK(n.hasNotes);
    CHECK(n.notes == "Say hello.");
    REQUIRE(n.next);
    CHECK(*n.next == 1);
    CHECK(n.nextTitle == "Slide 1991");
    CHECK(n.nextYear == "1991\xE2\x80\x93" "1994");  // the next slide's range, not the count toward it
    CHECK(n.clock == "1:15");

    handle(*p, PresentCommand::Next);
    n = presenterNotes(*p, 0);
    CHECK_FALSE(n.hasNotes);
    CHECK(n.notes == "(no notes for this slide)");
    p->deck.slides[2].title.clear();
    CHECK(presenterNotes(*p, 0).nextTitle == "Slide 3");  // an untitled slide by its number
    handle(*p, PresentCommand::Last);
    n = presenterNotes(*p, 0);
    CHECK_FALSE(n.next);
    CHECK(n.nextTitle == "End of the deck");
    CHECK(n.title == "Slide 3");
    handle(*p, PresentCommand::PresenterWindow);
    CHECK_FALSE(p->presenterWindow);
}

TEST_CASE("the presenter's clock reads minutes and seconds, then hours", "[presenter]") {
    CHECK(clockText(0) == "0:00");
    CHECK(clockText(-3) == "0:00");
    CHECK(clockText(59.9) == "0:59");
    CHECK(clockText(247) == "4:07");
    CHECK(clockText(3600 + 4 * 60 + 7) == "1:04:07");
}
