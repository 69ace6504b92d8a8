// A workspace: a folder the user owns (documents, their manifest, a user gazetteer, decks, views) that extends the
// bundled, read-only corpus and gazetteer. Creating, opening and checking one, and the file moves it needs.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/corpus/document.hpp"

namespace atlas::core {

/// Where everything of a workspace lives, from its root folder.
struct WorkspaceLayout {
    std::filesystem::path root;

    [[nodiscard]] std::filesystem::path documents() const { return root / "documents"; }
    [[nodiscard]] std::filesystem::path removed() const { return root / "documents" / ".removed"; }
    [[nodiscard]] std::filesystem::path manifest() const { return root / "manifest.json"; }
    [[nodiscard]] std::filesystem::path userGazetteer() const { return root / "gazetteer.user.geojson"; }
    [[nodiscard]] std::filesystem::path decks() const { return root / "decks"; }
    [[nodiscard]] std::filesystem::path views() const { return root / "views"; }
    [[nodiscard]] std::filesystem::path review() const { return root / "review.json"; }
};

/// The document types a workspace takes (lower case, with the dot): what the chooser and a drop accept. Whether
/// the corpus loader can read one is its own business; it says so per file when it cannot.
const std::vector<std::string_view>& workspaceDocumentExtensions();
bool isWorkspaceDocumentName(const std::filesystem::path& path);

/// The manifest of an empty workspace: {"version":1,"documents":[]}.
std::string emptyManifestJson();

/// A folder is a workspace when it has a `documents/` folder and a `manifest.json` file.
bool isWorkspace(const std::filesystem::path& root);

/// Creates the layout in `root` (the folder is created when missing): documents/, decks/, views/ and an empty
/// manifest (written atomically). A folder that is already a workspace is left as it is. A non-empty folder that is
/// not a workspace is refused unless `allowNonEmpty`. Returns nullopt on success, else one line naming the folder.
std::optional<std::string> createWorkspace(const std::filesystem::path& root, bool allowNonEmpty = false);

/// An opened workspace: where it is, whether it can be written, and what was wrong with it.
struct WorkspaceOpen {
    WorkspaceLayout layout;
    bool readOnly = false;              // the folder cannot be written: the app keeps running, saving nothing there
    std::vector<std::string> problems;  // one line each, naming the file (a bad manifest, a missing decks/ …)
};

/// Checks `root` and says what it is. Nullopt with `error` set when it is no workspace at all (missing, not a
/// folder, no documents/ or manifest.json). A bad manifest, missing decks/ or views/, or a folder that cannot be
/// written are problems, not errors: the workspace still opens (read-only when it cannot be written).
std::optional<WorkspaceOpen> openWorkspace(const std::filesystem::path& root, std::string& error);

/// Whether files can be created in `folder` (tries one and removes it; works on read-only mounts as root too).
bool folderWritable(const std::filesystem::path& folder);

/// The manifest's text with `meta` as the entry for `meta.file` (replacing that entry's known fields, keeping the
/// others and the other entries; appending an entry when there is none). Empty optionals are written as null.
/// Nullopt with `error` when `manifestText` is not a manifest.
std::optional<std::string> manifestWithEntry(std::string_view manifestText, const DocumentMeta& meta,
                                             std::string& error);
/// The manifest's text without the entry for `file` (unchanged when there is none).
std::optional<std::string> manifestWithoutEntry(std::string_view manifestText, const std::string& file,
                                                std::string& error);

/// Writes `meta` into the workspace's manifest (atomically). Nullopt on success, else one line naming the file.
std::optional<std::string> writeDocumentMeta(const WorkspaceLayout& ws, const DocumentMeta& meta);

/// One file to add: where it would go and whether that replaces a document already there.
struct AddPlan {
    std::filesystem::path source;
    std::filesystem::path target;  // documents/NAME
    bool replaces = false;         // a document of that name exists: ask before replacing
    std::string refusal;           // not a document type, or not a readable file: why (then nothing is copied)
};
std::vector<AddPlan> planAddDocuments(const WorkspaceLayout& ws, const std::vector<std::filesystem::path>& files);

/// Copies one planned file into documents/ (atomically). A plan that replaces is copied only with `overwrite`.
/// Nullopt on success, else one line naming the file.
std::optional<std::string> addDocument(const AddPlan& plan, bool overwrite);

/// Moves documents/NAME to documents/.removed/NAME (replacing an older removed copy) and drops its manifest entry;
/// the entry is returned in `removedMeta` (when there was one) so that restoreDocument can put it back.
std::optional<std::string> removeDocument(const WorkspaceLayout& ws, const std::string& file,
                                          std::optional<DocumentMeta>& removedMeta);
/// Moves documents/.removed/NAME back and restores its manifest entry (undo of removeDocument).
std::optional<std::string> restoreDocument(const WorkspaceLayout& ws, const std::string& file,
                                           const std::optional<DocumentMeta>& meta);

}  // namespace atlas::core

namespace atlas::core {

/// The workspace's documents: every document file of documents/ (as loadCorpusDirectory reads them) with the
/// metadata of the workspace's manifest.json. A document without an entry is normal here (no warning); warnings
/// name files as "documents/NAME".
CorpusLoad loadWorkspaceDocuments(const WorkspaceLayout& ws, const DocumentReaders& readers = {},
                                  IndexProgress* progress = nullptr);

/// The bundled documents followed by the workspace's; a workspace document whose stem (the passage id prefix) is
/// already a bundled one is left out with a warning. `userFiles` gets the file names that came from the workspace.
CorpusLoad mergeCorpora(CorpusLoad bundled, CorpusLoad workspace, std::vector<std::string>& userFiles);

}  // namespace atlas::core
