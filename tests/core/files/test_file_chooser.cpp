// The file chooser's decisions: per-use memory and defaults, type checks, the overwrite rule, Recent, listing.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "core/files/file_chooser.hpp"
#include "core/files/folder_listing.hpp"
#include "files_test_util.hpp"

namespace fs = std::filesystem;
using namespace atlas::core;
using atlas::core::testing::TempFolder;

TEST_CASE("file uses: every use has a title, a confirm button, types and a name that round-trips", "[files]") {
    for (std::size_t i = 0; i < kFileUseCount; ++i) {
        const auto use = static_cast<FileUse>(i);
        const FileUseInfo& info = fileUseInfo(use);
        CAPTURE(i);
        CHECK(info.use == use);
        CHECK_FALSE(info.title.empty());
        CHECK_FALSE(info.confirm.empty());
        REQUIRE_FALSE(info.types.empty());
        CHECK(info.saves == !info.extension.empty());  // every save names the one type it writes
        CHECK(enumFromName<FileUse>(enumName(use)) == use);
    }
    CHECK(fileUseInfo(FileUse::ExportPng).extension == ".png");
    CHECK(fileUseInfo(FileUse::SaveView).recent == RecentKind::View);
    CHECK(fileUseInfo(FileUse::OpenLayer).recent == RecentKind::Layer);
}

TEST_CASE("file memory: each use remembers its own folder and name", "[files]") {
    FileMemory m;
    rememberFile(m, FileUse::OpenLayer, "/data/field/interviews.csv");
    CHECK(m.of(FileUse::OpenLayer).folder == "/data/field");
    CHECK(m.of(FileUse::OpenLayer).name == "interviews.csv");
    // The layer's path reaches no other use: the PNG export and the view save keep their own (empty) memory.
    CHECK(m.of(FileUse::ExportPng).name.empty());
    CHECK(m.of(FileUse::SaveView).folder.empty());
    const DefaultNameInput none{};
    CHECK(defaultFileName(FileUse::ExportPng, m, none) == "map.png");
    CHECK(defaultFileName(FileUse::SaveView, m, none) == "view.json");
    CHECK(defaultFileName(FileUse::OpenLayer, m, none) == "interviews.csv");
    CHECK(defaultFileName(FileUse::OpenView, m, none).empty());
}

TEST_CASE("file names: defaults from the time filter, the view file and the deck", "[files]") {
    const FileMemory m;
    DefaultNameInput in;
    in.time.year = 2023;
    CHECK(defaultFileName(FileUse::ExportPng, m, in) == "map-2023.png");
    in.time.year.reset();
    in.time.range = std::pair{1991, 1994};
    CHECK(defaultFileName(FileUse::ExportPng, m, in) == "map-1991-1994.png");
    CHECK(defaultFileName(FileUse::ExportHandout, m, in) == "deck-handout.pdf");
    in.deckTitle = "Karabakh: a story";
    CHECK(defaultFileName(FileUse::ExportHandout, m, in) == "karabakh-a-story-handout.pdf");
    in.deckFile = "/talks/caucasus-story.json";
    CHECK(defaultFileName(FileUse::ExportHandout, m, in) == "caucasus-story-handout.pdf");
    CHECK(fileUseInfo(FileUse::ExportHandout).extension == ".pdf");
    CHECK(fileUseInfo(FileUse::ExportHandout).saves);
    in.deckFile.clear();
    in.deckTitle.clear();
    in.viewFile = "/home/u/views/lachin.json";
    CHECK(defaultFileName(FileUse::SaveView, m, in) == "lachin.json");
    in.deckTitle = "Brussels and Granada: 2023 talks";
    CHECK(defaultFileName(FileUse::SaveDeck, m, in) == "brussels-and-granada-2023-talks.json");
    in.deckFile = "/talks/story.json";
    CHECK(defaultFileName(FileUse::SaveDeck, m, in) == "story.json");
    in.deckFile.clear();
    in.deckTitle = "///";
    CHECK(defaultFileName(FileUse::SaveDeck, m, in) == "deck.json");
    CHECK(fileNameFromTitle("Ղարաբաղ 1988") == "Ղարաբաղ-1988");  // letters of any script stay
    const std::string longTitle(40, 'a');
    const std::string armenian = longTitle + "ՂՂՂՂՂՂՂՂՂՂՂՂ";  // 2 bytes each: byte 60 falls inside one
    const std::string cut = fileNameFromTitle(armenian);
    CHECK(cut.size() <= 60);
    CHECK(cut.size() % 2 == 0);  // 40 ASCII bytes and whole two-byte letters
}

