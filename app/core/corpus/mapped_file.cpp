// A whole file mapped read-only into memory (POSIX mmap), or read into a buffer where mapping is not available.
#include "core/corpus/mapped_file.hpp"

#include "core/corpus/document.hpp"

#if defined(__unix__)
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace atlas::core {

MappedFile::~MappedFile() {
#if defined(__unix__)
    if (m_map != nullptr) munmap(m_map, m_mapSize);
#endif
}

bool MappedFile::open(const std::filesystem::path& path) {
#if defined(__unix__)
    if (m_map != nullptr) munmap(m_map, m_mapSize);
    m_map = nullptr;
    m_mapSize = 0;
    m_view = {};
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat st {};
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return false;
    }
    if (st.st_size == 0) {
        ::close(fd);
        return true;
    }
    const auto size = static_cast<std::size_t>(st.st_size);
    // MAP_POPULATE: the pages are mapped in one go (readahead included) instead of one fault per 4 KiB page.
    void* map = mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    ::close(fd);
    if (map != MAP_FAILED) {
        m_map = map;
        m_mapSize = size;
        m_view = std::string_view(static_cast<const char*>(map), size);
        return true;
    }
#endif
    if (!readDocumentFile(path, m_fallback)) return false;
    m_view = m_fallback;
    return true;
}

}  // namespace atlas::core
