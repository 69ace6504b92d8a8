// Output of the corpus index: one JSON document (documents, passages, features, mentions) and CSV tables.
#include "core/corpus/index_output.hpp"

#include <algorithm>
#include <charconv>
#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>
#include <type_traits>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "core/corpus/index_cache.hpp"
#include "core/corpus/link_index.hpp"
#include "core/gazetteer/gazetteer_json.hpp"
#include "core/text/utf8.hpp"

namespace atlas::core {

namespace {

std::string primaryName(const GazetteerFeature& f) {
    for (const Name& n : f.names)
        if (n.primary) return n.text;
    return f.names.empty() ? f.id : f.names.front().text;
}

/// True when a CSV field must be quoted. A plain loop: string_view::find_first_of with a set of four calls memchr
/// over the set once per byte of the field, which was a tenth of a warm `index --csv`.
bool needsQuotes(std::string_view s) {
    for (const char c : s)
        if (c == ',' || c == '"' || c == '\r' || c == '\n') return true;
    return false;
}

void appendCsvField(std::string& out, std::string_view s) {
    if (!needsQuotes(s)) {
        out += s;
        return;
    }
    out.push_back('"');
    for (char c : s) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

void appendNumber(std::string& out, std::size_t v) {
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, v).ptr;
    out.append(digits, static_cast<std::size_t>(end - digits));
}

std::string csvField(const std::string& s) {
    std::string out;
    appendCsvField(out, s);
    return out;
}

}  // namespace

namespace {

/// Writes JSON as nlohmann::json's dump(1, ' ', false, replace) prints the same values (the format `index --json`
/// has always had: one space of indent a level, every array and object across lines, "{}" and "[]" when empty,
/// UTF-8 as it is), but straight into a string as the values come: no tree of the 1.3 million mentions, their
/// ranges and the 230,000 passages' texts is built first (that tree took 20 s and gigabytes for a 100 MB corpus).
class PrettyJson {
public:
    explicit PrettyJson(std::string& out) : m_out(out) {}
    /// Continues inside `depth` open arrays or objects (the innermost with no element yet when `first`): a block of
    /// an array's elements formatted apart from the rest.
    PrettyJson(std::string& out, std::size_t depth, bool first) : m_out(out), m_first(depth, false) {
        if (depth > 0) m_first.back() = first;
    }
    /// Elements of the innermost array were written elsewhere (by such blocks).
    void continued(bool any) {
        if (any && !m_first.empty()) m_first.back() = false;
    }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    void key(std::string_view k) {
        element();
        string(k);
        m_out += ": ";
        m_afterKey = true;
    }
    void value(std::string_view s) {
        element();
        string(s);
    }
    void value(const std::string& s) { value(std::string_view(s)); }
    void value(const char* s) { value(std::string_view(s)); }
    void value(bool b) {
        element();
        m_out += b ? "true" : "false";
    }
    template <typename Int>
        requires std::is_integral_v<Int>
    void value(Int v) {
        element();
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, v).ptr;
        m_out.append(digits, static_cast<std::size_t>(end - digits));
    }
    void null() {
        element();
        m_out += "null";
    }
    template <typename T>
    void optional(const std::optional<T>& v) {
        if (v) value(*v);
        else null();
    }
    template <typename T>
    void member(std::string_view k, const T& v) {
        key(k);
        value(v);
    }
    void strings(std::string_view k, const std::vector<std::string>& list) {
        key(k);
        beginArray();
        for (const std::string& s : list) value(s);
        endArray();
    }
    template <typename Ranges>  // std::vector<ByteRange> or RangeList
    void ranges(const Ranges& list) {
        key("ranges");
        beginArray();
        for (const ByteRange& r : list) {
            beginArray();
            value(r.begin);
            value(r.end);
            endArray();
        }
        endArray();
    }

private:
    void open(char bracket) {
        element();
        m_out.push_back(bracket);
        m_first.push_back(true);
    }
    void close(char bracket) {
        const bool empty = m_first.back();
        m_first.pop_back();
        if (!empty) {
            m_out.push_back('\n');
            m_out.append(m_first.size(), ' ');
        }
        m_out.push_back(bracket);
    }
    /// What comes before a value: nothing after a key; else a comma after an earlier element, a line break and
    /// the level's indent.
    void element() {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_first.empty()) return;  // the top-level value
        if (!m_first.back()) m_out.push_back(',');
        m_first.back() = false;
        m_out.push_back('\n');
        m_out.append(m_first.size(), ' ');
    }
    void string(std::string_view s) {
        if (findInvalidUtf8(s).sequences != 0) {
            // Malformed UTF-8 (a file name, say): each bad sequence becomes U+FFFD exactly as nlohmann's replace
            // handler decides, by letting it print this one string.
            m_out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
            return;
        }
        m_out.push_back('"');
        std::size_t run = 0;  // start of the bytes not yet copied
        for (std::size_t i = 0; i < s.size(); ++i) {
            const auto c = static_cast<unsigned char>(s[i]);
            if (c >= 0x20 && c != '"' && c != '\\') continue;
            m_out.append(s.data() + run, i - run);
            run = i + 1;
            switch (c) {
                case '"': m_out += "\\\""; break;
                case '\\': m_out += "\\\\"; break;
                case '\b': m_out += "\\b"; break;
                case '\f': m_out += "\\f"; break;
                case '\n': m_out += "\\n"; break;
                case '\r': m_out += "\\r"; break;
                case '\t': m_out += "\\t"; break;
                default: {
                    static constexpr char kHex[] = "0123456789abcdef";
                    m_out += "\\u00";
                    m_out.push_back(kHex[c >> 4]);
                    m_out.push_back(kHex[c & 0xF]);
                }
            }
        }
        m_out.append(s.data() + run, s.size() - run);
        m_out.push_back('"');
    }

