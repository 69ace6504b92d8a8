// Memory for `render`'s big one-shot images in huge pages (Linux + glibc), to cut the page faults of first touch.
#pragma once

#include <cstddef>

namespace atlas::app {

/// Makes the next `bytes` of large allocations on this thread come from heap memory marked for transparent huge
/// pages. llvmpipe allocates and zero-fills the multisampled image and the resolve texture with malloc; a
/// 1920x1080 4x image faulted in 4 KiB pages cost ~15 % of a render's CPU time. Only for one-shot commands: blocks
/// this large then stay in the heap until exit. Does nothing where huge pages or glibc's malloc are not there.
void reserveHugePageHeap(std::size_t bytes);

}  // namespace atlas::app
