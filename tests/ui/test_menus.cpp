// The main menu driven headless: menus open on a click and their items push the reducer's actions.
#include <catch2/catch.hpp>

#include <memory>
#include <variant>

#include "imgui_harness.hpp"
#include "ui/panels.hpp"

namespace {
using atlas::ui::testing::ImGuiHarness;

struct MenuWorld {
    atlas::core::AppState state;
    std::vector<atlas::core::LoadIssue> issues;
    atlas::ui::UiState ui;
    std::vector<atlas::core::Action> out;

    void draw() {
        const atlas::ui::PanelContext ctx{state, issues, nullptr, 0, {1, 1}, "", {}};
        atlas::ui::drawMainMenu(ctx, ui, out);
    }
};

template <class T>
int count(const std::vector<atlas::core::Action>& actions) {
    int n = 0;
    for (const auto& a : actions) n += std::holds_alternative<T>(a) ? 1 : 0;
    return n;
}
}  // namespace

TEST_CASE("ui: Edit > Undo is clickable only with a step to undo, and pushes Undo", "[ui][menu]") {
    MenuWorld w;
    ImGuiHarness h(1024, 680);
    const auto draw = [&] { w.draw(); };
    h.frames(2, draw);
    const ImGuiID edit = ImGuiHarness::itemId("##MainMenuBar", {"##menubar", "Edit"});  // BeginMenuBar pushes "##menubar";
    const ImGuiWindow* bar = ImGuiHarness::window("##MainMenuBar");
    REQUIRE(bar != nullptr);
    REQUIRE(bar->ID == ImHashStr("##MainMenuBar"));  // itemId() seeds with the window name's hash
    const auto at = h.locate(edit, bar->Rect(), draw);
    REQUIRE(at);

    SECTION("nothing to undo: the item is disabled and pushes nothing") {
        h.click(*at, draw);
        const ImGuiWindow* menu = ImGuiHarness::window("##Menu_00");
        REQUIRE(menu != nullptr);
        const auto undo = h.locate(ImHashStr("Undo", 0, menu->ID), menu->Rect(), draw);
        REQUIRE(undo);
        CHECK(h.context()->HoveredIdDisabled);  // hovered, but ImGui reports it disabled
        h.click(*undo, draw);
        CHECK(count<atlas::core::action::Undo>(w.out) == 0);
    }
    SECTION("with a step: clicking Undo pushes one Undo action") {
        w.state.history.past.push_back(std::make_shared<const atlas::core::AppState>());
        h.click(*at, draw);
        const ImGuiWindow* menu = ImGuiHarness::window("##Menu_00");
        REQUIRE(menu != nullptr);
        const auto undo = h.locate(ImHashStr("Undo", 0, menu->ID), menu->Rect(), draw);
        REQUIRE(undo);
        h.click(*undo, draw);
        CHECK(count<atlas::core::action::Undo>(w.out) == 1);
        CHECK(count<atlas::core::action::Redo>(w.out) == 0);
    }
}
