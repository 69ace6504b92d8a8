// Workspace folders: creating, opening, refusing, manifest edits, adding, removing and restoring documents.
#include <catch2/catch.hpp>

#include <filesystem>
#include <unistd.h>

#include "core/atomic_file.hpp"
#include "core/files/file_chooser.hpp"
#include "core/corpus/corpus_index.hpp"
#include "core/workspace/document_rows.hpp"
#include "core/workspace/workspace.hpp"
#include "../corpus/corpus_test_util.hpp"

using namespace atlas::core;
using atlas::core::test::TempDir;
using atlas::core::test::writeBytes;
namespace fs = std::filesystem;

TEST_CASE("createWorkspace makes the layout in a new or empty folder", "[workspace]") {
    TempDir tmp;
    const auto root = tmp.path / "reading";
    REQUIRE_FALSE(createWorkspace(root).has_value());
    const WorkspaceLayout ws{root};
    CHECK(fs::is_directory(ws.documents()));
    CHECK(fs::is_directory(ws.decks()));
    CHECK(fs::is_directory(ws.views()));
    REQUIRE(fs::is_regular_file(ws.manifest()));
    CHECK(parseManifest(*readWholeFile(ws.manifest()), "m").warnings.empty());
    CHECK(isWorkspace(root));
    // Creating again leaves it as it is.
    writeBytes(ws.documents() / "a.txt", "Shusha.");
    CHECK_FALSE(createWorkspace(root).has_value());
    CHECK(fs::exists(ws.documents() / "a.txt"));
}

TEST_CASE("createWorkspace refuses a non-empty folder that is not a workspace unless asked", "[workspace]") {
    TempDir tmp;
    writeBytes(tmp.path / "thesis.odt", "x");
    const auto refused = createWorkspace(tmp.path);
    REQUIRE(refused.has_value());
    CHECK_THAT(*refused, Catch::Contains(tmp.path.string()) && Catch::Contains("not empty"));
    CHECK_FALSE(fs::exists(tmp.path / "manifest.json"));
    CHECK_FALSE(createWorkspace(tmp.path, true).has_value());
    CHECK(isWorkspace(tmp.path));
    CHECK(fs::exists(tmp.path / "thesis.odt"));
    writeBytes(tmp.path / "file", "x");
    CHECK(createWorkspace(tmp.path / "file").has_value());
}

TEST_CASE("openWorkspace: errors for what is no workspace, problems for what is damaged", "[workspace]") {
    TempDir tmp;
    std::string error;
    CHECK_FALSE(openWorkspace(tmp.path / "missing", error).has_value());
    CHECK_THAT(error, Catch::Contains("no such folder"));
    CHECK_FALSE(openWorkspace(tmp.path, error).has_value());
    CHECK_THAT(error, Catch::Contains("not a workspace"));

    REQUIRE_FALSE(createWorkspace(tmp.path / "ws").has_value());
    auto opened = openWorkspace(tmp.path / "ws", error);
    REQUIRE(opened.has_value());
    CHECK(opened->problems.empty());
    CHECK_FALSE(opened->readOnly);
    CHECK(opened->layout.root.is_absolute());

    writeBytes(tmp.path / "ws" / "manifest.json", "{ not json");
    fs::remove_all(tmp.path / "ws" / "views");
    opened = openWorkspace(tmp.path / "ws", error);
    REQUIRE(opened.has_value());
    // A missing views/ (or decks/) folder is no problem: it is made when something is first saved there.
    REQUIRE(opened->problems.size() == 1);
    CHECK_THAT(opened->problems[0], Catch::Contains("manifest.json") && Catch::Contains("not a JSON object"));
}

TEST_CASE("A workspace that cannot be written opens read-only with a message", "[workspace]") {
    CHECK_FALSE(folderWritable("/proc"));  // a file system nobody writes, root included
    if (geteuid() == 0) return;            // permissions do not stop root; /proc stands in for a read-only disk
    TempDir tmp;
    REQUIRE_FALSE(createWorkspace(tmp.path / "ws").has_value());
    fs::permissions(tmp.path / "ws", fs::perms::owner_write, fs::perm_options::remove);
    std::string error;
    const auto opened = openWorkspace(tmp.path / "ws", error);
    fs::permissions(tmp.path / "ws", fs::perms::owner_write, fs::perm_options::add);
    REQUIRE(opened.has_value());
    CHECK(opened->readOnly);
    REQUIRE_FALSE(opened->problems.empty());
    CHECK_THAT(opened->problems.back(), Catch::Contains("read-only"));
}

