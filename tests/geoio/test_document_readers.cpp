// Corpus formats: HTML without its chrome and in a legacy charset, PDF pages and metadata, DOCX and ODT built with
// libzip here, and the bad files (locked or image-only PDF, corrupt ZIP) each one clear reason.
#include <catch2/catch.hpp>

#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "core/corpus/corpus_index.hpp"
#include "core/corpus/document.hpp"
#include "core/gazetteer/gazetteer_json.hpp"
#include "core/present/citation.hpp"
#include "core/text/utf8.hpp"
#include "geoio/document_readers.hpp"

using namespace atlas;
namespace fs = std::filesystem;

namespace {

fs::path fixture(const std::string& name) { return fs::path(ATLAS_TEST_DATA_DIR) / "formats" / name; }

std::string readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

/// A ZIP of the given members, written by libzip into memory.
std::string zipOf(const std::vector<std::pair<std::string, std::string>>& members) {
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &err);
    REQUIRE(buffer);
    zip_source_keep(buffer);
    zip_t* z = zip_open_from_source(buffer, ZIP_TRUNCATE, &err);
    REQUIRE(z);
    for (const auto& [name, text] : members) {
        zip_source_t* s = zip_source_buffer(z, text.data(), text.size(), 0);
        REQUIRE(s);
        REQUIRE(zip_file_add(z, name.c_str(), s, ZIP_FL_OVERWRITE) >= 0);
    }
    REQUIRE(zip_close(z) == 0);
    REQUIRE(zip_source_open(buffer) == 0);
    zip_stat_t st;
    REQUIRE(zip_source_stat(buffer, &st) == 0);
    std::string out(static_cast<std::size_t>(st.size), '\0');
    REQUIRE(zip_source_read(buffer, out.data(), st.size) == static_cast<zip_int64_t>(st.size));
    zip_source_close(buffer);
    zip_source_free(buffer);
    zip_error_fini(&err);
    return out;
}

const char* const kDocxBody = R"(<?xml version="1.0" encoding="UTF-8"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>Notes from Ganja</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">We met in </w:t></w:r><w:r><w:t>Shusha</w:t></w:r><w:r><w:tab/><w:t>at noon</w:t><w:br/><w:t>and left.</w:t></w:r></w:p>
<w:p><w:r><w:delText>struck out</w:delText></w:r></w:p>
</w:body></w:document>)";
const char* const kDocxCore = R"(<?xml version="1.0" encoding="UTF-8"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">
<dc:title>Ganja notes</dc:title><dc:creator>R. Author</dc:creator><dcterms:created>2021-05-04T10:00:00Z</dcterms:created>
</cp:coreProperties>)";

}  // namespace

TEST_CASE("HTML: the article without scripts, navigation, banners, sharing, aside or footer", "[geoio][formats]") {
    std::string error;
    const auto x = geoio::extractHtml(readAll(fixture("article.html")), error);
    REQUIRE(x);
    CAPTURE(x->text);
    CHECK(contains(x->text, "Delegations from Yerevan and Baku met in Tbilisi on Tuesday \xE2\x80\x94 the first round"));
    CHECK(contains(x->text, "Border talks resume in Tbilisi\n\nDelegations"));  // heading and paragraph apart
    CHECK(contains(x->text, "Lachin corridor\nand to the railway."));           // <br> a line break
    for (const char* chrome : {"trackingYerevan", "font-family", "Shusha section", "Ganja", "cookies", "Gyumri",
                               "Kutaisi", "Sevan street", "Example News"})
        CHECK_FALSE(contains(x->text, chrome));
    CHECK(x->title == "Border talks resume in Tbilisi");  // og:title before <title>
    CHECK(x->author == "N. Reporter");
    CHECK(x->date == "2024-03-12");
    CHECK(x->description == "Delegations met in Tbilisi.");
    CHECK(x->pageStarts.empty());
}

TEST_CASE("HTML: a windows-1251 page declared by its meta charset comes out as UTF-8", "[geoio][formats]") {
    std::string error;
    const auto x = geoio::extractHtml(readAll(fixture("legacy.html")), error);
    REQUIRE(x);
    CHECK(x->title == "Переговоры в Ереване");
    CHECK(contains(x->text, "Делегации встретились в Ереване и обсудили Лачинский коридор."));
    CHECK_FALSE(x->date);  // the page says no date: none is guessed
    CHECK_FALSE(x->author);
}

TEST_CASE("HTML: a KOI8-R page by http-equiv, and <time datetime> as the date", "[geoio][formats]") {
    const std::string html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">"
                             "</head><body><p>\xE7\xC0\xCD\xD2\xC9</p><time datetime=\"2020-10-05\">5 Oct</time></body>"
                             "</html>";  // "Гюмри" in KOI8-R
    std::string error;
    const auto x = geoio::extractHtml(html, error);
    REQUIRE(x);
    CHECK(contains(x->text, "Гюмри"));
    CHECK(x->date == "2020-10-05");
    CHECK_FALSE(x->title);
}

