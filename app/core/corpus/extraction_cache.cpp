// Extraction cache: stamps files by size, mtime and raw-bytes hash, and keeps what the format readers extracted.
#include "core/corpus/extraction_cache.hpp"

#include <system_error>

#include "core/atomic_file.hpp"
#include "core/corpus/binary_io.hpp"
#include "core/corpus/index_cache.hpp"

namespace atlas::core {

namespace {

constexpr char kMagic[8] = {'A', 'T', 'L', 'A', 'S', 'X', 'T', 'R'};

std::string hex16(std::uint64_t v) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string s(16, '0');
    for (int i = 15; i >= 0; --i, v >>= 4) s[static_cast<std::size_t>(i)] = kDigits[v & 0xF];
    return s;
}

}  // namespace

FileStamp stampFile(const std::filesystem::path& path, std::string_view bytes) {
    FileStamp s;
    s.size = bytes.size();
    std::error_code ec;
    const auto t = std::filesystem::last_write_time(path, ec);
    s.mtime = ec ? 0 : static_cast<std::int64_t>(t.time_since_epoch().count());
    s.hash = contentHash(bytes);
    return s;
}

ExtractionCache::ExtractionCache(const std::filesystem::path& cacheDir, const std::filesystem::path& dir) {
    if (cacheDir.empty()) return;
    std::error_code ec;
    const std::filesystem::path absDir = std::filesystem::weakly_canonical(dir, ec);
    m_file = cacheDir / ("extract-" + hex16(contentHash((ec ? dir : absDir).string())) + ".bin");
    if (!std::filesystem::exists(m_file, ec)) return;
    std::string data;
    std::string error;
    if (!readDocumentFile(m_file, data)) error = "cannot read";
    else parse(data, error);
    if (!error.empty()) {
        m_warning = "extraction cache ignored (" + error + ")";
        m_entries.clear();
        m_dirty = true;  // rewritten with what this run extracts
    }
}

std::optional<ExtractedText> ExtractionCache::lookup(const std::string& name, const FileStamp& stamp) {
    m_seen.insert(name);
    const auto it = m_entries.find(name);
    if (it == m_entries.end() || !(it->second.stamp == stamp)) {
        ++m_misses;
        return std::nullopt;
    }
    ++m_hits;
    return it->second.text;
}

void ExtractionCache::store(const std::string& name, const FileStamp& stamp, const ExtractedText& text) {
    m_entries[name] = Entry{stamp, text};
    m_dirty = true;
}

DocumentReaders ExtractionCache::wrap(const DocumentReaders& readers) {
    if (m_file.empty()) return readers;
    DocumentReaders out;
    for (const auto& [ext, reader] : readers) {
        out[ext] = [this, reader = reader](const std::filesystem::path& path,
                                           std::string& error) -> std::optional<ExtractedText> {
            std::string raw;
            if (!readDocumentFile(path, raw)) return reader(path, error);  // the reader says why
            const FileStamp stamp = stampFile(path, raw);
            raw = std::string();  // a large PDF is not held twice while the reader runs
            const std::string name = path.filename().string();
            if (auto hit = lookup(name, stamp)) return hit;
            auto text = reader(path, error);
            if (text) store(name, stamp, *text);
            return text;
        };
    }
    return out;
}

std::optional<CorpusWarning> ExtractionCache::save() {
    if (m_file.empty()) return std::nullopt;
    for (auto it = m_entries.begin(); it != m_entries.end();) {  // files removed (or no longer read) since
        if (m_seen.count(it->first) == 0) {
            it = m_entries.erase(it);
            m_dirty = true;
        } else {
            ++it;
        }
    }
    if (!m_dirty) return std::nullopt;
    std::error_code ec;
    std::filesystem::create_directories(m_file.parent_path(), ec);
    if (const auto failed = writeFileAtomically(m_file, serialize(), false, Durability::Cache))
        return CorpusWarning{m_file.string(), "extraction cache not written (" + *failed + ")"};
    m_dirty = false;
    return std::nullopt;
}

std::string ExtractionCache::serialize() const {
    detail::Writer w;
    w.out().append(kMagic, 8);
    w.u32(kExtractionCacheVersion);
    detail::Writer body;
    body.u64(m_entries.size());
    for (const auto& [name, e] : m_entries) {
        body.str(name);
        body.u64(e.stamp.size);
        body.u64(static_cast<std::uint64_t>(e.stamp.mtime));
        body.u64(e.stamp.hash);
        body.str(e.text.text);
        body.optStr(e.text.title);
        body.optStr(e.text.author);
        body.optStr(e.text.date);
        body.optStr(e.text.description);
        body.u64(e.text.pageStarts.size());
        for (const std::size_t p : e.text.pageStarts) body.u64(p);
    }
    w.u64(contentHash(body.out()));
    w.out() += body.out();
    return std::move(w.out());
}

bool ExtractionCache::parse(std::string_view data, std::string& error) {
    constexpr std::size_t kHeader = 8 + 4 + 8;
    if (data.size() < kHeader || data.substr(0, 8) != std::string_view(kMagic, 8)) {
        error = "not an extraction cache file";
        return false;
    }
    detail::Reader header(data.substr(8, kHeader - 8));
    const std::uint32_t version = header.u32();
    const std::uint64_t hash = header.u64();
    if (version != kExtractionCacheVersion) {
        error = "version " + std::to_string(version) + " (expected " + std::to_string(kExtractionCacheVersion) + ")";
        return false;
    }
    const std::string_view payload = data.substr(kHeader);
    if (contentHash(payload) != hash) {
        error = "corrupt: truncated or checksum mismatch";
        return false;
    }
    detail::Reader r(payload);
    std::map<std::string, Entry> entries;
    const std::size_t count = r.count(52);  // the smallest entry: empty name and text, no fields, no pages
    for (std::size_t i = 0; i < count && !r.fail(); ++i) {
        std::string name = r.str();
        Entry e;
        e.stamp.size = r.u64();
        e.stamp.mtime = static_cast<std::int64_t>(r.u64());
        e.stamp.hash = r.u64();
        e.text.text = r.str();
        e.text.title = r.optStr();
        e.text.author = r.optStr();
        e.text.date = r.optStr();
        e.text.description = r.optStr();
        e.text.pageStarts.resize(r.count(8));
        for (std::size_t& p : e.text.pageStarts) {
            p = static_cast<std::size_t>(r.u64());
            if (p > e.text.text.size()) r.invalid();
        }
        entries[std::move(name)] = std::move(e);
    }
    if (r.fail() || !r.atEnd()) {
        error = "corrupt: inconsistent contents";
        return false;
    }
    m_entries = std::move(entries);
    return true;
}

}  // namespace atlas::core
