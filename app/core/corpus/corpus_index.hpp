// The whole corpus pipeline: documents -> passages -> mentions, in one value the outputs are made from.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <vector>

#include "core/corpus/document.hpp"
#include "core/corpus/matcher.hpp"
#include "core/corpus/passage.hpp"
#include "core/corpus/passage_splitter.hpp"
#include "core/gazetteer/gazetteer.hpp"

namespace atlas::core {
class IndexProgress;
}

namespace atlas::core {

struct CorpusIndex {
    std::vector<Document> documents;
    std::vector<Passage> passages;  // every document's passages, in document then text order
    std::vector<Mention> mentions;  // in passage then text order
    std::vector<CorpusWarning> warnings;
};

/// Worker threads for indexing: $ATLAS_JOBS when it is a positive integer, else hardware_concurrency (≥ 1).
std::size_t indexJobs();

/// One document split and matched (what a worker produces; merged in document order).
struct DocumentIndex {
    SplitResult split;
    std::vector<Mention> mentions;  // in passage then text order
    // Or, for an index made for the mentions table, the same mentions as records (passages local to the document).
    std::vector<MentionRecord> records;
    std::vector<MentionRecordExtra> extras;
};

/// The most mentions one document keeps (a dense 200 MB file would otherwise hold gigabytes of them).
inline constexpr std::size_t kMaxMentionsPerDocument = 2'000'000;

/// Splits one document and matches every passage; past kMaxMentionsPerDocument the rest are dropped with a warning.
DocumentIndex indexDocument(const Document& doc, std::size_t documentIndex, const NameMatcher& matcher,
                            std::size_t maxMentions = kMaxMentionsPerDocument, bool asRecords = false);

/// Runs task(i) for i in [0, count) on `jobs` threads (the calling thread included), largest weight first;
/// task must only write to its own slot. jobs ≤ 1 runs in order on the calling thread.
void parallelForEach(std::size_t count, std::size_t jobs, const std::vector<std::size_t>& weights,
                     const std::function<void(std::size_t)>& task);

/// Splits every document and matches every feature name in every passage, documents in parallel on `jobs`
/// threads (0 = indexJobs()); the result does not depend on the thread count. A dateline found in a document
/// without a manifest date becomes its date. `progress` (optional) gets a "Linking" phase of one step per document.
/// With `records` given, the mentions are made as records there (what the mentions table and the index cache
/// read), not as Mentions: index.mentions stays empty.
CorpusIndex buildCorpusIndex(std::vector<Document> documents, const std::vector<GazetteerFeature>& features,
                             std::vector<CorpusWarning> warnings = {}, std::size_t jobs = 0,
                             IndexProgress* progress = nullptr, MentionRecords* records = nullptr);

/// loadCorpusDirectory + buildCorpusIndex.
CorpusIndex indexCorpusDirectory(const std::filesystem::path& dir, const std::vector<GazetteerFeature>& features,
                                 std::size_t jobs = 0, const DocumentReaders& readers = {});

}  // namespace atlas::core