TEST_CASE("HTML: malformed UTF-8 in the text or the title comes out as U+FFFD (fuzzing regression)",
          "[geoio][formats]") {
    std::string error;
    const auto lone = geoio::extractHtml("\xEF", error);  // a lone lead byte: libxml2 passed it through
    REQUIRE(lone);
    CHECK(core::countInvalidUtf8(lone->text) == 0);
    const auto titled = geoio::extractHtml("<html><head><title>Gyumri \xC3 and \xFF\xFE</title></head>"
                                           "<body><p>Vanadzor \xE2\x82 road</p></body></html>",
                                           error);
    REQUIRE(titled);
    REQUIRE(titled->title);
    CHECK(core::countInvalidUtf8(*titled->title) == 0);
    CHECK(core::countInvalidUtf8(titled->text) == 0);
    CHECK(contains(*titled->title, "Gyumri \xEF\xBF\xBD and"));
    CHECK(contains(titled->text, "Vanadzor"));
    CHECK(geoio::detail::repairUtf8("ok \xD0\x95") == "ok \xD0\x95");  // valid text is left as it is
    CHECK(geoio::detail::repairUtf8("a\x80" "b") == "a\xEF\xBF\xBD" "b");
}

TEST_CASE("PDF: text per page with the page starts, Info title, author and creation date", "[geoio][formats]") {
    std::string error;
    const auto x = geoio::extractPdf(readAll(fixture("report.pdf")), error);
    INFO(error);
    REQUIRE(x);
    CAPTURE(x->text);
    REQUIRE(x->pageStarts.size() == 2);
    CHECK(x->pageStarts[0] == 0);
    const std::string page1 = x->text.substr(0, x->pageStarts[1]);
    const std::string page2 = x->text.substr(x->pageStarts[1]);
    CHECK(contains(page1, "Report on the Lachin corridor"));
    CHECK(contains(page1, "Yerevan"));
    CHECK_FALSE(contains(page1, "Gyumri"));
    CHECK(contains(page2, "Gyumri"));
    CHECK(x->title == "Corridor survey");
    CHECK(x->author == "A. Researcher");
    CHECK(x->date == "2024-03-12");
}

TEST_CASE("PDF: a locked file, an image-only file and a non-PDF each give one reason", "[geoio][formats]") {
    std::string error;
    CHECK_FALSE(geoio::extractPdf(readAll(fixture("locked.pdf")), error));
    CHECK(error == "encrypted PDF, cannot read without a password");
    CHECK_FALSE(geoio::extractPdf(readAll(fixture("scanned.pdf")), error));
    CHECK(error == "no text layer (scanned?)");
    CHECK_FALSE(geoio::extractPdf("<html>not a pdf</html>", error));
    CHECK(contains(error, "not a PDF"));
}

TEST_CASE("DOCX: paragraphs, tabs and breaks from word/document.xml, core properties as metadata", "[geoio][formats]") {
    std::string error;
    const auto x = geoio::extractDocx(zipOf({{"word/document.xml", kDocxBody}, {"docProps/core.xml", kDocxCore}}), error);
    INFO(error);
    REQUIRE(x);
    CHECK(x->text == "Notes from Ganja\n\nWe met in Shusha\tat noon\nand left.\n\n");  // deleted text left out
    CHECK(x->title == "Ganja notes");
    CHECK(x->author == "R. Author");
    CHECK(x->date == "2021-05-04");

    const auto bare = geoio::extractDocx(zipOf({{"word/document.xml", kDocxBody}}), error);  // no core.xml
    REQUIRE(bare);
    CHECK_FALSE(bare->title);
    CHECK_FALSE(bare->date);
}

TEST_CASE("ODT: text:h and text:p with spaces and line breaks, meta.xml as metadata", "[geoio][formats]") {
    const std::string content = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>
<text:h>Tbilisi diary</text:h><text:p>From <text:span>Tbilisi</text:span><text:s text:c="2"/>to Batumi<text:line-break/>by train.</text:p>
</office:text></office:body></office:document-content>)";
    const std::string meta = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<office:meta><dc:title>Diary</dc:title><meta:initial-creator>T. Traveller</meta:initial-creator>
<meta:creation-date>2019-08-30T12:00:00</meta:creation-date></office:meta></office:document-meta>)";
    std::string error;
    const auto x = geoio::extractOdt(zipOf({{"mimetype", "application/vnd.oasis.opendocument.text"},
                                            {"content.xml", content}, {"meta.xml", meta}}),
                                     error);
    INFO(error);
    REQUIRE(x);
    CHECK(x->text == "Tbilisi diary\n\nFrom Tbilisi  to Batumi\nby train.\n\n");  // text:s c=2: two spaces
    CHECK(x->title == "Diary");
    CHECK(x->author == "T. Traveller");
    CHECK(x->date == "2019-08-30");
}

