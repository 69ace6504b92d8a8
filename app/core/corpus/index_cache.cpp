// On-disk cache of a corpus index, keyed by the bytes of every document, the manifest and the gazetteer.
#include "core/corpus/index_cache.hpp"

#include <algorithm>
#include <cstring>
#include <exception>
#include <thread>
#include <type_traits>

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

// A mention record's flags: an adjectival prefix in the text; the text is stored (else it is the document's bytes
// of the mention's one range, as it is for all but names cut by a page break or read from a changed document).
constexpr std::uint8_t kAdjectival = 1;
constexpr std::uint8_t kTextStored = 2;

void writeMention(Writer& w, const Mention& m, const std::vector<Document>& docs) {
    w.str(m.featureId);
    w.str(m.passageId);
    w.u64(m.documentIndex);
    w.ranges(m.ranges);
    const bool textInDocument = m.ranges.size() == 1 && m.documentIndex < docs.size() &&
                                m.end() <= docs[m.documentIndex].bytes.size() &&
                                std::string_view(docs[m.documentIndex].bytes).substr(m.begin(), m.end() - m.begin()) ==
                                    m.text;
    w.u8(static_cast<std::uint8_t>((m.adjectival ? kAdjectival : 0) | (textInDocument ? 0 : kTextStored)));
    if (!textInDocument) w.str(m.text);
    w.str(m.name);
}

/// One mention record as views into the bytes; its pieces go to `ranges` when given.
MentionRow readMentionRow(Reader& r, const std::vector<Document>& docs, RangeList* ranges) {
    MentionRow m;
    m.featureId = r.strView();
    m.passageId = r.strView();
    m.documentIndex = static_cast<std::size_t>(r.u64());
    if (m.documentIndex >= docs.size()) r.invalid();
    const std::size_t limit = r.fail() ? 0 : docs[m.documentIndex].bytes.size();
    const std::size_t pieces = r.count(16);
    if (pieces == 0) r.invalid();
    for (std::size_t i = 0; i < pieces; ++i) {
        ByteRange b;
        b.begin = r.u64();
        b.end = r.u64();
        if (b.begin > b.end || b.end > limit) r.invalid();
        if (i == 0) m.begin = b.begin;
        m.end = b.end;
        if (ranges != nullptr) ranges->push_back(b);
    }
    const std::uint8_t flags = r.u8();
    if ((flags & ~(kAdjectival | kTextStored)) != 0) r.invalid();
    m.adjectival = (flags & kAdjectival) != 0;
    if ((flags & kTextStored) != 0) m.text = r.strView();
    else if (pieces == 1 && !r.fail()) m.text = std::string_view(docs[m.documentIndex].bytes).substr(m.begin, m.end - m.begin);
    else r.invalid();
    m.name = r.strView();
    return m;
}

Mention readMention(Reader& r, const std::vector<Document>& docs) {
    Mention m;
    const MentionRow row = readMentionRow(r, docs, &m.ranges);
    m.featureId = row.featureId;
    m.passageId = row.passageId;
    m.documentIndex = row.documentIndex;
    m.text = row.text;
    m.name = row.name;
    m.adjectival = row.adjectival;
    return m;
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
                                 std::uint64_t maxBytes, std::size_t warnings) {
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
    w.u64(index.mentions.size());
    for (const Mention& m : index.mentions) {
        writeMention(w, m, index.documents);
        if (!out.step()) break;
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

std::string serializeIndex(const CorpusIndex& index, std::uint64_t key) {
    std::string out;
    const IndexCacheWrite written = serializeIndexTo(index, key, [&](std::string_view piece) {
        out.append(piece);
        return true;
    });
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
    auto readSecond = [&] {
        secondHash = bulkHash(second);
        Reader r(second);
        const std::size_t mentionCount = r.count(32);
        if (records != nullptr) {  // checked record by record, left where they are
            const std::size_t start = second.size() - r.remaining();
            mentionRecords.marks.reserve(mentionCount / kMentionRecordMarkStep + 1);
            for (std::size_t i = 0; i < mentionCount && !r.fail(); ++i) {
                if (i % kMentionRecordMarkStep == 0) mentionRecords.marks.push_back(second.size() - r.remaining() - start);
                (void)readMentionRow(r, documents, nullptr);
            }
            mentionRecords.bytes = second.substr(start, second.size() - r.remaining() - start);
            mentionRecords.count = mentionCount;
        } else {
            index.mentions.reserve(mentionCount);
            adviseHugePages(index.mentions.data(), mentionCount * sizeof(Mention));
            for (std::size_t i = 0; i < mentionCount && !r.fail(); ++i)
                index.mentions.push_back(readMention(r, documents));
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
    for (std::size_t d = 0; d < metas.size(); ++d) {
        documents[d].meta = std::move(metas[d].meta);
        documents[d].stem = std::move(metas[d].stem);
    }
    index.documents = std::move(documents);
    if (records != nullptr) *records = mentionRecords;
    return index;
}

bool forEachMentionRecord(const MentionRecords& records, const std::vector<Document>& documents,
                          const std::function<void(const MentionRow&)>& f, std::size_t from, std::size_t to) {
    to = std::min(to, records.count);
    if (from >= to) return true;
    // Start at the last mark at or before `from` (the first record when there are no marks).
    std::size_t i = 0;
    std::size_t offset = 0;
    if (!records.marks.empty()) {
        const std::size_t k = std::min(from / kMentionRecordMarkStep, records.marks.size() - 1);
        i = k * kMentionRecordMarkStep;
        offset = records.marks[k];
    }
    if (offset > records.bytes.size()) return false;
    Reader r(records.bytes.substr(offset));
    for (; i < to; ++i) {
        const MentionRow row = readMentionRow(r, documents, nullptr);
        if (r.fail()) return false;
        if (i >= from) f(row);
    }
    return to < records.count || r.atEnd();
}

}  // namespace atlas::core
