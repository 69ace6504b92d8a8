// On-disk cache of a corpus index, keyed by the bytes of every document, the manifest and the gazetteer.
#include "core/corpus/index_cache.hpp"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <exception>
#include <thread>
#include <type_traits>
#include <unordered_map>

#include "core/corpus/binary_io.hpp"
#include "core/corpus/huge_pages.hpp"

// xxHash (Debian libxxhash-dev), header-only: XXH3 hashes the documents for the key and the cache's payload for
// its checksum, the hundreds of megabytes a large corpus passes through, about three times as fast as contentHash.
#define XXH_INLINE_ALL
#include <xxhash.h>

namespace atlas::core {

namespace {

using detail::Reader;
using detail::Writer;

constexpr char kMagic[8] = {'A', 'T', 'L', 'A', 'S', 'I', 'D', 'X'};
// magic, version, key, payload hash, payload size, where the payload's second section starts
constexpr std::size_t kHeaderSize = 8 + 4 + 8 + 8 + 8 + 8;
static_assert(kHeaderSize == kIndexCacheHeaderBytes);

/// Hash of a large run of bytes (a document, a section of the payload).
std::uint64_t bulkHash(std::string_view bytes) { return XXH3_64bits(bytes.data(), bytes.size()); }

std::uint64_t rotl(std::uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

std::uint64_t finalMix(std::uint64_t h) {  // splitmix64 finaliser
    h ^= h >> 30;
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 27;
    h *= 0x94D049BB133111EBull;
    return h ^ (h >> 31);
}

void writeMeta(Writer& w, const Document& d) {
    w.str(d.meta.file);
    w.optStr(d.meta.title);
    w.optStr(d.meta.author);
    w.optStr(d.meta.outlet);
    w.optStr(d.meta.date);
    w.str(d.meta.language);
    w.optStr(d.meta.url);
    w.u8(d.meta.inManifest ? 1 : 0);
    w.str(d.stem);
}

void readMeta(Reader& r, Document& d) {
    d.meta.file = r.str();
    d.meta.title = r.optStr();
    d.meta.author = r.optStr();
    d.meta.outlet = r.optStr();
    d.meta.date = r.optStr();
    d.meta.language = r.str();
    d.meta.url = r.optStr();
    d.meta.inManifest = r.u8() != 0;
    d.stem = r.str();
}

void writePassage(Writer& w, const Passage& p) {
    w.str(p.id);
    w.u64(p.documentIndex);
    w.ranges(p.ranges);
    w.u8(static_cast<std::uint8_t>(p.kind));
    w.str(p.cleanText);
    w.u64(p.years.size());
    for (const YearSpan& y : p.years) {
        w.i32(y.from);
        w.i32(y.to);
    }
    w.u8(p.footnoteNumber ? 1 : 0);
    if (p.footnoteNumber) w.i32(*p.footnoteNumber);
    w.strings(p.footnoteIds);
    w.strings(p.citedBy);
}

Passage readPassage(Reader& r, const std::vector<Document>& docs, IndexParts parts) {
    Passage p;
    p.id = r.str();
    p.documentIndex = static_cast<std::size_t>(r.u64());
    if (p.documentIndex >= docs.size()) r.invalid();
    p.ranges = r.ranges(r.fail() ? 0 : docs[p.documentIndex].bytes.size());
    const std::uint8_t kind = r.u8();
    if (kind > static_cast<std::uint8_t>(PassageKind::PullQuote)) r.invalid();
    p.kind = static_cast<PassageKind>(kind);
    if (parts == IndexParts::MentionsTable) {  // stepped over, bounds-checked as if read
        r.skipStr();
        r.skip(r.count(8) * 8);
        if (r.u8() != 0) r.i32();
        for (int list = 0; list < 2; ++list)
            for (std::size_t n = r.count(8), i = 0; i < n; ++i) r.skipStr();
        return p;
    }
    p.cleanText = r.str();
    p.years.resize(r.count(8));
    for (YearSpan& y : p.years) {
        y.from = r.i32();
        y.to = r.i32();
    }
    if (r.u8() != 0) p.footnoteNumber = r.i32();
    p.footnoteIds = r.strings();
    p.citedBy = r.strings();
    return p;
}

/// The record of one restored or built Mention, its extra when it has one; false when it cannot be one: its
/// passage is not among the index's (found by `passageOf`), its document or range does not fit.
template <typename PassageOf, typename NameOf>
bool recordOf(const Mention& m, const std::vector<Document>& docs, const PassageOf& passageOf, const NameOf& nameOf,
              MentionRecord& rec, std::optional<MentionRecordExtra>& extra) {
    extra.reset();
    if (m.ranges.empty() || m.documentIndex >= docs.size() || m.end() < m.begin() ||
        m.end() - m.begin() > UINT32_MAX)
        return false;
    const std::size_t passage = passageOf(m);
    if (passage == SIZE_MAX) return false;
    const std::string_view bytes = docs[m.documentIndex].bytes;
    // The text is the document's bytes of the one range: all but names cut by a page break, or a changed text.
    const bool plain = m.ranges.size() == 1 && m.end() <= bytes.size() && bytes.substr(m.begin(), m.end() - m.begin()) == m.text;
    rec.begin = m.begin();
    rec.length = static_cast<std::uint32_t>(m.end() - m.begin());
    rec.passage = static_cast<std::uint32_t>(passage);
    rec.document = static_cast<std::uint32_t>(m.documentIndex);
    rec.nameAndFlags = MentionRecord::packName(nameOf(m), m.adjectival, !plain);
    if (!plain) extra = MentionRecordExtra{0, m.ranges, m.text};
    return true;
}

/// Checks a record against the documents (its name against the names); the passage is checked after the
/// passages are read (recordPassageFits).
bool recordFits(const MentionRecord& r, const std::vector<Document>& docs, std::size_t names) {
    return r.name() < names && r.document < docs.size() && r.begin <= docs[r.document].bytes.size() &&
           r.length <= docs[r.document].bytes.size() - r.begin;
}

bool recordPassageFits(const MentionRecord& r, const std::vector<Passage>& passages) {
    return r.passage < passages.size() && passages[r.passage].documentIndex == r.document;
}

/// Writes the names and extras that follow the records (readNamesAndExtras reads them).
void writeNamesAndExtras(Writer& w, const std::vector<std::pair<std::string_view, std::string_view>>& names,
                         const std::vector<MentionRecordExtra>& extras) {
    w.u64(names.size());
    for (const auto& [id, name] : names) {
        w.str(id);
        w.str(name);
    }
    w.u64(extras.size());
    for (const MentionRecordExtra& e : extras) {
        w.u64(e.record);
        w.ranges(e.pieces);
        w.str(e.text);
    }
}

/// Reads the names and extras that follow the records; false when they are inconsistent with the records.
bool readNamesAndExtras(Reader& r, const MentionRecords& set, const std::vector<Document>& docs,
                        std::vector<std::pair<std::string_view, std::string_view>>& names,
                        std::vector<MentionRecordExtra>& extras) {
    names.resize(r.count(16));
    for (auto& [id, name] : names) {
        id = r.strView();
        name = r.strView();
    }
    extras.resize(r.count(24));
    for (std::size_t k = 0; k < extras.size() && !r.fail(); ++k) {
        MentionRecordExtra& e = extras[k];
        e.record = r.u64();
        if (e.record >= set.count || (k > 0 && e.record <= extras[k - 1].record)) return false;
        const MentionRecord rec = set.at(e.record);
        if (!rec.hasExtra() || rec.document >= docs.size()) return false;
        e.pieces = r.ranges<RangeList>(docs[rec.document].bytes.size());
        if (e.pieces.empty() || e.pieces.front().begin != rec.begin || e.pieces.back().end != rec.end()) return false;
        e.text = r.str();
    }
    return !r.fail();
}

}  // namespace

std::uint64_t contentHash(std::string_view bytes, std::uint64_t seed) {
    std::uint64_t h = seed ^ (bytes.size() * 0x9E3779B97F4A7C15ull);
    std::size_t i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
        std::uint64_t w = 0;
        std::memcpy(&w, bytes.data() + i, 8);
        h = rotl(h ^ (w * 0x9E3779B97F4A7C15ull), 31) * 0xBF58476D1CE4E5B9ull;
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, bytes.data() + i, bytes.size() - i);
    h = rotl(h ^ (tail * 0x9E3779B97F4A7C15ull), 31) * 0xBF58476D1CE4E5B9ull;
    return finalMix(h);
}

std::uint64_t indexCacheKey(const std::vector<Document>& documents, std::string_view manifestBytes,
                            std::string_view gazetteerBytes) {
    std::uint64_t h = contentHash("caucasus-atlas corpus index", kIndexCacheVersion);
    h = contentHash(manifestBytes, h);
    h = contentHash(gazetteerBytes, h);
    // Each document's bytes hashed on the indexing threads, then chained in document order.
    std::vector<std::uint64_t> byteHashes(documents.size());
    std::vector<std::size_t> sizes;
    for (const Document& d : documents) sizes.push_back(d.bytes.size());
    parallelForEach(documents.size(), indexJobs(), sizes,
                    [&](std::size_t i) { byteHashes[i] = bulkHash(documents[i].bytes); });
    for (std::size_t i = 0; i < documents.size(); ++i) {
        const Document& d = documents[i];
        h = contentHash(d.meta.file, h);
        h = finalMix(rotl(h, 23) ^ byteHashes[i]);
        // What a format reader found besides the text (PDF info, HTML meta, page starts) is part of the content.
        for (const auto* field : {&d.meta.title, &d.meta.author, &d.meta.date, &d.meta.note})
            h = contentHash(field->has_value() ? "\1" + **field : std::string("\0", 1), h);
        for (const std::size_t start : d.pageStarts) h = contentHash(std::to_string(start), h);
    }
    return h;
}

namespace {

/// The payload's checksum: the hashes of its two sections (each computed by the thread that reads it) combined.
std::uint64_t sectionsHash(std::uint64_t first, std::uint64_t second) {
    return finalMix(rotl(first, 17) ^ (second * 0x9E3779B97F4A7C15ull));
}

/// Bytes of the payload handed on in pieces of about kPieceBytes as they are made, each hashed into its section.
class PieceWriter {
public:
    static constexpr std::size_t kPieceBytes = std::size_t{1} << 20;

