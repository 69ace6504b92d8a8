// libFuzzer target: the year extractor (clean text).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_entry_points.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    atlas::fuzz::fuzzYearExtractor(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
