// Index cache: binary round trip, stale key, corrupt file, unwritable cache, and indexing through the cache.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>

#include "core/atomic_file.hpp"
#include "core/corpus/index_cache.hpp"
#include "core/corpus/index_output.hpp"
#include "corpus_test_util.hpp"

using namespace atlas::core;
using namespace atlas::core::test;

namespace {

namespace fs = std::filesystem;

void makeCorpus(const fs::path& dir) {
    writeBytes(dir / "a.txt", "Convoys left Shusha for Yerevan via the Lachin corridor in 1992.\n\nGanja and Baku.\n");
    writeBytes(dir / "b.txt", "Georgia did not participate.¹\n\n¹ A footnote about Tbilisi.\n");
    writeBytes(dir / "manifest.json", R"({"version":1,"documents":[{"file":"a.txt","title":"A","date":"2020-11-10"}]})");
}

void requireSameIndex(const CorpusIndex& a, const CorpusIndex& b) {
    REQUIRE(a.documents.size() == b.documents.size());
    for (std::size_t i = 0; i < a.documents.size(); ++i) {
        CHECK(a.documents[i].meta.file == b.documents[i].meta.file);
        CHECK(a.documents[i].meta.title == b.documents[i].meta.title);
        CHECK(a.documents[i].meta.date == b.documents[i].meta.date);
        CHECK(a.documents[i].meta.inManifest == b.documents[i].meta.inManifest);
        CHECK(a.documents[i].stem == b.documents[i].stem);
        CHECK(a.documents[i].bytes == b.documents[i].bytes);
    }
    REQUIRE(a.passages.size() == b.passages.size());
    for (std::size_t i = 0; i < a.passages.size(); ++i) {
        const Passage& x = a.passages[i];
        const Passage& y = b.passages[i];
        CHECK(x.id == y.id);
        CHECK(x.documentIndex == y.documentIndex);
        CHECK(x.ranges == y.ranges);
        CHECK(x.kind == y.kind);
        CHECK(x.cleanText == y.cleanText);
        CHECK(x.years == y.years);
        CHECK(x.footnoteNumber == y.footnoteNumber);
        CHECK(x.footnoteIds == y.footnoteIds);
        CHECK(x.citedBy == y.citedBy);
    }
    REQUIRE(a.mentions.size() == b.mentions.size());
    for (std::size_t i = 0; i < a.mentions.size(); ++i) {
        const Mention& x = a.mentions[i];
        const Mention& y = b.mentions[i];
        CHECK(x.featureId == y.featureId);
        CHECK(x.passageId == y.passageId);
        CHECK(x.documentIndex == y.documentIndex);
        CHECK(x.ranges == y.ranges);
        CHECK(x.text == y.text);
        CHECK(x.name == y.name);
        CHECK(x.adjectival == y.adjectival);
    }
    REQUIRE(a.warnings.size() == b.warnings.size());
    for (std::size_t i = 0; i < a.warnings.size(); ++i) {
        CHECK(a.warnings[i].file == b.warnings[i].file);
        CHECK(a.warnings[i].message == b.warnings[i].message);
    }
}

bool hasWarning(const CorpusIndex& index, const std::string& file, const std::string& part) {
    for (const CorpusWarning& w : index.warnings)
        if (w.file == file && w.message.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("serializeIndex / deserializeIndex round trip is exact", "[corpus][cache]") {
    const auto features = smallGazetteer();
    TempDir corpus;
    makeCorpus(corpus.path);
    const CorpusIndex built = indexCorpusDirectory(corpus.path, features);
    REQUIRE(!built.mentions.empty());
    REQUIRE(!built.warnings.empty());  // b.txt has no manifest entry
    const std::string data = serializeIndex(built, 42);
    std::vector<Document> docs = loadCorpusDirectory(corpus.path).documents;
    std::string error;
    const auto restored = deserializeIndex(data, 42, docs, error);
    REQUIRE(restored.has_value());
    CHECK(error.empty());
    requireSameIndex(built, *restored);
}

TEST_CASE("serializeIndexTo hands the cache on in pieces that make serializeIndex's bytes", "[corpus][cache]") {
    const auto features = smallGazetteer();
    TempDir corpus;
    // Large enough for several 1 MiB pieces: the texts again and again, one file.
    std::string text;
    while (text.size() < (2u << 20)) text += "Convoys left Shusha for Yerevan via the Lachin corridor in 1992.\n\nGanja and Baku.\n\n";
    writeBytes(corpus.path / "a.txt", text);
    const CorpusIndex built = indexCorpusDirectory(corpus.path, features);
    REQUIRE(built.mentions.size() > 50000);
    const std::string whole = serializeIndex(built, 42);
    std::vector<std::size_t> sizes;
    std::string joined;
    const IndexCacheWrite written = serializeIndexTo(built, 42, [&](std::string_view piece) {
        sizes.push_back(piece.size());
        joined.append(piece);
        return true;
    });
    REQUIRE(written.header.size() == kIndexCacheHeaderBytes);
    CHECK_FALSE(written.tooLarge);
    CHECK(written.bytes == whole.size());
    CHECK(sizes.front() == kIndexCacheHeaderBytes);  // the placeholder, filled in last
    CHECK(joined.substr(0, kIndexCacheHeaderBytes) == std::string(kIndexCacheHeaderBytes, '\0'));
    CHECK(sizes.size() > 5);
    CHECK(*std::max_element(sizes.begin(), sizes.end()) < (std::size_t{3} << 19));  // ~1 MiB each, never the whole
    joined.replace(0, kIndexCacheHeaderBytes, written.header);
    CHECK(joined == whole);
    std::vector<Document> docs = loadCorpusDirectory(corpus.path).documents;
    std::string error;
    const auto restored = deserializeIndex(joined, 42, docs, error);
    REQUIRE(restored.has_value());  // round trips are checked field by field above, on a smaller index
    CHECK(restored->mentions.size() == built.mentions.size());

    SECTION("a file that would pass maxBytes stops early, with nothing to put over the start") {
        std::size_t handed = 0;
        const IndexCacheWrite small = serializeIndexTo(built, 42, [&](std::string_view piece) {
            handed += piece.size();
            return true;
        }, whole.size() / 2);
        CHECK(small.tooLarge);
        CHECK(small.header.empty());
        CHECK(handed <= whole.size() / 2);
        const IndexCacheWrite exact = serializeIndexTo(built, 42, [](std::string_view) { return true; }, whole.size());
        CHECK_FALSE(exact.tooLarge);
        CHECK(exact.header == written.header);
    }
    SECTION("an output that refuses a piece stops it") {
        int calls = 0;
        const IndexCacheWrite refused = serializeIndexTo(built, 42, [&](std::string_view) { return ++calls < 3; });
        CHECK(calls == 3);
        CHECK(refused.header.empty());
        CHECK_FALSE(refused.tooLarge);
    }
}

TEST_CASE("index cache: a mention's text is kept where it is not its document's bytes", "[corpus][cache]") {
    const auto features = smallGazetteer();
    TempDir corpus;
    makeCorpus(corpus.path);
    CorpusIndex built = indexCorpusDirectory(corpus.path, features);
    REQUIRE(built.mentions.size() >= 3);
    // Text the cache cannot take from the document: other words over one range, and a name cut in two pieces.
    built.mentions[0].text = "Shushi";
    Mention& cut = built.mentions[1];
    const std::size_t middle = cut.begin() + 2;
    const std::size_t end = cut.end();
    cut.ranges.clear();
    cut.ranges.push_back({built.mentions[1].begin(), middle});
    cut.ranges.push_back({middle, end});
    cut.text = "Ye revan";
    const std::string data = serializeIndex(built, 9);
    std::vector<Document> docs = loadCorpusDirectory(corpus.path).documents;
    std::vector<Document> docs2 = docs;
    std::string error;
    const auto restored = deserializeIndex(data, 9, docs, error);
    REQUIRE(restored.has_value());
    requireSameIndex(built, *restored);
    MentionRecords records;
    const auto partial = deserializeIndex(data, 9, docs2, error, IndexParts::MentionsTable, &records);
    REQUIRE(partial.has_value());
    std::vector<std::string> texts;
    REQUIRE(forEachMentionRecord(records, *partial, [&](const MentionRow& m) { texts.emplace_back(m.text); }));
    REQUIRE(texts.size() == built.mentions.size());
    for (std::size_t i = 0; i < texts.size(); ++i) CHECK(texts[i] == built.mentions[i].text);
    // Left out, the text of the others is smaller than with it: the cache does not carry it twice.
    CorpusIndex stored = built;
    for (Mention& m : stored.mentions) m.text += "x";
    CHECK(serializeIndex(stored, 9).size() > data.size() + 2 * (stored.mentions.size() - 2));
}

TEST_CASE("deserializeIndex with IndexParts::MentionsTable keeps what the mentions table reads", "[corpus][cache]") {
    const auto features = smallGazetteer();
    TempDir corpus;
    makeCorpus(corpus.path);
    const CorpusIndex built = indexCorpusDirectory(corpus.path, features);
    const std::string data = serializeIndex(built, 42);
    std::vector<Document> docs = loadCorpusDirectory(corpus.path).documents;
    std::string error;
    const auto partial = deserializeIndex(data, 42, docs, error, IndexParts::MentionsTable);
    REQUIRE(partial.has_value());
    REQUIRE(partial->passages.size() == built.passages.size());
    bool someText = false, someFootnote = false;
    for (std::size_t i = 0; i < built.passages.size(); ++i) {
        const Passage& x = built.passages[i];
        const Passage& y = partial->passages[i];
        CHECK(y.id == x.id);
        CHECK(y.documentIndex == x.documentIndex);
        CHECK(y.ranges == x.ranges);
        CHECK(y.kind == x.kind);
        CHECK(y.cleanText.empty());
        CHECK(y.years.empty());
        CHECK(y.footnoteIds.empty());
        CHECK(y.citedBy.empty());
        CHECK(!y.footnoteNumber);
        someText = someText || !x.cleanText.empty();
        someFootnote = someFootnote || x.footnoteNumber.has_value() || !x.citedBy.empty() || !x.years.empty();
    }
    CHECK(someText);      // the fixture has what was left out
    CHECK(someFootnote);
    REQUIRE(partial->mentions.size() == built.mentions.size());
    for (std::size_t i = 0; i < built.mentions.size(); ++i) {
        CHECK(partial->mentions[i].featureId == built.mentions[i].featureId);
        CHECK(partial->mentions[i].passageId == built.mentions[i].passageId);
        CHECK(partial->mentions[i].ranges == built.mentions[i].ranges);
        CHECK(partial->mentions[i].text == built.mentions[i].text);
        CHECK(partial->mentions[i].adjectival == built.mentions[i].adjectival);
        CHECK(partial->mentions[i].name == built.mentions[i].name);
    }
    CHECK(mentionsToCsv(*partial) == mentionsToCsv(built));  // the table is the same

    // What is stepped over is still checked: a changed byte in a passage's clean text is refused.
    const std::string& text = built.passages[0].cleanText;
    const std::size_t at = data.find(text);
    REQUIRE(at != std::string::npos);
    std::string bad = data;
    bad[at] = static_cast<char>(bad[at] ^ 0x01);
    std::vector<Document> again = loadCorpusDirectory(corpus.path).documents;
    error.clear();
    CHECK_FALSE(deserializeIndex(bad, 42, again, error, IndexParts::MentionsTable).has_value());
    CHECK(error.find("corrupt") != std::string::npos);
}

TEST_CASE("mention records left in the cache read back as the mentions they were", "[corpus][cache]") {
    const auto features = smallGazetteer();
    TempDir corpus;
    makeCorpus(corpus.path);
    const CorpusIndex built = indexCorpusDirectory(corpus.path, features);
    REQUIRE(built.mentions.size() >= 4);
    const std::string data = serializeIndex(built, 42);
    for (const char* jobs : {"1", "2"}) {
        const char* before = std::getenv("ATLAS_JOBS");
        const std::string saved = before != nullptr ? before : "";
        setenv("ATLAS_JOBS", jobs, 1);  // the records checked on this thread, or on the second one
        std::vector<Document> docs = loadCorpusDirectory(corpus.path).documents;
        std::string error;
        MentionRecords records;
        const auto partial = deserializeIndex(data, 42, docs, error, IndexParts::MentionsTable, &records);
        if (before != nullptr)
            setenv("ATLAS_JOBS", saved.c_str(), 1);
        else
            unsetenv("ATLAS_JOBS");
        REQUIRE(partial.has_value());
        CHECK(partial->mentions.empty());  // nothing copied out
        CHECK(records.count == built.mentions.size());
        CHECK(records.bytes.data() >= data.data());  // a view into the cache bytes
        CHECK(records.bytes.data() + records.bytes.size() <= data.data() + data.size());
        std::size_t i = 0;
        const bool ok = forEachMentionRecord(records, *partial, [&](const MentionRow& row) {
            REQUIRE(i < built.mentions.size());
            const Mention& m = built.mentions[i++];
            CHECK(row.featureId == m.featureId);
            CHECK(row.passageId == m.passageId);
            CHECK(row.documentIndex == m.documentIndex);
            CHECK(row.begin == m.begin());
            CHECK(row.end == m.end());
            CHECK(row.text == m.text);
            CHECK(row.name == m.name);
            CHECK(row.adjectival == m.adjectival);
        });
        CHECK(ok);
        CHECK(i == built.mentions.size());

        // The mentions table of an index whose mentions are still in the cache is the same table.
        CachedIndex cached;
        cached.index = *partial;
        cached.mentionRecords = records;
        std::string table;
        writeMentionsCsv(cached, [&](std::string_view piece) { table += piece; });
        CHECK(table == mentionsToCsv(built));

        // Records that do not fit the documents they are read with stop the walk.
        CorpusIndex shorter = *partial;
        for (Document& d : shorter.documents) d.bytes.resize(d.bytes.size() / 4);
        CHECK_FALSE(forEachMentionRecord(records, shorter, [](const MentionRow&) {}));
        CorpusIndex fewerPassages = *partial;
        fewerPassages.passages.resize(1);
        CHECK_FALSE(forEachMentionRecord(records, fewerPassages, [](const MentionRow&) {}));
        MentionRecords cut = records;
        cut.bytes.remove_suffix(1);
        CHECK_FALSE(forEachMentionRecord(cut, *partial, [](const MentionRow&) {}));
    }
}

TEST_CASE("a mention record that does not fit its documents is refused even with a good checksum", "[corpus][cache]") {
    const auto features = smallGazetteer();
    std::vector<Document> docs{makeDocument("a.txt", "Baku and Ganja.\n")};
    CorpusIndex built = buildCorpusIndex(docs, features);
    REQUIRE(!built.mentions.empty());
    built.mentions.back().ranges = RangeList{ByteRange{3, 400}};  // past the end of the 16-byte document
    const std::string data = serializeIndex(built, 7);  // written consistently: only the contents are wrong
    for (const bool leave : {false, true}) {
        std::vector<Document> copy = docs;
        std::string error;
        MentionRecords records;
        CHECK_FALSE(deserializeIndex(data, 7, copy, error, IndexParts::MentionsTable, leave ? &records : nullptr)
                        .has_value());
        CHECK(error.find("inconsistent") != std::string::npos);
        CHECK(records.count == 0);
    }
}

TEST_CASE("a warm index for the mentions table keeps its mentions in the cache file", "[corpus][cache]") {
    const auto features = smallGazetteer();
    TempDir corpus;
    TempDir cache;
    makeCorpus(corpus.path);
    const CachedIndex cold = indexCorpusCached(corpus.path, features, "gaz", cache.path, 0, {}, IndexParts::MentionsTable);
    REQUIRE_FALSE(cold.fromCache);
    // Built afresh for the table: the mentions made as records, no Mention; the same table as the whole index's.
    REQUIRE(cold.mentionRecords.has_value());
    CHECK(cold.index.mentions.empty());
    const CorpusIndex whole = indexCorpusDirectory(corpus.path, features);
    CHECK(mentionCount(cold) == whole.mentions.size());
    std::string coldTable;
    writeMentionsCsv(cold, [&](std::string_view piece) { coldTable += piece; });
    CHECK(coldTable == mentionsToCsv(whole));
    CHECK(cold.index.passages.size() == whole.passages.size());
    CHECK(cold.index.passages.back().cleanText == whole.passages.back().cleanText);  // whole passages: for the cache

    CachedIndex warm = indexCorpusCached(corpus.path, features, "gaz", cache.path, 0, {}, IndexParts::MentionsTable);
    REQUIRE(warm.fromCache);
    REQUIRE(warm.mentionRecords.has_value());
    CHECK(warm.index.mentions.empty());
    CHECK(warm.mentionRecords->count == whole.mentions.size());
    // The cache file is replaced (a rebuild, another process) while the records are read: the mapping they view
    // is the old file's, which stays whole.
    REQUIRE_FALSE(writeFileAtomically(warm.cacheFile, "garbage"));
    std::string warmTable;
    writeMentionsCsv(warm, [&](std::string_view piece) { warmTable += piece; });
    CHECK(warmTable == coldTable);
    std::size_t rows = 0;
    forEachMention(warm, [&](const MentionRow&) { ++rows; });
    CHECK(rows == whole.mentions.size());

    // Every other use reads the whole index: its mentions are restored.
    const CachedIndex all = indexCorpusCached(corpus.path, features, "gaz", cache.path);
    CHECK_FALSE(all.mentionRecords.has_value());
}

TEST_CASE("the mentions table of many blocks is the same on one thread or two, from the index or the cache",
          "[corpus][cache][output]") {
    const auto features = smallGazetteer();
    std::string text;
    for (int i = 0; i < 20000; ++i) text += i % 3 == 0 ? "Baku and Ganja.\n\n" : "Convoys left Shusha for Yerevan.\n\n";
    std::vector<Document> docs{makeDocument("a.txt", text), makeDocument("b.txt", "Tbilisi, then Baku.\n")};
    const CorpusIndex built = buildCorpusIndex(docs, features);
    REQUIRE(built.mentions.size() > 2 * (std::size_t{1} << 14));  // three blocks of the table or more
    const std::string data = serializeIndex(built, 5);
    std::vector<Document> copy = docs;
    std::string error;
    CachedIndex cached;
    MentionRecords records;
    auto partial = deserializeIndex(data, 5, copy, error, IndexParts::MentionsTable, &records);
    REQUIRE(partial.has_value());
    cached.index = std::move(*partial);
    cached.mentionRecords = records;

    const char* before = std::getenv("ATLAS_JOBS");
    const std::string saved = before != nullptr ? before : "";
    std::string reference;
    for (const char* jobs : {"1", "2", "3"}) {
        setenv("ATLAS_JOBS", jobs, 1);
        for (const std::size_t chunk : {std::size_t{1} << 20, std::size_t{5000}}) {
            std::string fromIndex;
            std::string fromCache;
            std::size_t pieces = 0;
            bool rowEnds = true;  // every piece ends at the end of a row
            writeMentionsCsv(built, [&](std::string_view piece) { fromIndex += piece; }, chunk);
            writeMentionsCsv(
                cached,
                [&](std::string_view piece) {
                    fromCache += piece;
                    ++pieces;
                    rowEnds = rowEnds && piece.ends_with("\r\n");
                },
                chunk);
            if (reference.empty()) reference = mentionsToCsv(built);
            CHECK(fromIndex == reference);
            CHECK(fromCache == reference);
            CHECK(rowEnds);
            if (chunk == 5000) CHECK(pieces > reference.size() / 6000);  // pieces of about the size asked for
        }
        // A range of records read from the middle is the same rows as the index's.
        constexpr std::size_t kFrom = 16391;
        std::vector<std::string> ids;
        forEachMention(cached, [&](const MentionRow& row) { ids.emplace_back(row.passageId); }, kFrom, kFrom + 5);
        REQUIRE(ids.size() == 5);
        for (std::size_t i = 0; i < ids.size(); ++i) CHECK(ids[i] == built.mentions[kFrom + i].passageId);

        // Records that turn out inconsistent while the table is written (here: read against shortened
        // documents) stop it with an error naming the cache file, whichever thread meets them.
        CachedIndex broken;
        broken.index.documents = cached.index.documents;
        broken.index.passages = cached.index.passages;
        broken.index.documents[0].bytes.resize(broken.index.documents[0].bytes.size() / 2);
        broken.mentionRecords = records;
        broken.cacheFile = "index-test.bin";
        std::size_t written = 0;
        CHECK_THROWS_WITH(writeMentionsCsv(broken, [&](std::string_view piece) { written += piece.size(); }),
                          Catch::Contains("index-test.bin"));
        CHECK(written < reference.size());
    }
    if (before != nullptr)
        setenv("ATLAS_JOBS", saved.c_str(), 1);
    else
        unsetenv("ATLAS_JOBS");
}

TEST_CASE("the cache key follows every input byte", "[corpus][cache]") {
    std::vector<Document> docs{makeDocument("a.txt", "Baku and Ganja")};
    const std::uint64_t k = indexCacheKey(docs, "{}", "gazetteer");
    CHECK(indexCacheKey(docs, "{}", "gazetteer") == k);
    CHECK(indexCacheKey(docs, "{ }", "gazetteer") != k);
    CHECK(indexCacheKey(docs, "{}", "gazetteeR") != k);
    docs[0].bytes[0] = 'b';
    CHECK(indexCacheKey(docs, "{}", "gazetteer") != k);
    // Hashed on several threads, chained in order: the same key with one thread, and order matters.
    std::vector<Document> many;
    for (int i = 0; i < 9; ++i) many.push_back(makeDocument("d" + std::to_string(i) + ".txt", std::string(100 * i + 1, 'a')));
    const std::uint64_t manyKey = indexCacheKey(many, "{}", "gazetteer");
    const char* jobsBefore = std::getenv("ATLAS_JOBS");
    const std::string saved = jobsBefore != nullptr ? jobsBefore : "";
    setenv("ATLAS_JOBS", "1", 1);
    CHECK(indexCacheKey(many, "{}", "gazetteer") == manyKey);
    if (jobsBefore != nullptr)
        setenv("ATLAS_JOBS", saved.c_str(), 1);
    else
        unsetenv("ATLAS_JOBS");
    std::swap(many[3].bytes, many[4].bytes);
    CHECK(indexCacheKey(many, "{}", "gazetteer") != manyKey);
    CHECK(contentHash("abcdefghi") != contentHash("abcdefghj"));
    CHECK(contentHash("") != contentHash(std::string(1, '\0')));
}

TEST_CASE("a stale cache is rebuilt quietly, a corrupt one with a warning", "[corpus][cache]") {
    const auto features = smallGazetteer();
    TempDir corpus;
    TempDir cache;
    makeCorpus(corpus.path);
    const CachedIndex cold = indexCorpusCached(corpus.path, features, "gaz", cache.path);
    CHECK_FALSE(cold.fromCache);
    REQUIRE(fs::exists(cold.cacheFile));
    const CachedIndex warm = indexCorpusCached(corpus.path, features, "gaz", cache.path);
    CHECK(warm.fromCache);
    requireSameIndex(cold.index, warm.index);

    SECTION("stale: a document changed") {
        writeBytes(corpus.path / "b.txt", "Tbilisi and Batumi.\n");
        const CachedIndex again = indexCorpusCached(corpus.path, features, "gaz", cache.path);
        CHECK_FALSE(again.fromCache);
        CHECK(again.staleRebuilt);
        CHECK_FALSE(hasWarning(again.index, again.cacheFile.string(), "stale"));
        CHECK(again.index.passages.back().cleanText == "Tbilisi and Batumi.");
        CHECK(indexCorpusCached(corpus.path, features, "gaz", cache.path).fromCache);  // rewritten
    }
    SECTION("stale: the gazetteer changed") {
        const CachedIndex again = indexCorpusCached(corpus.path, features, "gaz2", cache.path);
        CHECK_FALSE(again.fromCache);
        CHECK(again.staleRebuilt);
        CHECK_FALSE(hasWarning(again.index, again.cacheFile.string(), "index cache"));
    }
    SECTION("corrupt: flipped byte, truncated, garbage") {
        const std::string good = readBytes(cold.cacheFile.string());
        std::string flipped = good;
        flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x5A);
        for (const std::string& bad : {flipped, good.substr(0, good.size() - 7), std::string("garbage"), std::string()}) {
            writeBytes(cold.cacheFile, bad);
            const CachedIndex again = indexCorpusCached(corpus.path, features, "gaz", cache.path);
            CHECK_FALSE(again.fromCache);
            CHECK(hasWarning(again.index, again.cacheFile.string(), "ignored"));
            CHECK(again.index.mentions.size() == cold.index.mentions.size());
        }
    }
}

TEST_CASE("deserializeIndex rejects a payload that does not fit the documents", "[corpus][cache]") {
    const auto features = smallGazetteer();
    std::vector<Document> docs{makeDocument("a.txt", "Baku and Ganja.\n")};
    const CorpusIndex built = buildCorpusIndex(docs, features);
    const std::string data = serializeIndex(built, 7);
    std::string error;
    std::vector<Document> other{makeDocument("x.txt", "Baku and Ganja.\n")};
    CHECK_FALSE(deserializeIndex(data, 7, other, error).has_value());
    CHECK(other[0].meta.file == "x.txt");  // untouched on failure
    std::vector<Document> two{makeDocument("a.txt", "Baku and Ganja.\n"), makeDocument("b.txt", "")};
    CHECK_FALSE(deserializeIndex(data, 7, two, error).has_value());
    CHECK_FALSE(deserializeIndex(data, 8, docs, error).has_value());
    CHECK(error.find("stale") != std::string::npos);
}

TEST_CASE("a cache with any one byte changed is refused, whichever thread reads the damaged section", "[corpus][cache]") {
    const auto features = smallGazetteer();
    std::vector<Document> docs{makeDocument("a.txt", "Baku and Ganja.\n\nConvoys left Shusha for Lachin.\n")};
    const CorpusIndex built = buildCorpusIndex(docs, features);
    REQUIRE(built.mentions.size() >= 3);
    const std::string good = serializeIndex(built, 7);
    const char* jobsBefore = std::getenv("ATLAS_JOBS");
    const std::string saved = jobsBefore != nullptr ? jobsBefore : "";
    for (const char* jobs : {"1", "2"}) {
        setenv("ATLAS_JOBS", jobs, 1);  // one thread, or the mentions section on a second one
        std::size_t refused = 0;
        std::size_t refusedLeft = 0;
        for (std::size_t i = 0; i < good.size(); ++i) {
            std::string bad = good;
            bad[i] = static_cast<char>(bad[i] ^ 0x21);
            std::vector<Document> copy = docs;
            std::string error;
            if (!deserializeIndex(bad, 7, copy, error).has_value() && !error.empty()) ++refused;
            // The same with the mentions left in the bytes for the mentions table.
            std::vector<Document> again = docs;
            std::string leftError;
            MentionRecords records;
            if (!deserializeIndex(bad, 7, again, leftError, IndexParts::MentionsTable, &records).has_value() &&
                !leftError.empty() && records.count == 0)
                ++refusedLeft;
        }
        CHECK(refused == good.size());
        CHECK(refusedLeft == good.size());
        std::vector<Document> copy = docs;
        std::string error;
        const auto restored = deserializeIndex(good, 7, copy, error);
        REQUIRE(restored.has_value());
        requireSameIndex(built, *restored);
    }
    if (jobsBefore != nullptr)
        setenv("ATLAS_JOBS", saved.c_str(), 1);
    else
        unsetenv("ATLAS_JOBS");
}

TEST_CASE("an unwritable cache gives a warning, the index is still built, no temporary file stays", "[corpus][cache]") {
    const auto features = smallGazetteer();
    TempDir corpus;
    TempDir cache;
    makeCorpus(corpus.path);
    const CachedIndex cold = indexCorpusCached(corpus.path, features, "gaz", cache.path);
    REQUIRE(fs::exists(cold.cacheFile));
    auto entries = [&] {
        std::vector<std::string> names;
        for (const auto& e : fs::directory_iterator(cache.path)) names.push_back(e.path().filename().string());
        return names;
    };
    CHECK(entries() == std::vector<std::string>{cold.cacheFile.filename().string()});  // written atomically, no temp
    // A directory where the cache file should be: it cannot be read as a cache nor replaced.
    fs::remove(cold.cacheFile);
    fs::create_directories(cold.cacheFile / "x");
    const CachedIndex again = indexCorpusCached(corpus.path, features, "gaz", cache.path);
    CHECK_FALSE(again.fromCache);
    CHECK(hasWarning(again.index, again.cacheFile.string(), "ignored"));
    CHECK(hasWarning(again.index, again.cacheFile.string(), "not written"));
    requireSameIndex(again.index, [&] {
        CorpusIndex expected = cold.index;
        expected.warnings = again.index.warnings;
        return expected;
    }());
    CHECK(entries() == std::vector<std::string>{cold.cacheFile.filename().string()});  // the temporary file is gone
    CHECK(fs::is_directory(cold.cacheFile));
}

TEST_CASE("a deferred cache write: nothing written until the caller runs it, then the same file", "[corpus][cache]") {
    const auto features = smallGazetteer();
    TempDir corpus, now, later;
    makeCorpus(corpus.path);
    const CachedIndex written = indexCorpusCached(corpus.path, features, "gaz", now.path);
    CHECK_FALSE(written.pendingCacheWrite);  // CacheWrite::Now: written before it returned
    const auto nowBytes = atlas::core::readWholeFile(written.cacheFile);
    REQUIRE(nowBytes);

    CachedIndex deferred = indexCorpusCached(corpus.path, features, "gaz", later.path, 0, {}, IndexParts::MentionsTable,
                                             CacheWrite::Deferred);
    REQUIRE(deferred.pendingCacheWrite);
    CHECK_FALSE(fs::exists(deferred.cacheFile));
    const std::size_t warningsBefore = deferred.index.warnings.size();
    CHECK_FALSE(deferred.pendingCacheWrite(deferred).has_value());
    CHECK(deferred.index.warnings.size() == warningsBefore);
    CHECK(atlas::core::readWholeFile(deferred.cacheFile) == nowBytes);  // the same bytes as a write before returning

    // From the cache there is nothing to write.
    const CachedIndex reopened = indexCorpusCached(corpus.path, features, "gaz", later.path, 0, {},
                                                   IndexParts::MentionsTable, CacheWrite::Deferred);
    CHECK(reopened.fromCache);
    CHECK_FALSE(reopened.pendingCacheWrite);

    // A damaged cache is reported by the index that replaces it, and the warning is not stored with it: the next
    // reopen from the new file says nothing about the old one.
    writeBytes(deferred.cacheFile, "ATLASIDX but damaged");
    const CachedIndex rebuilt = indexCorpusCached(corpus.path, features, "gaz", later.path, 0, {},
                                                  IndexParts::MentionsTable, CacheWrite::Deferred);
    CHECK_FALSE(rebuilt.fromCache);
    CHECK(hasWarning(rebuilt.index, rebuilt.cacheFile.string(), "ignored"));
    REQUIRE(rebuilt.pendingCacheWrite);
    CHECK_FALSE(rebuilt.pendingCacheWrite(rebuilt).has_value());
    CHECK(atlas::core::readWholeFile(rebuilt.cacheFile) == nowBytes);
    const CachedIndex afterRebuild = indexCorpusCached(corpus.path, features, "gaz", later.path);
    CHECK(afterRebuild.fromCache);
    CHECK_FALSE(hasWarning(afterRebuild.index, afterRebuild.cacheFile.string(), "ignored"));
    CHECK(afterRebuild.index.warnings.size() == written.index.warnings.size());

    // A write that cannot be done is the caller's warning, naming the cache file.
    fs::remove(deferred.cacheFile);
    fs::create_directories(deferred.cacheFile / "x");
    const CachedIndex blocked = indexCorpusCached(corpus.path, features, "gaz", later.path, 0, {},
                                                  IndexParts::MentionsTable, CacheWrite::Deferred);
    REQUIRE(blocked.pendingCacheWrite);
    const auto warning = blocked.pendingCacheWrite(blocked);
    REQUIRE(warning);
    CHECK(warning->file == blocked.cacheFile.string());
    CHECK(warning->message.find("index cache not written") != std::string::npos);
    CHECK_FALSE(hasWarning(blocked.index, blocked.cacheFile.string(), "not written"));
}

TEST_CASE("an index made as records writes the same cache file as one made of Mentions, and reads back whole",
          "[corpus][cache][records]") {
    const auto features = smallGazetteer();
    TempDir corpus;
    makeCorpus(corpus.path);
    const CorpusIndex whole = indexCorpusDirectory(corpus.path, features);
    MentionRecords records;
    const CorpusIndex table =
        buildCorpusIndex(loadCorpusDirectory(corpus.path).documents, features, {}, 0, nullptr, &records);
    CHECK(table.mentions.empty());
    REQUIRE(records.count == whole.mentions.size());
    REQUIRE(records.owner != nullptr);
    // The names are the ones the mentions use, in the order they first use them: one each.
    std::vector<std::string> firstUse;
    for (const Mention& m : whole.mentions)
        if (std::find(firstUse.begin(), firstUse.end(), m.featureId + "/" + m.name) == firstUse.end())
            firstUse.push_back(m.featureId + "/" + m.name);
    REQUIRE(records.names.size() == firstUse.size());
    for (std::size_t k = 0; k < firstUse.size(); ++k)
        CHECK(std::string(records.names[k].first) + "/" + std::string(records.names[k].second) == firstUse[k]);

    CorpusIndex wholeWithoutWarnings = whole;  // the table index was built without the load's warnings
    wholeWithoutWarnings.warnings = table.warnings;
    const std::string fromRecords = serializeIndex(table, 3, &records);
    CHECK(fromRecords == serializeIndex(wholeWithoutWarnings, 3));
    std::vector<Document> docs = loadCorpusDirectory(corpus.path).documents;
    std::string error;
    const auto restored = deserializeIndex(fromRecords, 3, docs, error);
    REQUIRE(restored.has_value());
    requireSameIndex(wholeWithoutWarnings, *restored);
}

TEST_CASE("the cache stores a mention in about 24 bytes", "[corpus][cache][records]") {
    const auto features = smallGazetteer();
    std::string text;
    for (int i = 0; i < 5000; ++i) text += "Convoys left Shusha for Yerevan via the Lachin corridor.\n\nGanja and Baku.\n\n";
    CorpusIndex built = buildCorpusIndex({makeDocument("a.txt", text)}, features);
    REQUIRE(built.mentions.size() >= 25000);
    const std::size_t withMentions = serializeIndex(built, 1).size();
    const std::size_t mentions = built.mentions.size();
    built.mentions.clear();
    const std::size_t without = serializeIndex(built, 1).size();
    const double perMention = static_cast<double>(withMentions - without) / static_cast<double>(mentions);
    CHECK(perMention >= 24.0);
    CHECK(perMention < 24.1);  // the record; the five names are written once
}

TEST_CASE("records that point at another document's passage, or past the names, are refused", "[corpus][cache][records]") {
    const auto features = smallGazetteer();
    std::vector<Document> docs{makeDocument("a.txt", "Baku and Ganja.\n"), makeDocument("b.txt", "Yerevan.\n")};
    MentionRecords records;
    const CorpusIndex table = buildCorpusIndex(docs, features, {}, 0, nullptr, &records);
    REQUIRE(records.count == 3);
    REQUIRE(table.passages.size() == 2);
    REQUIRE(records.at(2).passage == 1);
    const auto damaged = [&](const std::function<void(MentionRecord&)>& change) {
        std::string bytes(records.bytes);
        MentionRecord r = records.at(0);
        change(r);
        std::memcpy(bytes.data(), &r, sizeof r);
        MentionRecords copy = records;
        copy.bytes = bytes;
        const std::string data = serializeIndex(table, 4, &copy);  // consistently checksummed
        std::vector<Document> again = docs;
        std::string error;
        const bool read = deserializeIndex(data, 4, again, error).has_value();
        return !read && error.find("inconsistent") != std::string::npos;
    };
    CHECK_FALSE(damaged([](MentionRecord&) {}));                                      // unchanged: read back
    CHECK(damaged([](MentionRecord& r) { r.passage = 1; }));                          // b.txt's passage
    CHECK(damaged([](MentionRecord& r) { r.passage = 9; }));                          // no such passage
    CHECK(damaged([](MentionRecord& r) { r.nameAndFlags = MentionRecord::packName(40, false, false); }));
    CHECK(damaged([](MentionRecord& r) { r.nameAndFlags |= MentionRecord::kExtra; }));  // an extra it does not have
    CHECK(damaged([](MentionRecord& r) { r.length = 200; }));                         // past the end of a.txt
    CHECK(damaged([](MentionRecord& r) { r.document = 2; }));                         // no such document
}
