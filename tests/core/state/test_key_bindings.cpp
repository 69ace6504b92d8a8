// The key table: every binding in the F1 help, no two bindings live at once on one key, help rows that fit, lookup.
#include <catch2/catch.hpp>

#include <string>
#include <variant>

#include "core/state/key_bindings.hpp"

using namespace atlas::core;

namespace {

/// Contexts live at the same time: the window's with the explorer's and the map's, or with presenting's.
bool liveTogether(KeyContext a, KeyContext b) {
    const auto presenting = [](KeyContext c) { return c == KeyContext::Presenting; };
    // The review panel's keys replace the map's while it has the focus.
    if ((a == KeyContext::Review && b == KeyContext::Map) || (a == KeyContext::Map && b == KeyContext::Review))
        return false;
    return a == KeyContext::Window || b == KeyContext::Window || presenting(a) == presenting(b);
}

bool helpListsKey(const std::vector<HelpSection>& help, const std::string& label, std::string_view text) {
    for (const auto& section : help)
        for (const auto& row : section.rows) {
            if (row.text != text) continue;
            // The label as a whole item of the row's comma-separated keys.
            std::size_t from = 0;
            while (from <= row.keys.size()) {
                const std::size_t to = std::min(row.keys.find(", ", from), row.keys.size());
                if (row.keys.substr(from, to - from) == label) return true;
                from = to + 2;
            }
        }
    return false;
}

}  // namespace

TEST_CASE("every key binding appears in the F1 help with its text", "[keys]") {
    const auto help = keyHelp();
    REQUIRE_FALSE(keyBindings().empty());
    for (const KeyBinding& b : keyBindings()) {
        INFO(keyLabel(b) << ": " << b.help);
        CHECK(helpListsKey(help, keyLabel(b), b.help));
    }
    CHECK(helpListsKey(help, "Shift+F5", "present from the deck panel's slide"));
    CHECK(helpListsKey(help, "Ctrl+Q", "quit"));
    CHECK_FALSE(helpListsKey(help, "Q", "quit"));
}

TEST_CASE("no two bindings live at the same time share a key, modifiers and character", "[keys]") {
    const auto all = keyBindings();
    for (std::size_t i = 0; i < all.size(); ++i)
        for (std::size_t j = i + 1; j < all.size(); ++j) {
            const KeyBinding& a = all[i];
            const KeyBinding& b = all[j];
            if (!liveTogether(a.context, b.context)) continue;
            INFO(keyLabel(a) << " (" << a.help << ") and " << keyLabel(b) << " (" << b.help << ")");
            if (a.key || b.key) CHECK_FALSE((a.key == b.key && a.mods == b.mods));
            else CHECK(keyLabel(a) != keyLabel(b));  // characters compare case-insensitively, as typed
        }
}

TEST_CASE("every help row fits the help window's columns", "[keys]") {
    std::size_t rows = 0;
    for (const auto& section : keyHelp())
        for (const auto& row : section.rows) {
            INFO(row.keys << " | " << row.text);
            CHECK(displayChars(row.keys) <= kHelpKeysColumnChars);
            CHECK(displayChars(row.text) <= kHelpTextColumnChars);
            CHECK_FALSE(row.keys.empty());
            CHECK_FALSE(row.text.empty());
            ++rows;
        }
    CHECK(rows >= 20);
    CHECK(displayChars("\xC3\x97 ab") == 4);
}

TEST_CASE("the help groups the keys of one action into one row", "[keys]") {
    const auto help = keyHelp();
    REQUIRE(help.size() == 3);
    CHECK(help[1].title == "Places to review (its panel focused)");
    CHECK(help[2].title == "Presenting");
    const auto row = [&](std::size_t section, std::string_view text) -> std::string {
        for (const auto& r : help[section].rows)
            if (r.text == text) return r.keys;
        return "(none)";
    };
    CHECK(row(0, "whole region") == "Home, 0");
    CHECK(row(0, "pan") == "Drag");  // the mouse's row stays its own
    CHECK(row(1, "accept that suggestion") == "1, 2, 3, 4, 5, 6, 7, 8, 9");
    CHECK(row(1, "next candidate") == "Down, J");
    CHECK(row(2, "next slide") == "Right, Page Down, Space");
    CHECK(row(2, "black screen (again, or any step: back)") == "B, .");
}

