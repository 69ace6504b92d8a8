// The Documents panel's rows: each document's metadata with its passage and mention counts, and whether it is the
// user's (a workspace document, editable) or bundled (read-only). A query over the index, so the panel only draws.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/corpus/corpus_index.hpp"

namespace atlas::core {

struct DocumentRow {
    std::size_t document = 0;  // index into corpus.documents
    DocumentMeta meta;
    std::string title;  // what the list shows (the title, else the file name)
    std::size_t passages = 0;
    std::size_t mentions = 0;
    bool user = false;  // from the workspace: editable and removable
};

/// One row per document, in corpus order; `userFiles` are the file names that came from the workspace.
std::vector<DocumentRow> documentRows(const CorpusIndex& corpus, const std::vector<std::string>& userFiles);

}  // namespace atlas::core
