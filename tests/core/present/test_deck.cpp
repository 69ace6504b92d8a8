// Decks: edits, JSON round trip, corrupt/newer/partly invalid files, atomic saves with backups.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "core/atomic_file.hpp"
#include "core/present/deck.hpp"

using namespace atlas::core;
namespace fs = std::filesystem;

namespace {

std::string fixture(const std::string& name) { return std::string(ATLAS_TEST_DATA_DIR) + "/deck/" + name; }

Deck threeSlides() {
    Deck d;
    d.title = "Karabakh in three views";
    d.author = "Tester";
    for (int i = 1; i <= 3; ++i) {
        ViewState v;
        v.time = TimeSelection::year(1990 + i);
        v.selection = "feature-" + std::to_string(i);
        addSlide(d, v, "Slide " + std::to_string(i));
        d.slides.back().caption = "Caption " + std::to_string(i) + " — “quoted”";
        d.slides.back().notes = "Notes " + std::to_string(i);
    }
    return d;
}

std::vector<std::string> titles(const Deck& d) {
    std::vector<std::string> out;
    for (const auto& s : d.slides) out.push_back(s.title);
    return out;
}

/// A fresh empty directory under the system temp dir, removed at scope end.
struct TempDir {
    fs::path path;
    explicit TempDir(const std::string& tag) {
        path = fs::temp_directory_path() / ("atlas-deck-" + tag + "-" + std::to_string(::getpid()));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(path, ec);
    }
};

}  // namespace

TEST_CASE("deck: add, update, reorder, duplicate and delete slides", "[deck]") {
    Deck d = threeSlides();
    REQUIRE(titles(d) == std::vector<std::string>{"Slide 1", "Slide 2", "Slide 3"});
    CHECK(addSlide(d, ViewState{}, "First", 0) == 0);
    CHECK(titles(d).front() == "First");
    CHECK(deleteSlide(d, 0));
    SECTION("move forward and back") {
        CHECK(moveSlide(d, 0, 2));
        CHECK(titles(d) == std::vector<std::string>{"Slide 2", "Slide 3", "Slide 1"});
        CHECK(moveSlide(d, 2, 0));
        CHECK(titles(d) == std::vector<std::string>{"Slide 1", "Slide 2", "Slide 3"});
        CHECK_FALSE(moveSlide(d, 0, 3));
    }
    SECTION("duplicate inserts a copy after the slide") {
        CHECK(duplicateSlide(d, 1));
        CHECK(titles(d) == std::vector<std::string>{"Slide 1", "Slide 2", "Slide 2", "Slide 3"});
        CHECK(d.slides[1] == d.slides[2]);
        CHECK_FALSE(duplicateSlide(d, 9));
    }
    SECTION("delete and update") {
        CHECK(deleteSlide(d, 1));
        CHECK(titles(d) == std::vector<std::string>{"Slide 1", "Slide 3"});
        CHECK_FALSE(deleteSlide(d, 2));
        ViewState v;
        v.selection = "lachin-corridor";
        CHECK(updateSlideView(d, 1, v));
        CHECK(d.slides[1].view.selection == std::optional<std::string>("lachin-corridor"));
        CHECK(d.slides[1].caption == "Caption 3 — “quoted”");
        CHECK_FALSE(updateSlideView(d, 2, v));
    }
}

TEST_CASE("deck: JSON round trip is exact and human-readable", "[deck]") {
    const Deck d = threeSlides();
    const std::string text = deckToText(d);
    const DeckLoad back = parseDeck(text, "mem.json");
    REQUIRE(back.deck);
    CHECK(back.messages.empty());
    CHECK_FALSE(back.partial);
    CHECK(*back.deck == d);
    CHECK(deckToText(*back.deck) == text);  // stable: saving again changes nothing
    CHECK(text.rfind("{\n  \"format\": \"caucasus-atlas-deck\",\n  \"version\": 1,\n  \"title\"", 0) == 0);
    CHECK(text.find("\n    {\n      \"title\": \"Slide 1\"") != std::string::npos);
}

TEST_CASE("deck: refused files say why and load nothing", "[deck]") {
    SECTION("corrupt") {
        const DeckLoad l = loadDeckFile(fixture("corrupt.json"));
        CHECK_FALSE(l.deck);
        REQUIRE(l.messages.size() == 1);
        CHECK(l.messages[0].find("corrupt.json: not valid JSON") != std::string::npos);
    }
    SECTION("newer version") {
        const DeckLoad l = loadDeckFile(fixture("newer.json"));
        CHECK_FALSE(l.deck);
        REQUIRE(l.messages.size() == 1);
        CHECK(l.messages[0].find("deck version 2 is newer than this program reads (1)") != std::string::npos);
    }
    SECTION("missing file") {
        const DeckLoad l = loadDeckFile(fixture("no-such-deck.json"));
        CHECK_FALSE(l.deck);
        REQUIRE(l.messages.size() == 1);
        CHECK(l.messages[0].find("no-such-deck.json: cannot read") != std::string::npos);
    }
    SECTION("a view state is not a deck") {
        const DeckLoad l = parseDeck(R"({"format": "caucasus-atlas-view", "version": 1})", "v.json");
        CHECK_FALSE(l.deck);
        CHECK(l.messages.at(0).find("v.json: not a deck") == 0);
    }
}

