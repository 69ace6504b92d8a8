// The file chooser driven headless: an export over an existing file asks "Replace?" and pushes nothing until
// Replace is clicked; a wrong type is offered renamed; Cancel pushes nothing.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <string>
#include <variant>

#include "core/atomic_file.hpp"
#include "imgui_harness.hpp"
#include "ui/file_chooser.hpp"

namespace fs = std::filesystem;
namespace core = atlas::core;
using atlas::ui::testing::ImGuiHarness;

namespace {

struct Folder {
    fs::path path = fs::temp_directory_path() / ("atlas-ui-chooser-" + std::to_string(::getpid()));
    Folder() {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~Folder() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

struct ChooserWorld {
    core::AppState state;
    atlas::ui::UiState ui;
    std::vector<core::Action> out;
    void draw() { atlas::ui::drawFileChooser(ui, out); }
};

constexpr const char* kExportWindow = "Export map as PNG###filechooser";

/// Clicks the button labelled `label` in the chooser's popup.
void clickButton(ImGuiHarness& h, ChooserWorld& w, const char* label) {
    const auto draw = [&] { w.draw(); };
    const ImGuiWindow* popup = ImGuiHarness::window(kExportWindow);
    REQUIRE(popup != nullptr);
    REQUIRE(popup->Active);
    const auto at = h.locate(ImHashStr(label, 0, popup->ID), popup->Rect(), draw, 5.0f);
    REQUIRE(at);
    h.click(*at, draw);
}

}  // namespace

TEST_CASE("ui: the chooser asks before replacing a file and pushes the export only after Replace", "[ui][files]") {
    Folder folder;
    REQUIRE_FALSE(core::writeFileAtomically(folder.path / "map-1994.png", "an older export"));
    ChooserWorld w;
    w.state.time.year = 1994;
    w.ui.files.of(core::FileUse::ExportPng).folder = folder.path.string();  // the export's own last folder
    atlas::ui::openFileChooser(w.ui, core::FileUse::ExportPng, w.state);
    CHECK(w.ui.chooser.folder == folder.path.string());
    CHECK(w.ui.chooser.name == "map-1994.png");  // the default name from the year shown
    ImGuiHarness h(1280, 800);
    const auto draw = [&] { w.draw(); };
    h.frames(3, draw);
    // The folder's file is listed (the harness's frameText logs nothing inside a popup, so the listing is read).
    REQUIRE(w.ui.chooser.listing.entries.size() == 1);
    CHECK(w.ui.chooser.listing.entries[0].name == "map-1994.png");

    clickButton(h, w, "Export");
    CHECK(w.out.empty());  // nothing written yet
    REQUIRE(w.ui.chooser.prompt == atlas::ui::UiState::FileChooser::Prompt::Replace);
    CHECK_THAT(w.ui.chooser.promptText, Catch::Contains("map-1994.png already exists") && Catch::Contains("Replace it?"));

    SECTION("Replace pushes one export of that file, with the confirmation") {
        clickButton(h, w, "Replace");
        REQUIRE(w.out.size() == 1);
        const auto* e = std::get_if<core::action::ExportPng>(&w.out[0]);
        REQUIRE(e != nullptr);
        CHECK(e->path == (folder.path / "map-1994.png").string());
        CHECK(e->overwrite);
        CHECK_FALSE(w.ui.chooser.use);  // closed
        CHECK(w.ui.files.of(core::FileUse::ExportPng).name == "map-1994.png");
    }
    SECTION("Cancel pushes nothing and goes back to the browser") {
        clickButton(h, w, "Cancel##prompt");
        CHECK(w.out.empty());
        CHECK(w.ui.chooser.prompt == atlas::ui::UiState::FileChooser::Prompt::None);
        CHECK(w.ui.chooser.use == core::FileUse::ExportPng);
    }
    CHECK(core::readWholeFile(folder.path / "map-1994.png") == "an older export");  // the chooser writes nothing
}

TEST_CASE("ui: a PNG export to a CSV's name is offered as .png, never pushed as .csv", "[ui][files]") {
    Folder folder;
    REQUIRE_FALSE(core::writeFileAtomically(folder.path / "interviews.csv", "id,wkt\n"));
    ChooserWorld w;
    w.ui.files.of(core::FileUse::ExportPng).folder = folder.path.string();
    atlas::ui::openFileChooser(w.ui, core::FileUse::ExportPng, w.state);
    w.ui.chooser.name = "interviews.csv";  // as if typed
    ImGuiHarness h(1280, 800);
    const auto draw = [&] { w.draw(); };
    h.frames(3, draw);
    clickButton(h, w, "Export");
    CHECK(w.out.empty());
    REQUIRE(w.ui.chooser.prompt == atlas::ui::UiState::FileChooser::Prompt::WrongType);
    CHECK_THAT(w.ui.chooser.promptText, Catch::Contains("interviews.csv is not a PNG image"));
    clickButton(h, w, "Save as interviews.png");
    REQUIRE(w.out.size() == 1);
    const auto* e = std::get_if<core::action::ExportPng>(&w.out[0]);
    REQUIRE(e != nullptr);
    CHECK(e->path == (folder.path / "interviews.png").string());
    CHECK_FALSE(e->overwrite);  // a new file: nothing to confirm
}

TEST_CASE("ui: an empty name is said, Cancel closes the chooser; neither pushes an action", "[ui][files]") {
    Folder folder;
    ChooserWorld w;
    w.ui.files.of(core::FileUse::ExportPng).folder = folder.path.string();
    atlas::ui::openFileChooser(w.ui, core::FileUse::ExportPng, w.state);
    w.ui.chooser.name.clear();
    ImGuiHarness h(1280, 800);
    const auto draw = [&] { w.draw(); };
    h.frames(3, draw);
    clickButton(h, w, "Export");
    CHECK(w.out.empty());
    CHECK(w.ui.chooser.error == "Type a file name or choose a file.");
    clickButton(h, w, "Cancel");
    CHECK(w.out.empty());
    CHECK_FALSE(w.ui.chooser.use);
    CHECK(fs::is_empty(folder.path));
}

TEST_CASE("ui: File > Export handout… opens the chooser on the deck's PDF name; a choice pushes ExportHandout",
          "[ui][files][handout]") {
    ChooserWorld w;
    w.state.deck.deck = core::Deck{};
    w.state.deck.deck->title = "Caucasus story";
    atlas::ui::openFileChooser(w.ui, core::FileUse::ExportHandout, w.state);
    REQUIRE(w.ui.chooser.use == std::optional(core::FileUse::ExportHandout));
    CHECK(w.ui.chooser.name == "caucasus-story-handout.pdf");
    const core::Action a = atlas::ui::choiceAction({core::FileUse::ExportHandout, "/talks/story.pdf", true}, w.ui);
    const auto* e = std::get_if<core::action::ExportHandout>(&a);
    REQUIRE(e);
    CHECK(e->path == "/talks/story.pdf");
    CHECK(e->overwrite);  // "Replace" was clicked in the chooser
}
