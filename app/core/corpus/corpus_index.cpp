// The whole corpus pipeline: documents -> passages -> mentions, in one value the outputs are made from.
#include "core/corpus/corpus_index.hpp"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <exception>
#include <memory>
#include <mutex>
#include <numeric>
#include <thread>
#include <unordered_map>

#include "core/corpus/huge_pages.hpp"
#include "core/corpus/index_progress.hpp"

namespace atlas::core {

std::size_t indexJobs() {
    if (const char* env = std::getenv("ATLAS_JOBS"); env != nullptr && *env != '\0') {
        char* endPtr = nullptr;
        const long v = std::strtol(env, &endPtr, 10);
        if (endPtr != nullptr && *endPtr == '\0' && v > 0) return static_cast<std::size_t>(std::min(v, 1024L));
    }
    return std::max(1u, std::thread::hardware_concurrency());
}

DocumentIndex indexDocument(const Document& doc, std::size_t documentIndex, const NameMatcher& matcher,
                            std::size_t maxMentions, bool asRecords) {
    DocumentIndex out;
    out.split = splitDocument(doc, documentIndex);
    // A dense giant file: the matcher stores at most maxMentions (counting the rest), so memory and cache stay
    // bounded while the message can still say how many there were.
    const std::size_t found =
        asRecords ? matcher.matchRecords(doc, out.split.passages, static_cast<std::uint32_t>(documentIndex),
                                         out.records, out.extras, maxMentions)
                  : matcher.matchAll(doc, out.split.passages, out.mentions, maxMentions);
    const std::size_t kept = asRecords ? out.records.size() : out.mentions.size();
    if (found > kept)
        out.split.warnings.push_back({doc.meta.file, std::to_string(found) + " place mentions; only the first " +
                                                         std::to_string(kept) + " are kept"});
    return out;
}

void parallelForEach(std::size_t count, std::size_t jobs, const std::vector<std::size_t>& weights,
                     const std::function<void(std::size_t)>& task) {
    std::vector<std::size_t> order(count);
    std::iota(order.begin(), order.end(), std::size_t{0});
    if (weights.size() == count)  // largest first, so one big document does not start last
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return weights[a] > weights[b]; });
    jobs = std::min(jobs, count);
    if (jobs <= 1) {
        for (std::size_t i = 0; i < count; ++i) task(i);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failureMutex;
    auto worker = [&] {
        for (std::size_t k = next.fetch_add(1); k < count; k = next.fetch_add(1)) {
            try {
                task(order[k]);
            } catch (...) {
                const std::lock_guard lock(failureMutex);
                if (!failure) failure = std::current_exception();
            }
        }
    };
    std::vector<std::thread> threads;
    for (std::size_t t = 1; t < jobs; ++t) threads.emplace_back(worker);
    worker();
    for (auto& t : threads) t.join();
    if (failure) std::rethrow_exception(failure);
}

