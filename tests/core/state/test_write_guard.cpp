// Issue 13's sequence through the reducer and the write guard: open a CSV layer, export a PNG and save a view
// over the layer's files, replace existing files; nothing is written over without the user's confirmation.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "../files/files_test_util.hpp"
#include "core/atomic_file.hpp"
#include "core/state/write_guard.hpp"
#include "reducer_fixture.hpp"

namespace fs = std::filesystem;
using namespace atlas::core;
using namespace atlas::core::testing;

namespace {

/// What ExplorerUi::run does with a write command: the guard first; a refusal is reported and nothing runs.
/// The view writer is the application's (view JSON, atomically); PNG and deck bytes stand in for their writers.
struct Runner {
    std::vector<std::string> refusals;
    int written = 0;
    void run(const Commands& commands) {
        for (const Command& c : commands) {
            const auto target = writeTarget(c);
            if (!target) continue;
            if (auto why = refuseWrite(c)) {
                refusals.push_back(target->path + ": " + *why);
                continue;
            }
            std::string bytes = "PNG";
            if (const auto* v = std::get_if<command::WriteViewFile>(&c)) bytes = toJson(v->view).dump(2);
            if (const auto* d = std::get_if<command::WriteDeckFile>(&c)) bytes = "deck " + d->deck.title;
            if (const auto* h = std::get_if<command::ExportHandout>(&c)) bytes = "PDF " + h->deck.title;
            REQUIRE_FALSE(writeFileAtomically(target->path, bytes));
            ++written;
        }
    }
};

}  // namespace

TEST_CASE("write guard: the issue's sequence overwrites nothing without confirmation", "[files][reducer]") {
    const ReducerWorld world;
    TempFolder tmp("sequence");
    const fs::path csv = tmp.write("interviews.csv", "id,wkt\n1,POINT (44.5 40.2)\n");
    const fs::path geojson = tmp.write("borders.geojson", R"({"type":"FeatureCollection","features":[]})");
    AppState s;
    apply(s, action::AddUserLayer{csv.string()}, world.context());
    REQUIRE(s.userLayers.size() == 1);
    Runner runner;

    // File > Export map as PNG… and Save view as… given the layer's paths: refused, the files unchanged.
    runner.run(apply(s, action::ExportPng{csv.string(), 2.0f}, world.context()));
    runner.run(apply(s, action::SaveViewFile{geojson.string()}, world.context()));
    REQUIRE(runner.refusals.size() == 2);
    CHECK_THAT(runner.refusals[0], Catch::Contains("interviews.csv") && Catch::Contains("does not end in .png"));
    CHECK_THAT(runner.refusals[1], Catch::Contains("borders.geojson") && Catch::Contains("does not end in .json"));
    // Even a confirmed replace never writes one type under another's name.
    runner.run(apply(s, action::ExportPng{csv.string(), 2.0f, true, true, true, true, true}, world.context()));
    runner.run(apply(s, action::SaveViewFile{geojson.string(), true}, world.context()));
    CHECK(runner.refusals.size() == 4);
    CHECK(runner.written == 0);
    CHECK(readWholeFile(csv) == "id,wkt\n1,POINT (44.5 40.2)\n");
    CHECK(readWholeFile(geojson) == R"({"type":"FeatureCollection","features":[]})");
    // The chooser offers the right type instead, which is then a fresh file.
    const ChoiceCheck offer = checkChoice(FileUse::ExportPng, csv);
    REQUIRE(offer.verdict == ChoiceVerdict::WrongType);
    runner.run(apply(s, action::ExportPng{offer.suggested.string(), 2.0f}, world.context()));
    CHECK(runner.written == 1);
    CHECK(readWholeFile(tmp.path / "interviews.png") == "PNG");
    CHECK(readWholeFile(csv) == "id,wkt\n1,POINT (44.5 40.2)\n");
}

TEST_CASE("write guard: an existing file of the right type is replaced only when confirmed", "[files][reducer]") {
    const ReducerWorld world;
    TempFolder tmp("replace");
    const fs::path view = tmp.write("talk.json", "old view");
    const fs::path png = tmp.write("map.png", "old png");
    AppState s;
    apply(s, action::SetYear{1994}, world.context());
    Runner runner;
    runner.run(apply(s, action::SaveViewFile{view.string()}, world.context()));
    runner.run(apply(s, action::ExportPng{png.string()}, world.context()));
    REQUIRE(runner.refusals.size() == 2);
    CHECK_THAT(runner.refusals[0], Catch::Contains("not confirmed"));
    CHECK(readWholeFile(view) == "old view");
    CHECK(readWholeFile(png) == "old png");

    runner.run(apply(s, action::SaveViewFile{view.string(), true}, world.context()));  // "Replace" clicked
    runner.run(apply(s, action::ExportPng{png.string(), 1.0f, true, true, true, true, true}, world.context()));
    CHECK(runner.written == 2);
    CHECK_THAT(*readWholeFile(view), Catch::Contains("1994"));
    CHECK(readWholeFile(png) == "PNG");
}

