// The file chooser's decisions, without any widget: each use of a file (open a layer, save a view, export a PNG…)
// with its own types, remembered folder and name, default name; whether a save may go ahead, must ask before
// replacing a file, or has the wrong type; the guard the writers apply; File > Recent.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/enum_names.hpp"
#include "core/map/feature_visuals.hpp"

namespace atlas::core {

/// Every use of a file the window offers. Each has its own remembered folder and name (FileMemory). To add one
/// (export data, add documents, open workspace): a value here (before Count), a row in fileUseInfo's table, and
/// the action the UI pushes for it.
enum class FileUse : std::uint8_t {
    OpenLayer, OpenView, SaveView, OpenDeck, SaveDeck, ExportPng, OpenWorkspace, NewWorkspace, AddDocuments,
    ExportHandout, Count
};
inline constexpr std::size_t kFileUseCount = static_cast<std::size_t>(FileUse::Count);
std::span<const EnumName<FileUse>> namesOf(FileUse);

/// Which File > Recent list a use's files go to.
enum class RecentKind : std::uint8_t { None, View, Deck, Layer, Workspace };
std::span<const EnumName<RecentKind>> namesOf(RecentKind);

/// A type filter: a label and the extensions it shows (lower case, with the dot); none means every file.
struct FileType {
    std::string_view label;
    std::vector<std::string_view> extensions;
};

struct FileUseInfo {
    FileUse use;
    std::string_view title;    // the chooser's title: "Export map as PNG"
    std::string_view prompt;   // the line under it
    std::string_view confirm;  // the button: "Open", "Save", "Export"
    bool saves;                // writes the file (overwrite and type checks apply)
    RecentKind recent;
    std::vector<FileType> types;     // the first is the default filter
    std::string_view extension;      // what a saved file must end with (".png"); empty for opens
    std::string_view typeName;       // "PNG image", "view file (.json)"
    bool folders = false;            // chooses a folder (a workspace), not a file
};
const FileUseInfo& fileUseInfo(FileUse use);

/// What one use remembers between choices (and sessions): the folder and name of its last file.
struct FileUseMemory {
    std::string folder;
    std::string name;
};
struct RecentFile {
    RecentKind kind;
    std::string path;
    friend bool operator==(const RecentFile&, const RecentFile&) = default;
};
/// At most this many recent files of each kind (views, decks, layers) are kept.
inline constexpr std::size_t kRecentPerKind = 8;

struct FileMemory {
    std::array<FileUseMemory, kFileUseCount> uses;
    std::vector<RecentFile> recent;  // newest first

    [[nodiscard]] const FileUseMemory& of(FileUse u) const { return uses[static_cast<std::size_t>(u)]; }
    [[nodiscard]] FileUseMemory& of(FileUse u) { return uses[static_cast<std::size_t>(u)]; }
};

/// A file of `use` was opened or written: its folder and name are remembered for that use, and it goes to the
/// top of its Recent list (bounded by kRecentPerKind, each path once). `file` should be absolute.
void rememberFile(FileMemory& memory, FileUse use, const std::filesystem::path& file);
/// The user chose `file` for `use`: only its folder and name are remembered (Recent waits for the file to open or
/// be written: rememberFile).
void rememberChoice(FileMemory& memory, FileUse use, const std::filesystem::path& file);
/// Puts `path` at the top of the `kind` list (moving it there when already listed; oldest dropped past the bound).
void addRecent(std::vector<RecentFile>& recent, RecentKind kind, const std::string& path);
/// The recent files of one kind, newest first.
std::vector<std::string> recentOf(const std::vector<RecentFile>& recent, RecentKind kind);

/// The memory as JSON (the last session's `files.json`) and back. Unknown uses, kinds and bad entries are
/// skipped with a warning each; bad JSON gives empty memory and one warning.
std::string fileMemoryToJson(const FileMemory& memory);
FileMemory fileMemoryFromJson(std::string_view text, std::vector<std::string>& warnings);

/// The folder a chooser for `use` starts in: the folder of that use's last file when it still exists, else
/// `cwd` when it is a folder, else `home`.
std::filesystem::path startFolder(const FileMemory& memory, FileUse use, const std::filesystem::path& cwd,
                                  const std::filesystem::path& home);

/// What the default name is made from.
struct DefaultNameInput {
    TimeFilter time;             // ExportPng: "map-2023.png", "map-1991-1994.png", else "map.png"
    std::string viewFile;        // SaveView: the open view's file name, else the remembered one, else "view.json"
    std::string deckFile;        // SaveDeck: the deck's own file name, else its title as a name, else "deck.json"
    std::string deckTitle;       // ExportHandout: the deck's file name or title + "-handout.pdf"
};
/// The name field's first text for `use` (empty for opens, which keep the remembered name if any).
std::string defaultFileName(FileUse use, const FileMemory& memory, const DefaultNameInput& input);

/// A title as a file name: spaces and characters file systems refuse become '-', letters of any script are kept,
/// at most 60 bytes (cut between UTF-8 characters); empty when nothing is left.
std::string fileNameFromTitle(std::string_view title);

/// Whether `path`'s extension fits the use (case-insensitive); opens with an "all files" type accept any.
bool extensionFits(FileUse use, const std::filesystem::path& path);
/// `path` with the use's extension in place of its own ("talk.csv" → "talk.png"), or appended when it has none.
std::filesystem::path withUseExtension(FileUse use, const std::filesystem::path& path);

/// The typed text resolved against the chooser's folder: absolute paths and "~/…" (against `home`) as typed,
/// anything else relative to `folder`.
std::filesystem::path resolveTyped(const std::filesystem::path& folder, std::string_view typed,
                                   const std::filesystem::path& home);

/// The chooser's verdict on a path the user accepted.
enum class ChoiceVerdict {
    Go,          // open it / write it
    AskReplace,  // a save over an existing file: ask "Replace X?" first
    WrongType,   // a save whose extension does not fit: offer `suggested` (the use's extension) instead
    NoName,      // nothing typed
    IsFolder,    // a folder: the chooser goes into it
    Missing,     // an open of a file that does not exist, or a save into a folder that does not exist
};
struct ChoiceCheck {
    ChoiceVerdict verdict = ChoiceVerdict::Go;
    std::filesystem::path path;       // the file chosen
    std::filesystem::path suggested;  // WrongType: the same name with the use's extension
    std::string message;              // for the prompt or the chooser's error line; empty for Go
};
/// Checks an accepted path for `use` against the file system (exists, folder, type).
ChoiceCheck checkChoice(FileUse use, const std::filesystem::path& path);

/// The writers' guard, applied when a write command runs: nullopt when `path` may be written for `use`; else why
/// not, in words without the file name ("already exists and replacing it was not confirmed; nothing was written").
/// A file is replaced only with `overwriteConfirmed`; an extension that does not fit the use is always refused.
std::optional<std::string> writeRefusal(FileUse use, const std::filesystem::path& path, bool overwriteConfirmed);

}  // namespace atlas::core
