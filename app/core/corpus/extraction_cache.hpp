// Text extracted from PDF/HTML/DOCX/ODT files, kept on disk per folder so that an unchanged file is not parsed again.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "core/corpus/document.hpp"

namespace atlas::core {

/// Bumped whenever a reader or the file layout changes what a cached extraction would contain.
inline constexpr std::uint32_t kExtractionCacheVersion = 1;

/// What identifies a file's bytes: its size, modification time and a fast hash of the raw file (contentHash).
/// A touched file (same bytes, new mtime) counts as changed and is read again.
struct FileStamp {
    std::uint64_t size = 0;
    std::int64_t mtime = 0;  // file_time_type ticks
    std::uint64_t hash = 0;
    friend bool operator==(const FileStamp&, const FileStamp&) = default;
};

/// Extracted texts of one folder's files, by file name. Not thread-safe: one folder is loaded by one thread.
class ExtractionCache {
public:
    ExtractionCache() = default;
    /// The cache of folder `dir` in `cacheDir` (extract-<hash of the folder>.bin); empty `cacheDir`: nothing is
    /// read or written. A missing file is an empty cache; a corrupt or old one too, with the reason in warning().
    ExtractionCache(const std::filesystem::path& cacheDir, const std::filesystem::path& dir);
    ExtractionCache(const ExtractionCache&) = delete;  // wrap()'s readers point at this object
    ExtractionCache& operator=(const ExtractionCache&) = delete;

    /// `readers` wrapped: each reads the raw file and stamps it; a file whose stamp is cached is not handed to the
    /// real reader, otherwise the reader runs and its result is kept. Failures are not kept (read again next time).
    [[nodiscard]] DocumentReaders wrap(const DocumentReaders& readers);

    /// Writes the cache back (atomically) when something was extracted or a file is gone; entries of files not
    /// seen since the cache was opened are dropped. Returns a warning naming the cache file when it cannot.
    std::optional<CorpusWarning> save();

    [[nodiscard]] std::size_t hits() const { return m_hits; }
    [[nodiscard]] std::size_t misses() const { return m_misses; }
    [[nodiscard]] const std::filesystem::path& file() const { return m_file; }
    /// Why the cache file on disk was ignored (corrupt, other version); empty when it was read or absent.
    [[nodiscard]] const std::string& warning() const { return m_warning; }

    /// Binary form of the entries (for tests and save()); parse() accepts only what serialize() wrote.
    [[nodiscard]] std::string serialize() const;
    bool parse(std::string_view data, std::string& error);

    struct Entry {
        FileStamp stamp;
        ExtractedText text;
    };

private:
    std::optional<ExtractedText> lookup(const std::string& name, const FileStamp& stamp);
    void store(const std::string& name, const FileStamp& stamp, const ExtractedText& text);

    std::filesystem::path m_file;
    std::map<std::string, Entry> m_entries;
    std::set<std::string> m_seen;
    std::string m_warning;
    std::size_t m_hits = 0;
    std::size_t m_misses = 0;
    bool m_dirty = false;
};

/// Size, mtime and raw-bytes hash of a file already read into `bytes`.
FileStamp stampFile(const std::filesystem::path& path, std::string_view bytes);

}  // namespace atlas::core