TEST_CASE("write guard: a deck's Save writes its own file; Save as over another file needs confirmation",
          "[files][reducer]") {
    const ReducerWorld world;
    TempFolder tmp("deck");
    const fs::path other = tmp.write("other.json", "someone else's deck");
    const fs::path own = tmp.path / "mine.json";
    AppState s;
    apply(s, action::EditDeck{DeckEdit::New, 0, 0, {}, {}, {}, {}}, world.context());
    Runner runner;
    action::EditDeck save{DeckEdit::Save, 0, 0, other.string(), {}, {}, {}};
    runner.run(apply(s, save, world.context()));
    CHECK(runner.refusals.size() == 1);
    CHECK(readWholeFile(other) == "someone else's deck");

    save.path = own.string();  // a new file: no question
    runner.run(apply(s, save, world.context()));
    REQUIRE(runner.written == 1);
    apply(s, action::DeckSaved{{own, false, false}}, world.context());
    apply(s, action::EditDeck{DeckEdit::SetInfo, 0, 0, {}, "Renamed", {}, {}}, world.context());
    runner.run(apply(s, action::EditDeck{DeckEdit::Save, 0, 0, {}, {}, {}, {}}, world.context()));  // plain Save
    CHECK(runner.written == 2);
    CHECK(readWholeFile(own) == "deck Renamed");

    save.path = other.string();
    save.overwrite = true;  // "Replace" clicked
    runner.run(apply(s, save, world.context()));
    CHECK(runner.written == 3);
    CHECK(readWholeFile(other) == "deck Renamed");
    CHECK(runner.refusals.size() == 1);
}

TEST_CASE("write guard: File > Export handout… needs an open deck, a .pdf name and a confirmed replace",
          "[files][reducer][handout]") {
    const ReducerWorld world;
    TempFolder tmp("handout");
    const fs::path old = tmp.write("talk.pdf", "old pdf");
    AppState s;
    Runner runner;
    runner.run(apply(s, action::ExportHandout{(tmp.path / "fresh.pdf").string()}, world.context()));
    CHECK(runner.written == 0);  // no deck open: no command at all
    CHECK(runner.refusals.empty());

    apply(s, action::EditDeck{DeckEdit::New, 0, 0, {}, {}, {}, {}}, world.context());
    const Commands none = apply(s, action::ExportHandout{(tmp.path / "fresh.pdf").string()}, world.context());
    CHECK(none.empty());  // a deck without slides has no handout
    apply(s, action::EditDeck{DeckEdit::AddCurrentView, 0, 0, {}, {}, {}, {}}, world.context());
    apply(s, action::EditDeck{DeckEdit::SetInfo, 0, 0, {}, "Karabakh", {}, {}}, world.context());

    const Commands fresh = apply(s, action::ExportHandout{(tmp.path / "fresh.pdf").string()}, world.context());
    REQUIRE(fresh.size() == 1);
    const auto* command = std::get_if<command::ExportHandout>(&fresh[0]);
    REQUIRE(command);
    CHECK(command->deck.slides.size() == 1);  // the open deck goes with the command
    runner.run(fresh);
    CHECK(runner.written == 1);
    CHECK(readWholeFile(tmp.path / "fresh.pdf") == "PDF Karabakh");

    runner.run(apply(s, action::ExportHandout{old.string()}, world.context()));
    runner.run(apply(s, action::ExportHandout{(tmp.path / "talk.png").string(), true}, world.context()));
    REQUIRE(runner.refusals.size() == 2);
    CHECK_THAT(runner.refusals[0], Catch::Contains("talk.pdf") && Catch::Contains("not confirmed"));
    CHECK_THAT(runner.refusals[1], Catch::Contains("does not end in .pdf"));
    CHECK(readWholeFile(old) == "old pdf");
    runner.run(apply(s, action::ExportHandout{old.string(), true}, world.context()));  // "Replace" clicked
    CHECK(readWholeFile(old) == "PDF Karabakh");
}
