// Documents from format readers: page mapping, titles from the text, datelines in the region's forms, and the
// reader hook of loadCorpusDirectory (metadata merged under the manifest, a failing file one warning).
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "core/corpus/corpus_index.hpp"
#include "core/corpus/index_cache.hpp"
#include "core/corpus/passage_classify.hpp"
#include "core/present/citation.hpp"
#include "corpus_test_util.hpp"

using namespace atlas::core;
using namespace atlas::core::test;

TEST_CASE("pageOf maps byte offsets to 1-based pages; no pages, no page", "[corpus][pages]") {
    Document doc = makeDocument("a.pdf", std::string(30, 'x'));
    CHECK_FALSE(doc.pageOf(5));
    doc.pageStarts = {0, 10, 20};
    const auto [offset, page] = GENERATE(table<std::size_t, int>({{0, 1}, {9, 1}, {10, 2}, {19, 2}, {20, 3}, {29, 3}}));
    CAPTURE(offset);
    CHECK(doc.pageOf(offset) == page);
}

TEST_CASE("datelines: spelled months, day first, ISO; no date in an ordinary line", "[corpus][dateline]") {
    const auto [line, date] = GENERATE(table<std::string, std::string>({
        {"YEREVAN, 12 March 2024 \xE2\x80\x94", "2024-03-12"},
        {"March 12, 2024", "2024-03-12"},
        {"12.03.2024", "2024-03-12"},
        {"Баку, 05/11/2023", "2023-11-05"},
        {"Published 2024-03-12 10:15", "2024-03-12"},
    }));
    CAPTURE(line);
    CHECK(classify::datelineDate(line) == date);
    for (const char* none : {"Page 12.3", "12.13.2024", "112.03.2024", "Version 2024-13-01", "Population 12.03.20245"}) {
        CAPTURE(none);
        CHECK_FALSE(classify::datelineDate(none));
    }
}

TEST_CASE("a day-first dateline at the top of a text becomes its date", "[corpus][dateline]") {
    const CorpusIndex index =
        buildCorpusIndex({makeDocument("n.txt", "Talks in Baku\n\n12.03.2024\n\nThe talks in Baku went on.\n")},
                         smallGazetteer());
    REQUIRE(index.documents.size() == 1);
    CHECK(index.documents[0].meta.date == "2024-03-12");
}

TEST_CASE("firstLineTitle: the first non-empty line, Markdown marks dropped, long lines cut at a word", "[corpus]") {
    CHECK(firstLineTitle("\n\n  # Talks in Baku  \nbody") == "Talks in Baku");
    CHECK(firstLineTitle("\xEF\xBB\xBFTitle\r\nx") == "Title");
    CHECK(firstLineTitle(" \n\t\n").empty());
    const std::string longLine = std::string(200, 'a') + " end";
    const std::string cut = firstLineTitle(std::string(60, 'w') + " " + std::string(80, 'v'));
    CHECK(cut == std::string(60, 'w') + "\xE2\x80\xA6");
    CHECK(firstLineTitle(longLine).size() <= 120);
}

TEST_CASE("loadCorpusDirectory: readers by extension, the manifest wins, a failing file is one warning",
          "[corpus][readers]") {
    TempDir dir;
    writeBytes(dir.path / "a.fake", "ignored bytes");
    writeBytes(dir.path / "b.FAKE", "more");
    writeBytes(dir.path / "c.txt", "\n# Baku notes\n\nBaku grew.\n");
    writeBytes(dir.path / "d.unknown", "never read");
    writeBytes(dir.path / "manifest.json", R"({"version":1,"documents":[{"file":"a.fake","title":"Manifest title"}]})");
    DocumentReaders readers;
    readers[".fake"] = [](const std::filesystem::path& p, std::string& error) -> std::optional<ExtractedText> {
        if (p.filename() == "b.FAKE") {
            error = "encrypted PDF, cannot read without a password";
            return std::nullopt;
        }
        ExtractedText x;
        x.text = "Page one about Baku.\n\nPage two about Baku.\n";
        x.title = "Format title";
        x.author = "Format author";
        x.date = "2020-01-02";
        x.pageStarts = {0, 22};
        return x;
    };
    const CorpusLoad load = loadCorpusDirectory(dir.path, readers);
    REQUIRE(load.documents.size() == 2);
    const Document& a = load.documents[0];
    CHECK(a.meta.file == "a.fake");
    CHECK(a.meta.title == "Manifest title");  // the manifest wins
    CHECK(a.meta.author == "Format author");  // the format fills what the manifest leaves empty
    CHECK(a.meta.date == "2020-01-02");
    CHECK(a.pageStarts == std::vector<std::size_t>{0, 22});
    CHECK(a.bytes == "Page one about Baku.\n\nPage two about Baku.\n");
    const Document& c = load.documents[1];
    CHECK(c.meta.title == "Baku notes");  // no manifest entry, no format title: its first heading, not "c.txt"
    bool lockedNamed = false;
    for (const auto& w : load.warnings) {
        if (w.file == "b.FAKE") lockedNamed = w.message == "encrypted PDF, cannot read without a password";
        CHECK(w.file != "d.unknown");
    }
    CHECK(lockedNamed);

    const CorpusIndex index = buildCorpusIndex(load.documents, smallGazetteer(), {}, 1);
    std::vector<std::optional<int>> pages;
    for (std::size_t i = 0; i < index.passages.size(); ++i)
        if (index.passages[i].documentIndex == 0) pages.push_back(passagePlaces(index)[i].page);
    CHECK(pages == std::vector<std::optional<int>>{1, 2});
    CHECK(citePassage(index, 1) == "Format author, \"Manifest title\", 2 January 2020, p. 2, \xC2\xB6" "2.");
}

TEST_CASE("index cache key: reader metadata and page starts are part of the content", "[corpus][cache]") {
    Document a = makeDocument("a.pdf", "Baku.\n");
    const std::vector<Document> base{a};
    a.pageStarts = {0};
    const std::vector<Document> paged{a};
    a.meta.title = "T";
    const std::vector<Document> titled{a};
    const auto k0 = indexCacheKey(base, "", "");
    CHECK(indexCacheKey(paged, "", "") != k0);
    CHECK(indexCacheKey(titled, "", "") != indexCacheKey(paged, "", ""));
}
