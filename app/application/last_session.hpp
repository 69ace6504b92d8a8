// The last session: the view state and the ImGui window layout, kept in $XDG_CONFIG_HOME/caucasus-atlas/.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace atlas::app {

/// $XDG_CONFIG_HOME/caucasus-atlas, else $HOME/.config/caucasus-atlas; nullopt when neither is set.
std::optional<std::filesystem::path> configDir();

/// The files in the config folder: `last-view.json` (a view state), `layout.ini` (ImGui's ini text) and
/// `files.json` (the file choosers' folders and names, File > Recent: core::fileMemoryToJson).
struct LastSessionFiles {
    std::filesystem::path view;
    std::filesystem::path layout;
    std::filesystem::path files;
};
LastSessionFiles lastSessionFiles(const std::filesystem::path& dir);

/// Writes the files atomically (creating the folder); returns an error line naming the file, or nullopt.
std::optional<std::string> saveLastSession(const std::filesystem::path& dir, const std::string& viewJson,
                                           const std::string& layoutIni, const std::string& filesJson);

}  // namespace atlas::app