TEST_CASE("deck: a partly invalid deck opens with messages naming what was kept", "[deck]") {
    const DeckLoad l = loadDeckFile(fixture("partial.json"));
    REQUIRE(l.deck);
    CHECK(l.partial);
    CHECK(titles(*l.deck) == std::vector<std::string>{"One", "Two", "Three", "", "Six"});
    CHECK(l.deck->slides[2].view.time.kind == TimeSelection::Kind::None);
    CHECK(l.deck->slides[2].view.selection == std::optional<std::string>("lachin-corridor"));
    CHECK(l.deck->slides[3].view.naming == NamingChoice::Both);
    CHECK(l.deck->slides[4].view.camera.groundMetersPerPixel == 300.0);
    const std::vector<std::string> expected = {
        "slide 3: 'view.time.year' is not an integer; slide kept with no year",
        "slide 4: 'title' is not a string; slide kept with no title",
        "slide 5 skipped: not an object",
        fixture("partial.json") + ": kept 5 of 6 slides",
    };
    CHECK(l.messages == expected);
}

TEST_CASE("deck: saving is atomic and keeps the previous file as NAME.bak", "[deck]") {
    TempDir dir("save");
    const fs::path file = dir.path / "talk.json";
    Deck d = threeSlides();
    REQUIRE_FALSE(saveDeckFile(d, file).error);
    CHECK_FALSE(fs::exists(backupPathFor(file)));  // nothing to back up the first time
    const std::string first = *readWholeFile(file);
    deleteSlide(d, 0);
    const DeckSave second = saveDeckFile(d, file);
    REQUIRE_FALSE(second.error);
    CHECK_FALSE(second.originalKeptAsBackup);
    CHECK(*readWholeFile(backupPathFor(file)) == first);
    CHECK(*loadDeckFile(file).deck == d);
    // No temporary files are left behind.
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir.path)) ++entries;
    CHECK(entries == 2);
}

TEST_CASE("deck: saving a partially loaded deck over its file keeps the original as NAME.bak", "[deck]") {
    TempDir dir("partial");
    const fs::path file = dir.path / "broken.json";
    fs::copy_file(fixture("partial.json"), file);
    const std::string original = *readWholeFile(file);
    DeckLoad l = loadDeckFile(file);
    REQUIRE(l.deck);
    DeckOrigin origin{file, l.partial, false};
    const DeckSave s1 = saveDeckFile(*l.deck, file, &origin);
    REQUIRE_FALSE(s1.error);
    CHECK(s1.originalKeptAsBackup);
    CHECK(s1.backup == backupPathFor(file));
    CHECK(*readWholeFile(backupPathFor(file)) == original);
    // A second save must not replace the backup that holds the original.
    deleteSlide(*l.deck, 0);
    const DeckSave s2 = saveDeckFile(*l.deck, file, &origin);
    REQUIRE_FALSE(s2.error);
    CHECK(s2.originalKeptAsBackup);
    CHECK(*readWholeFile(backupPathFor(file)) == original);
    CHECK(loadDeckFile(file).deck->slides.size() == 4);
}

TEST_CASE("deck: a save into a read-only directory fails with a message and leaves the old file", "[deck]") {
    TempDir dir("readonly");
    const fs::path file = dir.path / "talk.json";
    REQUIRE_FALSE(saveDeckFile(threeSlides(), file).error);
    const std::string before = *readWholeFile(file);
    fs::permissions(dir.path, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                  fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
    // Root ignores directory permissions, so the save runs in a child process without privileges.
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(3);
        Deck d;
        d.title = "less";
        const DeckSave s = saveDeckFile(d, file);
        const bool named = s.error && s.error->find(file.string()) != std::string::npos;
        ::_exit(!s.error ? 1 : named ? 0 : 2);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);  // 1: the save succeeded; 2: the message does not name the file
    CHECK(*readWholeFile(file) == before);
    CHECK_FALSE(fs::exists(backupPathFor(file)));
    SECTION("and the error text itself, in this process, for a directory that does not exist") {
        const auto err = writeFileAtomically(dir.path / "missing" / "x.json", "{}", true);
        REQUIRE(err);
        CHECK(err->find("missing/x.json") != std::string::npos);
    }
}
