// The small vocabulary of seminar mode shared by the state, the presenter and the deck editor: commands, themes, edits.
#pragma once

#include <cstdint>

namespace atlas::core {

/// Seminar mode (core/present/presenter.hpp): keys, menu items and the deck panel's Present button. Start presents
/// the open deck from its first slide, StartHere from the slide selected in the deck panel; GoTo (with a slide)
/// jumps.
enum class PresentCommand : std::uint8_t {
    Start, StartHere, Next, Previous, First, Last, GoTo, Blank, Spotlight, Notes, PresenterWindow, Theme, Leave
};
/// The projector palettes (core::projectorLightTheme, projectorDarkTheme).
enum class PresentTheme : std::uint8_t { Light, Dark };
/// Edits of the open deck from the Deck panel and the File menu; each goes through a pure function of core/deck.hpp.
enum class DeckEdit : std::uint8_t {
    New, Open, Save, AddCurrentView, UpdateFromCurrentView, Move, Duplicate, Delete, Show, SetText, SetInfo
};

}  // namespace atlas::core