TEST_CASE("DOCX/ODT: a corrupt ZIP, a ZIP without the document part and broken XML are named", "[geoio][formats]") {
    std::string error;
    CHECK_FALSE(geoio::extractDocx(readAll(fixture("broken.docx")), error));
    CHECK(contains(error, "corrupt ZIP"));
    CHECK_FALSE(geoio::extractDocx("plain text, no zip at all", error));
    CHECK(contains(error, "ZIP"));
    CHECK_FALSE(geoio::extractDocx(zipOf({{"hello.txt", "hi"}}), error));
    CHECK(error == "not a DOCX document (no word/document.xml inside)");
    CHECK_FALSE(geoio::extractOdt(zipOf({{"content.xml", "<office:document-content"}}), error));
    CHECK(error == "content.xml is not well-formed XML");
}

TEST_CASE("A reading list in every format: indexed with pages and titles, bad files one warning each",
          "[geoio][formats]") {
    const auto features =
        core::loadGazetteerFile(fs::path(ATLAS_SOURCE_DIR) / "geodata" / "gazetteer.geojson").features;
    const core::CorpusIndex index =
        core::indexCorpusDirectory(fixture(""), features, 1, geoio::documentReaders());
    std::vector<std::string> files;
    for (const auto& d : index.documents) files.push_back(d.meta.file);
    CHECK(files == std::vector<std::string>{"article.html", "field_notes.odt", "legacy.html", "memo.docx", "report.pdf"});
    std::vector<std::string> problems;
    for (const auto& w : index.warnings)
        if (!contains(w.message, "manifest")) problems.push_back(w.file + ": " + w.message);
    CHECK(problems == std::vector<std::string>{"broken.docx: corrupt ZIP: Not a zip archive",
                                               "locked.pdf: encrypted PDF, cannot read without a password",
                                               "scanned.pdf: no text layer (scanned?)"});
    const core::Document& report = index.documents.back();
    CHECK(report.meta.title == "Corridor survey");
    CHECK(report.meta.date == "2024-03-12");
    bool gyumriOnPage2 = false;
    for (std::size_t i = 0; i < index.passages.size(); ++i) {
        const core::Passage& p = index.passages[i];
        if (p.documentIndex != index.documents.size() - 1 || !contains(p.cleanText, "Gyumri")) continue;
        CHECK(report.pageOf(p.begin()) == 2);
        CHECK(contains(core::citePassage(index, i), "\"Corridor survey\", 12 March 2024, p. 2"));
        gyumriOnPage2 = true;
    }
    CHECK(gyumriOnPage2);
    std::vector<std::string> linked;
    for (const auto& m : index.mentions) linked.push_back(index.documents[m.documentIndex].meta.file + " " + m.featureId);
    for (const char* expected : {"article.html tbilisi", "article.html yerevan", "article.html lachin-corridor",
                                 "field_notes.odt lake-sevan", "memo.docx gyumri", "memo.docx yerevan",
                                 "report.pdf yerevan", "report.pdf gyumri", "report.pdf lachin-corridor"})
        CHECK(std::find(linked.begin(), linked.end(), expected) != linked.end());
    for (const char* chrome : {"article.html gyumri", "article.html ganja", "article.html shusha", "memo.docx shusha"})
        CHECK(std::find(linked.begin(), linked.end(), chrome) == linked.end());  // chrome and deleted text left out
}

TEST_CASE("HTML in a legacy encoding with a byte the charset lacks: one problem line naming the file, stderr clean",
          "[geoio][formats]") {
    const fs::path dir = fs::temp_directory_path() / ("atlas-html-enc-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    {  // "Гюмри" in windows-1251, then 0x98, which windows-1251 leaves undefined
        std::ofstream out(dir / "bad.html", std::ios::binary);
        out << "<html><head><meta charset=\"windows-1251\"></head><body><p>\xC3\xFE\xEC\xF0\xE8 \x98 more</p>"
               "</body></html>";
    }
    // stderr into a file while the folder is indexed: libxml2 used to print "encoding error : ..." there
    const fs::path errFile = fs::temp_directory_path() / ("atlas-html-enc-stderr-" + std::to_string(::getpid()));
    std::fflush(stderr);
    const int saved = ::dup(2);
    REQUIRE(saved >= 0);
    std::FILE* capture = std::fopen(errFile.c_str(), "w");
    REQUIRE(capture);
    ::dup2(::fileno(capture), 2);
    const core::CorpusIndex index = core::indexCorpusDirectory(dir, {}, 1, geoio::documentReaders());
    std::fflush(stderr);
    ::dup2(saved, 2);
    ::close(saved);
    std::fclose(capture);
    CHECK(readAll(errFile).empty());
    std::vector<std::string> problems;
    for (const auto& w : index.warnings)
        if (!contains(w.message, "manifest")) problems.push_back(w.file + ": " + w.message);
    REQUIRE(problems.size() == 1);
    CHECK(contains(problems[0], "bad.html: text cut short at a byte that is not windows-1251"));
    CHECK(contains(problems[0], "0x98"));
    REQUIRE(index.documents.size() == 1);  // what was read before the byte is kept
    CHECK(contains(index.documents[0].bytes, "Гюмри"));
    std::string error;  // the reader alone says the same
    CHECK(geoio::extractHtml(readAll(dir / "bad.html"), error));
    CHECK(contains(error, "windows-1251"));
    fs::remove_all(dir);
    fs::remove(errFile);
}
