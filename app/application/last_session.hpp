// The last session: the view state and the ImGui window layout, kept in $XDG_CONFIG_HOME/caucasus-atlas/.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace atlas::app {

/// $XDG_CONFIG_HOME/caucasus-atlas, else $HOME/.config/caucasus-atlas; nullopt when neither is set.
std::optional<std::filesystem::path> configDir();

/// The files in the config folder: `last-view.json` (a view state) and `layout.ini` (ImGui's ini text).
struct LastSessionFiles {
    std::filesystem::path view;
    std::filesystem::path layout;
};
LastSessionFiles lastSessionFiles(const std::filesystem::path& dir);

/// Writes both files atomically (creating the folder); returns an error line naming the file, or nullopt.
std::optional<std::string> saveLastSession(const std::filesystem::path& dir, const std::string& viewJson,
                                           const std::string& layoutIni);

}  // namespace atlas::app
