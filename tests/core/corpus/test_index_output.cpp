// JSON/CSV output and gaps on a small hand-made corpus.
#include <catch2/catch.hpp>

#include <cstdlib>

#include <nlohmann/json.hpp>

#include "core/corpus/gaps.hpp"
#include "core/corpus/index_output.hpp"
#include "core/corpus/link_index.hpp"
#include "corpus_test_util.hpp"

using namespace atlas::core;
using namespace atlas::core::test;

namespace {

CorpusIndex smallIndex(const std::vector<GazetteerFeature>& features) {
    std::vector<Document> docs;
    docs.push_back(messyDoc("footnotes.txt"));
    docs.push_back(makeDocument("quote.txt", "Convoys left Shusha for \"Yerevan, Armenia\" via the Lachin road.\n\n"
                                             "Travellers crossed Tavush Province and Dilijan before reaching Sevan.\n"));
    return buildCorpusIndex(std::move(docs), features);
}

/// writeIndexJson's pieces, in order, for pieces of about `chunk` bytes.
std::vector<std::string> jsonPieces(const CorpusIndex& index, const std::vector<GazetteerFeature>& features,
                                    std::size_t chunk) {
    std::vector<std::string> pieces;
    writeIndexJson(index, features, [&](std::string_view piece) { pieces.emplace_back(piece); }, chunk);
    return pieces;
}

std::string joined(const std::vector<std::string>& pieces) {
    std::string out;
    for (const std::string& p : pieces) out += p;
    return out;
}

}  // namespace

TEST_CASE("indexToJson writes documents, passages, features and mentions with file offsets", "[corpus][output]") {
    const auto features = smallGazetteer();
    const CorpusIndex index = smallIndex(features);
    const nlohmann::json j = nlohmann::json::parse(indexToJson(index, features));
    CHECK(j["version"] == 1);
    REQUIRE(j["documents"].size() == 2);
    CHECK(j["documents"][1]["file"] == "quote.txt");
    CHECK(j["documents"][1]["title"] == "quote.txt");
    CHECK(j["documents"][1]["author"].is_null());
    REQUIRE(j["passages"].size() == index.passages.size());
    CHECK(j["passages"][1]["kind"] == "body");
    CHECK(j["passages"][1]["ranges"].size() == 2);
    CHECK(j["passages"][1]["footnotes"].size() == 2);
    CHECK(j["features"].size() == features.size());
    REQUIRE(j["mentions"].size() == index.mentions.size());
    for (const auto& m : j["mentions"]) {
        const std::string& bytes = index.documents[m["document"].get<std::size_t>()].bytes;
        const std::size_t b = m["begin"];
        const std::size_t e = m["end"];
        if (m["ranges"].size() == 1) CHECK(bytes.substr(b, e - b) == m["text"].get<std::string>());
    }
    bool sawCorridor = false;
    for (const auto& f : j["features"])
        if (f["id"] == "lachin-corridor") {
            sawCorridor = true;
            CHECK(f["mention_count"] == 2);
            CHECK(f["documents"]["quote.txt"] == 1);
            CHECK(f["documents"]["footnotes.txt"] == 1);
        }
    CHECK(sawCorridor);
}

TEST_CASE("mentionsToCsv has one quoted row per mention", "[corpus][output]") {
    const auto features = smallGazetteer();
    const CorpusIndex index = smallIndex(features);
    const std::string csv = mentionsToCsv(index);
    CHECK(csv.rfind("feature_id,document,passage_id,passage_kind,begin,end,text,adjectival,page\r\n", 0) == 0);
    std::size_t rows = 0;
    for (std::size_t pos = 0; (pos = csv.find("\r\n", pos)) != std::string::npos; pos += 2) ++rows;
    CHECK(rows == index.mentions.size() + 1);
    CHECK(csv.find("yerevan,quote.txt,quote#p1,body,") != std::string::npos);
    CHECK(csv.find("lachin-corridor,quote.txt,quote#p1,body,") != std::string::npos);
}

TEST_CASE("mentionsToCsv quotes a field with a comma, quote or line end and doubles its quotes", "[corpus][output]") {
    const auto features = smallGazetteer();
    std::vector<Document> docs;
    docs.push_back(makeDocument("notes, \"Baku\".txt", "Convoys left Shusha for Yerevan.\n"));
    docs.push_back(makeDocument("plain.txt", "Yerevan.\n"));
    const CorpusIndex index = buildCorpusIndex(std::move(docs), features);
    const std::string csv = mentionsToCsv(index);
    CHECK(csv.find(",\"notes, \"\"Baku\"\".txt\",") != std::string::npos);
    CHECK(csv.find(",plain.txt,") != std::string::npos);  // no quotes where none are needed
    CHECK(csv.find("\"plain.txt\"") == std::string::npos);
}

