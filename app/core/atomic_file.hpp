// Writing files atomically: a temporary file in the same directory, then rename over the target (optional NAME.bak).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace atlas::core {

/// Writes `bytes` to `path` so that readers see either the old or the new file, never a half-written one:
/// the bytes go to a temporary file next to `path`, which is then renamed over it. With `keepBackup`, an
/// existing `path` is first copied to `path` + ".bak" (replacing an older backup). Returns nullopt on
/// success, else one line naming the file and what went wrong; on failure `path` is left as it was and
/// no temporary file remains.
std::optional<std::string> writeFileAtomically(const std::filesystem::path& path, std::string_view bytes,
                                               bool keepBackup = false);

/// `path` + ".bak" (the backup writeFileAtomically keeps).
std::filesystem::path backupPathFor(const std::filesystem::path& path);

/// Reads a whole file; nullopt when it cannot be opened or read.
std::optional<std::string> readWholeFile(const std::filesystem::path& path);

}  // namespace atlas::core
