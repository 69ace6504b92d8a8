// Exports read back: GeoJSON and GeoPackage through GDAL, CSV, Web Annotations and LPF through nlohmann-json.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <vector>

#include "core/atomic_file.hpp"
#include "core/corpus/corpus_index.hpp"
#include "core/corpus/link_index.hpp"
#include "core/gazetteer/gazetteer_json.hpp"
#include "core/time_filter.hpp"
#include "geoio/export.hpp"
#include "geoio/vector_reader.hpp"

using namespace atlas;
namespace fs = std::filesystem;
using OJson = nlohmann::ordered_json;

namespace {

struct Corpus {
    std::vector<core::GazetteerFeature> features =
        core::loadGazetteerFile(std::string(ATLAS_SOURCE_DIR) + "/geodata/gazetteer.geojson").features;
    core::CorpusIndex index = core::indexCorpusDirectory(std::string(ATLAS_SOURCE_DIR) + "/corpus", features);
    core::LinkIndex links{index};
};

const Corpus& corpus() {
    static const Corpus c;
    return c;
}

geoio::ExportInput input(core::FeatureFilter filter) {
    return {corpus().features, corpus().index, corpus().links, filter};
}

fs::path tempDir() {
    const fs::path dir = fs::temp_directory_path() / ("atlas-export-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir;
}

/// Decodes UTF-8 into code points (independent of the exporter's helper).
std::u32string codePoints(const std::string& s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
        char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
        for (std::size_t k = 1; k < len && i + k < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
        out.push_back(cp);
        i += len;
    }
    return out;
}

std::u32string u32(const std::string& s) { return codePoints(s); }

/// The rows the feature table should hold: one per period the filter touches (in order), one for a timeless feature.
std::vector<std::pair<const core::GazetteerFeature*, const core::Period*>> expectedRows(const geoio::ExportInput& in) {
    std::vector<std::pair<const core::GazetteerFeature*, const core::Period*>> out;
    const auto days = in.filter.days();
    for (const auto* f : core::filterFeatures(in.features, in.filter)) {
        if (f->periods.empty()) out.emplace_back(f, nullptr);
        for (const auto& p : f->periods)
            if (!days || core::periodOverlaps(p, *days)) out.emplace_back(f, &p);
    }
    return out;
}

void checkFeatureTable(const fs::path& file, const geoio::ExportInput& in) {
    std::vector<core::LoadIssue> issues;
    const auto layers = geoio::readVectorFile(file, issues);
    REQUIRE(layers.size() == 1);
    const auto expected = expectedRows(in);
    REQUIRE(layers[0].features.size() == expected.size());
    REQUIRE_FALSE(expected.empty());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const core::GazetteerFeature& f = *expected[i].first;
        const core::Period* period = expected[i].second;
        const auto& a = layers[0].features[i].attributes;
        auto attr = [&](const char* key) { return a.count(key) ? a.at(key) : std::string(); };
        CAPTURE(file.string(), f.id, i);
        REQUIRE(a.count("id"));
        CHECK(a.at("id") == f.id);
        CHECK(a.at("kind") == core::featureKindName(f.kind));
        CHECK(attr("subkind") == f.subkind);
        CHECK(a.at("accuracy") == core::accuracyName(f.accuracy));
        CHECK(a.at("source") == f.source);
        CHECK(attr("status") == (period ? period->status : std::string("timeless")));
        CHECK(attr("start") == (period && period->start ? period->start->toString() : std::string()));
        CHECK(attr("end") == (period && period->end ? period->end->toString() : std::string()));
        nlohmann::json full = core::featureToJson(f, {});
        for (auto& p : full["periods"]) p.erase("geometry");
        CHECK(nlohmann::json::parse(a.at("names")) == full["names"]);
        CHECK(nlohmann::json::parse(a.at("periods")) == full["periods"]);
        const auto passages = nlohmann::json::parse(a.at("passages"));
        CHECK(passages == nlohmann::json::parse(geoio::featurePassages(in, f.id).dump()));
        CHECK(passages.size() == in.links.passagesOf(f.id).size());
        // Geometry: the period's own shape (else the feature's): the same parts, at the same place.
        const core::Geometry& want = period ? core::periodGeometry(f, *period) : f.geometry;
        const core::Geometry& g = layers[0].features[i].geometry;
        CHECK(g.points.size() == want.points.size());
        CHECK(g.lines.size() == want.lines.size());
        CHECK(g.polygons.size() == want.polygons.size());
        if (!g.points.empty()) CHECK_THAT(g.points[0].x, Catch::WithinAbs(want.points[0].x, 1e-6));
        if (!g.lines.empty()) CHECK(g.lines[0].size() == want.lines[0].size());
        if (!g.polygons.empty()) CHECK(g.polygons[0].outer.size() == want.polygons[0].outer.size());
    }
}

}  // namespace