TEST_CASE("start folder: the use's last folder, else the current folder, else home", "[files]") {
    TempFolder tmp("start");
    const fs::path layers = tmp.path / "layers", cwd = tmp.path / "cwd", home = tmp.path / "home";
    fs::create_directories(layers);
    fs::create_directories(cwd);
    FileMemory m;
    CHECK(startFolder(m, FileUse::OpenLayer, cwd, home) == cwd);
    rememberFile(m, FileUse::OpenLayer, layers / "a.csv");
    CHECK(startFolder(m, FileUse::OpenLayer, cwd, home) == layers);
    CHECK(startFolder(m, FileUse::ExportPng, cwd, home) == cwd);  // another use: its own
    fs::remove_all(layers);
    CHECK(startFolder(m, FileUse::OpenLayer, cwd, home) == cwd);  // gone: not offered
    CHECK(startFolder(m, FileUse::OpenLayer, tmp.path / "nowhere", home) == home);
}

TEST_CASE("type check: a save must end in its use's extension", "[files]") {
    using R = std::tuple<FileUse, std::string, bool>;
    const auto [use, path, fits] = GENERATE(table<FileUse, std::string, bool>({
        R{FileUse::ExportPng, "/t/map.png", true},    R{FileUse::ExportPng, "/t/MAP.PNG", true},
        R{FileUse::ExportPng, "/t/interviews.csv", false}, R{FileUse::ExportPng, "/t/map", false},
        R{FileUse::SaveView, "/t/v.json", true},      R{FileUse::SaveView, "/t/borders.geojson", false},
        R{FileUse::SaveDeck, "/t/d.json", true},      R{FileUse::SaveDeck, "/t/d.png", false},
        R{FileUse::OpenLayer, "/t/x.anything", true},  // "All files" is one of its types
        R{FileUse::OpenView, "/t/v.json", true},
    }));
    CAPTURE(path);
    CHECK(extensionFits(use, path) == fits);
    if (!fits) CHECK(extensionFits(use, withUseExtension(use, path)));
    CHECK(withUseExtension(FileUse::ExportPng, "/t/interviews.csv") == fs::path("/t/interviews.png"));
    CHECK(withUseExtension(FileUse::ExportPng, "/t/map") == fs::path("/t/map.png"));
}

TEST_CASE("typed paths resolve against the chooser's folder and home", "[files]") {
    CHECK(resolveTyped("/a/b", "c.png", "/home/u") == fs::path("/a/b/c.png"));
    CHECK(resolveTyped("/a/b", "/x/y.png", "/home/u") == fs::path("/x/y.png"));
    CHECK(resolveTyped("/a/b", "~/m.png", "/home/u") == fs::path("/home/u/m.png"));
    CHECK(resolveTyped("/a/b", "sub/m.png", "/home/u") == fs::path("/a/b/sub/m.png"));
}

TEST_CASE("checkChoice: replace asks, a wrong type is offered renamed, folders and missing files are said", "[files]") {
    TempFolder tmp("check");
    const fs::path csv = tmp.write("interviews.csv", "id,wkt\n");
    const fs::path png = tmp.write("map.png", "png");

    ChoiceCheck c = checkChoice(FileUse::ExportPng, tmp.path / "new.png");
    CHECK(c.verdict == ChoiceVerdict::Go);
    CHECK(c.message.empty());

    c = checkChoice(FileUse::ExportPng, png);
    CHECK(c.verdict == ChoiceVerdict::AskReplace);
    CHECK_THAT(c.message, Catch::Contains("map.png already exists") && Catch::Contains("Replace it?"));

    c = checkChoice(FileUse::ExportPng, csv);  // the issue's case: never a PNG under the CSV's name
    CHECK(c.verdict == ChoiceVerdict::WrongType);
    CHECK(c.suggested == tmp.path / "interviews.png");
    CHECK_THAT(c.message, Catch::Contains("interviews.csv is not a PNG image") && Catch::Contains("interviews.png"));

    CHECK(checkChoice(FileUse::SaveView, tmp.path / "borders.geojson").verdict == ChoiceVerdict::WrongType);
    CHECK(checkChoice(FileUse::SaveView, tmp.path).verdict == ChoiceVerdict::IsFolder);
    CHECK(checkChoice(FileUse::SaveView, tmp.path / "nowhere" / "v.json").verdict == ChoiceVerdict::Missing);
    CHECK(checkChoice(FileUse::OpenView, tmp.path / "absent.json").verdict == ChoiceVerdict::Missing);
    CHECK(checkChoice(FileUse::OpenLayer, csv).verdict == ChoiceVerdict::Go);  // opening an existing file asks nothing
    CHECK(checkChoice(FileUse::SaveView, "").verdict == ChoiceVerdict::NoName);
}

