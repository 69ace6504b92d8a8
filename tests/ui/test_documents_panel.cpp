// The Documents panel and the workspace choosers, headless: the rows (user and bundled, counts, problems), the
// indexing progress, Remove
// after "Remove X?" and its undo, a metadata edit, New and Open workspace through the chooser in folder mode, and
// Add documents through the chooser.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>
#include <variant>

#include "core/atomic_file.hpp"
#include "core/corpus/corpus_index.hpp"
#include "core/explore/explorer.hpp"
#include "core/state/dock_layout.hpp"
#include "core/state/reducer.hpp"
#include "imgui_harness.hpp"
#include "ui/documents_panel.hpp"
#include "ui/file_chooser.hpp"

using namespace atlas;
using atlas::ui::testing::ImGuiHarness;
namespace fs = std::filesystem;

namespace {

std::unique_ptr<core::AtlasData> twoDocuments() {
    core::DocumentMeta bundled;
    bundled.file = "000_bundled.txt";
    bundled.title = "A bundled essay";
    bundled.inManifest = true;
    core::DocumentMeta mine;
    mine.file = "notes.txt";
    mine.title = "My field notes";
    mine.author = "A. Researcher";
    mine.inManifest = true;
    std::vector<core::Document> docs{core::makeDocument("000_bundled.txt", "One passage.\n\nAnother passage.\n", bundled),
                                     core::makeDocument("notes.txt", "Notes from the road.\n", mine)};
    return core::makeAtlasData({}, core::buildCorpusIndex(std::move(docs), {}));
}

struct World {
    std::unique_ptr<core::AtlasData> data = twoDocuments();
    std::vector<std::string> userFiles{"notes.txt"};
    std::vector<core::LoadIssue> problems{{core::Severity::Warning, "/ws/documents/scan.pdf", "", "image-only PDF; skipped"}};
    core::AppState state;
    ui::UiState ui;
    std::vector<core::Action> out;
    World() {
        core::apply(state, core::action::WorkspaceOpened{"/ws", false}, core::BBox{});
        state.panels.layers = state.panels.search = false;  // the Documents panel gets the left column
    }
    void draw() {
        const ImVec2 display = ImGui::GetIO().DisplaySize;
        core::DockInput in;
        in.work = {0.0f, 0.0f, display.x, display.y};
        in.open = state.panels;
        ui.dock = core::layoutDock(in);
        ui::drawDocumentsPanel({state, data.get(), userFiles, problems}, ui, out);
        ui::drawFileChooser(ui, out);
    }
};

template <class T>
std::vector<T> pushed(const std::vector<core::Action>& actions) {
    std::vector<T> out;
    for (const auto& a : actions)
        if (const auto* t = std::get_if<T>(&a)) out.push_back(*t);
    return out;
}

void click(ImGuiHarness& h, World& w, const std::vector<std::string>& path) {
    const auto draw = [&] { w.draw(); };
    const auto at = h.locateIn("Documents", path, draw, 4.0f);
    INFO(path.back());
    REQUIRE(at);
    h.click(*at, draw);
}

struct Folder {
    fs::path path = fs::temp_directory_path() / ("atlas-ui-workspace-" + std::to_string(::getpid()));
    Folder() {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~Folder() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

}  // namespace

TEST_CASE("ui: the Documents panel lists user and bundled documents with counts and the problems", "[ui][documents]") {
    World w;
    ImGuiHarness h(1280, 800);
    const auto draw = [&] { w.draw(); };
    h.frames(2, draw);
    const std::string text = h.frameText({draw});
    CHECK_THAT(text, Catch::Contains("Workspace: ws"));
    CHECK_THAT(text, Catch::Contains("My field notes"));
    CHECK_THAT(text, Catch::Contains("A. Researcher"));
    CHECK_THAT(text, Catch::Contains("A bundled essay"));
    CHECK_THAT(text, Catch::Contains(" passages \xC2\xB7 0 mentions"));
    CHECK_THAT(text, Catch::Contains("bundled"));
    CHECK_THAT(text, Catch::Contains("/ws/documents/scan.pdf: image-only PDF; skipped"));
    // The bundled document has no Remove; the user's has.
    CHECK_FALSE(h.locateIn("Documents", {"000_bundled.txt", "Remove"}, draw, 6.0f));
    CHECK(h.locateIn("Documents", {"notes.txt", "Remove"}, draw, 4.0f));
}

TEST_CASE("ui: while indexing, the bar shows the indexer's count and the file it is on", "[ui][documents]") {
    World w;
    ImGuiHarness h(1280, 800);
    const auto draw = [&] { w.draw(); };
    w.ui.documents.indexing = true;
    w.ui.documents.progress = {"Reading", 3, 12, "report.pdf"};
    h.frames(2, draw);
    std::string text = h.frameText({draw});
    CHECK_THAT(text, Catch::Contains("Reading 3 / 12"));
    CHECK_THAT(text, Catch::Contains("report.pdf"));
    CHECK(w.ui.documents.progress.fraction() == Approx(0.25));
    w.ui.documents.progress = {"Linking", 12, 12, "notes.txt"};
    text = h.frameText({draw});
    CHECK_THAT(text, Catch::Contains("Linking 12 / 12"));
    w.ui.documents.progress = {};  // no count yet: the phase alone
    text = h.frameText({draw});
    CHECK_THAT(text, Catch::Contains("Indexing\xE2\x80\xA6"));
    w.ui.documents.indexing = false;
    text = h.frameText({draw});
    CHECK_THAT(text, !Catch::Contains("Reading") && !Catch::Contains("Indexing"));
}

TEST_CASE("ui: Remove asks first, pushes RemoveDocument, and undo gives the file back", "[ui][documents]") {
    World w;
    ImGuiHarness h(1280, 800);
    const auto draw = [&] { w.draw(); };
    h.frames(2, draw);
    click(h, w, {"notes.txt", "Remove"});
    CHECK(pushed<core::action::RemoveDocument>(w.out).empty());  // only asked
    REQUIRE(w.ui.documents.confirmRemove == std::optional<std::string>("notes.txt"));
    CHECK_THAT(h.frameText({draw}), Catch::Contains("Remove notes.txt?"));
    click(h, w, {"notes.txt", "Remove##confirm"});
    const auto removes = pushed<core::action::RemoveDocument>(w.out);
    REQUIRE(removes.size() == 1);
    CHECK(removes[0].file == "notes.txt");
    REQUIRE(removes[0].meta.has_value());
    CHECK(removes[0].meta->title == std::optional<std::string>("My field notes"));

    auto commands = core::apply(w.state, removes[0], core::BBox{});
    REQUIRE(std::holds_alternative<core::command::RemoveDocumentFile>(commands.front()));
    commands = core::apply(w.state, core::action::Undo{}, core::BBox{});
    bool restored = false;
    for (const auto& c : commands)
        if (const auto* r = std::get_if<core::command::RestoreDocumentFile>(&c))
            restored = r->file == "notes.txt" && r->root == "/ws" && r->meta && r->meta->title == "My field notes";
    CHECK(restored);
}

TEST_CASE("ui: Edit and Save push the document's new metadata", "[ui][documents]") {
    World w;
    ImGuiHarness h(1280, 800);
    const auto draw = [&] { w.draw(); };
    h.frames(2, draw);
    click(h, w, {"notes.txt", "Edit"});
    REQUIRE(w.ui.documents.editing == std::optional<std::string>("notes.txt"));
    CHECK(w.ui.documents.title == "My field notes");
    click(h, w, {"notes.txt", "Date##doc"});
    h.type("2024-03-01", draw);
    click(h, w, {"notes.txt", "Save##doc"});
    const auto edits = pushed<core::action::SetDocumentMeta>(w.out);
    REQUIRE(edits.size() == 1);
    CHECK(edits[0].after.file == "notes.txt");
    CHECK(edits[0].after.date == std::optional<std::string>("2024-03-01"));
    CHECK(edits[0].after.title == std::optional<std::string>("My field notes"));
    CHECK_FALSE(edits[0].before.date.has_value());
}

TEST_CASE("ui: New workspace chooses a folder to create; Open workspace takes the folder shown", "[ui][documents][files]") {
    Folder folder;
    World w;
    w.state = core::AppState{};  // no workspace yet
    w.state.panels.documents = true;
    w.state.panels.layers = w.state.panels.search = false;
    w.ui.files.of(core::FileUse::NewWorkspace).folder = folder.path.string();
    ImGuiHarness h(1280, 800);
    const auto draw = [&] { w.draw(); };
    h.frames(2, draw);
    CHECK_THAT(h.frameText({draw}), Catch::Contains("No workspace"));
    click(h, w, {"New workspace\xE2\x80\xA6"});
    REQUIRE(w.ui.chooser.use == std::optional(core::FileUse::NewWorkspace));
    CHECK(w.ui.chooser.folder == folder.path.string());
    w.ui.chooser.name = "reading-list";  // typed in the name field
    h.frames(2, draw);
    const ImGuiWindow* popup = ImGuiHarness::window("New workspace###filechooser");
    REQUIRE(popup != nullptr);
    auto at = h.locate(ImHashStr("Create", 0, popup->ID), popup->Rect(), draw, 5.0f);
    REQUIRE(at);
    h.click(*at, draw);
    auto opens = pushed<core::action::OpenWorkspace>(w.out);
    REQUIRE(opens.size() == 1);
    CHECK(fs::path(opens[0].path) == folder.path / "reading-list");
    CHECK(opens[0].create);

    // Open workspace with nothing typed takes the folder the chooser shows.
    w.out.clear();
    w.ui.files.of(core::FileUse::OpenWorkspace).folder = folder.path.string();
    click(h, w, {"Open workspace\xE2\x80\xA6"});
    REQUIRE(w.ui.chooser.use == std::optional(core::FileUse::OpenWorkspace));
    w.ui.chooser.folder = folder.path.string();
    w.ui.chooser.name.clear();
    h.frames(2, draw);
    popup = ImGuiHarness::window("Open workspace###filechooser");
    REQUIRE(popup != nullptr);
    at = h.locate(ImHashStr("Open", 0, popup->ID), popup->Rect(), draw, 5.0f);
    REQUIRE(at);
    h.click(*at, draw);
    opens = pushed<core::action::OpenWorkspace>(w.out);
    REQUIRE(opens.size() == 1);
    CHECK(fs::path(opens[0].path) == folder.path);
    CHECK_FALSE(opens[0].create);
}

TEST_CASE("ui: Add documents through the chooser pushes AddDocuments with the file", "[ui][documents][files]") {
    Folder folder;
    REQUIRE_FALSE(core::writeFileAtomically(folder.path / "report.html", "<p>Gyumri</p>"));
    World w;
    w.ui.files.of(core::FileUse::AddDocuments).folder = folder.path.string();
    w.ui.files.of(core::FileUse::AddDocuments).name = "report.html";  // the chooser starts with the remembered name
    ImGuiHarness h(1280, 800);
    const auto draw = [&] { w.draw(); };
    h.frames(2, draw);
    click(h, w, {"Add documents\xE2\x80\xA6"});
    REQUIRE(w.ui.chooser.use == std::optional(core::FileUse::AddDocuments));
    h.frames(2, draw);
    REQUIRE(w.ui.chooser.listing.entries.size() == 1);  // the document type filter lists the .html file
    CHECK(w.ui.chooser.name == "report.html");
    const ImGuiWindow* popup = ImGuiHarness::window("Add documents###filechooser");
    REQUIRE(popup != nullptr);
    const auto at = h.locate(ImHashStr("Add", 0, popup->ID), popup->Rect(), draw, 5.0f);
    REQUIRE(at);
    h.click(*at, draw);
    const auto adds = pushed<core::action::AddDocuments>(w.out);
    INFO("chooser error: " << w.ui.chooser.error << "; name: " << w.ui.chooser.name << "; actions: " << w.out.size());
    REQUIRE(adds.size() == 1);
    REQUIRE(adds[0].paths.size() == 1);
    CHECK(fs::path(adds[0].paths[0]) == folder.path / "report.html");
    CHECK_FALSE(adds[0].overwrite);
}
