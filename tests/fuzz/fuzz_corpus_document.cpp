// libFuzzer target: one corpus document as the folder loader reads it (encoding detection and conversion, CR line
// ends, passage splitting, name matching).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_entry_points.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    atlas::fuzz::fuzzCorpusDocument(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
