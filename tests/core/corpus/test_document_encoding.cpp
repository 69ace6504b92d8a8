// Corpus files in UTF-16 (BOM or none), Windows-1251/-1252 and with CR-only line ends are read as text.
#include <catch2/catch.hpp>

#include "core/atomic_file.hpp"
#include "core/corpus/corpus_index.hpp"
#include "core/corpus/document_encoding.hpp"
#include "core/corpus/index_cache.hpp"
#include "core/corpus/passage_splitter.hpp"
#include "core/text/utf8.hpp"
#include "corpus_test_util.hpp"

using namespace atlas::core;
using namespace atlas::core::test;

namespace {

const std::string kDir = std::string(ATLAS_SOURCE_DIR) + "/tests/robustness/data/corpus_encodings/";

std::string decoded(const std::string& file, DocumentDecoding* out = nullptr) {
    std::string bytes = readBytes(kDir + file);
    const DocumentDecoding d = decodeDocumentBytes(bytes);
    if (out) *out = d;
    return bytes;
}

}  // namespace

TEST_CASE("encodings: UTF-16 with and without a byte order mark", "[corpus][encoding]") {
    DocumentDecoding d;
    CHECK(decoded("utf16le_bom.txt", &d) ==
          "Convoys reached Stepanakert in 1994.\n\nThe road from Yerevan was open again.\n");
    CHECK(d.encoding == "UTF-16LE");
    CHECK(d.note == "read as UTF-16LE (byte order mark) and converted to UTF-8");
    CHECK(decoded("utf16be.txt", &d).starts_with("Convoys reached Shusha"));
    CHECK(d.encoding == "UTF-16BE");
    CHECK_THAT(d.note, Catch::Contains("no byte order mark"));
    std::string lone("\xff\xfe" "A\0\x00\xd8" "B\0", 8);  // an unpaired surrogate between A and B
    decodeDocumentBytes(lone);
    CHECK(lone == "A\xef\xbf\xbd" "B");
}

TEST_CASE("encodings: Windows-1251 and -1252 are told apart and converted", "[corpus][encoding]") {
    DocumentDecoding d;
    const std::string ru = decoded("cp1251.txt", &d);
    CHECK(d.encoding == "WINDOWS-1251");
    CHECK(ru.starts_with("\xd0\x9a\xd0\xbe\xd0\xbd\xd0\xb2\xd0\xbe\xd0\xb9"));  // "Конвой"
    CHECK(countInvalidUtf8(ru) == 0);
    const std::string fr = decoded("cp1252.txt", &d);
    CHECK(d.encoding == "WINDOWS-1252");
    CHECK_THAT(fr, Catch::Contains("quitt\xc3\xa9 Gyumri"));
}

TEST_CASE("encodings: UTF-8 with a few bad bytes stays UTF-8; plain ASCII is untouched", "[corpus][encoding]") {
    std::string bytes = readBytes(messyPath("invalid_utf8.txt"));
    const std::string before = bytes;
    CHECK(decodeDocumentBytes(bytes).note.empty());
    CHECK(bytes == before);
    std::string binary = readBytes(messyPath("binary.txt"));
    const std::string binaryBefore = binary;
    decodeDocumentBytes(binary);
    CHECK(binary.size() == binaryBefore.size());
}

TEST_CASE("encodings: CR-only line ends split paragraphs", "[corpus][encoding]") {
    DocumentDecoding d;
    const std::string text = decoded("cr_only.txt", &d);
    CHECK(d.crLineEnds);
    CHECK(d.note.empty());
    const SplitResult r = splitDocument(makeDocument("cr_only.txt", text), 0);
    CHECK(r.passages.size() == 3);
}

TEST_CASE("encodings: a corpus folder reads each file in its encoding, with a note", "[corpus][encoding]") {
    const CorpusIndex index = indexCorpusDirectory(kDir, smallGazetteer());
    REQUIRE(index.documents.size() == 5);
    std::size_t notes = 0;
    for (const auto& w : index.warnings) notes += w.message.starts_with("read as ");
    CHECK(notes == 4);
    for (const auto& w : index.warnings) CHECK_THAT(w.message, !Catch::Contains("binary"));
}

