// Documents panel rows: counts per document from the passages and mentions of the index.
#include "core/workspace/document_rows.hpp"

#include <algorithm>

namespace atlas::core {

std::vector<DocumentRow> documentRows(const CorpusIndex& corpus, const std::vector<std::string>& userFiles) {
    std::vector<DocumentRow> rows(corpus.documents.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Document& d = corpus.documents[i];
        rows[i].document = i;
        rows[i].meta = d.meta;
        rows[i].title = d.displayTitle();
        rows[i].user = std::find(userFiles.begin(), userFiles.end(), d.meta.file) != userFiles.end();
    }
    for (const Passage& p : corpus.passages)
        if (p.documentIndex < rows.size()) ++rows[p.documentIndex].passages;
    for (const Mention& m : corpus.mentions)
        if (m.documentIndex < rows.size()) ++rows[m.documentIndex].mentions;
    return rows;
}

}  // namespace atlas::core
