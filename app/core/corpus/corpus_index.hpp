// The whole corpus pipeline: documents -> passages -> mentions, in one value the outputs are made from.
#pragma once

#include <filesystem>
#include <vector>

#include "core/corpus/document.hpp"
#include "core/corpus/matcher.hpp"
#include "core/corpus/passage.hpp"
#include "core/gazetteer.hpp"

namespace atlas::core {

struct CorpusIndex {
    std::vector<Document> documents;
    std::vector<Passage> passages;  // every document's passages, in document then text order
    std::vector<Mention> mentions;  // in passage then text order
    std::vector<CorpusWarning> warnings;
};

/// Splits every document and matches every feature name in every passage. A dateline found in a
/// document without a manifest date becomes its date.
CorpusIndex buildCorpusIndex(std::vector<Document> documents, const std::vector<GazetteerFeature>& features,
                             std::vector<CorpusWarning> warnings = {});

/// loadCorpusDirectory + buildCorpusIndex.
CorpusIndex indexCorpusDirectory(const std::filesystem::path& dir, const std::vector<GazetteerFeature>& features);

}  // namespace atlas::core
