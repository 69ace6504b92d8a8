// Exports: feature tables through GDAL (GeoJSON RFC 7946, GeoPackage), mentions CSV, Web Annotations, LPF.
#include "geoio/export.hpp"

#include <algorithm>
#include <atomic>
#include <iterator>
#include <map>
#include <memory>
#include <set>

#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include "core/atomic_file.hpp"
#include "core/present/citation.hpp"
#include "core/corpus/index_output.hpp"
#include "core/text/utf8.hpp"
#include "core/gazetteer/gazetteer_json.hpp"
#include "core/time_filter.hpp"
#include "geoio/vector_reader.hpp"

namespace atlas::geoio {
namespace {

using OJson = nlohmann::ordered_json;
constexpr std::size_t kContextCodePoints = 32;  // prefix/suffix length of a TextQuoteSelector

std::set<std::string> keptIds(const ExportInput& in) {
    std::set<std::string> ids;
    for (const auto* f : core::filterFeatures(in.features, in.filter)) ids.insert(f->id);
    return ids;
}

std::string primaryName(const core::GazetteerFeature& f) {
    for (const auto& n : f.names)
        if (n.primary) return n.text;
    return f.names.empty() ? f.id : f.names.front().text;
}

/// Code point positions of one document: byte offset -> code point index, and back.
struct CodePointMap {
    std::vector<std::size_t> cpOfByte;   // size bytes+1
    std::vector<std::size_t> byteOfCp;   // size cps+1
    explicit CodePointMap(std::string_view text) : cpOfByte(text.size() + 1, 0) {
        std::size_t cp = 0;
        for (std::size_t i = 0; i < text.size();) {
            const std::size_t len = std::max<std::size_t>(1, core::decodeUtf8(text, i).length);
            byteOfCp.push_back(i);
            for (std::size_t k = 0; k < len && i + k < text.size(); ++k) cpOfByte[i + k] = cp;
            i += len;
            ++cp;
        }
        cpOfByte[text.size()] = cp;
        byteOfCp.push_back(text.size());
    }
};

std::string lastGdalError(const std::string& fallback) {
    const char* msg = CPLGetLastErrorMsg();
    return msg && *msg ? std::string(msg) : fallback;
}

/// One row of the feature table, shared by GeoJSON and GeoPackage: one per period (its start, end, status and
/// shape), or one for a timeless feature (status "timeless", no start or end).
struct FeatureRow {
    std::string id, name, kind, subkind, names, periods, start, end, status, accuracy, source, passages, geometry;
};

std::string dumpJson(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

std::vector<FeatureRow> featureRows(const ExportInput& in) {
    std::vector<FeatureRow> rows;
    const auto days = in.filter.days();
    for (const auto* f : core::filterFeatures(in.features, in.filter)) {
        nlohmann::json full = core::featureToJson(*f, {});
        for (auto& p : full["periods"]) p.erase("geometry");  // each row carries its own period's shape
        FeatureRow base;
        base.id = f->id;
        base.name = primaryName(*f);
        base.kind = std::string(core::featureKindName(f->kind));
        base.subkind = f->subkind;
        base.names = dumpJson(full["names"]);
        base.periods = dumpJson(full["periods"]);
        base.accuracy = std::string(core::accuracyName(f->accuracy));
        base.source = f->source;
        base.passages = dumpJson(featurePassages(in, f->id));
        if (f->periods.empty()) {
            base.status = "timeless";
            base.geometry = full["geometry"].dump();
            rows.push_back(std::move(base));
            continue;
        }
        for (const auto& p : f->periods) {
            if (days && !core::periodOverlaps(p, *days)) continue;  // the filter keeps the periods it touches
            FeatureRow r = base;
            r.start = p.start ? p.start->toString() : std::string();
            r.end = p.end ? p.end->toString() : std::string();
            r.status = p.status;
            r.geometry = core::geometryToGeoJson(core::periodGeometry(*f, p)).dump();
            rows.push_back(std::move(r));
        }
    }
    return rows;
}

/// Writes the rows with a GDAL driver into /vsimem and returns the file's bytes.
std::string writeWithGdal(const char* driverName, const char* ext, const std::vector<FeatureRow>& rows,
                          const std::string& target) {
    initGdal();
    static std::atomic<unsigned> counter{0};
    const std::string mem = "/vsimem/atlas-export-" + std::to_string(counter.fetch_add(1)) + ext;
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (!driver) throw ExportError(target + ": GDAL has no " + driverName + " driver");
    CPLErrorReset();
    GDALDatasetUniquePtr ds(driver->Create(mem.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) throw ExportError(target + ": GDAL cannot create the file: " + lastGdalError("unknown error"));
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    CPLStringList options;
    if (std::string_view(driverName) == "GeoJSON") options.SetNameValue("RFC7946", "YES");
    OGRLayer* layer = ds->CreateLayer("features", &wgs84, wkbUnknown, options.List());
    if (!layer) throw ExportError(target + ": cannot create the layer: " + lastGdalError("unknown error"));
    static const char* const kFields[] = {"id",     "name",   "kind",     "subkind", "names",   "periods", "start",
                                          "end",    "status", "accuracy", "source",  "passages"};
    for (const char* name : kFields) {
        OGRFieldDefn field(name, OFTString);
        if (layer->CreateField(&field) != OGRERR_NONE)
            throw ExportError(target + ": cannot create field '" + name + "': " + lastGdalError("unknown error"));
    }
    const bool transaction = ds->StartTransaction() == OGRERR_NONE;
    for (const auto& r : rows) {
        OGRFeatureUniquePtr feat(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        const std::string* values[] = {&r.id,  &r.name,   &r.kind,     &r.subkind, &r.names,  &r.periods,
                                       &r.start, &r.end, &r.status, &r.accuracy, &r.source, &r.passages};
        static_assert(std::size(values) == std::size(kFields));
        for (int i = 0; i < static_cast<int>(std::size(values)); ++i) feat->SetField(i, values[i]->c_str());
        if (OGRGeometry* g = OGRGeometryFactory::createFromGeoJson(r.geometry.c_str())) feat->SetGeometryDirectly(g);
        if (layer->CreateFeature(feat.get()) != OGRERR_NONE)
            throw ExportError(target + ": cannot write feature '" + r.id + "': " + lastGdalError("unknown error"));
    }
    if (transaction && ds->CommitTransaction() != OGRERR_NONE)
        throw ExportError(target + ": cannot commit: " + lastGdalError("unknown error"));
    ds.reset();  // flushes and closes
    vsi_l_offset length = 0;
    GByte* buffer = VSIGetMemFileBuffer(mem.c_str(), &length, FALSE);
    std::string bytes = buffer ? std::string(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(length))
                               : std::string();
    VSIUnlink(mem.c_str());
    if (bytes.empty()) throw ExportError(target + ": GDAL wrote nothing: " + lastGdalError("unknown error"));
    return bytes;
}

// Linked Places ends are inclusive: a full-date end (the first day the period no longer holds, see
// core/time_filter.hpp) becomes the day before it.
std::string inclusiveEnd(const core::Period& p) {
    if (!p.end) return "";
    return p.end->precision() == core::DatePrecision::Day ? core::dateOfDay(p.end->firstDay() - 1).toString()
                                                         : p.end->toString();
}

/// A period's timespan; null when the period is unbounded (always: no timespan bound to state).
OJson timespan(const core::Period& p) {
    if (!p.start && !p.end) return nullptr;
    const std::string to = inclusiveEnd(p);
    OJson span = OJson::object();
    span["start"] = p.start ? OJson{{"in", p.start->toString()}} : OJson{{"latest", to}};
    if (p.end) span["end"] = OJson{{"in", to}};
    return span;
}

OJson timespans(const std::vector<core::Period>& periods, std::string& label) {
    OJson spans = OJson::array();
    for (const auto& p : periods) {
        label += (label.empty() ? "" : "; ") + (p.start ? p.start->toString() : "") + "–" + inclusiveEnd(p) + ": " +
                 p.status;
        if (OJson span = timespan(p); !span.is_null()) spans.push_back(std::move(span));
    }
    return spans;
}

/// A feature whose shape changes with its periods: a GeometryCollection of one geometry per period, each with its
/// "when" (Linked Places allows "when" on the members of a geometry collection).
OJson datedGeometry(const core::GazetteerFeature& f) {
    OJson members = OJson::array();
    for (const auto& p : f.periods) {
        OJson g = OJson::parse(core::geometryToGeoJson(core::periodGeometry(f, p)).dump());
        std::string label;
        OJson spans = timespans({p}, label);
        g["when"] = {{"timespans", std::move(spans)}, {"label", label}};
        members.push_back(std::move(g));
    }
    return {{"type", "GeometryCollection"}, {"geometries", std::move(members)}};
}

}  // namespace

std::string featureUri(std::string_view id) { return "urn:caucasus-atlas:feature:" + std::string(id); }
std::string passageUri(std::string_view id) { return "urn:caucasus-atlas:passage:" + std::string(id); }
std::string documentUri(const core::Document& doc) {
    return doc.meta.url && !doc.meta.url->empty() ? *doc.meta.url : "urn:caucasus-atlas:document:" + doc.meta.file;
}

std::size_t codePointOffset(std::string_view text, std::size_t byteOffset) {
    std::size_t cp = 0;
    for (std::size_t i = 0; i < std::min(byteOffset, text.size()); ++cp)
        i += std::max<std::size_t>(1, core::decodeUtf8(text, i).length);
    return cp;
}

OJson featurePassages(const ExportInput& in, std::string_view featureId) {
    OJson list = OJson::array();
    std::set<std::string> seen;
    for (std::size_t mi : in.links.mentionsOf(featureId)) {
        const core::Mention& m = in.index.mentions[mi];
        if (!seen.insert(m.passageId).second) continue;
        const auto pi = in.links.passageIndex(m.passageId);
        if (!pi) continue;
        const core::Passage& p = in.index.passages[*pi];
        const core::Document& doc = in.index.documents[p.documentIndex];
        list.push_back({{"document", doc.meta.file},
                        {"passage_id", p.id},
                        {"quote", core::quoteSentence(doc, p, {m.begin(), m.end()})},
                        {"citation", core::citePassage(in.index, *pi)}});
    }
    return list;
}

std::string mentionsCsv(const ExportInput& in) {
    const auto ids = keptIds(in);
    core::CorpusIndex filtered;
    filtered.documents = in.index.documents;
    filtered.passages = in.index.passages;
    for (const auto& m : in.index.mentions)
        if (ids.count(m.featureId)) filtered.mentions.push_back(m);
    return core::mentionsToCsv(filtered);
}

OJson webAnnotations(const ExportInput& in) {
    const auto ids = keptIds(in);
    std::map<std::string, std::string> labels;
    for (const auto& f : in.features) labels[f.id] = primaryName(f);
    std::vector<std::unique_ptr<CodePointMap>> maps(in.index.documents.size());
    OJson items = OJson::array();
    for (const auto& m : in.index.mentions) {
        if (!ids.count(m.featureId) || m.documentIndex >= maps.size()) continue;
        const core::Document& doc = in.index.documents[m.documentIndex];
        if (!maps[m.documentIndex]) maps[m.documentIndex] = std::make_unique<CodePointMap>(doc.bytes);
        const CodePointMap& cps = *maps[m.documentIndex];
        const std::size_t start = cps.cpOfByte[m.begin()];
        const std::size_t end = cps.cpOfByte[m.end()];
        const std::size_t preByte = cps.byteOfCp[start > kContextCodePoints ? start - kContextCodePoints : 0];
        const std::size_t postByte = cps.byteOfCp[std::min(end + kContextCodePoints, cps.byteOfCp.size() - 1)];
        OJson quote = {{"type", "TextQuoteSelector"},
                       {"exact", doc.bytes.substr(m.begin(), m.end() - m.begin())},
                       {"prefix", doc.bytes.substr(preByte, m.begin() - preByte)},
                       {"suffix", doc.bytes.substr(m.end(), postByte - m.end())}};
        OJson position = {{"type", "TextPositionSelector"}, {"start", start}, {"end", end}};
        OJson a = {{"id", "urn:caucasus-atlas:annotation:" + m.passageId + ":" + std::to_string(m.begin())},
                   {"type", "Annotation"},
                   {"motivation", "identifying"},
                   {"body", {{"id", featureUri(m.featureId)}, {"label", labels[m.featureId]}}},
                   {"target", {{"source", documentUri(doc)}, {"selector", OJson::array({quote, position})}}}};
        items.push_back(std::move(a));
    }
    OJson out = {{"@context", "http://www.w3.org/ns/anno.jsonld"},
                 {"id", "urn:caucasus-atlas:annotations"},
                 {"type", "AnnotationCollection"},
                 {"label", "Caucasus Atlas: gazetteer features mentioned in the corpus"},
                 {"total", items.size()}};
    out["first"] = {{"type", "AnnotationPage"}, {"startIndex", 0}, {"items", std::move(items)}};
    return out;
}

OJson linkedPlaces(const ExportInput& in) {
    // Passages citing each (feature, name) pair, in corpus order.
    std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> cited;
    for (const auto& m : in.index.mentions) {
        auto& list = cited[{m.featureId, m.name}];
        const auto pi = in.links.passageIndex(m.passageId);
        if (pi && (list.empty() || list.back() != *pi)) list.push_back(*pi);
    }
    const auto places = core::passagePlaces(in.index);
    OJson features = OJson::array();
    for (const auto* f : core::filterFeatures(in.features, in.filter)) {
        OJson names = OJson::array();
        for (const auto& n : f->names) {
            if (n.adjectival) continue;
            OJson citations = OJson::array();
            for (std::size_t pi : cited[{f->id, n.text}]) {
                const auto& p = in.index.passages[pi];
                citations.push_back({{"label", core::formatCitation(in.index.documents[p.documentIndex].meta,
                                                                    places[pi])},
                                     {"@id", passageUri(p.id)}});
            }
            names.push_back({{"toponym", n.text}, {"lang", n.lang}, {"citations", std::move(citations)}});
        }
        OJson lp = {{"@id", featureUri(f->id)}, {"type", "Feature"}};
        lp["properties"] = {{"title", primaryName(*f)}, {"ccodes", OJson::array()}};
        std::string label;
        OJson spans = timespans(f->periods, label);
        if (!f->periods.empty()) lp["when"] = {{"timespans", std::move(spans)}, {"label", label}};
        lp["names"] = std::move(names);
        const std::string kind(core::featureKindName(f->kind));
        OJson type = {{"identifier", "caucasus-atlas:" + kind + (f->subkind.empty() ? "" : "/" + f->subkind)},
                      {"label", f->subkind.empty() ? kind : f->subkind}};
        lp["types"] = OJson::array();
        lp["types"].push_back(std::move(type));
        lp["geometry"] = core::hasDatedGeometry(*f) ? datedGeometry(*f)
                                                    : OJson::parse(core::geometryToGeoJson(f->geometry).dump());
        if (!f->note.empty()) {
            lp["descriptions"] = OJson::array();
            lp["descriptions"].push_back({{"value", f->note}, {"lang", "en"}});
        }
        features.push_back(std::move(lp));
    }
    return {{"type", "FeatureCollection"},
            {"@context", "https://raw.githubusercontent.com/LinkedPasts/linked-places/master/linkedplaces-context-v1.1.jsonld"},
            {"features", std::move(features)}};
}

std::size_t exportTo(ExportFormat format, const ExportInput& in, const std::filesystem::path& path) {
    const std::string target = path.string();
    std::string bytes;
    std::size_t count = 0;
    const auto dumpJson = [](const OJson& j) {
        return j.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    };
    switch (format) {
        case ExportFormat::GeoJson:
        case ExportFormat::GeoPackage: {
            const auto rows = featureRows(in);
            count = rows.size();
            bytes = format == ExportFormat::GeoJson ? writeWithGdal("GeoJSON", ".geojson", rows, target)
                                                    : writeWithGdal("GPKG", ".gpkg", rows, target);
            break;
        }
        case ExportFormat::MentionsCsv: {
            bytes = mentionsCsv(in);
            count = static_cast<std::size_t>(std::count(bytes.begin(), bytes.end(), '\n')) - 1;
            break;
        }
        case ExportFormat::WebAnnotations: {
            const OJson j = webAnnotations(in);
            count = j["total"].get<std::size_t>();
            bytes = dumpJson(j);
            break;
        }
        case ExportFormat::LinkedPlaces: {
            const OJson j = linkedPlaces(in);
            count = j["features"].size();
            bytes = dumpJson(j);
            break;
        }
    }
    if (auto err = core::writeFileAtomically(path, bytes, false)) throw ExportError(*err);
    return count;
}

}  // namespace atlas::geoio
