// Fuzz entry points for the files a user opens: view-state files and decks (core), shared by the libFuzzer
// targets and the Catch2 replay of seeds and saved crashing inputs (test_fuzz_replay.cpp).
#pragma once

#include <string>
#include <string_view>

#include "core/present/deck.hpp"
#include "core/state/view_state.hpp"
#include "fuzz_entry_points.hpp"  // expect()

namespace atlas::fuzz {

/// View state: a refusal says why; an accepted state written back out reads back identical, with no warnings.
inline void fuzzViewState(std::string_view data) {
    const core::ViewStateParse r = core::viewStateFromText(data);
    if (!r.state) {
        expect(!r.error.empty(), "view state refused without a reason");
        return;
    }
    for (const core::FieldWarning& w : r.warnings) expect(!w.field.empty() && !w.text().empty(), "empty warning");
    const std::string text = core::toJson(*r.state).dump(2);
    const core::ViewStateParse again = core::viewStateFromText(text);
    expect(again.state.has_value(), "a written view state is refused");
    expect(again.warnings.empty(), "a written view state reads back with warnings");
    expect(*again.state == *r.state, "view state differs after a round trip");
}

/// Deck: a refusal loads nothing and says why; an accepted deck written back out reads back identical, clean.
inline void fuzzDeck(std::string_view data) {
    const core::DeckLoad r = core::parseDeck(data, "fuzz.json");
    if (!r.deck) {
        expect(!r.messages.empty(), "deck refused without a message");
        return;
    }
    if (r.partial) expect(!r.messages.empty(), "partial deck without a message");
    const std::string text = core::deckToText(*r.deck);
    const core::DeckLoad again = core::parseDeck(text, "again.json");
    expect(again.deck.has_value(), "a written deck is refused");
    expect(!again.partial && again.messages.empty(), "a written deck reads back with messages");
    expect(*again.deck == *r.deck, "deck differs after a round trip");
}

}  // namespace atlas::fuzz
