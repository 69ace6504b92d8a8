// Output of the corpus index: one JSON document (documents, passages, features, mentions) and CSV tables.
#include "core/corpus/index_output.hpp"

#include <charconv>
#include <unordered_map>

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

/// The table from `forEachRow(f)`, which calls f with every mention's row in index order.
template <typename ForEachRow>
void writeRowsCsv(const CorpusIndex& index, const ForEachRow& forEachRow,
                  const std::function<void(std::string_view)>& sink, std::size_t chunkBytes) {
    std::string out = "feature_id,document,passage_id,passage_kind,begin,end,text,adjectival,page\r\n";
    out.reserve(chunkBytes + 4096);
    // Passage id -> first passage with that id (what LinkIndex::passageIndex answers), without LinkIndex's
    // per-feature and per-passage mention lists: only the kind column needs it.
    std::unordered_map<std::string_view, std::size_t> passageOf;
    passageOf.reserve(index.passages.size());
    std::vector<bool> firstWithId(index.passages.size());  // no earlier passage has the same id
    for (std::size_t i = 0; i < index.passages.size(); ++i)
        firstWithId[i] = passageOf.emplace(index.passages[i].id, i).second;
    // Mentions come in passage order: the passage of a mention is the last one's or one of the next few.
    std::size_t cursor = 0;
    auto findPassage = [&](std::string_view id) {
        for (std::size_t i = cursor; i < index.passages.size() && i < cursor + 8; ++i)
            if (firstWithId[i] && index.passages[i].id == id) return i;
        const auto it = passageOf.find(id);
        return it == passageOf.end() ? index.passages.size() : it->second;
    };
    forEachRow([&](const MentionRow& m) {  // appended in place: no temporary strings per line
        appendCsvField(out, m.featureId);
        out.push_back(',');
        appendCsvField(out, index.documents[m.documentIndex].meta.file);
        out.push_back(',');
        appendCsvField(out, m.passageId);
        out.push_back(',');
        const std::size_t pi = findPassage(m.passageId);
        if (pi < index.passages.size()) {
            out += passageKindName(index.passages[pi].kind);
            cursor = pi;
        }
        out.push_back(',');
        appendNumber(out, m.begin);
        out.push_back(',');
        appendNumber(out, m.end);
        out.push_back(',');
        appendCsvField(out, m.text);
        out += m.adjectival ? ",true," : ",false,";
        if (const std::optional<int> page = index.documents[m.documentIndex].pageOf(m.begin))
            appendNumber(out, static_cast<std::size_t>(*page));
        out += "\r\n";
        if (out.size() >= chunkBytes) {
            sink(out);
            out.clear();
        }
    });
    if (!out.empty()) sink(out);
}

}  // namespace

void writeMentionsCsv(const CorpusIndex& index, const std::function<void(std::string_view)>& sink,
                      std::size_t chunkBytes) {
    writeRowsCsv(
        index,
        [&](const auto& f) {
            for (const Mention& m : index.mentions) f(MentionRow::of(m));
        },
        sink, chunkBytes);
}

void writeMentionsCsv(const CachedIndex& cached, const std::function<void(std::string_view)>& sink,
                      std::size_t chunkBytes) {
    writeRowsCsv(
        cached.index, [&](const std::function<void(const MentionRow&)>& f) { forEachMention(cached, f); }, sink,
        chunkBytes);
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
