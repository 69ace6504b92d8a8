// Index cache on disk: where it lives, and indexing through the cache (written with core::writeFileAtomically).
#include <algorithm>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <system_error>

#include "core/atomic_file.hpp"
#include "core/corpus/extraction_cache.hpp"
#include "core/corpus/index_cache.hpp"
#include "core/corpus/mapped_file.hpp"

namespace atlas::core {

namespace {

std::string hex16(std::uint64_t v) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string s(16, '0');
    for (int i = 15; i >= 0; --i, v >>= 4) s[static_cast<std::size_t>(i)] = kDigits[v & 0xF];
    return s;
}

}  // namespace

std::filesystem::path defaultIndexCacheDir() {
    auto env = [](const char* name) -> std::string {
        const char* v = std::getenv(name);
        return v != nullptr ? std::string(v) : std::string();
    };
    if (const std::string d = env("ATLAS_CACHE_DIR"); !d.empty()) return d;
    if (const std::string d = env("XDG_CACHE_HOME"); !d.empty()) return std::filesystem::path(d) / "caucasus-atlas";
    if (const std::string d = env("HOME"); !d.empty()) return std::filesystem::path(d) / ".cache" / "caucasus-atlas";
    return {};
}

std::filesystem::path indexCacheFile(const std::filesystem::path& cacheDir, const std::filesystem::path& corpusDir,
                                     std::string_view extraKey) {
    std::error_code ec;
    const std::filesystem::path absDir = std::filesystem::weakly_canonical(corpusDir, ec);
    std::string name = (ec ? corpusDir : absDir).string();
    if (!extraKey.empty()) name += '\n' + std::string(extraKey);
    return cacheDir / ("index-" + hex16(contentHash(name)) + ".bin");
}

std::size_t mentionCount(const CachedIndex& cached) {
    return cached.mentionRecords ? cached.mentionRecords->count : cached.index.mentions.size();
}

void forEachMention(const CachedIndex& cached, const std::function<void(const MentionRow&)>& f, std::size_t from,
                    std::size_t to) {
    if (!cached.mentionRecords) {
        const auto& mentions = cached.index.mentions;
        for (std::size_t i = from; i < std::min(to, mentions.size()); ++i) f(MentionRow::of(mentions[i]));
        return;
    }
    if (!forEachMentionRecord(*cached.mentionRecords, cached.index, f, from, to))
        throw std::runtime_error(cached.cacheFile.string() + ": index cache changed while it was read");
}

namespace {

/// Writes the cache file of `index` under `key`; the warning when it was not written.
std::optional<CorpusWarning> writeIndexCache(const CorpusIndex& index, const MentionRecords* records,
                                             std::uint64_t key, const std::filesystem::path& cacheFile,
                                             std::size_t warnings) {
    std::error_code ec;
    std::filesystem::create_directories(cacheFile.parent_path(), ec);
    std::size_t corpusBytes = 0;
    for (const Document& d : index.documents) corpusBytes += d.bytes.size();
    // Written as it is serialised, in 1 MiB pieces (the cache of 100 MB of text is ~237 MB), its header last.
    const std::uint64_t maxBytes = maxIndexCacheBytes(corpusBytes);
    bool tooLarge = false;
    const auto failed = writeFileAtomically(
        cacheFile,
        [&](const AppendBytes& append, const OverwriteBytes& overwrite) -> std::optional<std::string> {
            const IndexCacheWrite written = serializeIndexTo(index, key, append, maxBytes, warnings, records);
            tooLarge = written.tooLarge;
            if (tooLarge) return "too large";
            if (written.unfit) return "a mention's passage is not in the index";
            if (!written.header.empty()) (void)overwrite(0, written.header);
            return std::nullopt;  // a refused write is reported by writeFileAtomically
        },
        false, Durability::Cache);
    if (tooLarge)
        return CorpusWarning{cacheFile.string(), "index cache not written: it would be more than " +
                                                     std::to_string(kIndexCacheShare) + " times the corpus (" +
                                                     std::to_string(corpusBytes >> 20) + " MiB; the limit is " +
                                                     std::to_string(maxBytes >> 20) + " MiB)"};
    if (failed) return CorpusWarning{cacheFile.string(), "index cache not written (" + *failed + ")"};
    return std::nullopt;
}

}  // namespace

