// Passage splitter on messy fixtures: footnotes across page breaks, clutter, front matter, markup, encodings.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/corpus/matcher.hpp"
#include "core/corpus/passage_splitter.hpp"
#include "corpus_test_util.hpp"

using namespace atlas::core;
using namespace atlas::core::test;

namespace {

const Passage* findByText(const std::vector<Passage>& ps, const std::string& needle) {
    for (const Passage& p : ps)
        if (p.cleanText.find(needle) != std::string::npos) return &p;
    return nullptr;
}

bool hasWarning(const SplitResult& r, const std::string& needle) {
    return std::any_of(r.warnings.begin(), r.warnings.end(), [&](const CorpusWarning& w) { return w.message.find(needle) != std::string::npos; });
}

}  // namespace

TEST_CASE("a paragraph cut by a page break and a footnote block is one passage", "[corpus][splitter]") {
    const std::string path = messyPath("footnotes.txt");
    const SplitResult r = splitDocument(messyDoc("footnotes.txt"), 0);
    REQUIRE(r.passages.size() == 5);
    const Passage& body = r.passages[1];
    CHECK(body.kind == PassageKind::Body);
    REQUIRE(body.ranges.size() == 2);
    // Byte ranges re-read from the file give the two halves, without the footnotes in between.
    CHECK(bytesOnDisk(path, body.ranges[0]).rfind("The Lachin Corridor links", 0) == 0);
    CHECK(bytesOnDisk(path, body.ranges[0]).substr(bytesOnDisk(path, body.ranges[0]).size() - 10) == "the Second");
    CHECK(bytesOnDisk(path, body.ranges[1]) == "Karabakh War era checkpoint was slow, as noted by travellers in the 1990s.²");
    CHECK(body.cleanText.find("through the Second Karabakh War era") != std::string::npos);
    CHECK(body.cleanText.find("Smith") == std::string::npos);
    CHECK(body.years == std::vector<YearSpan>{{1990, 1999}});
    // Footnotes are their own passages, linked both ways.
    const Passage& fn1 = r.passages[2];
    const Passage& fn2 = r.passages[3];
    CHECK(fn1.kind == PassageKind::Footnote);
    CHECK(fn1.footnoteNumber == 1);
    CHECK(fn1.cleanText == "¹ Smith, John. Roads of the Caucasus. London, 2019, p. 4.");
    CHECK(fn2.footnoteNumber == 2);
    REQUIRE(fn2.ranges.size() == 2);  // the URL line after it continues footnote 2
    CHECK(bytesOnDisk(path, fn2.ranges[1]) == "www.example.org/roads/2020/lachin");
    CHECK(body.footnoteIds == std::vector<std::string>{fn1.id, fn2.id});
    CHECK(fn1.citedBy == std::vector<std::string>{body.id});
    CHECK(fn2.citedBy == std::vector<std::string>{body.id});
    CHECK(r.passages[0].kind == PassageKind::Heading);
    CHECK(r.passages[4].kind == PassageKind::Body);
    CHECK(r.passages[4].id == "footnotes#p5");
}

TEST_CASE("web clutter is boilerplate; byline is front matter", "[corpus][splitter]") {
    const SplitResult r = splitDocument(messyDoc("web_clutter.txt"), 0);
    auto kindOf = [&](const std::string& text) {
        const Passage* p = findByText(r.passages, text);
        REQUIRE(p != nullptr);
        return p->kind;
    };
    CHECK(kindOf("3 minutes e-car") == PassageKind::Boilerplate);
    CHECK(kindOf("6 days The United States") == PassageKind::Boilerplate);
    CHECK(kindOf("13 hours") == PassageKind::Boilerplate);
    CHECK(kindOf("independent news organization") == PassageKind::Boilerplate);
    CHECK(kindOf("More Info") == PassageKind::Boilerplate);
    CHECK(kindOf("Premium Content") == PassageKind::Boilerplate);
    CHECK(kindOf("Peace Talks Lean West") == PassageKind::Heading);
    CHECK(kindOf("greater preference") == PassageKind::Body);
    CHECK(kindOf("Azerbaijan Armenia") == PassageKind::Boilerplate);
    CHECK(kindOf("sounding more positive") == PassageKind::Body);
    CHECK(kindOf("By Heydar Isayev") == PassageKind::FrontMatter);
    CHECK(kindOf("More Top Reads") == PassageKind::Boilerplate);
    CHECK(kindOf("Download The Free") == PassageKind::Boilerplate);
    CHECK(kindOf("Back to homepage") == PassageKind::Boilerplate);
    // Bullet dropped and NBSP trimmed in clean text.
    CHECK(findByText(r.passages, "greater preference")->cleanText == "Azerbaijan is showing greater preference for EU mediation.");
    CHECK(findByText(r.passages, "sounding")->cleanText == "Azerbaijan's government is sounding more positive about Brussels.");
}

TEST_CASE("cover page, table of contents, abstract and references are not body", "[corpus][splitter]") {
    const SplitResult r = splitDocument(messyDoc("thesis_front.txt"), 0);
    for (const Passage& p : r.passages) {
        CAPTURE(p.cleanText);
        if (p.cleanText == "In the years following 1991, conflicts broke out in the Caucasus.") {
            CHECK(p.kind == PassageKind::Body);
            CHECK(p.years == std::vector<YearSpan>{{1991, 1991}});
        } else if (p.cleanText == "Introduction" || p.cleanText == "References") {
            CHECK(p.kind == PassageKind::Heading);
        } else if (p.cleanText.rfind("1. ", 0) == 0 || p.cleanText.rfind("2. ", 0) == 0 || p.cleanText.rfind("3. ", 0) == 0) {
            CHECK(p.kind == PassageKind::References);
        } else {
            CHECK(p.kind == PassageKind::FrontMatter);
        }
    }
    const Passage* wrapped = findByText(r.passages, "3. A very long URL");
    REQUIRE(wrapped != nullptr);
    CHECK(wrapped->ranges.size() == 2);  // a wrapped reference entry stays one passage
    const Passage* title = findByText(r.passages, "НОВЫЕ");
    REQUIRE(title != nullptr);
    CHECK(title->cleanText == "НОВЫЕ ДВИЖУЩИЕ СИЛЫ КОНФЛИКТА");  // bold markers stripped
}

