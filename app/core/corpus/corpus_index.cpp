// The whole corpus pipeline: documents -> passages -> mentions, in one value the outputs are made from.
#include "core/corpus/corpus_index.hpp"

#include "core/corpus/passage_splitter.hpp"

namespace atlas::core {

CorpusIndex buildCorpusIndex(std::vector<Document> documents, const std::vector<GazetteerFeature>& features,
                             std::vector<CorpusWarning> warnings) {
    CorpusIndex index;
    index.documents = std::move(documents);
    index.warnings = std::move(warnings);
    const NameMatcher matcher(features);
    for (std::size_t d = 0; d < index.documents.size(); ++d) {
        Document& doc = index.documents[d];
        SplitResult split = splitDocument(doc, d);
        index.warnings.insert(index.warnings.end(), split.warnings.begin(), split.warnings.end());
        if (!doc.meta.date && split.datelineDate) doc.meta.date = split.datelineDate;
        for (Passage& p : split.passages) {
            std::vector<Mention> found = matcher.match(doc, p);
            index.mentions.insert(index.mentions.end(), std::make_move_iterator(found.begin()),
                                  std::make_move_iterator(found.end()));
            index.passages.push_back(std::move(p));
        }
    }
    return index;
}

CorpusIndex indexCorpusDirectory(const std::filesystem::path& dir, const std::vector<GazetteerFeature>& features) {
    CorpusLoad load = loadCorpusDirectory(dir);
    return buildCorpusIndex(std::move(load.documents), features, std::move(load.warnings));
}

}  // namespace atlas::core
