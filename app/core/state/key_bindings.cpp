// The window's key bindings as one table, their lookup, the actions they stand for and the F1 help built from them.
#include "core/state/key_bindings.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <iterator>

namespace atlas::core {
namespace {

using C = KeyCommand;
using X = KeyContext;

constexpr KeyBinding onKey(X context, Key key, C command, std::string_view help, unsigned mods = kModNone) {
    return KeyBinding{context, key, 0, mods, command, help};
}
constexpr KeyBinding onChar(X context, char character, C command, std::string_view help) {
    return KeyBinding{context, std::nullopt, character, kModNone, command, help};
}

// Explorer first (the map's keys, the window's, presenting's start), then presenting: the help's order.
const std::array kBindings = {
    onKey(X::Map, Key::Left, C::PanLeft, "pan"),
    onKey(X::Map, Key::Right, C::PanRight, "pan"),
    onKey(X::Map, Key::Up, C::PanUp, "pan"),
    onKey(X::Map, Key::Down, C::PanDown, "pan"),
    onChar(X::Map, '+', C::ZoomIn, "zoom in"),
    onChar(X::Map, '=', C::ZoomIn, "zoom in"),
    onChar(X::Map, '-', C::ZoomOut, "zoom out"),
    onChar(X::Map, '_', C::ZoomOut, "zoom out"),
    onKey(X::Map, Key::Home, C::ResetView, "whole region"),
    onChar(X::Map, '0', C::ResetView, "whole region"),
    onChar(X::Map, 'G', C::ToggleGraticule, "graticule on/off"),
    onChar(X::Map, 'L', C::ToggleLabels, "labels on/off"),
    onChar(X::Map, 'K', C::ToggleLegend, "legend (map key) on/off"),
    onChar(X::Map, 'P', C::NextProjection, "next projection"),
    onKey(X::Window, Key::F11, C::Fullscreen, "fullscreen"),
    onKey(X::Window, Key::F1, C::ToggleHelp, "this help"),
    onKey(X::Window, Key::Q, C::Quit, "quit", kModCtrl),
    onKey(X::Map, Key::Z, C::Undo, "undo", kModCtrl),
    onKey(X::Map, Key::Z, C::Redo, "redo", kModCtrl | kModShift),
    onKey(X::Map, Key::Y, C::Redo, "redo", kModCtrl),
    onKey(X::Explorer, Key::F5, C::Present, "present the deck from the first slide"),
    onKey(X::Explorer, Key::F5, C::PresentHere, "present from the deck panel's slide", kModShift),
    // What a clicker sends (arrows, Page Up/Down, B or '.' to blank) and the presenter's own keys.
    onKey(X::Presenting, Key::Right, C::NextSlide, "next slide"),
    onKey(X::Presenting, Key::PageDown, C::NextSlide, "next slide"),
    onKey(X::Presenting, Key::Space, C::NextSlide, "next slide"),
    onKey(X::Presenting, Key::Left, C::PreviousSlide, "previous slide"),
    onKey(X::Presenting, Key::PageUp, C::PreviousSlide, "previous slide"),
    onKey(X::Presenting, Key::Backspace, C::PreviousSlide, "previous slide"),
    onKey(X::Presenting, Key::Home, C::FirstSlide, "first slide"),
    onKey(X::Presenting, Key::End, C::LastSlide, "last slide"),
    onKey(X::Presenting, Key::B, C::Blank, "black screen (again, or any step: back)"),
    onKey(X::Presenting, Key::Period, C::Blank, "black screen (again, or any step: back)"),
    onKey(X::Presenting, Key::S, C::Spotlight, "spotlight at the mouse"),
    onKey(X::Presenting, Key::L, C::ToggleLegend, "legend (map key) on/off"),
    onKey(X::Presenting, Key::N, C::Notes, "speaker notes (for the presenter)"),
    onKey(X::Presenting, Key::W, C::PresenterWindow, "presenter's window: notes, next slide, clock"),
    onKey(X::Presenting, Key::T, C::Theme, "light / dark projector theme"),
    onKey(X::Presenting, Key::Escape, C::Leave, "leave the presentation"),
    // The Places-to-review panel, when it has the focus (World Historical Gazetteer's reconciliation keys).
    onChar(X::Review, '1', C::ReviewAccept, "accept that suggestion"),
    onChar(X::Review, '2', C::ReviewAccept, "accept that suggestion"),
    onChar(X::Review, '3', C::ReviewAccept, "accept that suggestion"),
    onChar(X::Review, '4', C::ReviewAccept, "accept that suggestion"),
    onChar(X::Review, '5', C::ReviewAccept, "accept that suggestion"),
    onChar(X::Review, '6', C::ReviewAccept, "accept that suggestion"),
    onChar(X::Review, '7', C::ReviewAccept, "accept that suggestion"),
    onChar(X::Review, '8', C::ReviewAccept, "accept that suggestion"),
    onChar(X::Review, '9', C::ReviewAccept, "accept that suggestion"),
    onChar(X::Review, 'X', C::ReviewReject, "reject: not a place (remembered)"),
    onChar(X::Review, 'S', C::ReviewDefer, "defer to the later queue"),
    onChar(X::Review, 'N', C::ReviewNoMatch, "no match"),
    onChar(X::Review, 'U', C::ReviewUndo, "undo"),
    onChar(X::Review, 'A', C::ReviewAlias, "alias: click the feature it names"),
    onChar(X::Review, 'P', C::ReviewPlace, "place by hand: click the map"),
    onChar(X::Review, 'R', C::ReviewRoute, "place a route between its two ends"),
    onKey(X::Review, Key::Escape, C::ReviewCancel, "cancel placing or aliasing"),
    onKey(X::Review, Key::Down, C::ReviewNext, "next candidate"),
    onChar(X::Review, 'J', C::ReviewNext, "next candidate"),
    onKey(X::Review, Key::Up, C::ReviewPrevious, "previous candidate"),
    onChar(X::Review, 'K', C::ReviewPrevious, "previous candidate"),
};


char32_t upperAscii(char32_t c) { return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c; }
/// A character binding's character, upper case.
char32_t charOf(const KeyBinding& b) { return upperAscii(static_cast<unsigned char>(b.character)); }

void addRows(std::vector<HelpRow>& rows, bool (*inSection)(KeyContext)) {
    const std::size_t first = rows.size();  // rows before these (the mouse's) take no keys
    for (const KeyBinding& b : kBindings) {
        if (!inSection(b.context)) continue;
        const auto from = rows.begin() + static_cast<std::ptrdiff_t>(first);
        const auto same = std::find_if(from, rows.end(), [&](const HelpRow& r) { return r.text == b.help; });
        if (same == rows.end()) rows.push_back({keyLabel(b), std::string(b.help)});
        else same->keys += ", " + keyLabel(b);
    }
}

}  // namespace

std::span<const KeyBinding> keyBindings() { return kBindings; }

const KeyBinding* findKeyBinding(KeyContext context, Key key, unsigned heldMods) {
    const KeyBinding* best = nullptr;
    for (const KeyBinding& b : kBindings) {
        if (b.context != context || b.key != key || (b.mods & heldMods) != b.mods) continue;
        if (!best || std::popcount(b.mods) > std::popcount(best->mods)) best = &b;
    }
    return best;
}

const KeyBinding* findCharBinding(KeyContext context, char32_t character) {
    for (const KeyBinding& b : kBindings)
        if (b.context == context && !b.key && charOf(b) == upperAscii(character)) return &b;
    return nullptr;
}

std::optional<Action> keyCommandAction(KeyCommand command, const KeyCommandInput& in) {
    using P = PresentCommand;
    const auto present = [](P p, std::size_t slide = 0) -> Action { return action::Present{p, slide}; };
    switch (command) {
        case C::Quit: return action::Quit{};
        case C::ToggleHelp: return std::nullopt;
        case C::Fullscreen: return action::ToggleFullscreen{};
        case C::Undo: return action::Undo{};
        case C::Redo: return action::Redo{};
        case C::Present: return present(P::Start, in.deckSlide);
        case C::PresentHere: return present(P::StartHere, in.deckSlide);
        case C::PanLeft: return action::PanPixels{{kKeyPanPixels, 0}};
        case C::PanRight: return action::PanPixels{{-kKeyPanPixels, 0}};
        case C::PanUp: return action::PanPixels{{0, kKeyPanPixels}};
        case C::PanDown: return action::PanPixels{{0, -kKeyPanPixels}};
        case C::ZoomIn: return action::ZoomAt{kKeyZoomFactor, in.mapCentre};
        case C::ZoomOut: return action::ZoomAt{1.0 / kKeyZoomFactor, in.mapCentre};
        case C::ResetView: return action::ResetView{};
        case C::ToggleGraticule: return action::ToggleGraticule{};
        case C::ToggleLabels: return action::ToggleLabels{};
        case C::ToggleLegend: return action::SetPanelOpen{Panel::Legend, !in.legendShown};
        case C::NextProjection: {
            const auto* at = std::find(std::begin(kAllProjections), std::end(kAllProjections), in.projection);
            const auto next = at == std::end(kAllProjections) || at + 1 == std::end(kAllProjections)
                                  ? std::begin(kAllProjections) : at + 1;
            return action::SetProjection{*next};
        }
        case C::NextSlide: return present(P::Next);
        case C::PreviousSlide: return present(P::Previous);
        case C::FirstSlide: return present(P::First);
        case C::LastSlide: return present(P::Last);
        case C::Blank: return present(P::Blank);
        case C::Spotlight: return present(P::Spotlight);
        case C::Notes: return present(P::Notes);
        case C::PresenterWindow: return present(P::PresenterWindow);
        case C::Theme: return present(P::Theme);
        case C::Leave: return present(P::Leave);
        case C::ReviewUndo: return action::Undo{};
        case C::ReviewCancel: return action::SetReviewPick{ReviewPick::None};
        case C::ReviewNext: return action::ReviewGo{std::nullopt, 1};
        case C::ReviewPrevious: return action::ReviewGo{std::nullopt, -1};
        default: break;
    }
    if (in.reviewName.empty()) return std::nullopt;  // the rest act on the candidate shown
    switch (command) {
        case C::ReviewAccept: return action::ReviewAccept{in.reviewName, in.reviewChoice, std::nullopt};
        case C::ReviewReject: return action::ReviewReject{in.reviewName};
        case C::ReviewDefer: return action::ReviewDefer{in.reviewName};
        case C::ReviewNoMatch: return action::ReviewNoMatch{in.reviewName};
        case C::ReviewAlias: return action::SetReviewPick{ReviewPick::Alias};
        case C::ReviewPlace: return action::SetReviewPick{ReviewPick::Place};
        case C::ReviewRoute: return action::ReviewPlaceRoute{in.reviewName, {}, {}};
        default: break;
    }
    return std::nullopt;
}

std::string_view keyName(Key key) { return enumName(key, "?"); }

std::string keyLabel(const KeyBinding& b) {
    std::string s;
    if (b.mods & kModCtrl) s += "Ctrl+";
    if (b.mods & kModShift) s += "Shift+";
    return s + (b.key ? std::string(keyName(*b.key)) : std::string(1, static_cast<char>(charOf(b))));
}

std::string shortcutLabel(KeyCommand command) {
    const auto it =
        std::find_if(kBindings.begin(), kBindings.end(), [&](const KeyBinding& b) { return b.command == command; });
    return it == kBindings.end() ? std::string() : keyLabel(*it);
}

std::vector<HelpSection> keyHelp() {
    HelpSection explorer{"", {{"Drag", "pan"}, {"Wheel", "zoom at the cursor"}, {"Double-click", "zoom in there"}}};
    addRows(explorer.rows, [](KeyContext c) { return c != KeyContext::Presenting && c != KeyContext::Review; });
    HelpSection review{"Places to review (its panel focused)", {}};
    addRows(review.rows, [](KeyContext c) { return c == KeyContext::Review; });
    HelpSection presenting{"Presenting", {}};
    addRows(presenting.rows, [](KeyContext c) { return c == KeyContext::Presenting; });
    return {std::move(explorer), std::move(review), std::move(presenting)};
}

std::size_t displayChars(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

}  // namespace atlas::core
