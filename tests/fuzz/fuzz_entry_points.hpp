// Fuzz entry points shared by the libFuzzer targets and the Catch2 replay of saved crashing inputs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/corpus/document_encoding.hpp"
#include "core/corpus/index_cache.hpp"
#include "core/corpus/matcher.hpp"
#include "core/corpus/passage_splitter.hpp"
#include "core/corpus/year_extractor.hpp"
#include "core/gazetteer/gazetteer_json.hpp"
#include "core/text/utf8.hpp"

namespace atlas::fuzz {

/// Throws std::logic_error (a crash under libFuzzer, a failed check in the replay test) when `ok` is false.
inline void expect(bool ok, const char* what) {
    if (!ok) throw std::logic_error(what);
}

template <typename Ranges>  // std::vector<ByteRange> or RangeList
void checkRanges(const Ranges& ranges, std::size_t size) {
    for (const core::ByteRange& r : ranges) expect(r.begin <= r.end && r.end <= size, "range outside the document");
}

/// Splitter: every passage range lies inside the file, ids are unique, years are ordered spans.
inline void fuzzPassageSplitter(std::string_view data) {
    const core::Document doc = core::makeDocument("fuzz.txt", std::string(data));
    const core::SplitResult r = core::splitDocument(doc, 0);
    std::set<std::string> ids;
    for (const core::Passage& p : r.passages) {
        expect(!p.ranges.empty(), "passage without ranges");
        checkRanges(p.ranges, doc.bytes.size());
        expect(ids.insert(p.id).second, "duplicate passage id");
        for (const core::YearSpan& y : p.years) expect(y.from <= y.to, "year span from > to");
    }
}

/// Year extractor: sorted, unique spans with from <= to.
inline void fuzzYearExtractor(std::string_view data) {
    const std::vector<core::YearSpan> years = core::extractYears(data);
    for (std::size_t i = 0; i < years.size(); ++i) {
        expect(years[i].from <= years[i].to, "year span from > to");
        if (i > 0) expect(years[i - 1] < years[i], "year spans not sorted and unique");
    }
}

inline core::GazetteerFeature fuzzFeature(const char* id, core::FeatureKind kind, std::vector<std::string> names,
                                          bool adjectival = false) {
    core::GazetteerFeature f;
    f.id = id;
    f.kind = kind;
    for (auto& n : names) f.names.push_back(core::Name{std::move(n), "en", "Latn", {core::NameUsage::Common}, false, false});
    if (adjectival) f.names.back().adjectival = true;
    f.names.front().primary = true;
    return f;
}

/// The small fixed gazetteer the matcher is fuzzed against (acronyms, adjectives, shared names, other scripts).
inline const std::vector<core::GazetteerFeature>& fuzzGazetteer() {
    static const std::vector<core::GazetteerFeature> features = [] {
        using K = core::FeatureKind;
        return std::vector<core::GazetteerFeature>{
            fuzzFeature("armenia", K::Region, {"Armenia", "Հայաստան", "Армения", "Armenian"}, true),
            fuzzFeature("nagorno-karabakh", K::Region, {"Nagorno-Karabakh", "Нагорный Карабах", "Karabakh"}),
            fuzzFeature("lachin", K::Place, {"Lachin", "Laçın"}),
            fuzzFeature("lachin-corridor", K::Corridor, {"Lachin corridor"}),
            fuzzFeature("united-states", K::Region, {"United States", "US", "U.S.", "Washington"}),
            fuzzFeature("washington-dc", K::Place, {"Washington", "Washington, D.C."}),
            fuzzFeature("ganja", K::Place, {"Ganja", "Gəncə", "GƏNCƏ"}),
            fuzzFeature("yerevan", K::Place, {"Yerevan", "Երևան", "Ереван"}),
        };
    }();
    return features;
}

/// Matcher: the text is one passage (split into two ranges at the first NUL, like a page break); every mention
/// lies inside the file, in order, without overlap, and its text is the bytes of its ranges.
inline void fuzzMatcher(std::string_view data) {
    static const core::NameMatcher matcher(fuzzGazetteer());
    const core::Document doc = core::makeDocument("fuzz.txt", std::string(data));
    core::Passage p;
    p.id = "fuzz#p1";
    const std::size_t cut = data.find('\0');
    if (cut == std::string_view::npos) p.ranges = {{0, data.size()}};
    else p.ranges = {{0, cut}, {cut + 1, data.size()}};
    std::size_t lastEnd = 0;
    for (const core::Mention& m : matcher.match(doc, p)) {
        expect(!m.ranges.empty(), "mention without ranges");
        checkRanges(m.ranges, data.size());
        expect(m.begin() < m.end() && m.begin() >= lastEnd, "mentions overlap or are out of order");
        lastEnd = m.end();
        std::string text;
        for (const core::ByteRange& r : m.ranges) {
            if (!text.empty()) text.push_back(' ');
            text.append(data.substr(r.begin, r.end - r.begin));
        }
        expect(text == m.text, "mention text differs from its bytes");
    }
}

/// Gazetteer GeoJSON: parse, then build a matcher from whatever was accepted and run it over a fixed sentence.
inline void fuzzGazetteerParser(std::string_view data) {
    const core::GazetteerParseResult r = core::parseGazetteerGeoJson(data, "fuzz.geojson");
    std::set<std::string> ids;
    for (const core::GazetteerFeature& f : r.features) {
        expect(!f.id.empty() && ids.insert(f.id).second, "empty or duplicate feature id accepted");
        expect(!f.names.empty(), "feature without names accepted");
    }
    const core::NameMatcher matcher(r.features);
    const std::string text = "Convoys left Shusha for Yerevan via the Lachin corridor; Baku, Ganja and the US.";
    core::Passage p;
    p.id = "t#p1";
    p.ranges = {{0, text.size()}};
    for (const core::Mention& m : matcher.match(core::makeDocument("t.txt", text), p)) checkRanges(m.ranges, text.size());
}

/// A corpus document as the folder loader reads it: encoding detected and converted (UTF-16, Windows-125x, CR line
/// ends), then split and matched. The result is valid UTF-8 when a conversion happened, no CR is left without its
/// LF, and every passage and mention lies inside the converted bytes.
inline void fuzzCorpusDocument(std::string_view data) {
    std::string bytes(data);
    const core::DocumentDecoding decoding = core::decodeDocumentBytes(bytes);
    if (!decoding.note.empty()) expect(core::countInvalidUtf8(bytes) == 0, "converted text is not valid UTF-8");
    for (std::size_t i = bytes.find('\r'); i != std::string::npos; i = bytes.find('\r', i + 1))
        expect(i + 1 < bytes.size() && bytes[i + 1] == '\n', "a lone CR left");
    const core::Document doc = core::makeDocument("fuzz.txt", std::move(bytes));
    const core::SplitResult r = core::splitDocument(doc, 0);
    static const core::NameMatcher matcher(fuzzGazetteer());
    std::vector<core::Mention> mentions;
    matcher.matchAll(doc, r.passages, mentions);
    for (const core::Passage& p : r.passages) checkRanges(p.ranges, doc.bytes.size());
    for (const core::Mention& m : mentions) checkRanges(m.ranges, doc.bytes.size());
}

/// The documents the index cache seeds were made for (tests/fuzz/seeds/index_cache: serializeIndex of their index
/// under kFuzzIndexKey); a cache file is read back only with the documents it was made for.
inline constexpr std::uint64_t kFuzzIndexKey = 42;
inline std::vector<core::Document> fuzzIndexDocuments() {
    return {core::makeDocument("a.txt", "Convoys left Shusha for Yerevan via the Lachin\n\n\xC2\xB9 A note.\n\ncorridor "
                                        "in 1992.\n\nGanja and Baku, a Baku-based group.\n"),
            core::makeDocument("b.txt", "Georgia did not participate.\xC2\xB9\n\n\xC2\xB9 A footnote about Tbilisi.\n")};
}

/// An index cache file read back (whole, and for the mentions table with its records left in the bytes): any
/// bytes are refused with a reason, or give passages and mentions that lie inside the documents, and records that
/// all read back as rows.
inline void fuzzIndexCache(std::string_view data) {
    static const std::vector<core::Document> documents = fuzzIndexDocuments();
    for (const bool table : {false, true}) {
        std::vector<core::Document> docs = documents;
        std::string error;
        core::MentionRecords records;
        const auto index = core::deserializeIndex(data, kFuzzIndexKey, docs, error,
                                                  table ? core::IndexParts::MentionsTable : core::IndexParts::All,
                                                  table ? &records : nullptr);
        if (!index) {
            expect(!error.empty(), "a cache refused without a reason");
            continue;
        }
        for (const core::Passage& p : index->passages) {
            expect(p.documentIndex < index->documents.size(), "a passage of no document");
            checkRanges(p.ranges, index->documents[p.documentIndex].bytes.size());
        }
        for (const core::Mention& m : index->mentions) {
            expect(m.documentIndex < index->documents.size() && !m.ranges.empty(), "a mention of no document");
            checkRanges(m.ranges, index->documents[m.documentIndex].bytes.size());
        }
        if (!table) continue;
        std::size_t rows = 0;
        expect(core::forEachMentionRecord(records, *index,
                                          [&](const core::MentionRow& row) {
                                              expect(row.begin <= row.end, "a row that ends before it begins");
                                              ++rows;
                                          }),
               "records checked on reading do not read back");
        expect(rows == records.count, "records missing");
    }
}

}  // namespace atlas::fuzz
