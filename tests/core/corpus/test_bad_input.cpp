// Bad input end to end: a corpus folder with broken files still indexes its good documents, warning per file.
#include <catch2/catch.hpp>

#include "core/corpus/corpus_index.hpp"
#include "corpus_test_util.hpp"

using namespace atlas::core;
using namespace atlas::core::test;

namespace {

bool warned(const CorpusIndex& index, const std::string& file, const std::string& part) {
    for (const CorpusWarning& w : index.warnings)
        if (w.file == file && w.message.find(part) != std::string::npos) return true;
    return false;
}

std::size_t mentionsIn(const CorpusIndex& index, const std::string& file) {
    std::size_t n = 0;
    for (const Mention& m : index.mentions)
        if (index.documents[m.documentIndex].meta.file == file) ++n;
    return n;
}

}  // namespace

TEST_CASE("a corpus folder with broken files warns per file and indexes the rest", "[corpus][badinput]") {
    TempDir dir;
    const std::string good = "Convoys left Shusha for Yerevan via the Lachin corridor.\n\nGanja and Baku were shelled.\n";
    writeBytes(dir.path / "a_good.txt", good);
    writeBytes(dir.path / "b_invalid_utf8.txt", "Baku \xC3\x28 and Ganja \xFF\xFE in 1994.\n");
    writeBytes(dir.path / "c_nul.txt", std::string("Yerevan\0and\0Tbilisi.\n", 22));
    writeBytes(dir.path / "d_empty.txt", "");
    writeBytes(dir.path / "e_crlf.md", "Stepanakert\r\nand Shusha.\r\n\r\nLachin corridor.\r\n");
    std::string binary;
    for (int i = 0; i < 4096; ++i) binary.push_back(static_cast<char>((i * 7919 + 13) % 256));
    writeBytes(dir.path / "f_binary.txt", binary);
    writeBytes(dir.path / "g_image.png", binary);  // not a document: ignored without a word
    writeBytes(dir.path / "manifest.json", "{not json");

    // One 100 MB line (generated here, never committed).
    const std::string chunk = "Convoys crossed the Lachin corridor toward Stepanakert in 2023 and returned. ";
    std::size_t chunks = 0;
    {
        std::string big;
        big.reserve((100u << 20) + chunk.size());
        while (big.size() < (100u << 20)) {
            big += chunk;
            ++chunks;
        }
        writeBytes(dir.path / "h_big.txt", big);
    }

    const auto features = smallGazetteer();
    const CorpusIndex index = indexCorpusDirectory(dir.path, features);
    REQUIRE(index.documents.size() == 7);  // the .png is not a document
    CHECK(warned(index, "manifest.json", "not a JSON object"));
    CHECK(warned(index, "b_invalid_utf8.txt", "invalid UTF-8"));
    CHECK(warned(index, "c_nul.txt", "NUL"));
    CHECK(warned(index, "d_empty.txt", "empty file"));
    CHECK(warned(index, "f_binary.txt", "binary"));
    for (const char* f : {"a_good.txt", "b_invalid_utf8.txt", "c_nul.txt", "d_empty.txt", "e_crlf.md", "f_binary.txt", "h_big.txt"})
        CHECK(warned(index, f, "no manifest entry"));

    CHECK(mentionsIn(index, "a_good.txt") == 5);
    CHECK(mentionsIn(index, "b_invalid_utf8.txt") == 2);
    CHECK(mentionsIn(index, "c_nul.txt") == 1);  // Yerevan (Tbilisi is not in the small gazetteer)
    CHECK(mentionsIn(index, "d_empty.txt") == 0);
    CHECK(mentionsIn(index, "e_crlf.md") == 2);  // Shusha, Lachin corridor
    CHECK(mentionsIn(index, "f_binary.txt") == 0);
    CHECK(mentionsIn(index, "h_big.txt") == chunks);  // one Lachin corridor per chunk
    for (const Passage& p : index.passages) {
        if (index.documents[p.documentIndex].meta.file != "e_crlf.md") continue;
        CHECK(p.cleanText.find('\r') == std::string::npos);
    }
    for (const Mention& m : index.mentions) {  // offsets point at the right bytes even around repaired bytes
        const std::string& bytes = index.documents[m.documentIndex].bytes;
        CHECK(bytes.substr(m.begin(), m.end() - m.begin()).find(m.text.substr(0, 4)) == 0);
    }
}

