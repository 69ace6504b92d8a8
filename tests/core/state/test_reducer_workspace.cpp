// The reducer's workspace area: opening, adding, removing and editing documents become commands; undo and redo of a
// removal or an edit give the file moves and manifest writes that take the workspace back and forth.
#include <catch2/catch.hpp>

#include <variant>

#include "core/state/history.hpp"
#include "core/state/reducer.hpp"

using namespace atlas::core;

namespace {

template <class T>
std::vector<T> only(const Commands& commands) {
    std::vector<T> out;
    for (const auto& c : commands)
        if (const auto* t = std::get_if<T>(&c)) out.push_back(*t);
    return out;
}

DocumentMeta meta(const std::string& file, std::optional<std::string> title) {
    DocumentMeta m;
    m.file = file;
    m.title = std::move(title);
    m.inManifest = true;
    return m;
}

AppState withWorkspace() {
    AppState s;
    apply(s, action::WorkspaceOpened{"/home/u/reading/", false}, BBox{});
    return s;
}

}  // namespace

TEST_CASE("workspace: opening asks the app and the answer opens the Documents panel", "[workspace][reducer]") {
    AppState s;
    const auto asked = apply(s, action::OpenWorkspace{"/tmp/ws", true}, BBox{});
    const auto open = only<command::OpenWorkspace>(asked);
    REQUIRE(open.size() == 1);
    CHECK(open[0].path == "/tmp/ws");
    CHECK(open[0].create);
    CHECK_FALSE(s.workspace.open());
    apply(s, action::WorkspaceOpened{"/home/u/reading/", true}, BBox{});
    CHECK(s.workspace.root == "/home/u/reading");
    CHECK(s.workspace.readOnly);
    CHECK(s.panels.documents);
    CHECK_FALSE(canUndo(s));  // opening a workspace is not a step
    CHECK_THAT(windowTitle(s), Catch::Contains("[reading, read-only]"));
}

TEST_CASE("workspace: adding documents needs a writable workspace", "[workspace][reducer]") {
    AppState none;
    auto out = apply(none, action::AddDocuments{{"/tmp/a.txt"}}, BBox{});
    CHECK(only<command::CopyDocuments>(out).empty());
    REQUIRE(only<command::Report>(out).size() == 1);
    CHECK_THAT(only<command::Report>(out)[0].issue.message, Catch::Contains("no workspace is open"));

    AppState s = withWorkspace();
    out = apply(s, action::AddDocuments{{"/tmp/a.txt", "/tmp/b.pdf"}, true}, BBox{});
    const auto copy = only<command::CopyDocuments>(out);
    REQUIRE(copy.size() == 1);
    CHECK(copy[0].root == "/home/u/reading");
    CHECK(copy[0].paths.size() == 2);
    CHECK(copy[0].overwrite);

    AppState ro;
    apply(ro, action::WorkspaceOpened{"/mnt/cd/ws", true}, BBox{});
    out = apply(ro, action::AddDocuments{{"/tmp/a.txt"}}, BBox{});
    CHECK(only<command::CopyDocuments>(out).empty());
    CHECK_THAT(only<command::Report>(out)[0].issue.message, Catch::Contains("read-only"));
    out = apply(ro, action::RemoveDocument{"a.txt", std::nullopt}, BBox{});
    CHECK(only<command::RemoveDocumentFile>(out).empty());
}

TEST_CASE("workspace: Remove and its undo and redo move the file back and forth", "[workspace][reducer][history]") {
    AppState s = withWorkspace();
    auto out = apply(s, action::RemoveDocument{"a.txt", meta("a.txt", "Shusha diary")}, BBox{});
    REQUIRE(only<command::RemoveDocumentFile>(out).size() == 1);
    CHECK(only<command::RemoveDocumentFile>(out)[0].file == "a.txt");
    CHECK(only<command::Reindex>(out).size() == 1);
    REQUIRE(s.workspace.removed.size() == 1);
    REQUIRE(canUndo(s));

    out = apply(s, action::Undo{}, BBox{});
    const auto back = only<command::RestoreDocumentFile>(out);
    REQUIRE(back.size() == 1);
    CHECK(back[0].file == "a.txt");
    REQUIRE(back[0].meta.has_value());
    CHECK(back[0].meta->title == std::optional<std::string>("Shusha diary"));
    CHECK(only<command::Reindex>(out).size() == 1);
    CHECK(s.workspace.removed.empty());
    CHECK(s.workspace.root == "/home/u/reading");

    out = apply(s, action::Redo{}, BBox{});
    REQUIRE(only<command::RemoveDocumentFile>(out).size() == 1);
    CHECK(only<command::RestoreDocumentFile>(out).empty());
    CHECK(s.workspace.removed.size() == 1);
}

TEST_CASE("workspace: metadata edits write the manifest; undo writes what was there before", "[workspace][reducer][history]") {
    AppState s = withWorkspace();
    auto out = apply(s, action::SetDocumentMeta{meta("a.txt", std::nullopt), meta("a.txt", "First title")}, BBox{});
    REQUIRE(only<command::WriteDocumentMeta>(out).size() == 1);
    CHECK(only<command::WriteDocumentMeta>(out)[0].meta.title == std::optional<std::string>("First title"));
    apply(s, action::SetDocumentMeta{meta("a.txt", "First title"), meta("a.txt", "Second title")}, BBox{});
    REQUIRE(s.workspace.edits.size() == 1);
    CHECK_FALSE(s.workspace.edits[0].before.title.has_value());  // the first edit's "before" is kept

    out = apply(s, action::Undo{}, BBox{});
    auto writes = only<command::WriteDocumentMeta>(out);
    REQUIRE(writes.size() == 1);
    CHECK(writes[0].meta.title == std::optional<std::string>("First title"));
    out = apply(s, action::Undo{}, BBox{});
    writes = only<command::WriteDocumentMeta>(out);
    REQUIRE(writes.size() == 1);
    CHECK_FALSE(writes[0].meta.title.has_value());  // back to no title
    out = apply(s, action::Redo{}, BBox{});
    writes = only<command::WriteDocumentMeta>(out);
    REQUIRE(writes.size() == 1);
    CHECK(writes[0].meta.title == std::optional<std::string>("First title"));
}

TEST_CASE("workspace: a step from another workspace moves no file", "[workspace][reducer][history]") {
    AppState s = withWorkspace();
    apply(s, action::RemoveDocument{"a.txt", std::nullopt}, BBox{});
    apply(s, action::WorkspaceOpened{"/home/u/other", false}, BBox{});
    const auto out = apply(s, action::Undo{}, BBox{});
    CHECK(only<command::RestoreDocumentFile>(out).empty());
    CHECK(only<command::RemoveDocumentFile>(out).empty());
    CHECK(s.workspace.root == "/home/u/other");
}

TEST_CASE("workspace: a reindex closes the Reader's document and asks Search again", "[workspace][reducer]") {
    AppState s = withWorkspace();
    s.openDocument = 7;
    s.openPassage = 70;
    s.search.query = "Gyumri";
    s.search.resultsFor = "Gyumri";
    apply(s, action::CorpusReindexed{}, BBox{});
    CHECK_FALSE(s.openDocument.has_value());
    CHECK_FALSE(s.openPassage.has_value());
    CHECK(s.search.resultsFor.empty());
    CHECK(s.search.query == "Gyumri");
}