CorpusIndex buildCorpusIndex(std::vector<Document> documents, const std::vector<GazetteerFeature>& features,
                             std::vector<CorpusWarning> warnings, std::size_t jobs, IndexProgress* progress,
                             MentionRecords* records) {
    CorpusIndex index;
    index.documents = std::move(documents);
    index.warnings = std::move(warnings);
    const NameMatcher matcher(features);
    const std::size_t n = index.documents.size();
    std::vector<DocumentIndex> results(n);
    std::vector<std::size_t> weights(n);
    for (std::size_t d = 0; d < n; ++d) weights[d] = index.documents[d].bytes.size();
    if (progress != nullptr) progress->beginPhase("Linking", n);
    parallelForEach(n, jobs == 0 ? indexJobs() : jobs, weights, [&](std::size_t d) {
        results[d] = indexDocument(index.documents[d], d, matcher, kMaxMentionsPerDocument, records != nullptr);
        if (progress != nullptr) progress->advance(index.documents[d].meta.file);
    });
    // Merged in document order (the output does not depend on scheduling). Done on this thread alone, moving
    // 1.3 million mentions into one array (each page of it faulted in as it was first written) took ~0.25 s of a
    // cold index of 100 MB. Now the documents go in batches of about an eighth of the mentions: the batch's part of
    // the arrays is faulted in on every indexing thread, its passages and mentions are constructed here, and each
    // document's are moved into place, and their old arrays freed, on the indexing threads. A batch at a time, so
    // that the merged arrays and the documents' own are not both held whole (peak resident as before).
    const std::size_t threads = jobs == 0 ? indexJobs() : jobs;
    std::vector<std::size_t> passageAt(n + 1, 0);
    std::vector<std::size_t> mentionAt(n + 1, 0);
    for (std::size_t d = 0; d < n; ++d) {
        Document& doc = index.documents[d];
        const DocumentIndex& r = results[d];
        index.warnings.insert(index.warnings.end(), r.split.warnings.begin(), r.split.warnings.end());
        if (!doc.meta.date && r.split.datelineDate) doc.meta.date = r.split.datelineDate;
        passageAt[d + 1] = passageAt[d] + r.split.passages.size();
        mentionAt[d + 1] = mentionAt[d] + r.mentions.size() + r.records.size();
    }
    // Each mention is a Mention (sizeof(Mention) bytes and its strings) or, for the mentions table, a record.
    const std::size_t mentionBytes = records != nullptr ? sizeof(MentionRecord) : sizeof(Mention);
    std::shared_ptr<MentionRecordStore> store;
    if (records != nullptr) {
        store = std::make_shared<MentionRecordStore>();
        store->names = matcher.recordNames();
        store->records.reserve(mentionAt[n]);
        *records = MentionRecords{};
        for (std::size_t d = 0; d < n; ++d)
            for (MentionRecordExtra& e : results[d].extras) {
                e.record += mentionAt[d];
                records->extras.push_back(std::move(e));
            }
    } else {
        index.mentions.reserve(mentionAt[n]);
    }
    char* const mentionArray =
        records != nullptr ? reinterpret_cast<char*>(store->records.data()) : reinterpret_cast<char*>(index.mentions.data());
    index.passages.reserve(passageAt[n]);
    const std::size_t batchBytes =
        std::max<std::size_t>(std::size_t{1} << 20, (passageAt[n] * sizeof(Passage) + mentionAt[n] * mentionBytes) / 8);
    for (std::size_t first = 0; first < n;) {
        std::size_t last = first + 1;  // the batch is documents [first, last)
        const auto bytesTo = [&](std::size_t d) {
            return (passageAt[d] - passageAt[first]) * sizeof(Passage) + (mentionAt[d] - mentionAt[first]) * mentionBytes;
        };
        while (last < n && bytesTo(last + 1) <= batchBytes) ++last;
        // Not huge pages here: with the kernel's THP defrag at "madvise", finding 2 MiB pages for these arrays
        // stalled the fault for up to 0.2 s (compaction) on a machine with a full page cache.
        constexpr std::size_t kParts = 16;
        parallelForEach(kParts, threads, {}, [&](std::size_t part) {
            const auto slice = [&](const void* data, std::size_t from, std::size_t to) {
                const std::size_t a = from + (to - from) * part / kParts;
                const std::size_t b = from + (to - from) * (part + 1) / kParts;
                populatePages(static_cast<const char*>(data) + a, b - a);
            };
            slice(index.passages.data(), passageAt[first] * sizeof(Passage), passageAt[last] * sizeof(Passage));
            slice(mentionArray, mentionAt[first] * mentionBytes, mentionAt[last] * mentionBytes);
        });
        index.passages.resize(passageAt[last]);  // within the reserved capacity: nothing moves
        if (records != nullptr) store->records.resize(mentionAt[last]);
        else index.mentions.resize(mentionAt[last]);
        std::vector<std::size_t> batchWeights(weights.begin() + static_cast<std::ptrdiff_t>(first),
                                              weights.begin() + static_cast<std::ptrdiff_t>(last));
        parallelForEach(last - first, threads, batchWeights, [&](std::size_t k) {
            const std::size_t d = first + k;
            DocumentIndex& r = results[d];
            std::move(r.split.passages.begin(), r.split.passages.end(),
                      index.passages.begin() + static_cast<std::ptrdiff_t>(passageAt[d]));
            if (!r.mentions.empty())
                std::move(r.mentions.begin(), r.mentions.end(),
                          index.mentions.begin() + static_cast<std::ptrdiff_t>(mentionAt[d]));
            for (std::size_t i = 0; i < r.records.size(); ++i) {  // passages counted across documents now
                MentionRecord rec = r.records[i];
                rec.passage += static_cast<std::uint32_t>(passageAt[d]);
                store->records[mentionAt[d] + i] = rec;
            }
            r = DocumentIndex{};  // freed on this thread too
        });
        first = last;
    }
    if (records != nullptr) {
        // The names numbered in the order the mentions first use them, one number for each feature id and name
        // (the matcher's variants of a name share it): as the cache file stores them from Mentions, so the file
        // is the same bytes however the index was made.
        const std::vector<std::string> refNames = std::move(store->names);
        const std::size_t refs = refNames.size() / 2;
        std::vector<std::uint32_t> canonical(refs);
        {
            std::unordered_map<std::string, std::uint32_t> firstRef;
            for (std::size_t k = 0; k < refs; ++k)
                canonical[k] = firstRef.try_emplace(refNames[2 * k] + '\0' + refNames[2 * k + 1],
                                                    static_cast<std::uint32_t>(k)).first->second;
        }
        std::vector<std::uint32_t> number(refs, UINT32_MAX);
        store->names.clear();
        for (MentionRecord& rec : store->records) {
            const std::uint32_t ref = canonical[rec.name()];
            if (number[ref] == UINT32_MAX) {
                number[ref] = static_cast<std::uint32_t>(store->names.size() / 2);
                store->names.push_back(refNames[2 * ref]);
                store->names.push_back(refNames[2 * ref + 1]);
            }
            rec.nameAndFlags = MentionRecord::packName(number[ref], rec.adjectival(), rec.hasExtra());
        }
        records->bytes = std::string_view(reinterpret_cast<const char*>(store->records.data()),
                                          store->records.size() * sizeof(MentionRecord));
        records->count = store->records.size();
        records->names.reserve(store->names.size() / 2);
        for (std::size_t k = 0; k + 1 < store->names.size(); k += 2)
            records->names.emplace_back(store->names[k], store->names[k + 1]);
        records->owner = std::move(store);
    }
    return index;
}

CorpusIndex indexCorpusDirectory(const std::filesystem::path& dir, const std::vector<GazetteerFeature>& features,
                                 std::size_t jobs, const DocumentReaders& readers) {
    CorpusLoad load = loadCorpusDirectory(dir, readers);
    return buildCorpusIndex(std::move(load.documents), features, std::move(load.warnings), jobs);
}

}  // namespace atlas::core
