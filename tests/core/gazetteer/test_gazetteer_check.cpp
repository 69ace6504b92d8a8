// Check rules: geometry primitives, every rule on broken fixtures, and the bundled geodata passing.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/gazetteer/gazetteer_check.hpp"
#include "core/region_frame.hpp"

using namespace atlas::core;

namespace {

bool has(const std::vector<Problem>& problems, const std::string& id, const std::string& fragment) {
    return std::any_of(problems.begin(), problems.end(), [&](const Problem& p) {
        return p.featureId == id && p.message.find(fragment) != std::string::npos;
    });
}

std::string dump(const std::vector<Problem>& problems) {
    std::string s;
    for (const auto& p : problems) s += formatProblem(p) + "\n";
    return s;
}

}  // namespace

TEST_CASE("segment intersection", "[gazetteer][check]") {
    CHECK(segmentsIntersect({0, 0}, {2, 2}, {0, 2}, {2, 0}));      // crossing
    CHECK(segmentsIntersect({0, 0}, {2, 0}, {1, 0}, {1, 5}));      // T touch
    CHECK(segmentsIntersect({0, 0}, {2, 0}, {1, 0}, {3, 0}));      // collinear overlap
    CHECK_FALSE(segmentsIntersect({0, 0}, {1, 0}, {2, 0}, {3, 0}));  // collinear apart
    CHECK_FALSE(segmentsIntersect({0, 0}, {1, 1}, {0, 1}, {0.4, 0.6}));
    CHECK_FALSE(segmentsIntersect({0, 0}, {2, 0}, {0, 1}, {2, 1}));  // parallel
}

TEST_CASE("ring validity", "[gazetteer][check]") {
    CHECK_FALSE(ringProblem({{0, 0}, {1, 0}, {1, 1}, {0, 1}}).has_value());
    CHECK_FALSE(ringProblem({{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}}).has_value());  // closed form is fine too
    CHECK(ringProblem({{0, 0}, {1, 1}, {1, 0}, {0, 1}})->find("self-intersecting") != std::string::npos);  // bow tie
    CHECK(ringProblem({{0, 0}, {1, 0}, {0, 0}})->find("fewer than 3") != std::string::npos);
    CHECK(ringProblem({{0, 0}, {2, 0}, {1, 0}, {1, 1}})->find("folds back") != std::string::npos);
    // a figure eight touching itself at one vertex
    CHECK(ringProblem({{0, 0}, {1, 1}, {2, 0}, {2, 2}, {1, 1}, {0, 2}}).has_value());
}

TEST_CASE("vocabularies and slugs", "[gazetteer][check]") {
    CHECK(isKnownSubkind(FeatureKind::Border, "contact-line"));
    CHECK_FALSE(isKnownSubkind(FeatureKind::Place, "contact-line"));
    CHECK(isKnownStatus("blockaded"));
    CHECK_FALSE(isKnownStatus("Blockaded"));
    CHECK(knownStatuses().size() == 16);
    CHECK(isKnownCertainty("probable"));
    CHECK_FALSE(isKnownCertainty("maybe"));
    CHECK(isValidSlug("line-of-contact-1994"));
    CHECK_FALSE(isValidSlug("Line_of_contact"));
    CHECK_FALSE(isValidSlug("-x"));
    CHECK_FALSE(isValidSlug(""));
}

TEST_CASE("region frame", "[gazetteer][check]") {
    CHECK(insideRegionFrame({44.5, 40.2}));
    CHECK(insideRegionFrame({38.0, 36.0}));
    CHECK_FALSE(insideRegionFrame({37.6, 55.8}));
    Geometry g;
    g.lines.push_back({{30, 40}, {39, 40}});
    CHECK(anyVertexInFrame(g));
}

TEST_CASE("the bundled gazetteer and events pass every rule", "[gazetteer][check]") {
    const auto r = checkGeodataFolder(ATLAS_SOURCE_DIR "/geodata");
    INFO(dump(r.problems));
    CHECK(r.problems.empty());
    CHECK(r.featureCount == 233);
    CHECK(r.eventCount > 80);
}

TEST_CASE("a broken gazetteer folder: every rule names file and id", "[gazetteer][check]") {
    const auto r = checkGeodataFolder(ATLAS_TEST_DATA_DIR "/geodata_broken_gazetteer");
    INFO(dump(r.problems));
    const auto& p = r.problems;
    CHECK(has(p, "bowtie-region", "self-intersecting"));
    CHECK(has(p, "open-ring-region", "is not closed"));
    CHECK(has(p, "lost-town", "not flagged offmap"));
    CHECK(has(p, "wrongly-offmap-town", "flagged offmap but"));
    CHECK(has(p, "two-primaries", "has 2 primary names"));
    CHECK(has(p, "bad-status-road", "unknown status 'sort-of-open'"));
    CHECK(has(p, "bad-status-road", "unknown certainty 'maybe'"));
    CHECK(has(p, "odd-place", "unknown subkind 'hamlet'"));
    CHECK(has(p, "good-town", "duplicate id"));
    CHECK(has(p, "forever-dissolved", "needs an end date"));
    CHECK(has(p, "two-statuses", "overlap by more than one year"));
    CHECK(has(p, "backwards-period", "is not before end"));
    CHECK_FALSE(has(p, "good-road", ""));  // consecutive periods sharing 2020 are fine
    for (const auto& q : p) CHECK(q.file.find("geodata_broken_gazetteer/gazetteer.geojson") != std::string::npos);
    CHECK(r.featureCount == 11);  // the duplicate and the backwards period are skipped
}

TEST_CASE("a broken events file: links, dates, titles", "[gazetteer][check]") {
    const auto r = checkGeodataFolder(ATLAS_TEST_DATA_DIR "/geodata_broken_events");
    INFO(dump(r.problems));
    CHECK(has(r.problems, "ghost-visit", "unknown feature id 'ghost-town'"));
    CHECK(has(r.problems, "wrong-date", "does not match year 1999"));
    CHECK(has(r.problems, "untitled", "missing title"));
    CHECK(has(r.problems, "reversed", "before year"));
    CHECK(r.problems.size() == 4);
    for (const auto& q : r.problems) CHECK(q.file.find("events.json") != std::string::npos);
}

TEST_CASE("a missing folder or file is named", "[gazetteer][check]") {
    auto r = checkGeodataFolder("/nonexistent/geodata");
    REQUIRE(r.problems.size() == 1);
    CHECK(formatProblem(r.problems[0]) == "/nonexistent/geodata: -: geodata folder not found");
    r = checkGeodataFolder(ATLAS_TEST_DATA_DIR "/geodata");  // holds no gazetteer or events
    CHECK(has(r.problems, "", "cannot read file"));
    CHECK(r.problems.size() == 2);
}
