// Byte-level Aho–Corasick automaton: finds every occurrence of many patterns in one linear pass.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace atlas::core {

class AhoCorasick {
public:
    /// Adds a pattern (non-empty bytes); returns its id. Adding the same bytes twice returns the first id.
    std::size_t addPattern(std::string_view pattern);
    /// Computes failure and output links; call once after the last addPattern.
    void build();

    [[nodiscard]] std::size_t patternCount() const { return m_patternLength.size(); }
    [[nodiscard]] std::size_t patternLength(std::size_t id) const { return m_patternLength[id]; }
    [[nodiscard]] std::size_t stateCount() const { return m_fail.size(); }

    /// Calls onMatch(patternId, endPos) for every occurrence (endPos exclusive), in order of endPos;
    /// for one endPos the longest pattern comes first.
    template <typename F>
    void search(std::string_view text, F&& onMatch) const {
        std::uint32_t state = 0;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const auto c = static_cast<unsigned char>(text[i]);
            state = next(state, c);
            std::uint32_t out = m_pattern[state] >= 0 ? state : m_dict[state];
            while (out != 0) {
                onMatch(static_cast<std::size_t>(m_pattern[out]), i + 1);
                out = m_dict[out];
            }
        }
    }

private:
    [[nodiscard]] std::uint32_t next(std::uint32_t state, unsigned char c) const {
        while (state != 0) {
            const std::uint32_t t = child(state, c);
            if (t != 0) return t;
            state = m_fail[state];
        }
        return m_root[c];
    }
    [[nodiscard]] std::uint32_t child(std::uint32_t state, unsigned char c) const;
    [[nodiscard]] std::uint32_t buildChild(std::uint32_t state, unsigned char c) const;

    // Build-time trie: per node, sorted (byte, child) edges.
    std::vector<std::vector<std::pair<unsigned char, std::uint32_t>>> m_edges{1};
    // Frozen automaton (CSR edges), filled by build().
    std::uint32_t m_root[256] = {};
    std::vector<std::uint32_t> m_edgeStart;
    std::vector<unsigned char> m_edgeByte;
    std::vector<std::uint32_t> m_edgeTarget;
    std::vector<std::uint32_t> m_fail;
    std::vector<std::uint32_t> m_dict;          // nearest proper suffix state with a pattern (0 = none)
    std::vector<std::int32_t> m_pattern{-1};    // pattern id ending at the state, -1 = none
    std::vector<std::size_t> m_patternLength;
    bool m_built = false;
};

}  // namespace atlas::core
