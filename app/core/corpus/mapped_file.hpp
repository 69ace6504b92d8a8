// A whole file mapped read-only into memory (POSIX mmap), or read into a buffer where mapping is not available.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace atlas::core {

/// The bytes of a file without copying them into anonymous memory: a 200 MB index cache costs no page zeroing,
/// no copy and no resident anonymous memory, only the page cache's pages mapped in. The view stays valid while
/// the object lives; a file replaced meanwhile (atomic rename) does not change it.
class MappedFile {
public:
    MappedFile() = default;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    ~MappedFile();

    /// Maps `path` (an empty file gives an empty view); false when it cannot be opened, sized or read.
    bool open(const std::filesystem::path& path);
    [[nodiscard]] std::string_view bytes() const { return m_view; }

private:
    void* m_map = nullptr;
    std::size_t m_mapSize = 0;
    std::string m_fallback;  // where mmap is not available or fails
    std::string_view m_view;
};

}  // namespace atlas::core
