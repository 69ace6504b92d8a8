// Compact byte-level trie of folded names, walked from word starts: leftmost-longest whole-word matching.
#include "core/corpus/name_automaton.hpp"

#include <algorithm>
#include <stdexcept>

namespace atlas::core {

namespace {
constexpr std::size_t kDenseMinChildren = 5;
}  // namespace

std::size_t NameAutomaton::addPattern(std::string_view pattern) {
    if (m_build.empty()) throw std::logic_error("NameAutomaton::addPattern after build()");
    std::uint32_t state = 0;
    for (char ch : pattern) {
        const auto c = static_cast<unsigned char>(ch);
        auto& edges = m_build[state];
        auto it = std::find_if(edges.begin(), edges.end(), [c](const auto& e) { return e.first == c; });
        if (it != edges.end()) {
            state = it->second;
            continue;
        }
        const auto created = static_cast<std::uint32_t>(m_build.size());
        edges.emplace_back(c, created);
        m_build.emplace_back();
        m_buildPattern.push_back(-1);
        state = created;
    }
    if (m_buildPattern[state] < 0) {
        m_buildPattern[state] = static_cast<std::int32_t>(m_patternLength.size());
        m_patternLength.push_back(pattern.size());
    }
    return static_cast<std::size_t>(m_buildPattern[state]);
}

void NameAutomaton::build() {
    if (m_build.empty()) return;
    // Byte classes: 1.. for bytes used by some pattern (at most 255 classes: a byte alphabet).
    std::array<bool, 256> used{};
    for (const auto& edges : m_build)
        for (const auto& e : edges) used[e.first] = true;
    m_class.fill(0);
    m_classCount = 1;
    for (std::size_t b = 0; b < 256; ++b)
        if (used[b]) m_class[b] = static_cast<std::uint8_t>(m_classCount++);
    // Depth-first numbering: a chain of single-child nodes (the tail of a name) lies in consecutive memory, so a
    // walk down a name touches a few cache lines instead of one per byte; the hot top of the trie stays cached.
    const std::size_t n = m_build.size();
    std::vector<std::uint32_t> order;
    order.reserve(n);
    std::vector<std::uint32_t> newId(n, 0);
    std::vector<std::uint32_t> stack{0};
    while (!stack.empty()) {
        const std::uint32_t s = stack.back();
        stack.pop_back();
        newId[s] = static_cast<std::uint32_t>(order.size());
        order.push_back(s);
        auto& edges = m_build[s];
        std::sort(edges.begin(), edges.end());
        for (auto it = edges.rbegin(); it != edges.rend(); ++it) stack.push_back(it->second);
    }
    m_nodes.assign(n, Node{});
    m_dense.clear();
    m_edges.clear();
    for (std::size_t i = 0; i < n; ++i) {
        const auto& edges = m_build[order[i]];
        Node& node = m_nodes[i];
        node.pattern = m_buildPattern[order[i]];
        if (i == 0 || edges.size() >= kDenseMinChildren) {
            node.dense = 1;
            node.first = static_cast<std::uint32_t>(m_dense.size() / m_classCount);
            m_dense.resize(m_dense.size() + m_classCount, 0);
            for (const auto& e : edges) m_dense[node.first * m_classCount + m_class[e.first]] = newId[e.second];
        } else {
            node.first = static_cast<std::uint32_t>(m_edges.size());
            node.count = static_cast<std::uint16_t>(edges.size());
            for (const auto& e : edges) m_edges.push_back(Edge{newId[e.second], m_class[e.first]});
            if (!edges.empty()) {
                node.firstClass = m_class[edges.front().first];
                if (newId[edges.front().second] != i + 1) throw std::logic_error("NameAutomaton: first child not next");
            }
        }
    }
    m_build.clear();
    m_build.shrink_to_fit();
    m_buildPattern.clear();
    m_buildPattern.shrink_to_fit();
}

std::size_t NameAutomaton::memoryBytes() const {
    return m_nodes.size() * sizeof(Node) + m_dense.size() * sizeof(std::uint32_t) + m_edges.size() * sizeof(Edge) +
           m_patternLength.size() * sizeof(std::size_t);
}

}  // namespace atlas::core