TEST_CASE("key lookup: modifiers, contexts and typed characters", "[keys]") {
    const KeyBinding* f5 = findKeyBinding(KeyContext::Explorer, Key::F5, kModNone);
    REQUIRE(f5);
    CHECK(f5->command == KeyCommand::Present);
    const KeyBinding* shiftF5 = findKeyBinding(KeyContext::Explorer, Key::F5, kModShift);
    REQUIRE(shiftF5);
    CHECK(shiftF5->command == KeyCommand::PresentHere);
    CHECK(findKeyBinding(KeyContext::Explorer, Key::F5, kModShift | kModCtrl)->command == KeyCommand::PresentHere);
    CHECK(findKeyBinding(KeyContext::Window, Key::Q, kModNone) == nullptr);
    CHECK(findKeyBinding(KeyContext::Window, Key::Q, kModCtrl)->command == KeyCommand::Quit);
    // Held modifiers a binding does not ask for do not stop it (a clicker's Shift, as before the table).
    CHECK(findKeyBinding(KeyContext::Presenting, Key::Right, kModShift)->command == KeyCommand::NextSlide);
    CHECK(findKeyBinding(KeyContext::Map, Key::Right, kModNone)->command == KeyCommand::PanRight);
    CHECK(findKeyBinding(KeyContext::Presenting, Key::L, kModNone)->command == KeyCommand::ToggleLegend);
    CHECK(findKeyBinding(KeyContext::Map, Key::L, kModNone) == nullptr);
    CHECK(findCharBinding(KeyContext::Map, U'l')->command == KeyCommand::ToggleLabels);
    CHECK(findCharBinding(KeyContext::Map, U'L')->command == KeyCommand::ToggleLabels);
    CHECK(findCharBinding(KeyContext::Map, U'=')->command == KeyCommand::ZoomIn);
    CHECK(findCharBinding(KeyContext::Map, U'_')->command == KeyCommand::ZoomOut);
    CHECK(findCharBinding(KeyContext::Map, U'x') == nullptr);
    CHECK(findCharBinding(KeyContext::Presenting, U'l') == nullptr);
    CHECK(shortcutLabel(KeyCommand::ResetView) == "Home");
    CHECK(shortcutLabel(KeyCommand::ToggleHelp) == "F1");
}

