// The open workspace as the application state holds it: where it is, whether it can be written, and the Documents
// panel's changes this session (removals and metadata edits) that undo and redo move the files back and forth for.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/corpus/document.hpp"

namespace atlas::core {

/// A document moved to documents/.removed, with the manifest entry it had (put back on undo).
struct RemovedDocument {
    std::string file;
    std::optional<DocumentMeta> meta;
    friend bool operator==(const RemovedDocument& a, const RemovedDocument& b) { return a.file == b.file; }
};

/// A document's metadata as edited this session: what it was before the first edit, and what it is now.
struct MetaEdit {
    DocumentMeta before;
    DocumentMeta after;
};

struct WorkspaceState {
    std::string root;       // empty: no workspace (the bundled corpus alone)
    bool readOnly = false;  // the folder cannot be written: the panel offers no change
    std::vector<RemovedDocument> removed;
    std::vector<MetaEdit> edits;
    [[nodiscard]] bool open() const { return !root.empty(); }
};

}  // namespace atlas::core
