// libFuzzer target: view-state files (core::viewStateFromText) and their round trip.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_file_entry_points.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    atlas::fuzz::fuzzViewState(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