TEST_CASE("export: GeoJSON and GeoPackage carry every filtered feature and its attributes", "[export]") {
    const fs::path dir = tempDir();
    const auto filter = GENERATE(core::FeatureFilter{2021, {}}, core::FeatureFilter{{}, {}, std::pair{1991, 1994}});
    const auto in = input(filter);
    const auto expected = expectedRows(in).size();
    CHECK(core::filterFeatures(in.features, in.filter).size() < in.features.size());  // the filter drops something
    for (auto format : {geoio::ExportFormat::GeoJson, geoio::ExportFormat::GeoPackage}) {
        const fs::path file = dir / (format == geoio::ExportFormat::GeoJson ? "f.geojson" : "f.gpkg");
        CHECK(geoio::exportTo(format, in, file) == expected);
        checkFeatureTable(file, in);
    }
    SECTION("the GeoJSON is RFC 7946: no crs member, WGS84 lon/lat") {
        const auto text = core::readWholeFile(dir / "f.geojson");
        REQUIRE(text);
        const auto j = nlohmann::json::parse(*text);
        CHECK(j["type"] == "FeatureCollection");
        CHECK_FALSE(j.contains("crs"));
        CHECK(j["features"].size() == expected);
    }
    fs::remove_all(dir);
}

TEST_CASE("export: mentions CSV lists the mentions of the filtered features", "[export]") {
    const fs::path dir = tempDir();
    const auto in = input({2021, {}});
    std::set<std::string> kept;
    for (const auto* f : core::filterFeatures(in.features, in.filter)) kept.insert(f->id);
    std::size_t expected = 0;
    for (const auto& m : in.index.mentions) expected += kept.count(m.featureId);
    CHECK(geoio::exportTo(geoio::ExportFormat::MentionsCsv, in, dir / "m.csv") == expected);
    const auto text = core::readWholeFile(dir / "m.csv");
    REQUIRE(text);
    CHECK(text->rfind("feature_id,document,passage_id,passage_kind,begin,end,text,adjectival,page\r\n", 0) == 0);
    std::size_t rows = 0;
    for (std::size_t pos = text->find("\r\n"); pos != std::string::npos && pos + 2 < text->size();
         pos = text->find("\r\n", pos + 2)) {
        const std::string id = text->substr(pos + 2, text->find(',', pos + 2) - pos - 2);
        CHECK(kept.count(id) == 1);
        ++rows;
    }
    CHECK(rows == expected);
    fs::remove_all(dir);
}