TEST_CASE("gaps list capitalised place-like phrases that no feature matches", "[corpus][gaps]") {
    const auto features = smallGazetteer();
    const CorpusIndex index = smallIndex(features);
    const NameMatcher matcher(features);
    const std::vector<Gap> gaps = findGaps(index, matcher);
    std::vector<std::string> texts;
    for (const Gap& g : gaps) texts.push_back(g.text);
    CHECK(std::find(texts.begin(), texts.end(), "Tavush Province") != texts.end());
    CHECK(std::find(texts.begin(), texts.end(), "Dilijan") != texts.end());
    CHECK(std::find(texts.begin(), texts.end(), "Sevan") == texts.end());     // a gazetteer name
    CHECK(std::find(texts.begin(), texts.end(), "Travellers") == texts.end());  // sentence-initial word
    const std::string csv = gapsToCsv(gaps);
    CHECK(csv.find("Dilijan,1,quote#p2") != std::string::npos);
}

TEST_CASE("candidate phrases skip months, titles, speakers, organisations and demonyms", "[corpus][gaps]") {
    const auto phrases = candidatePlacePhrases(
        "In March the Armenian envoy met President Ilham Aliyev in Gyumri. Fuad Shahbaz tweeted from Ijevan. "
        "The Ministry of Foreign Affairs and the Minsk Group met near Lake Arpi and the Republic of Artsakh.");
    CHECK(phrases == std::vector<std::string>{"Gyumri", "Ijevan", "Lake Arpi", "Republic of Artsakh"});
}

TEST_CASE("writeMentionsCsv streams the same table in pieces, passage kinds as LinkIndex finds them",
          "[corpus][output]") {
    const auto features = smallGazetteer();
    std::vector<Document> docs;
    docs.push_back(messyDoc("footnotes.txt"));
    // Same stem as the next file: passage ids repeat, and a repeated id names the first passage with it.
    docs.push_back(makeDocument("twin.md", "# Yerevan and Shusha\n\nConvoys left Shusha for Yerevan.\n"));
    docs.push_back(makeDocument("twin.txt", "Travellers crossed Lachin and Shusha.\n\n# Yerevan\n"));
    const CorpusIndex index = buildCorpusIndex(std::move(docs), features);
    REQUIRE(index.mentions.size() > 4);
    const std::string whole = mentionsToCsv(index);
    for (const std::size_t chunk : {std::size_t{1}, std::size_t{7}, std::size_t{100}, std::size_t{1} << 20}) {
        std::string joined;
        std::size_t pieces = 0;
        writeMentionsCsv(
            index, [&](std::string_view piece) {
                joined += piece;
                ++pieces;
            },
            chunk);
        CHECK(joined == whole);
        if (chunk == 1) CHECK(pieces == index.mentions.size());  // header and first row go together
    }
    // The passage_kind column (4th) is what LinkIndex::passageIndex gives for the mention's passage id.
    const LinkIndex links(index);
    std::size_t row = 0;
    std::size_t lineStart = whole.find("\r\n") + 2;
    for (; lineStart < whole.size(); ++row) {
        const std::size_t lineEnd = whole.find("\r\n", lineStart);
        const std::string line = whole.substr(lineStart, lineEnd - lineStart);
        std::size_t c1 = line.find(','), c2 = line.find(',', c1 + 1), c3 = line.find(',', c2 + 1),
                    c4 = line.find(',', c3 + 1);
        const auto pi = links.passageIndex(index.mentions[row].passageId);
        REQUIRE(pi);
        CHECK(line.substr(c3 + 1, c4 - c3 - 1) == passageKindName(index.passages[*pi].kind));
        lineStart = lineEnd + 2;
    }
    CHECK(row == index.mentions.size());
}

