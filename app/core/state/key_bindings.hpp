// Every key binding of the window in one table: the handlers look keys up in it and the F1 help is built from it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/enum_names.hpp"
#include "core/geometry.hpp"
#include "core/projector.hpp"
#include "core/state/app_state.hpp"

namespace atlas::core {

/// The keys bindings name as key events (the window maps its toolkit's key codes to these). Keys whose meaning
/// follows the keyboard layout (+, -, 0, letters on the map) are bound as typed characters instead.
enum class Key : std::uint8_t {
    Left, Right, Up, Down, PageUp, PageDown, Home, End, Space, Backspace, Escape, Period,
    B, L, N, Q, S, T, W, Y, Z, F1, F5, F11
};
/// The keys as the help and the menus name them.
inline constexpr EnumName<Key> kKeyNames[] = {
    {Key::Left, "Left"},   {Key::Right, "Right"}, {Key::Up, "Up"},       {Key::Down, "Down"},
    {Key::PageUp, "Page Up"}, {Key::PageDown, "Page Down"}, {Key::Home, "Home"}, {Key::End, "End"},
    {Key::Space, "Space"}, {Key::Backspace, "Backspace"}, {Key::Escape, "Esc"}, {Key::Period, "."},
    {Key::B, "B"}, {Key::L, "L"}, {Key::N, "N"}, {Key::Q, "Q"}, {Key::S, "S"}, {Key::T, "T"}, {Key::W, "W"},
    {Key::Y, "Y"}, {Key::Z, "Z"},
    {Key::F1, "F1"}, {Key::F5, "F5"}, {Key::F11, "F11"}};
constexpr std::span<const EnumName<Key>> namesOf(Key) { return kKeyNames; }

/// Modifier bits a binding requires (more may be held: Shift+Right still steps a slide).
enum KeyMod : unsigned { kModNone = 0, kModShift = 1, kModCtrl = 2 };

/// When a binding is live. Window: always, before anything else. Explorer: not presenting, even while a text field
/// has the keyboard. Map: not presenting and no text field or window has the keyboard. Presenting: a presentation
/// runs (no panels: the keys step slides instead of panning). Review: the Places-to-review panel has the focus (and
/// no text field the keyboard); the map's typed keys are off then.
enum class KeyContext : std::uint8_t { Window, Explorer, Map, Presenting, Review };

/// What a binding does. Most become one core::Action (keyCommandAction); ToggleHelp changes only the window
/// (UiState) and has none.
enum class KeyCommand : std::uint8_t {
    Quit, ToggleHelp, Fullscreen, Undo, Redo, Present, PresentHere,
    PanLeft, PanRight, PanUp, PanDown, ZoomIn, ZoomOut, ResetView, ToggleGraticule, ToggleLabels, ToggleLegend, NextProjection,
    NextSlide, PreviousSlide, FirstSlide, LastSlide, Blank, Spotlight, Notes, PresenterWindow, Theme, Leave,
    ReviewAccept, ReviewReject, ReviewDefer, ReviewNoMatch, ReviewUndo, ReviewAlias, ReviewPlace, ReviewRoute, ReviewCancel,
    ReviewNext, ReviewPrevious
};

struct KeyBinding {
    KeyContext context;
    std::optional<Key> key;  // a key event...
    char character = 0;      // ...or a typed (ASCII) character; letters match either case
    unsigned mods = kModNone;
    KeyCommand command;
    std::string_view help;   // the F1 help's text; bindings with equal text share one row
};

/// The table, in the order the help lists it.
[[nodiscard]] std::span<const KeyBinding> keyBindings();

/// The binding a key event triggers in `context`: of those whose required modifiers are all held, the one that
/// requires the most (Shift+F5 before F5). Null when none.
[[nodiscard]] const KeyBinding* findKeyBinding(KeyContext context, Key key, unsigned heldMods);
/// The binding a typed character triggers in `context`; null when none.
[[nodiscard]] const KeyBinding* findCharBinding(KeyContext context, char32_t character);

/// What the commands act on: the map's centre (logical pixels), the projection shown, the deck panel's slide.
struct KeyCommandInput {
    Vec2 mapCentre;
    ProjectionId projection = ProjectionId::LambertCaucasus;
    std::size_t deckSlide = 0;
    bool legendShown = false;  // K shows or hides the legend on the map
    std::string reviewName{};      // the candidate the Places-to-review panel shows ("": none)
    std::size_t reviewChoice = 0;  // ReviewAccept: the suggestion (0-based; the digit typed minus one)
};
inline constexpr double kKeyPanPixels = 120.0;
inline constexpr double kKeyZoomFactor = 1.5;
/// The action a command stands for; nullopt for ToggleHelp (the window's own).
[[nodiscard]] std::optional<Action> keyCommandAction(KeyCommand command, const KeyCommandInput& input);

/// "Ctrl+Q", "Page Down", "+": a binding's keys as the help shows them.
[[nodiscard]] std::string keyLabel(const KeyBinding& binding);
[[nodiscard]] std::string_view keyName(Key key);
/// The first binding of `command` as a menu shows its shortcut ("F11"); empty when the command has none.
[[nodiscard]] std::string shortcutLabel(KeyCommand command);

/// One row of the F1 help: the keys (or mouse gesture) and what they do.
struct HelpRow {
    std::string keys;
    std::string text;
};
struct HelpSection {
    std::string_view title;  // empty: no heading
    std::vector<HelpRow> rows;
};
/// The F1 help: the mouse, the keys in the explorer (Window, Explorer and Map bindings) and while presenting.
[[nodiscard]] std::vector<HelpSection> keyHelp();
/// Widest keys and text a help row may have, in characters: the help window is sized for them and wraps beyond.
inline constexpr std::size_t kHelpKeysColumnChars = 26;
inline constexpr std::size_t kHelpTextColumnChars = 48;
/// Characters (UTF-8 code points) in `text`.
[[nodiscard]] std::size_t displayChars(std::string_view text);

}  // namespace atlas::core
