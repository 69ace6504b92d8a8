// libFuzzer target: one file's bytes through the HTML, DOCX/ODT (ZIP) or PDF reader (libxml2, libzip, poppler).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_document_reader_entry_point.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    atlas::fuzz::fuzzDocumentReaders(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
