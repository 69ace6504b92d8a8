// The guard every write command passes before the application runs it: nothing is replaced without the user's
// confirmation, and nothing is written under an extension of another type.
#pragma once

#include <optional>
#include <string>

#include "core/files/file_chooser.hpp"
#include "core/state/commands.hpp"

namespace atlas::core {

/// The file a command writes, for which use, and whether replacing it was confirmed; nullopt for commands that
/// write nothing.
struct WriteTarget {
    FileUse use;
    std::string path;
    bool overwrite = false;
};
std::optional<WriteTarget> writeTarget(const Command& command);

/// Why `command` must not run (core::writeRefusal on its target, in words without the file name), or nullopt.
/// ExplorerUi::run reports a refusal in Load problems and runs nothing.
std::optional<std::string> refuseWrite(const Command& command);

}  // namespace atlas::core