    std::string& m_out;
    std::vector<bool> m_first;  // per open array or object: no element written yet
    bool m_afterKey = false;
};

}  // namespace

namespace {

/// Passage id -> the first passage with that id (what LinkIndex::passageIndex answers), as an open-addressing
/// table of passage numbers: no node per passage and no copy of the ids (a std::unordered_map of 230,000 ids was a
/// tenth of a warm `index --csv`).
class PassageIds {
public:
    explicit PassageIds(const std::vector<Passage>& passages) : m_passages(passages), m_first(passages.size()) {
        if (passages.size() >= kEmpty) throw std::length_error("more passages than the mentions table can number");
        std::size_t size = 16;
        while (size < 2 * passages.size()) size <<= 1;
        m_slots.assign(size, Slot{});
        m_mask = size - 1;
        for (std::size_t i = 0; i < passages.size(); ++i) {
            const std::uint64_t h = contentHash(passages[i].id);
            const auto tag = static_cast<std::uint32_t>(h >> 32);
            for (std::size_t s = h & m_mask;; s = (s + 1) & m_mask) {
                Slot& slot = m_slots[s];
                if (slot.passage == kEmpty) {
                    slot = {static_cast<std::uint32_t>(i), tag};
                    m_first[i] = true;
                    break;
                }
                if (slot.tag == tag && passages[slot.passage].id == passages[i].id) break;  // an earlier one has it
            }
        }
    }
    /// The first passage with `id`, or the number of passages when none has it.
    [[nodiscard]] std::size_t find(std::string_view id) const {
        const std::uint64_t h = contentHash(id);
        const auto tag = static_cast<std::uint32_t>(h >> 32);
        for (std::size_t s = h & m_mask;; s = (s + 1) & m_mask) {
            const Slot& slot = m_slots[s];
            if (slot.passage == kEmpty) return m_passages.size();
            if (slot.tag == tag && m_passages[slot.passage].id == id) return slot.passage;
        }
    }
    /// Whether no earlier passage has passage i's id.
    [[nodiscard]] bool first(std::size_t i) const { return m_first[i]; }

private:
    static constexpr std::uint32_t kEmpty = UINT32_MAX;
    struct Slot {
        std::uint32_t passage = kEmpty;
        std::uint32_t tag = 0;  // high half of the id's hash: most unequal ids are told apart without a compare
    };
    const std::vector<Passage>& m_passages;
    std::vector<bool> m_first;
    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
};

/// Formats rows of the mentions table.
class RowFormatter {
public:
    RowFormatter(const CorpusIndex& index, const PassageIds& passageIds) : m_index(index), m_passageIds(passageIds) {}

