// Heap memory marked for transparent huge pages, for `render`'s images (see image_memory.hpp).
#include "application/image_memory.hpp"

#include <cstdint>
#include <cstdlib>

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#endif

namespace atlas::app {

void reserveHugePageHeap(std::size_t bytes) {
#if defined(__linux__) && defined(__GLIBC__) && defined(MADV_HUGEPAGE)
    constexpr std::size_t kHuge = std::size_t{2} << 20;
    if (bytes < 4 * kHuge) return;  // small images: nothing to gain
    // Blocks up to this size come from the heap rather than from mmap, and freed heap memory is kept: so the
    // block grown and marked here is where the next large allocations land.
    const std::size_t limit = bytes + 4 * kHuge;
    if (limit > (std::size_t{1} << 31)) return;
    mallopt(M_MMAP_THRESHOLD, static_cast<int>(limit));
    mallopt(M_TRIM_THRESHOLD, static_cast<int>(limit));
    void* block = std::malloc(bytes + kHuge);
    if (!block) return;
    const auto start = (reinterpret_cast<std::uintptr_t>(block) + kHuge - 1) & ~(kHuge - 1);
    const std::size_t length = (bytes / kHuge) * kHuge;
    (void)madvise(reinterpret_cast<void*>(start), length, MADV_HUGEPAGE);  // a hint: failure only costs speed
    std::free(block);
#else
    (void)bytes;
#endif
}

}  // namespace atlas::app