TEST_CASE("writeIndexJson prints what nlohmann::json prints for the same document, in pieces", "[corpus][output]") {
    const auto features = smallGazetteer();
    std::vector<Document> docs;
    docs.push_back(messyDoc("footnotes.txt"));
    // Quotes, a backslash, a tab, a control byte and three scripts in the text; a duplicate file name (the second
    // one's counts under the first one's key); a file name with malformed UTF-8 (each bad sequence one U+FFFD).
    docs.push_back(makeDocument("quote.txt", "Convoys left Shusha for \"Yerevan\\Armenia\"\tvia\x01 the Lachin road.\n\n"
                                             "Ստեփանակերտ, Степанакерт and Yerevan again.\n"));
    docs.push_back(makeDocument("quote.txt", "Yerevan, Yerevan and Shusha.\n"));
    docs.push_back(makeDocument("bad\xff\xfe name \xe2\x82.txt", "Tavush Province and Dilijan.\n"));
    CorpusIndex index = buildCorpusIndex(std::move(docs), features);
    index.warnings.push_back({"odd\x80.pdf", "a message with \"quotes\", a\ttab, a line\nbreak and \x1f"});
    REQUIRE(index.mentions.size() > 6);
    const std::string whole = indexToJson(index, features);
    // The same bytes as the tree nlohmann builds from them and prints with the settings `index --json` always used.
    const auto tree = nlohmann::ordered_json::parse(whole);
    CHECK(tree.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) == whole);
    CHECK(tree["warnings"].back()["message"] == "a message with \"quotes\", a\ttab, a line\nbreak and \x1f");
    CHECK(whole.find("\\u001f") != std::string::npos);
    CHECK(whole.find("\\t") != std::string::npos);
    CHECK(whole.find("\\\\Armenia") != std::string::npos);
    CHECK(tree["warnings"].back()["file"] == "odd\xef\xbf\xbd.pdf");
    CHECK(tree["documents"][3]["file"] == "bad\xef\xbf\xbd\xef\xbf\xbd name \xef\xbf\xbd.txt");
    bool sawYerevan = false;
    for (const auto& f : tree["features"])
        if (f["id"] == "yerevan") {
            sawYerevan = true;
            REQUIRE(f["documents"].size() == 1);  // both quote.txt files under one key
            CHECK(f["documents"]["quote.txt"] == 2);  // the later document's count, as an object assigned twice holds
        }
    CHECK(sawYerevan);
    CHECK(tree["passages"][0]["years"].is_array());
    // Streamed in pieces of about `chunk` bytes: the same document.
    for (const std::size_t chunk : {std::size_t{1}, std::size_t{64}, std::size_t{1} << 20}) {
        const auto pieces = jsonPieces(index, features, chunk);
        CHECK(joined(pieces) == whole);
        if (chunk == 1) CHECK(pieces.size() > index.mentions.size());
        if (chunk == std::size_t{1} << 20) CHECK(pieces.size() <= 5);  // before and after the two sections in blocks
    }
    // An empty index: empty arrays print as [].
    const std::string empty = indexToJson(CorpusIndex{}, {});
    CHECK(empty == nlohmann::ordered_json::parse(empty).dump(1, ' ', false));
    CHECK(empty.find("\"mentions\": []") != std::string::npos);
}

TEST_CASE("writeIndexJson of many blocks is the same document on one, two or three threads", "[corpus][output]") {
    const auto features = smallGazetteer();
    std::string text;
    for (int i = 0; i < 9000; ++i) text += i % 3 == 0 ? "Baku and Ganja.\n\n" : "Convoys left Shusha for Yerevan.\n\n";
    std::vector<Document> docs{makeDocument("a.txt", text), makeDocument("b.txt", "Tbilisi, then Baku.\n")};
    const CorpusIndex index = buildCorpusIndex(std::move(docs), features);
    REQUIRE(index.passages.size() > 2 * 4096);  // passages in three blocks or more
    REQUIRE(index.mentions.size() > 16384);     // mentions in two or more
    const char* before = std::getenv("ATLAS_JOBS");
    const std::string saved = before != nullptr ? before : "";
    std::string reference;
    for (const char* jobs : {"1", "2", "3"}) {
        setenv("ATLAS_JOBS", jobs, 1);
        const auto pieces = jsonPieces(index, features, 100000);
        bool elementEnds = true;  // every piece but the last ends after an element (or a section's start)
        for (const std::string& piece : pieces)
            elementEnds = elementEnds && (piece.ends_with("}") || piece.ends_with("[") || piece.ends_with("]"));
        const std::string whole = joined(pieces);
        if (reference.empty()) {
            reference = whole;
            const auto tree = nlohmann::ordered_json::parse(reference);
            CHECK(tree.dump(1, ' ', false) == reference);
            CHECK(tree["passages"].size() == index.passages.size());
            CHECK(tree["mentions"].size() == index.mentions.size());
            CHECK(tree["mentions"][16384]["passage"] == index.mentions[16384].passageId);  // first of the second block
        }
        CHECK(whole == reference);
        CHECK(elementEnds);
        CHECK(pieces.size() > reference.size() / 200000);
    }
    if (before != nullptr)
        setenv("ATLAS_JOBS", saved.c_str(), 1);
    else
        unsetenv("ATLAS_JOBS");
}
