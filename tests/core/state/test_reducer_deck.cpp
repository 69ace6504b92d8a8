// Deck editing through the reducer: new, add/update/move/duplicate/delete slides, texts, the panel's selection and
// revision, saving and opening through commands.
#include <catch2/catch.hpp>

#include "reducer_fixture.hpp"

using namespace atlas::core;
using namespace atlas::core::testing;

namespace {

action::EditDeck edit(DeckEdit e, std::size_t slide = 0, std::size_t to = 0) { return {e, slide, to, {}, {}, {}, {}}; }

}  // namespace

TEST_CASE("deck: New, then Add current view builds slides after the selected one", "[reducer][deck]") {
    const ReducerWorld world;
    AppState s;
    apply(s, edit(DeckEdit::AddCurrentView), world.context());  // no deck open: nothing happens
    CHECK_FALSE(s.deck.deck);
    apply(s, edit(DeckEdit::New), world.context());
    REQUIRE(s.deck.deck);
    CHECK(s.deck.deck->slides.empty());
    CHECK(s.panels.deck);
    CHECK_FALSE(s.deck.dirty);
    const auto revision = s.deck.revision;

    apply(s, action::SetYear{1923}, world.context());
    apply(s, edit(DeckEdit::AddCurrentView, 0), world.context());
    apply(s, action::SetYear{2020}, world.context());
    apply(s, edit(DeckEdit::AddCurrentView, 1), world.context());
    REQUIRE(s.deck.deck->slides.size() == 2);
    CHECK(s.deck.deck->slides[0].view.time == TimeSelection::year(1923));
    CHECK(s.deck.deck->slides[1].view.time == TimeSelection::year(2020));
    CHECK(s.deck.selected == 1);
    CHECK(s.deck.dirty);
    CHECK(s.deck.revision > revision);

    SECTION("Move, Duplicate and Delete keep the selection on the slide acted on") {
        apply(s, edit(DeckEdit::Move, 1, 0), world.context());
        CHECK(s.deck.deck->slides[0].view.time == TimeSelection::year(2020));
        CHECK(s.deck.selected == 0);
        apply(s, edit(DeckEdit::Duplicate, 0), world.context());
        CHECK(s.deck.deck->slides.size() == 3);
        CHECK(s.deck.selected == 1);
        apply(s, edit(DeckEdit::Delete, 2), world.context());
        CHECK(s.deck.deck->slides.size() == 2);
        CHECK(s.deck.selected == 1);
    }
    SECTION("Update from current view replaces the slide's view only") {
        apply(s, action::SetYear{1994}, world.context());
        apply(s, edit(DeckEdit::UpdateFromCurrentView, 0), world.context());
        CHECK(s.deck.deck->slides[0].view.time == TimeSelection::year(1994));
        CHECK(s.deck.deck->slides.size() == 2);
    }
    SECTION("typing a slide's texts marks the deck edited but keeps the panel's buffers (same revision)") {
        const auto before = s.deck.revision;
        action::EditDeck text = edit(DeckEdit::SetText, 1);
        text.title = "After the war";
        text.notes = "Mention the ceasefire statement";
        apply(s, text, world.context());
        CHECK(s.deck.deck->slides[1].title == "After the war");
        CHECK(s.deck.revision == before);
    }
    SECTION("Show a slide puts its view on the map and selects it") {
        apply(s, edit(DeckEdit::Show, 0), world.context());
        CHECK(s.time.year == std::optional<int>{1923});
        CHECK(s.deck.selected == 0);
        CHECK(s.cameraPlaced);
    }
}

TEST_CASE("deck: Save asks where for a new deck, writes through a command, and DeckSaved makes it clean",
          "[reducer][deck]") {
    const ReducerWorld world;
    AppState s;
    apply(s, edit(DeckEdit::New), world.context());
    apply(s, edit(DeckEdit::AddCurrentView), world.context());
    CHECK(commandsOf<command::AskDeckPath>(apply(s, edit(DeckEdit::Save), world.context())).size() == 1);

    action::EditDeck saveAs = edit(DeckEdit::Save);
    saveAs.path = "/tmp/talk.json";
    const auto writes = commandsOf<command::WriteDeckFile>(apply(s, saveAs, world.context()));
    REQUIRE(writes.size() == 1);
    CHECK(writes[0].path == "/tmp/talk.json");
    CHECK(writes[0].deck == *s.deck.deck);
    CHECK_FALSE(writes[0].overwrite);  // Save as: replacing a file there needs the chooser's confirmation
    CHECK(s.deck.dirty);  // not clean until the app says it was written
    apply(s, action::DeckSaved{{"/tmp/talk.json", false, false}}, world.context());
    CHECK_FALSE(s.deck.dirty);
    CHECK(s.deck.origin.path == "/tmp/talk.json");
    const auto again = commandsOf<command::WriteDeckFile>(apply(s, edit(DeckEdit::Save), world.context()));
    REQUIRE(again.size() == 1);
    CHECK(again[0].path == "/tmp/talk.json");  // Save writes where it came from
    CHECK(again[0].overwrite);                 // its own file: Save replaces it without asking
}

TEST_CASE("deck: Open asks the app to read the file; an opened deck shows the slide asked for", "[reducer][deck]") {
    const ReducerWorld world;
    AppState s;
    action::EditDeck open = edit(DeckEdit::Open);
    open.path = "decks/talk.json";
    const auto reads = commandsOf<command::ReadDeckFile>(apply(s, open, world.context()));
    REQUIRE(reads.size() == 1);
    CHECK(reads[0].path == "decks/talk.json");

    Deck d{"Talk", "", {}};
    d.slides.push_back({"One", "", "", viewAt(45.0, 40.0, 1923), std::nullopt});
    d.slides.push_back({"Two", "", "", viewAt(46.0, 39.5, 2023), std::nullopt});
    apply(s, action::DeckOpened{d, {"decks/talk.json", false, false}, 1}, world.context());
    CHECK(s.deck.selected == 1);
    CHECK(s.time.year == std::optional<int>{2023});
    CHECK(s.panels.deck);

    SECTION("a slide number past the end is reported and slide 1 shown") {
        AppState t;
        const auto reports = commandsOf<command::Report>(
            apply(t, action::DeckOpened{d, {"decks/talk.json", false, false}, 7}, world.context()));
        REQUIRE(reports.size() == 1);
        CHECK(reports[0].issue.file == "decks/talk.json");
        CHECK(reports[0].issue.message == "no slide 8 (the deck has 2 slides); showing slide 1");
        CHECK(t.time.year == std::optional<int>{1923});
    }
    SECTION("an empty deck opens with a warning") {
        AppState t;
        const auto reports = commandsOf<command::Report>(
            apply(t, action::DeckOpened{Deck{"Empty", "", {}}, {"e.json", false, false}, 0}, world.context()));
        REQUIRE(reports.size() == 1);
        CHECK(reports[0].issue.message == "the deck has no slides");
        CHECK(t.deck.deck);
    }
}