    PieceWriter(const AppendBytes& append, std::uint64_t maxBytes) : m_append(append), m_maxBytes(maxBytes) {
        m_w.out().reserve(kPieceBytes + (kPieceBytes >> 2));
        XXH3_64bits_reset(&m_state);
    }
    Writer& w() { return m_w; }
    /// Hands on what is pending when it is a piece's worth; false once the output refused it or grew too large.
    bool step() { return m_w.out().size() < kPieceBytes ? ok() : flush(); }
    bool flush() {
        std::string& out = m_w.out();
        if (!ok() || out.empty()) return ok();
        XXH3_64bits_update(&m_state, out.data(), out.size());
        m_written += out.size();
        if (kHeaderSize + m_written > m_maxBytes) m_tooLarge = true;
        else if (!m_append(out)) m_refused = true;
        out.clear();
        return ok();
    }
    /// Ends the section being written: its size and hash (the next section starts from a fresh hash).
    std::uint64_t endSection(std::uint64_t& size) {
        flush();
        size = m_written - m_sectionStart;
        m_sectionStart = m_written;
        const std::uint64_t hash = XXH3_64bits_digest(&m_state);
        XXH3_64bits_reset(&m_state);
        return hash;
    }
    [[nodiscard]] bool ok() const { return !m_tooLarge && !m_refused; }
    [[nodiscard]] bool tooLarge() const { return m_tooLarge; }

private:
    const AppendBytes& m_append;
    std::uint64_t m_maxBytes;
    Writer m_w;
    XXH3_state_t m_state{};
    std::uint64_t m_written = 0;
    std::uint64_t m_sectionStart = 0;
    bool m_tooLarge = false;
    bool m_refused = false;
};

}  // namespace

IndexCacheWrite serializeIndexTo(const CorpusIndex& index, std::uint64_t key, const AppendBytes& append,
                                 std::uint64_t maxBytes, std::size_t warnings, const MentionRecords* records) {
    IndexCacheWrite result;
    if (!append(std::string(kHeaderSize, '\0'))) return result;  // filled in last
    PieceWriter out(append, maxBytes);
    Writer& w = out.w();
    w.u64(index.documents.size());
    for (const Document& d : index.documents) writeMeta(w, d);
    w.u64(index.passages.size());
    for (const Passage& p : index.passages) {
        writePassage(w, p);
        if (!out.step()) break;
    }
    std::uint64_t firstSize = 0, secondSize = 0;
    const std::uint64_t firstHash = out.endSection(firstSize);
    // The mentions: their records as they are in memory, then the names and extras the records refer to.
    if (records != nullptr) {
        w.u64(records->count);
        constexpr std::size_t kStep = PieceWriter::kPieceBytes / sizeof(MentionRecord) * sizeof(MentionRecord);
        for (std::size_t at = 0; at < records->bytes.size(); at += kStep) {
            w.bytes(records->bytes.data() + at, std::min(kStep, records->bytes.size() - at));
            if (!out.step()) break;
        }
        writeNamesAndExtras(w, records->names, records->extras);
    } else {
        // Names numbered as they first occur; each mention's passage found by walking the passages beside the
        // mentions (both are in passage order), by id when a mention is out of that order.
        std::vector<std::pair<std::string_view, std::string_view>> names;
        std::unordered_map<std::string, std::uint32_t> nameIds;
        std::string nameKey;
        auto nameOf = [&](const Mention& m) {
            nameKey.assign(m.featureId).push_back('\0');
            nameKey.append(m.name);
            const auto [it, added] = nameIds.try_emplace(nameKey, static_cast<std::uint32_t>(names.size()));
            if (added) names.emplace_back(m.featureId, m.name);  // views into index.mentions, alive while written
            return it->second;
        };
        std::size_t cursor = 0;
        std::unordered_map<std::string_view, std::size_t> passageById;
        auto passageOf = [&](const Mention& m) -> std::size_t {
            const std::vector<Passage>& ps = index.passages;
            if (cursor < ps.size() && ps[cursor].id == m.passageId) return cursor;
            std::size_t p = cursor;
            while (p < ps.size() && ps[p].id != m.passageId) ++p;
            if (p == ps.size()) {
                if (passageById.empty())
                    for (std::size_t i = 0; i < ps.size(); ++i) passageById.try_emplace(ps[i].id, i);
                const auto it = passageById.find(m.passageId);
                if (it == passageById.end()) return SIZE_MAX;
                p = it->second;
            }
            cursor = p;
            return ps[p].documentIndex == m.documentIndex ? p : SIZE_MAX;
        };
        std::vector<MentionRecordExtra> extras;
        std::optional<MentionRecordExtra> extra;
        w.u64(index.mentions.size());
        for (std::size_t i = 0; i < index.mentions.size(); ++i) {
            MentionRecord rec;
            if (!recordOf(index.mentions[i], index.documents, passageOf, nameOf, rec, extra) ||
                names.size() > MentionRecord::kMaxName) {
                result.unfit = true;
                return result;
            }
            if (extra) {
                extra->record = i;
                extras.push_back(std::move(*extra));
            }
            w.bytes(&rec, sizeof rec);
            if (!out.step()) break;
        }
        writeNamesAndExtras(w, names, extras);
    }
    const std::size_t kept = std::min(warnings, index.warnings.size());
    w.u64(kept);
    for (std::size_t i = 0; i < kept; ++i) {
        w.str(index.warnings[i].file);
        w.str(index.warnings[i].message);
    }
    const std::uint64_t secondHash = out.endSection(secondSize);
    result.tooLarge = out.tooLarge();
    if (!out.ok()) return result;
    const std::uint64_t payloadHash = sectionsHash(firstHash, secondHash);
    const std::uint64_t payloadSize = firstSize + secondSize;
    result.header.assign(kHeaderSize, '\0');
    char* h = result.header.data();
    std::memcpy(h, kMagic, 8);
    std::memcpy(h + 8, &kIndexCacheVersion, 4);
    std::memcpy(h + 12, &key, 8);
    std::memcpy(h + 20, &payloadHash, 8);
    std::memcpy(h + 28, &payloadSize, 8);
    std::memcpy(h + 36, &firstSize, 8);
    result.bytes = kHeaderSize + payloadSize;
    return result;
}

std::string serializeIndex(const CorpusIndex& index, std::uint64_t key, const MentionRecords* records) {
    std::string out;
    const IndexCacheWrite written = serializeIndexTo(
        index, key,
        [&](std::string_view piece) {
            out.append(piece);
            return true;
        },
        UINT64_MAX, SIZE_MAX, records);
    if (written.header.empty()) return {};  // a mention that cannot be stored
    out.replace(0, written.header.size(), written.header);
    return out;
}

std::optional<CorpusIndex> deserializeIndex(std::string_view data, std::uint64_t key, std::vector<Document>& documents,
                                            std::string& error, IndexParts parts, MentionRecords* records) {
    Reader header(data.substr(0, std::min(data.size(), kHeaderSize)));
    if (data.size() < kHeaderSize || data.substr(0, 8) != std::string_view(kMagic, 8)) {
        error = "not an index cache file";
        return std::nullopt;
    }
    for (int i = 0; i < 8; ++i) header.u8();
    const std::uint32_t version = header.u32();
    const std::uint64_t storedKey = header.u64();
    const std::uint64_t payloadHash = header.u64();
    const std::uint64_t payloadSize = header.u64();
    const std::uint64_t secondSection = header.u64();
    if (version != kIndexCacheVersion) {
        error = "cache format version " + std::to_string(version) + " (expected " + std::to_string(kIndexCacheVersion) + ")";
        return std::nullopt;
    }
    if (storedKey != key) {
        error = "stale: the corpus or the gazetteer changed";
        return std::nullopt;
    }
    const std::string_view payload = data.substr(kHeaderSize);
    if (payloadSize != payload.size() || secondSection > payload.size()) {
        error = "corrupt: truncated or checksum mismatch";
        return std::nullopt;
    }
    // Two sections, read (each checksummed by its reader) on two threads: the documents and passages; the
    // mentions and warnings. Both readers are bounds-checked, so a corrupt section is safe to read before its
    // checksum is compared.
    const std::string_view first = payload.substr(0, secondSection);
    const std::string_view second = payload.substr(secondSection);
    CorpusIndex index;
    std::vector<Document> metas;  // meta only; applied on success
    std::uint64_t firstHash = 0;
    std::uint64_t secondHash = 0;
    bool firstOk = false;
    bool secondOk = false;
    MentionRecords mentionRecords;
    auto readFirst = [&] {
        firstHash = bulkHash(first);
        Reader r(first);
        if (r.u64() != documents.size()) r.invalid();
        metas.resize(r.fail() ? 0 : documents.size());
        for (std::size_t d = 0; d < metas.size() && !r.fail(); ++d) {
            readMeta(r, metas[d]);
            if (metas[d].meta.file != documents[d].meta.file) r.invalid();
        }
        const std::size_t passageCount = r.count(32);
        index.passages.reserve(passageCount);  // filled right away: huge pages spare ~page faults on large corpora
        adviseHugePages(index.passages.data(), passageCount * sizeof(Passage));
        for (std::size_t i = 0; i < passageCount && !r.fail(); ++i) index.passages.push_back(readPassage(r, documents, parts));
        firstOk = !r.fail() && r.atEnd();
    };
    // The mentions: their records checked against the documents (and, once the passages are read, against
    // those), then left in the data (records given) or restored as Mentions, whose passage ids are set last.
    std::vector<MentionRecordExtra> extras;
    std::vector<std::pair<std::string_view, std::string_view>> names;
    auto readSecond = [&] {
        secondHash = bulkHash(second);
        Reader r(second);
        const std::size_t count = r.count(sizeof(MentionRecord));
        mentionRecords.count = count;
        mentionRecords.bytes = r.bytes(count * sizeof(MentionRecord));
        if (!readNamesAndExtras(r, mentionRecords, documents, names, extras)) r.invalid();
        std::size_t flagged = 0;
        for (std::size_t i = 0; i < count && !r.fail(); ++i) {
            const MentionRecord rec = mentionRecords.at(i);
            if (!recordFits(rec, documents, names.size())) r.invalid();
            flagged += rec.hasExtra() ? 1 : 0;
        }
        if (flagged != extras.size()) r.invalid();
        if (records == nullptr && !r.fail()) {
            index.mentions.reserve(count);
            adviseHugePages(index.mentions.data(), count * sizeof(Mention));
            std::size_t nextExtra = 0;
            for (std::size_t i = 0; i < count; ++i) {
                const MentionRecord rec = mentionRecords.at(i);
                Mention& m = index.mentions.emplace_back();
                const auto& [id, name] = names[rec.name()];
                m.featureId = id;
                m.documentIndex = rec.document;
                m.name = name;
                m.adjectival = rec.adjectival();
                if (rec.hasExtra()) {
                    const MentionRecordExtra& e = extras[nextExtra++];
                    m.ranges = e.pieces;
                    m.text = e.text;
                } else {
                    m.ranges.push_back(ByteRange{rec.begin, rec.end()});
                    m.text = std::string_view(documents[rec.document].bytes).substr(rec.begin, rec.length);
                }
            }
        }
        index.warnings.resize(r.count(16));
        for (std::size_t i = 0; i < index.warnings.size() && !r.fail(); ++i) {
            index.warnings[i].file = r.str();
            index.warnings[i].message = r.str();
        }
        secondOk = !r.fail() && r.atEnd();
    };
    // The mentions on a second thread, the passages on this one: the passages' many heap blocks (clean text,
    // ranges) come from the main heap, which grows cheaply; a second thread's heap grows one mprotect per page.
    if (indexJobs() > 1) {
        std::exception_ptr failure;  // out of memory on the second thread: thrown here, as on this one
        std::thread mentions([&] {
            try {
                readSecond();
            } catch (...) {
                failure = std::current_exception();
            }
        });
        try {
            readFirst();
        } catch (...) {
            mentions.join();
            throw;
        }
        mentions.join();
        if (failure) std::rethrow_exception(failure);
    } else {
        readFirst();
        readSecond();
    }
    if (sectionsHash(firstHash, secondHash) != payloadHash) {
        error = "corrupt: truncated or checksum mismatch";
        return std::nullopt;
    }
    if (!firstOk || !secondOk) {
        error = "corrupt: inconsistent contents";
        return std::nullopt;
    }
    // Each record's passage, now that both are read; a restored Mention takes its passage's id.
    constexpr std::size_t kParts = 16;
    std::atomic<bool> passagesFit{true};
    const std::size_t count = mentionRecords.count;
    parallelForEach(kParts, indexJobs(), {}, [&](std::size_t part) {
        for (std::size_t i = count * part / kParts; i < count * (part + 1) / kParts; ++i) {
            const MentionRecord rec = mentionRecords.at(i);
            if (!recordPassageFits(rec, index.passages)) {
                passagesFit = false;
                return;
            }
            if (records == nullptr) index.mentions[i].passageId = index.passages[rec.passage].id;
        }
    });
    if (!passagesFit) {
        error = "corrupt: inconsistent contents";
        index.mentions.clear();
        return std::nullopt;
    }
    for (std::size_t d = 0; d < metas.size(); ++d) {
        documents[d].meta = std::move(metas[d].meta);
        documents[d].stem = std::move(metas[d].stem);
    }
    index.documents = std::move(documents);
    if (records != nullptr) {
        mentionRecords.names = std::move(names);
        mentionRecords.extras = std::move(extras);
        *records = std::move(mentionRecords);
    }
    return index;
}

bool forEachMentionRecord(const MentionRecords& records, const CorpusIndex& index,
                          const std::function<void(const MentionRow&)>& f, std::size_t from, std::size_t to) {
    to = std::min(to, records.count);
    if (records.bytes.size() / sizeof(MentionRecord) < records.count) return false;
    auto extra = std::lower_bound(records.extras.begin(), records.extras.end(), from,
                                  [](const MentionRecordExtra& e, std::size_t r) { return e.record < r; });
    for (std::size_t i = from; i < to; ++i) {
        const MentionRecord rec = records.at(i);
        if (!recordFits(rec, index.documents, records.names.size()) || !recordPassageFits(rec, index.passages))
            return false;
        MentionRow row;
        const auto& [id, name] = records.names[rec.name()];
        row.featureId = id;
        row.passageId = index.passages[rec.passage].id;
        row.passage = rec.passage;
        row.documentIndex = rec.document;
        row.begin = rec.begin;
        row.end = rec.end();
        if (rec.hasExtra()) {
            while (extra != records.extras.end() && extra->record < i) ++extra;
            if (extra == records.extras.end() || extra->record != i) return false;
            row.text = extra->text;
        } else {
            row.text = std::string_view(index.documents[rec.document].bytes).substr(rec.begin, rec.length);
        }
        row.name = name;
        row.adjectival = rec.adjectival();
        f(row);
    }
    return true;
}

}  // namespace atlas::core
