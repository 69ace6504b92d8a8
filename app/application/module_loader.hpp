// The program's run-time modules (geoio, projection, media: docs/architecture.md) are shared objects opened with
// dlopen the first time one of their entry points is needed. Each exports one function returning its table, whose
// first member is the table's version.
#pragma once

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <vector>

namespace atlas::app {

/// A module could not be found, opened, or is of another version. what() names the files tried and why.
class ModuleError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Where module `file` is looked for, in order: $`variable` alone when it is set; else beside the executable, the
/// install's library folder (lib/caucasus-atlas relative to bin/), and the build folder when the running program
/// is inside it (test and benchmark programs).
std::vector<std::filesystem::path> moduleCandidates(const char* file, const char* variable);

/// The table returned by `symbol` of the first of `candidates` that opens and has interface `version`. Throws
/// ModuleError ("cannot load the WHAT module FILE; tried: …") naming each file tried and why.
const void* openModule(const std::vector<std::filesystem::path>& candidates, const char* file, const char* symbol,
                       std::uint32_t version, const char* what);

}  // namespace atlas::app
