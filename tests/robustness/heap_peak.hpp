// Test helper: the program's live and peak heap bytes, counted by a replaced global operator new/delete
// (heap_peak.cpp; linked only into atlas_memory_tests). Counts what C++ containers hold, not malloc from C code.
#pragma once

#include <cstddef>

namespace atlas::test {

/// Bytes allocated through operator new and not yet deleted.
std::size_t liveHeapBytes();
/// The most liveHeapBytes() has been since the last resetHeapPeak().
std::size_t peakHeapBytes();
/// Starts a new peak from the current live bytes.
void resetHeapPeak();

}  // namespace atlas::test