TEST_CASE("Manifest edits keep other entries and unknown fields", "[workspace]") {
    const std::string text = R"({"version":1,"documents":[{"file":"a.txt","title":"A","via":"mail"},{"file":"b.txt"}]})";
    DocumentMeta meta;
    meta.file = "a.txt";
    meta.title = "Shusha diary";
    meta.author = "N. N.";
    meta.language = "ru";
    std::string error;
    const auto edited = manifestWithEntry(text, meta, error);
    REQUIRE(edited.has_value());
    CHECK_THAT(*edited, Catch::Contains("\"via\": \"mail\""));
    const auto parsed = parseManifest(*edited, "m");
    REQUIRE(parsed.entries.size() == 2);
    CHECK(parsed.entries[0].title == std::optional<std::string>("Shusha diary"));
    CHECK(parsed.entries[0].author == std::optional<std::string>("N. N."));
    CHECK(parsed.entries[0].language == "ru");
    CHECK_FALSE(parsed.entries[0].date.has_value());

    meta.file = "c.txt";
    const auto appended = manifestWithEntry(*edited, meta, error);
    REQUIRE(appended.has_value());
    CHECK(parseManifest(*appended, "m").entries.size() == 3);

    const auto without = manifestWithoutEntry(*appended, "a.txt", error);
    REQUIRE(without.has_value());
    const auto rest = parseManifest(*without, "m").entries;
    REQUIRE(rest.size() == 2);
    CHECK(rest[0].file == "b.txt");

    CHECK_FALSE(manifestWithEntry("[1,2]", meta, error).has_value());
    CHECK_THAT(error, Catch::Contains("not a JSON object"));
}

TEST_CASE("Adding documents copies them, refuses other types and asks before replacing", "[workspace]") {
    TempDir tmp;
    REQUIRE_FALSE(createWorkspace(tmp.path / "ws").has_value());
    const WorkspaceLayout ws{tmp.path / "ws"};
    writeBytes(tmp.path / "report.TXT", "Talks in Tbilisi.");
    writeBytes(tmp.path / "photo.jpg", "x");
    writeBytes(ws.documents() / "old.md", "old");
    writeBytes(tmp.path / "old.md", "new");
    const auto plans = planAddDocuments(ws, {tmp.path / "report.TXT", tmp.path / "photo.jpg", tmp.path / "old.md",
                                             tmp.path / "gone.pdf"});
    REQUIRE(plans.size() == 4);
    CHECK(plans[0].refusal.empty());
    CHECK_FALSE(plans[0].replaces);
    CHECK_THAT(plans[1].refusal, Catch::Contains("photo.jpg") && Catch::Contains("not a document type"));
    CHECK(plans[2].replaces);
    CHECK_THAT(plans[3].refusal, Catch::Contains("gone.pdf"));

    CHECK_FALSE(addDocument(plans[0], false).has_value());
    CHECK(readWholeFile(ws.documents() / "report.TXT") == std::optional<std::string>("Talks in Tbilisi."));
    CHECK(addDocument(plans[1], true).has_value());
    CHECK_FALSE(fs::exists(ws.documents() / "photo.jpg"));
    const auto refused = addDocument(plans[2], false);
    REQUIRE(refused.has_value());
    CHECK_THAT(*refused, Catch::Contains("not confirmed"));
    CHECK(readWholeFile(ws.documents() / "old.md") == std::optional<std::string>("old"));
    CHECK_FALSE(addDocument(plans[2], true).has_value());
    CHECK(readWholeFile(ws.documents() / "old.md") == std::optional<std::string>("new"));
}

TEST_CASE("Remove moves the file to documents/.removed and restore puts it and its entry back", "[workspace]") {
    TempDir tmp;
    REQUIRE_FALSE(createWorkspace(tmp.path / "ws").has_value());
    const WorkspaceLayout ws{tmp.path / "ws"};
    writeBytes(ws.documents() / "a.txt", "Gyumri and Vanadzor.");
    DocumentMeta meta;
    meta.file = "a.txt";
    meta.title = "Northern towns";
    REQUIRE_FALSE(writeDocumentMeta(ws, meta).has_value());

    std::optional<DocumentMeta> removed;
    REQUIRE_FALSE(removeDocument(ws, "a.txt", removed).has_value());
    CHECK_FALSE(fs::exists(ws.documents() / "a.txt"));
    CHECK(readWholeFile(ws.removed() / "a.txt") == std::optional<std::string>("Gyumri and Vanadzor."));
    REQUIRE(removed.has_value());
    CHECK(removed->title == std::optional<std::string>("Northern towns"));
    CHECK(parseManifest(*readWholeFile(ws.manifest()), "m").entries.empty());
    // A hidden .removed folder is not read as documents.
    CHECK(loadWorkspaceDocuments(ws).documents.empty());

    REQUIRE_FALSE(restoreDocument(ws, "a.txt", removed).has_value());
    const auto back = loadWorkspaceDocuments(ws);
    REQUIRE(back.documents.size() == 1);
    CHECK(back.documents[0].displayTitle() == "Northern towns");
    std::optional<DocumentMeta> none;
    CHECK(removeDocument(ws, "nothing.txt", none).has_value());
}