TEST_CASE("writeRefusal: an existing file only with confirmation, a wrong type never", "[files]") {
    TempFolder tmp("guard");
    const fs::path csv = tmp.write("interviews.csv", "id\n");
    const fs::path view = tmp.write("v.json", "{}");
    CHECK_FALSE(writeRefusal(FileUse::ExportPng, tmp.path / "fresh.png", false));
    REQUIRE(writeRefusal(FileUse::ExportPng, csv, false));
    CHECK_THAT(*writeRefusal(FileUse::ExportPng, csv, true), Catch::Contains("does not end in .png"));  // even confirmed
    CHECK_THAT(*writeRefusal(FileUse::SaveView, view, false), Catch::Contains("not confirmed"));
    CHECK_FALSE(writeRefusal(FileUse::SaveView, view, true));
    CHECK(writeRefusal(FileUse::SaveDeck, tmp.path, true));  // a folder
}

TEST_CASE("Recent: newest first, each path once, bounded per kind", "[files]") {
    std::vector<RecentFile> r;
    addRecent(r, RecentKind::View, "/a.json");
    addRecent(r, RecentKind::Deck, "/d.json");
    addRecent(r, RecentKind::View, "/b.json");
    addRecent(r, RecentKind::View, "/a.json");  // again: moves to the top
    CHECK(recentOf(r, RecentKind::View) == std::vector<std::string>{"/a.json", "/b.json"});
    CHECK(recentOf(r, RecentKind::Deck) == std::vector<std::string>{"/d.json"});
    addRecent(r, RecentKind::None, "/x");  // a use without a Recent list
    CHECK(r.size() == 3);
    for (int i = 0; i < 20; ++i) addRecent(r, RecentKind::Layer, "/l" + std::to_string(i) + ".csv");
    const auto layers = recentOf(r, RecentKind::Layer);
    REQUIRE(layers.size() == kRecentPerKind);
    CHECK(layers.front() == "/l19.csv");
    CHECK(recentOf(r, RecentKind::View).size() == 2);  // other kinds are not pushed out
}

TEST_CASE("file memory JSON: round trip, bad entries skipped with warnings", "[files]") {
    FileMemory m;
    rememberFile(m, FileUse::OpenLayer, "/data/interviews.csv");
    rememberFile(m, FileUse::SaveView, "/views/a.json");
    rememberFile(m, FileUse::OpenView, "/views/b.json");
    rememberFile(m, FileUse::ExportPng, "/png/map-2023.png");
    std::vector<std::string> warnings;
    const FileMemory back = fileMemoryFromJson(fileMemoryToJson(m), warnings);
    CHECK(warnings.empty());
    CHECK(back.recent == m.recent);
    for (std::size_t i = 0; i < kFileUseCount; ++i) {
        CHECK(back.uses[i].folder == m.uses[i].folder);
        CHECK(back.uses[i].name == m.uses[i].name);
    }
    CHECK(recentOf(back.recent, RecentKind::View) == std::vector<std::string>{"/views/b.json", "/views/a.json"});

    const FileMemory bad = fileMemoryFromJson(
        R"({"uses": {"open-view": {"folder": "/v"}, "teleport": {}}, "recent": [{"kind": "view", "path": "/v/x.json"}, {"kind": "spell"}, 3]})",
        warnings);
    CHECK(warnings.size() == 3);
    CHECK(bad.of(FileUse::OpenView).folder == "/v");
    CHECK(recentOf(bad.recent, RecentKind::View) == std::vector<std::string>{"/v/x.json"});
    warnings.clear();
    const FileMemory garbage = fileMemoryFromJson("{nope", warnings);
    CHECK(warnings.size() == 1);
    CHECK(garbage.recent.empty());
}

TEST_CASE("folder listing: folders first, sorted, filtered by type, hidden left out", "[files]") {
    TempFolder tmp("list");
    fs::create_directories(tmp.path / "b-folder");
    fs::create_directories(tmp.path / "A-folder");
    fs::create_directories(tmp.path / ".hidden-folder");
    tmp.write("zeta.json", "{}");
    tmp.write("Alpha.JSON", "{}");
    tmp.write("notes.txt", "x");
    tmp.write(".secret.json", "{}");
    const FileType json{"JSON", {".json"}};
    const FolderListing l = listFolder(tmp.path, json);
    CHECK(l.error.empty());
    REQUIRE(l.entries.size() == 4);
    CHECK(l.entries[0].name == "A-folder");
    CHECK(l.entries[0].folder);
    CHECK(l.entries[1].name == "b-folder");
    CHECK(l.entries[2].name == "Alpha.JSON");
    CHECK_FALSE(l.entries[2].folder);
    CHECK(l.entries[2].size == 2);
    CHECK(l.entries[3].name == "zeta.json");
    CHECK(listFolder(tmp.path, FileType{"All", {}}).entries.size() == 5);
    CHECK(listFolder(tmp.path, json, true).entries.size() == 6);
    const FolderListing missing = listFolder(tmp.path / "gone", json);
    CHECK(missing.entries.empty());
    CHECK_THAT(missing.error, Catch::Contains("gone") && Catch::Contains("cannot be read"));
}
