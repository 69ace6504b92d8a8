// On-disk cache of a corpus index, keyed by the bytes of every document, the manifest and the gazetteer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/atomic_file.hpp"
#include "core/corpus/corpus_index.hpp"

namespace atlas::core {

/// Bumped whenever the splitter, matcher or the file layout changes what a cached index would contain.
/// 2: documents without a manifest language get a guessed one; 3: inflected forms, route compounds, adjectival
/// prefixes; 4: PDF/HTML/DOCX/ODT readers, titles from the text; 5: generated transliteration variants; 6: Russian adjectival names of provinces and districts;
/// 8: the payload in two sections (documents and passages; mentions and warnings), read and checksummed on two threads;
/// 9: documents (for the key) and the payload's sections (for the checksum) hashed with XXH3;
/// 10: the second section's offset in the header (the file is written as it is serialised); a mention's text left
/// out where it is its document's bytes;
/// 11: mentions as fixed-size records (MentionRecord: 24 bytes, no strings) followed by the names they refer to
/// and the extras of names cut in pieces.
inline constexpr std::uint32_t kIndexCacheVersion = 11;

/// Bytes of an index cache file's header: magic, version, key, payload checksum and size, second section's offset.
inline constexpr std::size_t kIndexCacheHeaderBytes = 44;

/// Fast non-cryptographic 64-bit hash of bytes (8 bytes a step; for cache keys, not security).
std::uint64_t contentHash(std::string_view bytes, std::uint64_t seed = 0);

/// Key of an index: format version + every document's name, bytes (extracted text for PDF/HTML/DOCX/ODT), reader
/// metadata and page starts + manifest bytes + gazetteer bytes.
std::uint64_t indexCacheKey(const std::vector<Document>& documents, std::string_view manifestBytes,
                            std::string_view gazetteerBytes);

/// Binary form of `index` (document bytes are not stored: the documents are re-read to compute the key).
std::string serializeIndex(const CorpusIndex& index, std::uint64_t key, const MentionRecords* records = nullptr);

/// What serializeIndexTo made.
struct IndexCacheWrite {
    std::string header;     // kIndexCacheHeaderBytes to write over the file's start; empty when it stopped early
    std::uint64_t bytes = 0;  // the whole file's size
    bool tooLarge = false;    // stopped: the file would have been larger than maxBytes
    bool unfit = false;       // stopped: a mention whose passage is not among the index's cannot be stored
};

/// serializeIndex in pieces of about 1 MiB handed to `append` as they are made (a placeholder header first), so
/// that the cache of a large corpus is never held whole; the header is known, and returned, only at the end. Stops
/// early (empty header) when `append` refuses a piece or the file would pass `maxBytes`. Only the first `warnings`
/// of the index's warnings are kept (those the index was built with, not ones said about the cache since). The
/// mentions are `records` when given (an index made for the mentions table: index.mentions is empty), else the
/// index's Mentions, turned into records as they are written.
IndexCacheWrite serializeIndexTo(const CorpusIndex& index, std::uint64_t key, const AppendBytes& append,
                                 std::uint64_t maxBytes = UINT64_MAX, std::size_t warnings = SIZE_MAX,
                                 const MentionRecords* records = nullptr);

/// What an index read back from the cache holds. MentionsTable: what the mentions table (`index --csv`,
/// writeMentionsCsv) reads — every mention, as records (CachedIndex::mentionRecords), and passages with their id,
/// document, ranges and kind only (clean text, years and footnote links left empty) — so the corpus's text is not
/// copied out of the cache. The cache is checked whole either way. An index built afresh (no cache, or a stale
/// one) has every passage whole, and with MentionsTable its mentions as records too (what the table and the cache
/// file read: no Mention is made).
enum class IndexParts { All, MentionsTable };

/// Calls `f` with records [from, to) of `records` (to clamped to count), in index order, as rows viewing the
/// records' names and extras, `index`'s passages (ids) and documents (texts). False at the first record that does
/// not fit `index` (deserializeIndex has checked every record before it hands them out, so only records read with
/// another index can fail).
bool forEachMentionRecord(const MentionRecords& records, const CorpusIndex& index,
                          const std::function<void(const MentionRow&)>& f, std::size_t from = 0,
                          std::size_t to = SIZE_MAX);

/// Restores an index written by serializeIndex for the same `documents` (moved in on success). On a bad magic,
/// version, key, checksum, or any inconsistency, returns nullopt and says why in `error`. With `records` given,
/// the mentions are checked as they would be restored but left in `data` (the index's `mentions` stay empty):
/// `*records` views them, and is valid while `data` is.
std::optional<CorpusIndex> deserializeIndex(std::string_view data, std::uint64_t key, std::vector<Document>& documents,
                                            std::string& error, IndexParts parts = IndexParts::All,
                                            MentionRecords* records = nullptr);

/// $ATLAS_CACHE_DIR, else $XDG_CACHE_HOME/caucasus-atlas, else $HOME/.cache/caucasus-atlas; empty when none is set.
std::filesystem::path defaultIndexCacheDir();

/// The index cache is written only while it is at most this many times the size of the corpus text (plus 1 MiB),
/// so that a pathological corpus cannot fill the disk with a cache.
inline constexpr std::size_t kIndexCacheShare = 3;
inline std::size_t maxIndexCacheBytes(std::size_t corpusBytes) { return kIndexCacheShare * corpusBytes + (1u << 20); }

/// When an index built afresh is written to its cache file: before buildCorpusIndexCached returns, or by the caller
/// (CachedIndex::pendingCacheWrite), which may write it while it prints the index.
enum class CacheWrite { Now, Deferred };

struct CachedIndex {
    CorpusIndex index;
    /// With CacheWrite::Deferred and an index built afresh: writes the cache file of this index (unchanged
    /// but for the warnings about the caches added after it was built, which are not stored; it only reads it, so
    /// it may run beside other readers) and returns the warning a write that failed or was refused gives (which
    /// CacheWrite::Now puts in index.warnings). Empty when there is nothing to write.
    std::function<std::optional<CorpusWarning>(const CachedIndex&)> pendingCacheWrite;
    /// With IndexParts::MentionsTable: the mentions as records (index.mentions is then empty), left in the mapped
    /// cache file when read back, made as records when built afresh. forEachMention reads them wherever they are.
    std::optional<MentionRecords> mentionRecords;
    bool fromCache = false;
    bool staleRebuilt = false;        // a cache for older contents was found and replaced (not a warning)
    std::filesystem::path cacheFile;  // empty when caching is off
    std::size_t extractions = 0;      // files a format reader parsed (not found in the extraction cache)
    std::size_t extractionHits = 0;   // files whose extracted text came from the extraction cache
};

/// How many mentions `cached` has, wherever they are.
std::size_t mentionCount(const CachedIndex& cached);
/// Mentions [from, to) of `cached` in index order: from index.mentions, or from the cache file's records.
void forEachMention(const CachedIndex& cached, const std::function<void(const MentionRow&)>& f, std::size_t from = 0,
                    std::size_t to = SIZE_MAX);

/// The index cache file of a corpus folder in `cacheDir`; `extraKey` tells apart corpora read from the same folder
/// with something more (a workspace).
std::filesystem::path indexCacheFile(const std::filesystem::path& cacheDir, const std::filesystem::path& corpusDir,
                                     std::string_view extraKey = {});

/// buildCorpusIndex through the cache file `cacheFile` (empty = no cache), keyed by the loaded documents, their
/// load warnings, the manifest bytes (all manifests that fed the documents) and the gazetteer bytes.
/// A corrupt, stale or unwritable cache file gives a warning naming it and never stops indexing.
CachedIndex buildCorpusIndexCached(CorpusLoad load, const std::vector<GazetteerFeature>& features,
                                   std::string_view manifestBytes, std::string_view gazetteerBytes,
                                   const std::filesystem::path& cacheFile,
                                   std::size_t jobs = 0, IndexProgress* progress = nullptr,
                                   IndexParts parts = IndexParts::All, CacheWrite write = CacheWrite::Now);

/// indexCorpusDirectory through the caches in `cacheDir` (empty = no cache): the text of PDF/HTML/DOCX/ODT files
/// through an ExtractionCache (an unchanged file is not parsed again), then an unchanged corpus is read back,
/// otherwise it is indexed and the cache rewritten (atomically: core::writeFileAtomically). A corrupt, stale or unwritable cache file gives a warning
/// (in index.warnings, naming the cache file) and never stops indexing.
CachedIndex indexCorpusCached(const std::filesystem::path& corpusDir, const std::vector<GazetteerFeature>& features,
                              std::string_view gazetteerBytes, const std::filesystem::path& cacheDir,
                              std::size_t jobs = 0, const DocumentReaders& readers = {},
                              IndexParts parts = IndexParts::All, CacheWrite write = CacheWrite::Now);

}  // namespace atlas::core
