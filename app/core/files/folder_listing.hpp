// One folder as the in-app file chooser shows it: folders first, then the files of the chosen type, each sorted.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/files/file_chooser.hpp"

namespace atlas::core {

struct FolderEntry {
    std::string name;
    bool folder = false;
    std::uintmax_t size = 0;  // bytes, files only
};

struct FolderListing {
    std::filesystem::path folder;
    std::vector<FolderEntry> entries;  // folders first, then files; each group sorted case-insensitively
    bool truncated = false;            // more than kMaxFolderEntries entries: the rest are not listed
    std::string error;                 // the folder could not be read (the entries are empty)
};

inline constexpr std::size_t kMaxFolderEntries = 5000;

/// Lists `folder`: its sub-folders and the files `type` shows (every file when it lists no extension), hidden
/// entries (a leading '.') left out unless `showHidden`. Errors come back in words, never as exceptions.
FolderListing listFolder(const std::filesystem::path& folder, const FileType& type, bool showHidden = false);

}  // namespace atlas::core
