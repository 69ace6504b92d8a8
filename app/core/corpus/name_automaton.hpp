// Compact byte-level trie of folded names, walked from word starts: leftmost-longest whole-word matching.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "core/text/text_normalize.hpp"

namespace atlas::core {

/// Names must match whole words, so a match can only begin at a word start: instead of Aho–Corasick failure
/// links, the trie is walked from each word start and the longest name ending at a word boundary wins. Bytes are
/// mapped to classes (only bytes that occur in names get one); nodes with many children have a dense row over
/// the classes, the others a short list; nodes are numbered depth-first so the tail of a name is contiguous (a
/// sparse node's first child is the next node).
/// Work per word start is bounded by the longest name.
class NameAutomaton {
public:
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

    /// Adds a pattern (non-empty bytes); returns its id. Adding the same bytes twice returns the first id.
    std::size_t addPattern(std::string_view pattern);
    /// Freezes the trie into the compact tables; call once after the last addPattern.
    void build();

    [[nodiscard]] std::size_t patternCount() const { return m_patternLength.size(); }
    [[nodiscard]] std::size_t patternLength(std::size_t id) const { return m_patternLength[id]; }
    [[nodiscard]] std::size_t stateCount() const { return m_nodes.size(); }
    /// Bytes used by the frozen tables.
    [[nodiscard]] std::size_t memoryBytes() const;

    /// Longest pattern starting at `pos` that ends at a word boundary of `text` (end of text or a non-word byte).
    /// Returns {pattern id, end} or {kNone, pos}.
    [[nodiscard]] std::pair<std::size_t, std::size_t> longestWordAt(std::string_view text, std::size_t pos) const {
        const Walk w = walkAt(text, pos);
        return {w.pattern, w.end};
    }

    /// What longestWordAt finds, and whether a pattern the text at `pos` starts with ends inside a word, word
    /// bytes following it ("laçından" starts with "laçın"): what a suffixed form needs.
    struct Walk {
        std::size_t pattern = kNone;
        std::size_t end = 0;
        bool patternThenSuffix = false;
    };
    [[nodiscard]] Walk walkAt(std::string_view text, std::size_t pos) const {
        Walk best{kNone, pos, false};
        std::uint32_t s = 0;
        for (std::size_t q = pos; q < text.size(); ++q) {
            s = child(s, static_cast<unsigned char>(text[q]));
            if (s == 0) break;
            const std::int32_t pid = m_nodes[s].pattern;
            if (pid < 0) continue;
            if (q + 1 == text.size() || !isFoldedWordByte(static_cast<unsigned char>(text[q + 1]))) {
                best.pattern = static_cast<std::size_t>(pid);
                best.end = q + 1;
            } else {
                best.patternThenSuffix = true;
            }
        }
        return best;
    }

    /// Whole-word, leftmost-longest, non-overlapping matches in folded text: calls onMatch(pattern, begin, end).
    template <typename F>
    void forEachMatch(std::string_view text, F&& onMatch) const {
        std::size_t p = 0;
        const std::size_t n = text.size();
        while (p < n) {
            if (p > 0 && isFoldedWordByte(static_cast<unsigned char>(text[p - 1]))) {  // not a word start
                ++p;
                continue;
            }
            const auto [pattern, end] = longestWordAt(text, p);
            if (pattern == kNone) {
                ++p;
                continue;
            }
            onMatch(pattern, p, end);
            p = end;
        }
    }

private:
    struct Node {
        std::uint32_t first = 0;      // dense row index, or first sparse edge
        std::uint16_t count = 0;      // sparse edge count (unused when dense)
        std::uint8_t dense = 0;       // 1 when the node has a dense row
        std::uint8_t firstClass = 0;  // sparse: class of the first edge, whose target is always this node + 1
        std::int32_t pattern = -1;
    };
    struct Edge {
        std::uint32_t target = 0;
        std::uint8_t byteClass = 0;
    };
    [[nodiscard]] std::uint32_t child(std::uint32_t s, unsigned char c) const {
        const std::uint8_t k = m_class[c];
        if (k == 0) return 0;
        const Node& node = m_nodes[s];
        if (node.dense != 0) return m_dense[static_cast<std::size_t>(node.first) * m_classCount + k];
        // Depth-first numbering puts the first child right after its parent: following a name's tail touches
        // only consecutive nodes, no edge list.
        if (node.firstClass == k) return s + 1;
        for (std::uint32_t i = node.first + 1; i < node.first + node.count; ++i)
            if (m_edges[i].byteClass == k) return m_edges[i].target;
        return 0;
    }

    // Build-time trie: per node, (byte, child) edges; released by build().
    std::vector<std::vector<std::pair<unsigned char, std::uint32_t>>> m_build{1};
    std::vector<std::int32_t> m_buildPattern{-1};
    // Frozen tables.
    std::array<std::uint8_t, 256> m_class{};  // 0 = byte occurs in no pattern
    std::size_t m_classCount = 1;
    std::vector<Node> m_nodes;
    std::vector<std::uint32_t> m_dense;
    std::vector<Edge> m_edges;
    std::vector<std::size_t> m_patternLength;
};

}  // namespace atlas::core