CachedIndex buildCorpusIndexCached(CorpusLoad load, const std::vector<GazetteerFeature>& features,
                                   std::string_view manifestBytes, std::string_view gazetteerBytes,
                                   const std::filesystem::path& cacheFile,
                                   std::size_t jobs, IndexProgress* progress, IndexParts parts, CacheWrite write) {
    CachedIndex result;
    result.cacheFile = cacheFile;
    // Built afresh for the mentions table: its mentions made as records (what the table and the cache file read).
    auto build = [&] {
        MentionRecords records;
        const bool asRecords = parts == IndexParts::MentionsTable;
        result.index = buildCorpusIndex(std::move(load.documents), features, std::move(load.warnings), jobs, progress,
                                        asRecords ? &records : nullptr);
        if (asRecords) result.mentionRecords = std::move(records);
    };
    if (cacheFile.empty()) {
        build();
        return result;
    }
    std::uint64_t key = indexCacheKey(load.documents, manifestBytes, gazetteerBytes);
    for (const CorpusWarning& w : load.warnings)  // a file that cannot be read (a locked PDF) is no document: key it
        key = contentHash(w.file + '\n' + w.message, key);
    std::vector<CorpusWarning> cacheWarnings;
    std::error_code ec;
    if (std::filesystem::exists(result.cacheFile, ec)) {
        std::string error;
        // Mapped, not copied: read once by the checksum and once by the deserializer. The mentions table's
        // mentions stay in the mapping (kept alive by the records) and are read from it as the table is written.
        auto data = std::make_shared<MappedFile>();
        MentionRecords records;
        const bool leaveMentions = parts == IndexParts::MentionsTable;
        if (!data->open(result.cacheFile)) {
            error = "cannot read";
        } else if (auto cached = deserializeIndex(data->bytes(), key, load.documents, error, parts,
                                                  leaveMentions ? &records : nullptr)) {
            result.index = std::move(*cached);
            result.fromCache = true;
            if (leaveMentions) {
                records.owner = std::move(data);
                result.mentionRecords = std::move(records);
            }
            return result;
        }
        // A stale cache is what every edit of a document or of the gazetteer leaves: rebuilt without a word. A
        // corrupt or unreadable one is worth a line.
        result.staleRebuilt = error.starts_with("stale");
        if (!result.staleRebuilt)
            cacheWarnings.push_back({result.cacheFile.string(), "index cache ignored (" + error + "); rebuilt"});
    }
    build();
    // The warnings the index was built with are stored; what is said about the caches from here on is not.
    const std::size_t builtWarnings = result.index.warnings.size();
    if (write == CacheWrite::Deferred) {
        result.pendingCacheWrite = [key, file = result.cacheFile, builtWarnings](const CachedIndex& built) {
            return writeIndexCache(built.index, built.mentionRecords ? &*built.mentionRecords : nullptr, key, file,
                                   builtWarnings);
        };
    } else if (auto warning = writeIndexCache(result.index, result.mentionRecords ? &*result.mentionRecords : nullptr,
                                              key, result.cacheFile, builtWarnings)) {
        cacheWarnings.push_back(std::move(*warning));
    }
    result.index.warnings.insert(result.index.warnings.end(), cacheWarnings.begin(), cacheWarnings.end());
    return result;
}

CachedIndex indexCorpusCached(const std::filesystem::path& corpusDir, const std::vector<GazetteerFeature>& features,
                              std::string_view gazetteerBytes, const std::filesystem::path& cacheDir, std::size_t jobs,
                              const DocumentReaders& readers, IndexParts parts, CacheWrite write) {
    // Extracted PDF/HTML/DOCX/ODT text comes from its own cache, so an unchanged corpus runs no format parser.
    ExtractionCache extractions(cacheDir, corpusDir);
    CorpusLoad load = loadCorpusDirectory(corpusDir, extractions.wrap(readers));
    std::vector<CorpusWarning> extractionWarnings;
    if (!extractions.warning().empty()) extractionWarnings.push_back({extractions.file().string(), extractions.warning()});
    if (auto w = extractions.save()) extractionWarnings.push_back(std::move(*w));
    if (cacheDir.empty()) return buildCorpusIndexCached(std::move(load), features, {}, {}, {}, jobs);
    const std::string manifest = readWholeFile(corpusDir / "manifest.json").value_or(std::string());
    CachedIndex result = buildCorpusIndexCached(std::move(load), features, manifest, gazetteerBytes,
                                                indexCacheFile(cacheDir, corpusDir), jobs, nullptr, parts, write);
    result.extractions = extractions.misses();
    result.extractionHits = extractions.hits();
    result.index.warnings.insert(result.index.warnings.end(), extractionWarnings.begin(), extractionWarnings.end());
    return result;
}

}  // namespace atlas::core