TEST_CASE("key commands become the actions they did before the table", "[keys]") {
    KeyCommandInput in{{400, 300}, ProjectionId::PlateCarree, 3};
    const auto pan = std::get<action::PanPixels>(*keyCommandAction(KeyCommand::PanLeft, in));
    CHECK(pan.delta.x == 120.0);
    CHECK(pan.delta.y == 0.0);
    CHECK(std::get<action::PanPixels>(*keyCommandAction(KeyCommand::PanDown, in)).delta.y == -120.0);
    const auto zoom = std::get<action::ZoomAt>(*keyCommandAction(KeyCommand::ZoomOut, in));
    CHECK(zoom.factor == Approx(1.0 / 1.5));
    CHECK(zoom.anchor.x == 400.0);
    // The last projection wraps round to the first.
    CHECK(std::get<action::SetProjection>(*keyCommandAction(KeyCommand::NextProjection, in)).id == kAllProjections[0]);
    in.projection = kAllProjections[0];
    CHECK(std::get<action::SetProjection>(*keyCommandAction(KeyCommand::NextProjection, in)).id == kAllProjections[1]);
    const auto here = std::get<action::Present>(*keyCommandAction(KeyCommand::PresentHere, in));
    CHECK(here.command == PresentCommand::StartHere);
    CHECK(here.slide == 3);
    CHECK(std::get<action::Present>(*keyCommandAction(KeyCommand::Blank, in)).command == PresentCommand::Blank);
    CHECK(std::holds_alternative<action::Quit>(*keyCommandAction(KeyCommand::Quit, in)));
    CHECK_FALSE(keyCommandAction(KeyCommand::ToggleHelp, in));
    CHECK(std::holds_alternative<action::ToggleFullscreen>(*keyCommandAction(KeyCommand::Fullscreen, in)));
    // K: the legend on the map, shown when hidden and hidden when shown.
    CHECK(findCharBinding(KeyContext::Map, U'k')->command == KeyCommand::ToggleLegend);
    const auto legendOn = std::get<action::SetPanelOpen>(*keyCommandAction(KeyCommand::ToggleLegend, in));
    CHECK(legendOn.panel == Panel::Legend);
    CHECK(legendOn.open);
    in.legendShown = true;
    CHECK_FALSE(std::get<action::SetPanelOpen>(*keyCommandAction(KeyCommand::ToggleLegend, in)).open);
    CHECK(std::holds_alternative<action::Undo>(*keyCommandAction(KeyCommand::Undo, in)));
    CHECK(std::holds_alternative<action::Redo>(*keyCommandAction(KeyCommand::Redo, in)));
    // Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, while no text field has the keyboard (it has its own undo).
    CHECK(findKeyBinding(KeyContext::Map, Key::Z, kModCtrl)->command == KeyCommand::Undo);
    CHECK(findKeyBinding(KeyContext::Map, Key::Z, kModCtrl | kModShift)->command == KeyCommand::Redo);
    CHECK(findKeyBinding(KeyContext::Map, Key::Y, kModCtrl)->command == KeyCommand::Redo);
    CHECK_FALSE(findKeyBinding(KeyContext::Map, Key::Z, kModNone));
    // Every other command in the table has an action (the review's with a candidate shown).
    in.reviewName = "Vayk";
    for (const KeyBinding& b : keyBindings())
        if (b.command != KeyCommand::ToggleHelp)
            CHECK(keyCommandAction(b.command, in));
}

TEST_CASE("the review keys act on the candidate shown, and only with one", "[keys][places]") {
    KeyCommandInput in;
    const KeyBinding* three = findCharBinding(KeyContext::Review, U'3');
    REQUIRE(three);
    CHECK(three->command == KeyCommand::ReviewAccept);
    CHECK_FALSE(keyCommandAction(three->command, in));  // no candidate shown
    in.reviewName = "Vayk";
    in.reviewChoice = 2;
    const auto accept = keyCommandAction(three->command, in);
    REQUIRE(accept);
    REQUIRE(std::holds_alternative<action::ReviewAccept>(*accept));
    CHECK(std::get<action::ReviewAccept>(*accept).choice == 2);
    CHECK(std::get<action::ReviewAccept>(*accept).name == "Vayk");
    CHECK(std::holds_alternative<action::ReviewReject>(*keyCommandAction(findCharBinding(KeyContext::Review, U'x')->command, in)));
    CHECK(std::holds_alternative<action::Undo>(*keyCommandAction(findCharBinding(KeyContext::Review, U'u')->command, in)));
    const auto place = keyCommandAction(findCharBinding(KeyContext::Review, U'p')->command, in);
    REQUIRE(std::holds_alternative<action::SetReviewPick>(*place));
    CHECK(std::get<action::SetReviewPick>(*place).pick == ReviewPick::Place);
    CHECK(findCharBinding(KeyContext::Map, U'p')->command == KeyCommand::NextProjection);  // the map's P stays
    CHECK(findKeyBinding(KeyContext::Review, Key::Escape, kModNone)->command == KeyCommand::ReviewCancel);
    // r: the route candidate placed between the ends the panel shows (the reducer fills them in)
    const auto route = keyCommandAction(findCharBinding(KeyContext::Review, U'r')->command, in);
    REQUIRE(route);
    REQUIRE(std::holds_alternative<action::ReviewPlaceRoute>(*route));
    CHECK(std::get<action::ReviewPlaceRoute>(*route).name == "Vayk");
    CHECK(std::get<action::ReviewPlaceRoute>(*route).fromId.empty());
}
