// Feature <-> passage links over a CorpusIndex: mentions per feature, features per passage, counts per document.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/corpus/corpus_index.hpp"

namespace atlas::core {

class LinkIndex {
public:
    /// Indexes `index` (which must outlive this object).
    explicit LinkIndex(const CorpusIndex& index);

    /// Indices into CorpusIndex::mentions of the feature's mentions, in corpus order.
    [[nodiscard]] const std::vector<std::size_t>& mentionsOf(std::string_view featureId) const;
    /// Passage ids mentioning the feature, in corpus order, without duplicates.
    [[nodiscard]] std::vector<std::string> passagesOf(std::string_view featureId) const;
    /// Feature ids mentioned in the passage, in order of first mention, without duplicates.
    [[nodiscard]] std::vector<std::string> featuresOf(std::string_view passageId) const;
    /// Mention count of the feature per document index (documents without mentions absent).
    [[nodiscard]] std::map<std::size_t, std::size_t> countsPerDocument(std::string_view featureId) const;
    /// Index into CorpusIndex::passages for an id.
    [[nodiscard]] std::optional<std::size_t> passageIndex(std::string_view passageId) const;
    /// Feature ids with at least one mention, sorted.
    [[nodiscard]] std::vector<std::string> mentionedFeatures() const;

private:
    const CorpusIndex& m_index;
    std::unordered_map<std::string, std::vector<std::size_t>> m_byFeature;
    std::unordered_map<std::string, std::vector<std::size_t>> m_byPassage;
    std::unordered_map<std::string, std::size_t> m_passageIndex;
};

}  // namespace atlas::core
