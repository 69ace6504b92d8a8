// libFuzzer target: an index cache file read back (format, key, sections, mention records, names and extras).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_entry_points.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    atlas::fuzz::fuzzIndexCache(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
