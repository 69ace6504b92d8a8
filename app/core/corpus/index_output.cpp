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

#include <nlohmann/json.hpp>

#include "core/corpus/index_cache.hpp"
#include "core/corpus/link_index.hpp"
#include "core/gazetteer/gazetteer_json.hpp"

namespace atlas::core {

namespace {

using Json = nlohmann::ordered_json;

Json optionalString(const std::optional<std::string>& s) { return s ? Json(*s) : Json(nullptr); }

template <typename Ranges>  // std::vector<ByteRange> or RangeList
Json rangesJson(const Ranges& ranges) {
    Json out = Json::array();
    for (const ByteRange& r : ranges) out.push_back(Json::array({r.begin, r.end}));
    return out;
}

std::string primaryName(const GazetteerFeature& f) {
    for (const Name& n : f.names)
        if (n.primary) return n.text;
    return f.names.empty() ? f.id : f.names.front().text;
}

Json documentsJson(const CorpusIndex& index) {
    Json docs = Json::array();
    for (std::size_t d = 0; d < index.documents.size(); ++d) {
        const Document& doc = index.documents[d];
        docs.push_back({{"index", d}, {"file", doc.meta.file}, {"title", doc.displayTitle()},
                        {"author", optionalString(doc.meta.author)}, {"outlet", optionalString(doc.meta.outlet)},
                        {"date", optionalString(doc.meta.date)}, {"language", doc.meta.language},
                        {"url", optionalString(doc.meta.url)}, {"in_manifest", doc.meta.inManifest}, {"bytes", doc.bytes.size()},
                        {"pages", doc.pageStarts.size()}});
    }
    return docs;
}

Json passagesJson(const CorpusIndex& index, const LinkIndex& links) {
    Json out = Json::array();
    for (const Passage& p : index.passages) {
        Json years = Json::array();
        for (const YearSpan& y : p.years) years.push_back(Json::array({y.from, y.to}));
        Json j = {{"id", p.id}, {"document", p.documentIndex}, {"kind", std::string(passageKindName(p.kind))},
                  {"ranges", rangesJson(p.ranges)}, {"text", p.cleanText}, {"years", years}};
        const Document& doc = index.documents[p.documentIndex];
        const std::optional<int> page = doc.pageOf(p.begin());
        j["page"] = page ? Json(*page) : Json(nullptr);
        j["footnote_number"] = p.footnoteNumber ? Json(*p.footnoteNumber) : Json(nullptr);
        j["footnotes"] = p.footnoteIds;
        j["cited_by"] = p.citedBy;
        j["features"] = links.featuresOf(p.id);
        out.push_back(std::move(j));
    }
    return out;
}

Json featuresJson(const CorpusIndex& index, const LinkIndex& links, const std::vector<GazetteerFeature>& features) {
    Json out = Json::array();
    for (const GazetteerFeature& f : features) {
        Json perDoc = Json::object();
        for (const auto& [d, n] : links.countsPerDocument(f.id)) perDoc[index.documents[d].meta.file] = n;
        out.push_back({{"id", f.id}, {"kind", std::string(featureKindName(f.kind))}, {"name", primaryName(f)},
                       {"mention_count", links.mentionsOf(f.id).size()}, {"documents", perDoc},
                       {"passages", links.passagesOf(f.id)}});
    }
    return out;
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

std::string indexToJson(const CorpusIndex& index, const std::vector<GazetteerFeature>& features) {
    const LinkIndex links(index);
    Json root;
    root["version"] = 1;
    root["documents"] = documentsJson(index);
    root["passages"] = passagesJson(index, links);
    root["features"] = featuresJson(index, links, features);
    Json mentions = Json::array();
    for (const Mention& m : index.mentions) {
        const std::optional<int> page = index.documents[m.documentIndex].pageOf(m.begin());
        mentions.push_back({{"feature", m.featureId}, {"passage", m.passageId}, {"document", m.documentIndex},
                            {"page", page ? Json(*page) : Json(nullptr)}, {"begin", m.begin()}, {"end", m.end()}, {"ranges", rangesJson(m.ranges)}, {"text", m.text},
                            {"name", m.name}, {"adjectival", m.adjectival}});
    }
    root["mentions"] = std::move(mentions);
    Json warnings = Json::array();
    for (const CorpusWarning& w : index.warnings) warnings.push_back({{"file", w.file}, {"message", w.message}});
    root["warnings"] = std::move(warnings);
    return root.dump(1, ' ', false, Json::error_handler_t::replace);
}

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
        const std::size_t pi = findPassage(m.passageId);
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
constexpr std::size_t kRowsPerBlock = kMentionRecordMarkStep;

/// The table of `rowCount` rows, `forRows(from, to, f)` calling f with rows [from, to) in order. Blocks of rows
/// are formatted on indexJobs() threads (this one included) a few blocks ahead of the one being written, and
/// handed to `sink` in order from this thread: the bytes are the same on any number of threads.
template <typename ForRows>
void writeRowsCsv(const CorpusIndex& index, std::size_t rowCount, const ForRows& forRows,
                  const std::function<void(std::string_view)>& sink, std::size_t chunkBytes) {
    // Only the kind column needs the passages: no LinkIndex (per-feature and per-passage mention lists).
    const PassageIds passageIds(index.passages);

    const std::size_t blocks = std::max<std::size_t>(1, (rowCount + kRowsPerBlock - 1) / kRowsPerBlock);
    // A formatted block: its text, cut after a row each time a piece reached chunkBytes.
    struct Block {
        std::string text;
        std::vector<std::size_t> cuts;  // end of each piece
    };
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

}  // namespace

void writeMentionsCsv(const CorpusIndex& index, const std::function<void(std::string_view)>& sink,
                      std::size_t chunkBytes) {
    writeRowsCsv(
        index, index.mentions.size(),
        [&](std::size_t from, std::size_t to, const auto& f) {
            for (std::size_t i = from; i < to; ++i) f(MentionRow::of(index.mentions[i]));
        },
        sink, chunkBytes);
}

void writeMentionsCsv(const CachedIndex& cached, const std::function<void(std::string_view)>& sink,
                      std::size_t chunkBytes) {
    writeRowsCsv(
        cached.index, mentionCount(cached),
        [&](std::size_t from, std::size_t to, const std::function<void(const MentionRow&)>& f) {
            forEachMention(cached, f, from, to);
        },
        sink, chunkBytes);
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

}  // namespace atlas::core