TEST_CASE("markdown, NBSP and U+2011 are cleaned; offsets still point into the file", "[corpus][splitter]") {
    const std::string path = messyPath("markdown.txt");
    const SplitResult r = splitDocument(messyDoc("markdown.txt"), 0);
    REQUIRE(r.passages.size() == 4);
    CHECK(r.passages[0].cleanText ==
          "The methodology is historical analysis of the $668 million plan for Nagorno-Karabakh and Gəncə.");
    CHECK(r.passages[0].years.empty());  // $668 is not a year
    CHECK(r.passages[1].cleanText == "Numerous projects were launched in Zangilan. They continue.");
    CHECK(bytesOnDisk(path, r.passages[1].ranges[0]) == "Numerous projects were launched in Zangilan.\u00a0\u00a0They continue.");
    CHECK(r.passages[2].kind == PassageKind::PullQuote);
    CHECK(r.passages[3].kind == PassageKind::Body);
}

TEST_CASE("CRLF line ends are handled", "[corpus][splitter]") {
    const std::string path = messyPath("crlf.txt");
    const SplitResult r = splitDocument(messyDoc("crlf.txt"), 0);
    REQUIRE(r.passages.size() == 3);
    CHECK(r.passages[0].kind == PassageKind::Heading);
    CHECK(r.passages[1].cleanText == "First paragraph about Yerevan. Second line of it.");
    CHECK(bytesOnDisk(path, r.passages[1].ranges[0]) == "First paragraph about Yerevan.\r\nSecond line of it.");
    CHECK(bytesOnDisk(path, r.passages[2].ranges[0]) == "Another paragraph about Baku.");
}

TEST_CASE("invalid UTF-8 and NUL bytes are repaired with a warning", "[corpus][splitter]") {
    const SplitResult bad = splitDocument(messyDoc("invalid_utf8.txt"), 0);
    CHECK(hasWarning(bad, "invalid UTF-8"));
    REQUIRE(bad.passages.size() == 2);
    CHECK(bad.passages[0].cleanText.find("\xEF\xBF\xBD") != std::string::npos);
    CHECK(bad.passages[0].cleanText.find("then Yerevan.") != std::string::npos);
    const SplitResult nul = splitDocument(messyDoc("nul.txt"), 0);
    CHECK(hasWarning(nul, "NUL"));
    REQUIRE(nul.passages.size() == 2);
    CHECK(nul.passages[0].cleanText == "Text with a NUL byte near Shusha.");
}

TEST_CASE("empty and binary files give no passages and a warning", "[corpus][splitter]") {
    const SplitResult empty = splitDocument(messyDoc("empty.txt"), 0);
    CHECK(empty.passages.empty());
    CHECK(hasWarning(empty, "empty"));
    const SplitResult bin = splitDocument(messyDoc("binary.txt"), 0);
    CHECK(bin.passages.empty());
    CHECK(hasWarning(bin, "binary"));
}

TEST_CASE("a dateline is front matter, gives the document date and no referred years", "[corpus][splitter]") {
    const SplitResult r = splitDocument(messyDoc("dateline.txt"), 0);
    REQUIRE(r.passages.size() == 3);
    CHECK(r.passages[0].kind == PassageKind::FrontMatter);
    CHECK(r.passages[0].years.empty());
    CHECK(r.datelineDate == "2023-11-18");
    CHECK(r.passages[1].kind == PassageKind::Heading);
    CHECK(r.passages[2].years == std::vector<YearSpan>{{2023, 2023}});
}

TEST_CASE("a 100 MB single line is split and matched in linear time", "[corpus][splitter][big]") {
    std::string big;
    big.reserve((100u << 20) + 128);
    const std::string chunk = "Convoys crossed the Lachin corridor toward Stepanakert in 2023 and returned. ";
    std::size_t chunks = 0;
    while (big.size() < (100u << 20)) {
        big += chunk;
        ++chunks;
    }
    const Document doc = makeDocument("big.txt", std::move(big));
    const SplitResult r = splitDocument(doc, 0);
    REQUIRE(r.passages.size() == 1);
    CHECK(r.passages[0].years == std::vector<YearSpan>{{2023, 2023}});
    const auto features = smallGazetteer();
    const NameMatcher matcher(features);
    const auto mentions = matcher.match(doc, r.passages[0]);
    CHECK(mentions.size() == chunks);
    CHECK(mentions.back().featureId == "lachin-corridor");
    CHECK(doc.bytes.substr(mentions.back().begin(), mentions.back().end() - mentions.back().begin()) == "Lachin corridor");
}

TEST_CASE("a 4 MB single line is one passage", "[corpus][splitter]") {
    std::string big;
    const std::string chunk = "Convoys crossed the Lachin corridor toward Stepanakert in 2023 and returned. ";
    while (big.size() < (4u << 20)) big += chunk;
    const std::size_t size = big.size();
    const SplitResult r = splitDocument(makeDocument("big.txt", std::move(big)), 0);
    REQUIRE(r.passages.size() == 1);
    CHECK(r.passages[0].ranges[0].end == size - 1);  // trailing space trimmed
    CHECK(r.passages[0].years == std::vector<YearSpan>{{2023, 2023}});
}
