// libFuzzer target: the name matcher against a small fixed gazetteer.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_entry_points.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    atlas::fuzz::fuzzMatcher(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