    void row(const MentionRow& m, std::string& out) {  // appended in place: no temporary strings per line
        appendCsvField(out, m.featureId);
        out.push_back(',');
        appendCsvField(out, m_index.documents[m.documentIndex].meta.file);
        out.push_back(',');
        appendCsvField(out, m.passageId);
        out.push_back(',');
        const std::size_t pi = m.passage < m_index.passages.size() ? m.passage : findPassage(m.passageId);
        if (pi < m_index.passages.size()) {
            out += passageKindName(m_index.passages[pi].kind);
            m_cursor = pi;
        }
        out.push_back(',');
        appendNumber(out, m.begin);
        out.push_back(',');
        appendNumber(out, m.end);
        out.push_back(',');
        appendCsvField(out, m.text);
        out += m.adjectival ? ",true," : ",false,";
        if (const std::optional<int> page = m_index.documents[m.documentIndex].pageOf(m.begin))
            appendNumber(out, static_cast<std::size_t>(*page));
        out += "\r\n";
    }

private:
    // Mentions come in passage order: the passage of a mention is the last one's or one of the next few.
    [[nodiscard]] std::size_t findPassage(std::string_view id) const {
        const auto& passages = m_index.passages;
        for (std::size_t i = m_cursor; i < passages.size() && i < m_cursor + 8; ++i)
            if (m_passageIds.first(i) && passages[i].id == id) return i;
        return m_passageIds.find(id);
    }
    const CorpusIndex& m_index;
    const PassageIds& m_passageIds;
    std::size_t m_cursor = 0;
};

/// Rows a block of the table has: formatted on one thread, handed to the sink in order.
constexpr std::size_t kRowsPerBlock = std::size_t{1} << 14;

/// A formatted block of output: its text, cut after a row (or element) each time a piece reached the chunk size.
struct Block {
    std::string text;
    std::vector<std::size_t> cuts;  // end of each piece
};

/// `blocks` blocks of output, `format(i, block)` filling block i (clearing it first), handed to `sink` in order.
/// Blocks are formatted on indexJobs() threads (this one included) a few blocks ahead of the one being written,
/// and written from this thread: the bytes are the same on any number of threads.
template <typename Format>
void writeBlocksInOrder(std::size_t blocks, const Format& format, const std::function<void(std::string_view)>& sink) {
    if (blocks == 0) return;
    auto write = [&](const Block& b) {
        std::size_t from = 0;
        for (const std::size_t cut : b.cuts) {
            sink(std::string_view(b.text).substr(from, cut - from));
            from = cut;
        }
    };
    const std::size_t helpers = std::min(indexJobs(), blocks) - 1;
    if (helpers == 0) {
        Block b;  // one buffer for every block
        for (std::size_t i = 0; i < blocks; ++i) {
            format(i, b);
            write(b);
        }
        return;
    }
    // Block i may be formatted while i < written + window: at most `window` blocks (~2.5 MB each) are in memory,
    // their buffers reused (fresh large buffers would cost a page fault per page each time).
    const std::size_t window = 2 * (helpers + 1);
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<std::unique_ptr<Block>> done(blocks);
    std::vector<std::unique_ptr<Block>> spare;
    std::size_t next = 0;     // next block to format
    std::size_t written = 0;  // blocks handed to the sink
    bool stop = false;
    std::exception_ptr failure;
    auto work = [&](std::unique_lock<std::mutex>& lock, std::size_t i) {  // called with the lock held, returns so
        std::unique_ptr<Block> b;
        if (!spare.empty()) {
            b = std::move(spare.back());
            spare.pop_back();
        }
        lock.unlock();
        try {
            if (!b) b = std::make_unique<Block>();
            format(i, *b);
            lock.lock();
            done[i] = std::move(b);
        } catch (...) {
            lock.lock();
            if (!failure) failure = std::current_exception();
            stop = true;
        }
        changed.notify_all();
    };
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < helpers; ++t)
        threads.emplace_back([&] {
            std::unique_lock<std::mutex> lock(mutex);
            while (true) {
                changed.wait(lock, [&] { return stop || next >= blocks || next < written + window; });
                if (stop || next >= blocks) return;
                work(lock, next++);
            }
        });
    {
        std::unique_lock<std::mutex> lock(mutex);
        while (written < blocks && !stop) {
            if (done[written]) {  // the next block is ready: written from this thread, without the lock
                std::unique_ptr<Block> b = std::move(done[written]);
                lock.unlock();
                try {
                    write(*b);
                } catch (...) {
                    lock.lock();
                    if (!failure) failure = std::current_exception();
                    stop = true;
                    break;
                }
                lock.lock();
                spare.push_back(std::move(b));
                ++written;
                changed.notify_all();
            } else if (next < blocks && next < written + window) {
                work(lock, next++);  // help while the next block is being formatted elsewhere
            } else {
                changed.wait(lock, [&] { return stop || done[written] != nullptr; });
            }
        }
        stop = true;
    }
    changed.notify_all();
    for (std::thread& t : threads) t.join();
    if (failure) std::rethrow_exception(failure);
}