TEST_CASE("load problems: thousands of files without a manifest entry are one line", "[corpus][encoding]") {
    TempDir dir;
    for (int i = 0; i < 300; ++i) writeBytes(dir.path / ("note" + std::to_string(1000 + i) + ".txt"), "Baku.\n");
    const CorpusLoad load = loadCorpusDirectory(dir.path);
    REQUIRE(load.documents.size() == 300);
    CHECK(load.warnings.size() == 2);  // no manifest; 300 files without an entry
    REQUIRE(load.warnings.size() >= 2);
    CHECK(load.warnings[1].message == "300 files without a manifest entry (note1000.txt, note1001.txt, "
                                      "note1002.txt, ...); titles taken from the documents");
}

TEST_CASE("load problems: a document's mentions stop at the cap, with a warning", "[corpus][encoding]") {
    const auto features = smallGazetteer();
    const NameMatcher matcher(features);
    const Document doc = makeDocument("dense.txt", "Baku, Baku, Baku, Baku and Baku again in 1994.\n");
    const DocumentIndex all = indexDocument(doc, 0, matcher);
    REQUIRE(all.mentions.size() == 5);
    const DocumentIndex capped = indexDocument(doc, 0, matcher, 3);
    CHECK(capped.mentions.size() == 3);
    REQUIRE_FALSE(capped.split.warnings.empty());
    CHECK(capped.split.warnings.back().message == "5 place mentions; only the first 3 are kept");
}

TEST_CASE("index cache: not written when it would outgrow its share of the corpus", "[corpus][encoding][cache]") {
    // The bundled corpus is cached (its cache stays well inside the share) ...
    const auto real = indexCorpusDirectory(std::string(ATLAS_SOURCE_DIR) + "/corpus", smallGazetteer());
    std::size_t realBytes = 0;
    for (const auto& d : real.documents) realBytes += d.bytes.size();
    CHECK(serializeIndex(real, 1).size() <= maxIndexCacheBytes(realBytes));
    // ... a 2 MiB file that is nothing but place names is not: its mentions would make the cache several times it.
    TempDir corpus, cache;
    // The file's first, small version is cached; the cache written for it stays as it was (it is stopped while
    // being written, and its temporary removed).
    writeBytes(corpus.path / "dense.txt", "Baku and Ganja.\n");
    const CachedIndex small = indexCorpusCached(corpus.path, smallGazetteer(), "gaz", cache.path);
    const auto smallCache = readWholeFile(small.cacheFile);
    REQUIRE(smallCache);
    std::string dense;
    while (dense.size() < (2u << 20)) dense += "Baku Ganja Baku Ganja Baku Ganja Baku Ganja Baku Ganja. ";
    writeBytes(corpus.path / "dense.txt", dense);
    const CachedIndex cold = indexCorpusCached(corpus.path, smallGazetteer(), "gaz", cache.path);
    CHECK(cold.cacheFile == small.cacheFile);
    CHECK(readWholeFile(cold.cacheFile) == smallCache);
    std::size_t temporaries = 0;
    for (const auto& entry : std::filesystem::directory_iterator(cache.path))
        temporaries += isAtomicTemporaryName(entry.path().filename().string()) ? 1 : 0;
    CHECK(temporaries == 0);
    bool warned = false;
    for (const auto& w : cold.index.warnings)
        warned |= w.message.find("index cache not written: ") != std::string::npos &&
                  w.message.find("more than 3 times the corpus") != std::string::npos;
    CHECK(warned);
}

TEST_CASE("encodings: a code page's bytes are counted wherever they fall among long ASCII runs", "[corpus][encoding]") {
    // The scan skips ASCII 32 bytes at a time: accented letters at every offset within and across those blocks are
    // still seen (40 lone 0xE9 bytes: Windows-1252), and the same text in UTF-8 stays as it is.
    std::string cp1252, utf8;
    for (int k = 0; k < 40; ++k) {
        const std::string run(static_cast<std::size_t>(k * 7 % 45), 'x');
        cp1252 += run + "caf\xe9 ";
        utf8 += run + "caf\xc3\xa9 ";
    }
    DocumentDecoding d = decodeDocumentBytes(cp1252);
    CHECK(d.encoding == "WINDOWS-1252");
    CHECK(countInvalidUtf8(cp1252) == 0);
    CHECK_THAT(cp1252, Catch::Contains("caf\xc3\xa9 xxxxxxx"));
    const std::string before = utf8;
    d = decodeDocumentBytes(utf8);
    CHECK(d.note.empty());
    CHECK(utf8 == before);
}