TEST_CASE("Workspace documents take the workspace manifest and follow the bundled ones", "[workspace]") {
    TempDir tmp;
    REQUIRE_FALSE(createWorkspace(tmp.path / "ws").has_value());
    const WorkspaceLayout ws{tmp.path / "ws"};
    writeBytes(ws.documents() / "b.txt", "Вчера в Гюмри.");
    writeBytes(ws.documents() / "dup.txt", "Same stem as a bundled one.");
    DocumentMeta meta;
    meta.file = "b.txt";
    meta.title = "Gyumri note";
    REQUIRE_FALSE(writeDocumentMeta(ws, meta).has_value());
    auto user = loadWorkspaceDocuments(ws);
    REQUIRE(user.documents.size() == 2);
    CHECK(user.warnings.empty());
    CHECK(user.documents[0].displayTitle() == "Gyumri note");
    CHECK(user.documents[0].meta.language == "ru");  // no language in the entry: still guessed from the text

    CorpusLoad bundled;
    bundled.documents.push_back(makeDocument("dup.txt", "Bundled."));
    std::vector<std::string> userFiles;
    const auto merged = mergeCorpora(std::move(bundled), std::move(user), userFiles);
    REQUIRE(merged.documents.size() == 2);
    CHECK(merged.documents[0].bytes == "Bundled.");
    CHECK(merged.documents[1].meta.file == "b.txt");
    CHECK(userFiles == std::vector<std::string>{"b.txt"});
    REQUIRE(merged.warnings.size() == 1);
    CHECK_THAT(merged.warnings[0].file, Catch::Contains("dup.txt"));
    CHECK_THAT(merged.warnings[0].message, Catch::Contains("left out"));
}

TEST_CASE("The workspace choosers take folders: an existing one, or for New one to create", "[workspace][files]") {
    TempDir tmp;
    writeBytes(tmp.path / "notes.txt", "x");
    CHECK(fileUseInfo(FileUse::OpenWorkspace).folders);
    CHECK_FALSE(fileUseInfo(FileUse::AddDocuments).folders);
    CHECK(checkChoice(FileUse::OpenWorkspace, tmp.path).verdict == ChoiceVerdict::Go);
    CHECK(checkChoice(FileUse::NewWorkspace, tmp.path).verdict == ChoiceVerdict::Go);
    CHECK(checkChoice(FileUse::NewWorkspace, tmp.path / "new").verdict == ChoiceVerdict::Go);
    const auto missing = checkChoice(FileUse::OpenWorkspace, tmp.path / "new");
    CHECK(missing.verdict == ChoiceVerdict::Missing);
    CHECK_THAT(missing.message, Catch::Contains("does not exist"));
    const auto file = checkChoice(FileUse::OpenWorkspace, tmp.path / "notes.txt");
    CHECK(file.verdict == ChoiceVerdict::Missing);
    CHECK_THAT(file.message, Catch::Contains("not a folder"));
    CHECK(checkChoice(FileUse::NewWorkspace, tmp.path / "gone" / "new").verdict == ChoiceVerdict::Missing);
    // Remembered like a file: the folder above, the workspace's name, and a Recent entry of its own kind.
    FileMemory memory;
    rememberFile(memory, FileUse::OpenWorkspace, tmp.path / "reading");
    CHECK(memory.of(FileUse::OpenWorkspace).name == "reading");
    CHECK(recentOf(memory.recent, RecentKind::Workspace) == std::vector<std::string>{(tmp.path / "reading").string()});
    std::vector<std::string> warnings;
    const auto back = fileMemoryFromJson(fileMemoryToJson(memory), warnings);
    CHECK(warnings.empty());
    CHECK(recentOf(back.recent, RecentKind::Workspace).size() == 1);
}

TEST_CASE("Document rows count each document's passages and mark the user's", "[workspace]") {
    std::vector<Document> docs{makeDocument("000_bundled.txt", "Tbilisi and Baku.\n\nYerevan.\n"),
                               makeDocument("notes.txt", "Notes from Gyumri.\n")};
    const auto index = buildCorpusIndex(std::move(docs), {});
    const auto rows = documentRows(index, {"notes.txt"});
    REQUIRE(rows.size() == 2);
    CHECK_FALSE(rows[0].user);
    CHECK(rows[1].user);
    CHECK(rows[1].title == "notes.txt");  // no title: the file name
    CHECK(rows[0].passages > 0);
    CHECK(rows[1].passages > 0);
    CHECK(rows[0].passages + rows[1].passages == index.passages.size());
    CHECK(rows[0].mentions == 0);  // no gazetteer here
}