TEST_CASE("export: Web Annotations select exactly the mentioned text by code points", "[export]") {
    const fs::path dir = tempDir();
    const auto in = input({});
    const std::size_t n = geoio::exportTo(geoio::ExportFormat::WebAnnotations, in, dir / "a.jsonld");
    CHECK(n == in.index.mentions.size());
    const auto j = OJson::parse(*core::readWholeFile(dir / "a.jsonld"));
    CHECK(j["@context"] == "http://www.w3.org/ns/anno.jsonld");
    CHECK(j["type"] == "AnnotationCollection");
    CHECK(j["total"] == n);
    const auto& items = j["first"]["items"];
    REQUIRE(items.size() == n);
    std::map<std::string, std::u32string> files;  // source -> code points of the original file
    for (const auto& d : in.index.documents)
        files[geoio::documentUri(d)] =
            u32(*core::readWholeFile(std::string(ATLAS_SOURCE_DIR) + "/corpus/" + d.meta.file));
    std::set<std::string> ids;
    std::size_t nonAscii = 0;
    for (const auto& a : items) {
        CAPTURE(a["id"].get<std::string>());
        CHECK(ids.insert(a["id"].get<std::string>()).second);
        CHECK(a["type"] == "Annotation");
        CHECK(a["body"]["id"].get<std::string>().rfind("urn:caucasus-atlas:feature:", 0) == 0);
        const auto& source = files.at(a["target"]["source"].get<std::string>());
        const auto& sel = a["target"]["selector"];
        REQUIRE(sel.size() == 2);
        CHECK(sel[0]["type"] == "TextQuoteSelector");
        CHECK(sel[1]["type"] == "TextPositionSelector");
        const auto start = sel[1]["start"].get<std::size_t>();
        const auto end = sel[1]["end"].get<std::size_t>();
        REQUIRE(start < end);
        REQUIRE(end <= source.size());
        CHECK(u32(sel[0]["exact"].get<std::string>()) == source.substr(start, end - start));
        const auto prefix = u32(sel[0]["prefix"].get<std::string>());
        const auto suffix = u32(sel[0]["suffix"].get<std::string>());
        CHECK(prefix == source.substr(start - prefix.size(), prefix.size()));
        CHECK(suffix == source.substr(end, suffix.size()));
        CHECK(prefix.size() <= 32);
        if (u32(sel[0]["exact"].get<std::string>()).size() != sel[0]["exact"].get<std::string>().size()) ++nonAscii;
    }
    CHECK(nonAscii > 0);  // the byte -> code point conversion is exercised (e.g. "Nagorno‑Karabakh")
    fs::remove_all(dir);
}

TEST_CASE("export: Linked Places Format features", "[export]") {
    const fs::path dir = tempDir();
    const auto in = input({2023, {}});
    const std::size_t n = geoio::exportTo(geoio::ExportFormat::LinkedPlaces, in, dir / "g.lpf.json");
    const auto expected = core::filterFeatures(in.features, in.filter);
    CHECK(n == expected.size());
    const auto j = OJson::parse(*core::readWholeFile(dir / "g.lpf.json"));
    CHECK(j["type"] == "FeatureCollection");
    CHECK(j["@context"].get<std::string>().find("linkedplaces-context") != std::string::npos);
    REQUIRE(j["features"].size() == expected.size());
    std::size_t cited = 0, dated = 0;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const auto& lp = j["features"][i];
        const auto& f = *expected[i];
        CAPTURE(f.id);
        CHECK(lp["@id"] == geoio::featureUri(f.id));
        CHECK(lp["type"] == "Feature");
        CHECK_FALSE(lp["properties"]["title"].get<std::string>().empty());
        CHECK(lp["geometry"]["type"].is_string());
        CHECK(lp.contains("when") == !f.periods.empty());
        if (lp.contains("when"))
            for (const auto& span : lp["when"]["timespans"]) CHECK(span.contains("start"));
        if (core::hasDatedGeometry(f)) {  // one geometry per period, each with its "when"
            ++dated;
            REQUIRE(lp["geometry"]["type"] == "GeometryCollection");
            REQUIRE(lp["geometry"]["geometries"].size() == f.periods.size());
            for (const auto& g : lp["geometry"]["geometries"]) {
                CHECK(g["type"].is_string());
                CHECK(g["when"]["timespans"].size() == 1);
            }
        }
        for (const auto& name : lp["names"]) {
            CHECK_FALSE(name["toponym"].get<std::string>().empty());
            CHECK(name["lang"].is_string());
            for (const auto& c : name["citations"]) {
                const std::string pid = c["@id"].get<std::string>().substr(std::string("urn:caucasus-atlas:passage:").size());
                CHECK(in.links.passageIndex(pid));
                CHECK_FALSE(c["label"].get<std::string>().empty());
                ++cited;
            }
        }
    }
    CHECK(cited > 100);
    CHECK(dated >= 2);  // Artsakh and the Lachin corridor in 2023
    fs::remove_all(dir);
}

