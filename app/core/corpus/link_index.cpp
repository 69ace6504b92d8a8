// Feature <-> passage links over a CorpusIndex: mentions per feature, features per passage, counts per document.
#include "core/corpus/link_index.hpp"

#include <algorithm>

namespace atlas::core {

LinkIndex::LinkIndex(const CorpusIndex& index) : m_index(index) {
    for (std::size_t i = 0; i < index.passages.size(); ++i) m_passageIndex.emplace(index.passages[i].id, i);
    for (std::size_t i = 0; i < index.mentions.size(); ++i) {
        const Mention& m = index.mentions[i];
        m_byFeature[m.featureId].push_back(i);
        m_byPassage[m.passageId].push_back(i);
    }
}

const std::vector<std::size_t>& LinkIndex::mentionsOf(std::string_view featureId) const {
    static const std::vector<std::size_t> kEmpty;
    auto it = m_byFeature.find(std::string(featureId));
    return it == m_byFeature.end() ? kEmpty : it->second;
}

std::vector<std::string> LinkIndex::passagesOf(std::string_view featureId) const {
    std::vector<std::string> out;
    for (std::size_t i : mentionsOf(featureId)) {
        const std::string& pid = m_index.mentions[i].passageId;
        if (out.empty() || out.back() != pid) out.push_back(pid);
    }
    return out;
}

std::vector<std::string> LinkIndex::featuresOf(std::string_view passageId) const {
    std::vector<std::string> out;
    auto it = m_byPassage.find(std::string(passageId));
    if (it == m_byPassage.end()) return out;
    for (std::size_t i : it->second) {
        const std::string& fid = m_index.mentions[i].featureId;
        if (std::find(out.begin(), out.end(), fid) == out.end()) out.push_back(fid);
    }
    return out;
}

std::map<std::size_t, std::size_t> LinkIndex::countsPerDocument(std::string_view featureId) const {
    std::map<std::size_t, std::size_t> out;
    for (std::size_t i : mentionsOf(featureId)) ++out[m_index.mentions[i].documentIndex];
    return out;
}

std::optional<std::size_t> LinkIndex::passageIndex(std::string_view passageId) const {
    auto it = m_passageIndex.find(std::string(passageId));
    if (it == m_passageIndex.end()) return std::nullopt;
    return it->second;
}

std::vector<std::string> LinkIndex::mentionedFeatures() const {
    std::vector<std::string> out;
    out.reserve(m_byFeature.size());
    for (const auto& [id, v] : m_byFeature) out.push_back(id);
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace atlas::core