/// The table of `rowCount` rows, `forRows(from, to, f)` calling f with rows [from, to) in order, in blocks of
/// kRowsPerBlock rows (writeBlocksInOrder).
template <typename ForRows>
void writeRowsCsv(const CorpusIndex& index, std::size_t rowCount, const ForRows& forRows,
                  const std::function<void(std::string_view)>& sink, std::size_t chunkBytes, bool rowsKnowPassages) {
    // Only the kind column needs the passages: no LinkIndex (per-feature and per-passage mention lists). Rows
    // from records carry their passage's index; Mentions only its id, looked up.
    static const std::vector<Passage> kNoPassages;
    const PassageIds passageIds(rowsKnowPassages ? kNoPassages : index.passages);
    const std::size_t blocks = std::max<std::size_t>(1, (rowCount + kRowsPerBlock - 1) / kRowsPerBlock);
    auto format = [&](std::size_t block, Block& into) {
        into.text.clear();
        into.cuts.clear();
        if (block == 0) into.text = "feature_id,document,passage_id,passage_kind,begin,end,text,adjectival,page\r\n";
        std::size_t pieceStart = 0;
        RowFormatter formatter(index, passageIds);
        forRows(block * kRowsPerBlock, std::min(rowCount, (block + 1) * kRowsPerBlock), [&](const MentionRow& m) {
            formatter.row(m, into.text);
            if (into.text.size() - pieceStart >= chunkBytes) into.cuts.push_back(pieceStart = into.text.size());
        });
        if (into.text.size() > pieceStart) into.cuts.push_back(into.text.size());
    };
    writeBlocksInOrder(blocks, format, sink);
}

}  // namespace

void writeMentionsCsv(const CorpusIndex& index, const std::function<void(std::string_view)>& sink,
                      std::size_t chunkBytes) {
    writeRowsCsv(
        index, index.mentions.size(),
        [&](std::size_t from, std::size_t to, const auto& f) {
            for (std::size_t i = from; i < to; ++i) f(MentionRow::of(index.mentions[i]));
        },
        sink, chunkBytes, false);
}

void writeMentionsCsv(const CachedIndex& cached, const std::function<void(std::string_view)>& sink,
                      std::size_t chunkBytes) {
    writeRowsCsv(
        cached.index, mentionCount(cached),
        [&](std::size_t from, std::size_t to, const std::function<void(const MentionRow&)>& f) {
            forEachMention(cached, f, from, to);
        },
        sink, chunkBytes, cached.mentionRecords.has_value());
}

std::string mentionsToCsv(const CorpusIndex& index) {
    std::string out;
    out.reserve(96 + index.mentions.size() * 96);  // one line is about 70-90 bytes: one allocation, not ~20
    writeMentionsCsv(index, [&](std::string_view chunk) { out += chunk; });
    return out;
}

std::string gapsToCsv(const std::vector<Gap>& gaps) {
    std::string out = "text,count,passages\r\n";
    for (const Gap& g : gaps) {
        std::string ids;
        for (const std::string& id : g.passageIds) ids += (ids.empty() ? "" : ";") + id;
        out += csvField(g.text) + ',' + std::to_string(g.count) + ',' + csvField(ids) + "\r\n";
    }
    return out;
}

