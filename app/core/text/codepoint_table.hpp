// Lazily filled per-code-point table: ICU is asked once per block of 128 code points, then lookups are array reads.
#pragma once

#include <array>
#include <atomic>
#include <cstddef>
#include <mutex>

namespace atlas::core::detail {

/// Entries of `Entry` for every code point, computed by `compute(cp, entry)` the first time a code point of its
/// block is asked for. Lookups are lock-free (one acquire load and an index); filling a block takes a mutex, so
/// `compute` may use objects that are not thread-safe (a transliterator). Blocks are never freed: a table lives as
/// long as the process (they stay reachable from the table, so leak checkers do not report them).
template <typename Entry, void (*Compute)(char32_t, Entry&)>
class CodepointTable {
public:
    static constexpr std::size_t kBlockBits = 7;
    static constexpr std::size_t kBlockSize = std::size_t{1} << kBlockBits;
    static constexpr std::size_t kBlocks = 0x110000 >> kBlockBits;

    /// The entry of cp; cp must be at most U+10FFFF (anything larger reads the entry of U+FFFD).
    const Entry& operator[](char32_t cp) {
        if (cp > 0x10FFFF) cp = 0xFFFD;
        const std::size_t block = cp >> kBlockBits;
        const Block* b = m_blocks[block].load(std::memory_order_acquire);
        if (b == nullptr) b = fill(block);
        return b->entries[cp & (kBlockSize - 1)];
    }

private:
    struct Block {
        std::array<Entry, kBlockSize> entries{};
    };

    const Block* fill(std::size_t block) {
        const std::lock_guard lock(m_mutex);
        if (const Block* b = m_blocks[block].load(std::memory_order_acquire)) return b;
        auto* b = new Block;
        for (std::size_t i = 0; i < kBlockSize; ++i)
            Compute(static_cast<char32_t>((block << kBlockBits) | i), b->entries[i]);
        m_blocks[block].store(b, std::memory_order_release);
        return b;
    }

    std::array<std::atomic<const Block*>, kBlocks> m_blocks{};
    std::mutex m_mutex;
};

}  // namespace atlas::core::detail
