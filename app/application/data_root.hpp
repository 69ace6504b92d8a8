// Where the bundled data is: the folder with geodata/ and corpus/.
#pragma once

#include <filesystem>
#include <optional>

namespace atlas::app {

/// Finds the data root (a folder with geodata/ and corpus/): $ATLAS_DATA_DIR, the install prefix next to the
/// executable (share/caucasus-atlas), or the source tree the binary was built from.
std::optional<std::filesystem::path> findDataRoot(const std::filesystem::path& executable);

}  // namespace atlas::app