void writeIndexJson(const CorpusIndex& index, const std::vector<GazetteerFeature>& features,
                    const std::function<void(std::string_view)>& sink, std::size_t chunkBytes) {
    const LinkIndex links(index);
    std::string out;
    out.reserve(chunkBytes + (chunkBytes >> 2));
    auto flush = [&](bool always = false) {
        if (out.empty() || (!always && out.size() < chunkBytes)) return;
        sink(out);
        out.clear();
    };
    PrettyJson j(out);
    j.beginObject();
    j.member("version", 1);
    j.key("documents");
    j.beginArray();
    for (std::size_t d = 0; d < index.documents.size(); ++d) {
        const Document& doc = index.documents[d];
        j.beginObject();
        j.member("index", d);
        j.member("file", doc.meta.file);
        j.member("title", doc.displayTitle());
        j.key("author");
        j.optional(doc.meta.author);
        j.key("outlet");
        j.optional(doc.meta.outlet);
        j.key("date");
        j.optional(doc.meta.date);
        j.member("language", doc.meta.language);
        j.key("url");
        j.optional(doc.meta.url);
        j.member("in_manifest", doc.meta.inManifest);
        j.member("bytes", doc.bytes.size());
        j.member("pages", doc.pageStarts.size());
        j.endObject();
        flush();
    }
    j.endArray();
    // An array's elements in blocks formatted on indexJobs() threads, written in order (writeBlocksInOrder).
    auto elements = [&](std::size_t count, std::size_t perBlock, const auto& element) {
        flush(true);
        const std::size_t blocks = (count + perBlock - 1) / perBlock;
        writeBlocksInOrder(
            blocks,
            [&](std::size_t block, Block& into) {
                into.text.clear();
                into.cuts.clear();
                PrettyJson w(into.text, 2, block == 0);  // inside the root object and the section's array
                std::size_t pieceStart = 0;
                for (std::size_t i = block * perBlock; i < std::min(count, (block + 1) * perBlock); ++i) {
                    element(w, i);
                    if (into.text.size() - pieceStart >= chunkBytes) into.cuts.push_back(pieceStart = into.text.size());
                }
                if (into.text.size() > pieceStart) into.cuts.push_back(into.text.size());
            },
            sink);
        j.continued(count > 0);
    };
    j.key("passages");
    j.beginArray();
    elements(index.passages.size(), 4096, [&](PrettyJson& w, std::size_t i) {
        const Passage& p = index.passages[i];
        w.beginObject();
        w.member("id", p.id);
        w.member("document", p.documentIndex);
        w.member("kind", passageKindName(p.kind));
        w.ranges(p.ranges);
        w.member("text", p.cleanText);
        w.key("years");
        w.beginArray();
        for (const YearSpan& y : p.years) {
            w.beginArray();
            w.value(y.from);
            w.value(y.to);
            w.endArray();
        }
        w.endArray();
        w.key("page");
        w.optional(index.documents[p.documentIndex].pageOf(p.begin()));
        w.key("footnote_number");
        w.optional(p.footnoteNumber);
        w.strings("footnotes", p.footnoteIds);
        w.strings("cited_by", p.citedBy);
        w.strings("features", links.featuresOf(p.id));
        w.endObject();
    });
    j.endArray();
    j.key("features");
    j.beginArray();
    for (const GazetteerFeature& f : features) {
        j.beginObject();
        j.member("id", f.id);
        j.member("kind", featureKindName(f.kind));
        j.member("name", primaryName(f));
        j.member("mention_count", links.mentionsOf(f.id).size());
        // Keyed by file name in document order; two documents with one name share the first one's place and the
        // later one's count (what an object assigned key by key holds).
        std::vector<std::pair<std::string_view, std::size_t>> perDocument;
        std::unordered_map<std::string_view, std::size_t> place;  // file name -> its entry in perDocument
        for (const auto& [d, n] : links.countsPerDocument(f.id)) {
            const std::string_view file = index.documents[d].meta.file;
            const auto [at, fresh] = place.try_emplace(file, perDocument.size());
            if (fresh) perDocument.emplace_back(file, n);
            else perDocument[at->second].second = n;
        }
        j.key("documents");
        j.beginObject();
        for (const auto& [file, n] : perDocument) j.member(file, n);
        j.endObject();
        j.strings("passages", links.passagesOf(f.id));
        j.endObject();
        flush();
    }
    j.endArray();
    j.key("mentions");
    j.beginArray();
    elements(index.mentions.size(), kRowsPerBlock, [&](PrettyJson& w, std::size_t i) {
        const Mention& m = index.mentions[i];
        w.beginObject();
        w.member("feature", m.featureId);
        w.member("passage", m.passageId);
        w.member("document", m.documentIndex);
        w.key("page");
        w.optional(index.documents[m.documentIndex].pageOf(m.begin()));
        w.member("begin", m.begin());
        w.member("end", m.end());
        w.ranges(m.ranges);
        w.member("text", m.text);
        w.member("name", m.name);
        w.member("adjectival", m.adjectival);
        w.endObject();
    });
    j.endArray();
    j.key("warnings");
    j.beginArray();
    for (const CorpusWarning& w : index.warnings) {
        j.beginObject();
        j.member("file", w.file);
        j.member("message", w.message);
        j.endObject();
    }
    j.endArray();
    j.endObject();
    flush(true);
}

std::string indexToJson(const CorpusIndex& index, const std::vector<GazetteerFeature>& features) {
    std::string out;
    writeIndexJson(index, features, [&](std::string_view chunk) { out += chunk; });
    return out;
}

}  // namespace atlas::core