TEST_CASE("export: a file that cannot be written is an error naming it, and nothing is left behind", "[export]") {
    const fs::path dir = tempDir();
    const fs::path bad = dir / "no-such-folder" / "x.geojson";
    try {
        geoio::exportTo(geoio::ExportFormat::GeoJson, input({2021, {}}), bad);
        FAIL("no error");
    } catch (const geoio::ExportError& e) {
        CHECK(std::string(e.what()).find(bad.string()) != std::string::npos);
    }
    CHECK(fs::is_empty(dir));
    CHECK(geoio::exportFormatFromKey("gpkg") == geoio::ExportFormat::GeoPackage);
    CHECK_FALSE(geoio::exportFormatFromKey("shp"));
    // Every format's key round-trips (one table: geoio::kExportFormatKeys).
    REQUIRE(std::size(geoio::kExportFormatKeys) == static_cast<std::size_t>(geoio::ExportFormat::LinkedPlaces) + 1);
    for (std::size_t i = 0; i < std::size(geoio::kExportFormatKeys); ++i) {
        const auto f = static_cast<geoio::ExportFormat>(i);
        CHECK(geoio::kExportFormatKeys[i].value == f);
        CHECK(geoio::exportFormatFromKey(geoio::exportFormatKey(f)) == f);
    }
    CHECK(geoio::codePointOffset("a\xc3\xa9z", 3) == 2);
    fs::remove_all(dir);
}

TEST_CASE("export: a 0600 file and a symlink keep mode and link when an export replaces them", "[export]") {
    const fs::path dir = tempDir();
    const fs::path gpkg = dir / "m.gpkg";
    geoio::exportTo(geoio::ExportFormat::GeoPackage, input({2021, {}}), gpkg);
    fs::permissions(gpkg, fs::perms::owner_read | fs::perms::owner_write);
    geoio::exportTo(geoio::ExportFormat::GeoPackage, input({1994, {}}), gpkg);
    CHECK((fs::status(gpkg).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write));
    fs::create_directories(dir / "real");
    fs::create_symlink("real/places.geojson", dir / "places.geojson");
    geoio::exportTo(geoio::ExportFormat::GeoJson, input({2021, {}}), dir / "places.geojson");
    CHECK(fs::is_symlink(dir / "places.geojson"));
    CHECK(fs::file_size(dir / "real" / "places.geojson") > 100);
    fs::remove_all(dir);
}

TEST_CASE("export: a file given to another owner and group keeps them when an export replaces it", "[export]") {
    const fs::path dir = tempDir();
    const fs::path gpkg = dir / "owned.gpkg";
    geoio::exportTo(geoio::ExportFormat::GeoPackage, input({2021, {}}), gpkg);
    struct stat st {};
    REQUIRE(::stat(gpkg.c_str(), &st) == 0);
    CHECK(st.st_uid == ::geteuid());  // a new export is ours
    // Root (as in CI) gives it away to ids no account uses; anyone else can still give it to a group of theirs.
    uid_t uid = ::geteuid();
    gid_t gid = ::getegid();
    if (::geteuid() == 0) {
        uid = 54321;
        gid = 54322;
    } else {
        std::vector<gid_t> groups(static_cast<std::size_t>(std::max(0, ::getgroups(0, nullptr))));
        groups.resize(static_cast<std::size_t>(std::max(0, ::getgroups(static_cast<int>(groups.size()), groups.data()))));
        for (const gid_t g : groups)
            if (g != gid) {
                gid = g;
                break;
            }
    }
    CAPTURE(uid, gid);
    REQUIRE(::chown(gpkg.c_str(), uid, gid) == 0);
    geoio::exportTo(geoio::ExportFormat::GeoPackage, input({1994, {}}), gpkg);
    REQUIRE(::stat(gpkg.c_str(), &st) == 0);
    CHECK(st.st_uid == uid);
    CHECK(st.st_gid == gid);
    CHECK(fs::file_size(gpkg) > 1000);
    fs::remove_all(dir);
}
