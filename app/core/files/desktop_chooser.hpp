// The desktop's own file chooser, as a program the application runs (zenity, kdialog): which one, and its command
// line for a use. The application starts it without blocking and checks its answer like a typed path.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/files/file_chooser.hpp"

namespace atlas::core {

enum class ChooserTool { Builtin, Zenity, Kdialog };

/// The chooser to use. ATLAS_FILE_CHOOSER (`env`) "builtin" forces the in-app chooser, "zenity" or "kdialog" that
/// program (when on PATH); unset, empty or "auto": zenity, else kdialog, when on PATH and a display is set; else
/// the in-app one. An unknown value is the in-app chooser and `warning` says so.
ChooserTool chooserTool(std::optional<std::string_view> env, bool zenityOnPath, bool kdialogOnPath, bool hasDisplay,
                        std::string& warning);

/// The argument vector (program first) that asks `tool` for a file of `use`, starting in `folder` with `name`.
/// zenity's save asks before replacing (--confirm-overwrite): its answer counts as the user's confirmation.
std::vector<std::string> chooserCommand(ChooserTool tool, FileUse use, const std::filesystem::path& folder,
                                        const std::string& name);
/// Whether `tool`'s save dialog has already asked before replacing (its answer then carries the confirmation).
bool chooserConfirmsOverwrite(ChooserTool tool);

/// The path in a chooser's output (its first line, without the newline); empty when it printed none.
std::string chooserAnswer(std::string_view output);

}  // namespace atlas::core
