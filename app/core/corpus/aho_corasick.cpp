// Byte-level Aho–Corasick automaton: finds every occurrence of many patterns in one linear pass.
#include "core/corpus/aho_corasick.hpp"

#include <algorithm>
#include <deque>

namespace atlas::core {

std::size_t AhoCorasick::addPattern(std::string_view pattern) {
    std::uint32_t state = 0;
    for (char ch : pattern) {
        const auto c = static_cast<unsigned char>(ch);
        auto& edges = m_edges[state];
        auto it = std::lower_bound(edges.begin(), edges.end(), c, [](const auto& e, unsigned char b) { return e.first < b; });
        if (it != edges.end() && it->first == c) {
            state = it->second;
            continue;
        }
        const auto created = static_cast<std::uint32_t>(m_edges.size());
        edges.insert(it, {c, created});
        m_edges.emplace_back();
        m_pattern.push_back(-1);
        state = created;
    }
    if (m_pattern[state] < 0) {
        m_pattern[state] = static_cast<std::int32_t>(m_patternLength.size());
        m_patternLength.push_back(pattern.size());
    }
    m_built = false;
    return static_cast<std::size_t>(m_pattern[state]);
}

std::uint32_t AhoCorasick::buildChild(std::uint32_t state, unsigned char c) const {
    const auto& edges = m_edges[state];
    auto it = std::lower_bound(edges.begin(), edges.end(), c, [](const auto& e, unsigned char b) { return e.first < b; });
    return (it != edges.end() && it->first == c) ? it->second : 0;
}

std::uint32_t AhoCorasick::child(std::uint32_t state, unsigned char c) const {
    const std::uint32_t begin = m_edgeStart[state];
    const std::uint32_t end = m_edgeStart[state + 1];
    if (end - begin <= 8) {
        for (std::uint32_t k = begin; k < end; ++k)
            if (m_edgeByte[k] == c) return m_edgeTarget[k];
        return 0;
    }
    const auto* first = m_edgeByte.data() + begin;
    const auto* last = m_edgeByte.data() + end;
    const auto* it = std::lower_bound(first, last, c);
    return (it != last && *it == c) ? m_edgeTarget[begin + static_cast<std::uint32_t>(it - first)] : 0;
}

void AhoCorasick::build() {
    const std::size_t n = m_edges.size();
    m_fail.assign(n, 0);
    m_dict.assign(n, 0);
    m_edgeStart.assign(n + 1, 0);
    m_edgeByte.clear();
    m_edgeTarget.clear();
    for (std::size_t s = 0; s < n; ++s) {
        m_edgeStart[s] = static_cast<std::uint32_t>(m_edgeByte.size());
        for (const auto& [b, t] : m_edges[s]) {
            m_edgeByte.push_back(b);
            m_edgeTarget.push_back(t);
        }
    }
    m_edgeStart[n] = static_cast<std::uint32_t>(m_edgeByte.size());
    std::fill(std::begin(m_root), std::end(m_root), 0u);
    std::deque<std::uint32_t> queue;
    for (const auto& [b, t] : m_edges[0]) {
        m_root[b] = t;
        queue.push_back(t);
    }
    while (!queue.empty()) {  // BFS: a node's fail link is computed from its parent's
        const std::uint32_t s = queue.front();
        queue.pop_front();
        for (const auto& [b, t] : m_edges[s]) {
            std::uint32_t f = m_fail[s];
            std::uint32_t target = 0;
            while (true) {
                target = f == 0 ? m_root[b] : buildChild(f, b);
                if (target != 0 || f == 0) break;
                f = m_fail[f];
            }
            m_fail[t] = (target == t) ? 0 : target;
            m_dict[t] = m_pattern[m_fail[t]] >= 0 ? m_fail[t] : m_dict[m_fail[t]];
            queue.push_back(t);
        }
    }
    m_built = true;
}

}  // namespace atlas::core
