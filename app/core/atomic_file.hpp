// Writing files atomically: a temporary file beside the target, fsync, rename over it (optional NAME.bak).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace atlas::core {

/// Writes `bytes` to `path` so that readers see either the old or the new file, never a half-written one:
/// the bytes go to a hidden temporary file (".NAME.atlas-tmp-PID-N") beside the file, are synced to disk, and
/// the temporary is renamed over it; the folder is synced after. When `path` is a symbolic link the file it
/// points to is replaced and the link stays. A replaced file keeps its mode (and its owner where the process
/// may set it). With `keepBackup`, an existing file is first copied to `path` + ".bak" (replacing an older
/// backup). The first write into a folder removes the temporaries killed writers left there
/// (removeStaleTemporaries). Returns nullopt on success, else one line naming `path` and the reason in words;
/// on failure the file is left as it was and no temporary file remains. The one writer for every file the
/// program writes.
/// Whether writeFileAtomically waits for the bytes to reach the disk (fsync of the file and of its folder).
/// Cache: a file the program can rebuild, checked by its own checksum when read, which a power cut may leave empty
/// or damaged (then refused and rebuilt); the rename still shows readers the old file or the new one, never a
/// half-written one. Syncing a 260 MB index cache took about 0.2 s of a cold index.
enum class Durability { Synced, Cache };

std::optional<std::string> writeFileAtomically(const std::filesystem::path& path, std::string_view bytes,
                                               bool keepBackup = false, Durability durability = Durability::Synced);

/// Appends bytes to the file being written; false once a write has failed (the producer may stop then).
using AppendBytes = std::function<bool(std::string_view)>;
/// Writes bytes over ones already appended, at a byte offset from the file's start (a header filled in last).
using OverwriteBytes = std::function<bool(std::uint64_t offset, std::string_view)>;
/// Makes a file's bytes as they are written (a file of hundreds of megabytes is never held whole). Returns nullopt
/// when the file is complete, or the reason it should not be written: then the temporary is removed, the file is
/// left as it was, and writeFileAtomically returns that reason after the file's name.
using ByteProducer = std::function<std::optional<std::string>(const AppendBytes&, const OverwriteBytes&)>;

/// writeFileAtomically with the bytes made by `produce` (called once) while they are written.
std::optional<std::string> writeFileAtomically(const std::filesystem::path& path, const ByteProducer& produce,
                                               bool keepBackup = false, Durability durability = Durability::Synced);

/// Whether a file name is one of writeFileAtomically's temporaries.
bool isAtomicTemporaryName(const std::string& name);

/// Removes writeFileAtomically's temporaries in `folder` that no running writer owns: older than this process
/// and from a process that is gone. Returns how many were removed.
std::size_t removeStaleTemporaries(const std::filesystem::path& folder);

/// `path` + ".bak" (the backup writeFileAtomically keeps).
std::filesystem::path backupPathFor(const std::filesystem::path& path);

/// Reads a whole file; nullopt when it cannot be opened or read.
std::optional<std::string> readWholeFile(const std::filesystem::path& path);

}  // namespace atlas::core