TEST_CASE("a large index merged in batches is the same on any number of threads", "[corpus][parallel]") {
    // ~50,000 mentions in 16 documents of different sizes: the merge goes in several batches (about an eighth of
    // the mentions' memory each), which cut through the documents' order; every thread count gives the same index.
    const auto features = smallGazetteer();
    auto docs = [] {
        std::vector<Document> d;
        for (int i = 0; i < 16; ++i) {
            std::string text;
            for (int p = 0; p < 300 + (i * 7919) % 700; ++p)
                text += "Baku, Ganja and Shusha in " + std::to_string(1900 + (p + i) % 120) + ". Passage " +
                        std::to_string(p) + ".\n\n";
            d.push_back(makeDocument("big" + std::to_string(i) + ".txt", text));
        }
        return d;
    };
    const CorpusIndex one = buildCorpusIndex(docs(), features, {}, 1);
    REQUIRE(one.mentions.size() > 30000);
    for (const std::size_t jobs : {2u, 3u}) {
        const CorpusIndex many = buildCorpusIndex(docs(), features, {}, jobs);
        REQUIRE(one.passages.size() == many.passages.size());
        REQUIRE(one.mentions.size() == many.mentions.size());
        std::size_t passagesDiffer = 0, mentionsDiffer = 0;
        for (std::size_t i = 0; i < one.passages.size(); ++i)
            passagesDiffer += one.passages[i].id != many.passages[i].id ||
                              one.passages[i].cleanText != many.passages[i].cleanText ||
                              one.passages[i].documentIndex != many.passages[i].documentIndex;
        for (std::size_t i = 0; i < one.mentions.size(); ++i)
            mentionsDiffer += one.mentions[i].passageId != many.mentions[i].passageId ||
                              one.mentions[i].featureId != many.mentions[i].featureId ||
                              one.mentions[i].ranges != many.mentions[i].ranges ||
                              one.mentions[i].documentIndex != many.mentions[i].documentIndex;
        CHECK(passagesDiffer == 0);
        CHECK(mentionsDiffer == 0);
        CHECK(many.mentions.back().documentIndex == 15);
        CHECK(many.mentions.front().documentIndex == 0);
    }
}

TEST_CASE("the index does not depend on the number of threads", "[corpus][parallel]") {
    const auto features = smallGazetteer();
    auto docs = [] {
        std::vector<Document> d;
        for (int i = 0; i < 12; ++i)
            d.push_back(makeDocument("d" + std::to_string(i) + ".txt",
                                     std::string(static_cast<std::size_t>(i % 5) * 300, ' ') + "Baku, Ganja and Shusha " +
                                         std::to_string(1990 + i) + ".\n\nThe Lachin corridor.\n"));
        return d;
    };
    const CorpusIndex one = buildCorpusIndex(docs(), features, {}, 1);
    CHECK(one.mentions.size() == 12 * 4);
    // Merged in document order whichever thread indexed (and moved into place) which document.
    for (const std::size_t jobs : {2u, 3u, 4u}) {
        const CorpusIndex many = buildCorpusIndex(docs(), features, {}, jobs);
        REQUIRE(one.passages.size() == many.passages.size());
        REQUIRE(one.mentions.size() == many.mentions.size());
        for (std::size_t i = 0; i < one.passages.size(); ++i) {
            CHECK(one.passages[i].id == many.passages[i].id);
            CHECK(one.passages[i].documentIndex == many.passages[i].documentIndex);
            CHECK(one.passages[i].cleanText == many.passages[i].cleanText);
            CHECK(one.passages[i].years == many.passages[i].years);
        }
        for (std::size_t i = 0; i < one.mentions.size(); ++i) {
            CHECK(one.mentions[i].passageId == many.mentions[i].passageId);
            CHECK(one.mentions[i].featureId == many.mentions[i].featureId);
            CHECK(one.mentions[i].text == many.mentions[i].text);
            CHECK(one.mentions[i].ranges == many.mentions[i].ranges);
        }
    }
}
