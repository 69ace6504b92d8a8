// Seminar decks: titled sequences of saved views with captions and speaker notes ("caucasus-atlas-deck" JSON).
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/state/view_state.hpp"

namespace atlas::core {

inline constexpr std::string_view kDeckFormat = "caucasus-atlas-deck";
inline constexpr int kDeckVersion = 1;

struct Slide {
    std::string title;
    std::string caption;  // shown on the map in presentation
    std::string notes;    // speaker notes, never shown to the audience
    ViewState view;
    /// "legend": true/false: the map's legend shown or hidden on this slide while presenting (over the view's own
    /// panels.legend); absent: the view decides. L toggles it during the talk.
    std::optional<bool> legend;
    friend bool operator==(const Slide&, const Slide&) = default;
};

struct Deck {
    std::string title;
    std::string author;
    std::vector<Slide> slides;
    friend bool operator==(const Deck&, const Deck&) = default;
};

// Pure edits. Indices are 0-based; an index out of range changes nothing and returns false.
/// Inserts a slide showing `view` at `at` (default: at the end); returns its index.
std::size_t addSlide(Deck& deck, const ViewState& view, std::string title = {}, std::optional<std::size_t> at = {});
/// Replaces the view of slide i with the current view (title, caption and notes kept).
bool updateSlideView(Deck& deck, std::size_t i, const ViewState& view);
/// Moves slide `from` so that it ends up at index `to` (the others keep their order).
bool moveSlide(Deck& deck, std::size_t from, std::size_t to);
/// Inserts a copy of slide i right after it.
bool duplicateSlide(Deck& deck, std::size_t i);
bool deleteSlide(Deck& deck, std::size_t i);
/// Sets the texts of slide i (its view kept).
bool setSlideText(Deck& deck, std::size_t i, std::string title, std::string caption, std::string notes);

/// The result of reading a deck. `deck` is nullopt when the file is refused (not JSON, not a deck, a newer
/// version); `messages` say what was wrong and what was kept; `partial` is true when anything in the file was
/// skipped or replaced, i.e. saving the deck would write less than the file had.
struct DeckLoad {
    std::optional<Deck> deck;
    std::vector<std::string> messages;
    bool partial = false;
};

/// Human-readable JSON: 2-space indent, keys in a fixed order, trailing newline.
std::string deckToText(const Deck& deck);
nlohmann::ordered_json deckToJson(const Deck& deck);

/// Parses deck text; `label` (usually the file name) starts every refusal message.
DeckLoad parseDeck(std::string_view text, const std::string& label);
/// Reads and parses a file (an unreadable file is refused with a message naming it).
DeckLoad loadDeckFile(const std::filesystem::path& path);

/// Where the deck being edited came from; the UI keeps one per open deck and passes it to every save.
struct DeckOrigin {
    std::filesystem::path path;
    bool partial = false;           // loaded with DeckLoad::partial
    bool originalPreserved = false; // the original file is already kept as NAME.bak
};

struct DeckSave {
    std::optional<std::string> error;  // nullopt: saved
    /// True when the target was a partially loaded file: its original content is (still) kept in `backup`
    /// and the UI must tell the user so.
    bool originalKeptAsBackup = false;
    std::filesystem::path backup;      // NAME.bak
};

/// Saves atomically (temp file + rename), keeping the previous file as NAME.bak. Never writes over a file with
/// less than it had: when `origin` says the deck was loaded partially from this same path, the original file is
/// kept as NAME.bak on the first save and that backup is not replaced by later saves (origin is updated).
DeckSave saveDeckFile(const Deck& deck, const std::filesystem::path& path, DeckOrigin* origin = nullptr);

}  // namespace atlas::core
