// GDAL/OGR reading: open, iterate layers and features, convert OGR geometries, transform to lon/lat.
#include "geoio/vector_reader.hpp"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <cstdio>
#include <optional>
#include <memory>
#include <mutex>

#include "geoio/geometry_limits.hpp"

namespace atlas::geoio {
namespace {

/// A field's value as text, dates and times in ISO 8601 as files write them ("2023-05-03", "2023-05-03T10:20:00",
/// "09:15:30"; GDAL's own text is "2023/05/03"), everything else as GDAL gives it.
std::string fieldText(OGRFeature& feature, int i) {
    const OGRFieldType type = feature.GetFieldDefnRef(i)->GetType();
    if (type != OFTDate && type != OFTDateTime && type != OFTTime) return feature.GetFieldAsString(i);
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, tz = 0;
    float sec = 0.0f;
    if (!feature.GetFieldAsDateTime(i, &y, &mo, &d, &h, &mi, &sec, &tz)) return feature.GetFieldAsString(i);
    char buf[64];
    const int wholeSec = static_cast<int>(sec);
    const bool fraction = sec - static_cast<float>(wholeSec) > 1e-3f;
    char secText[16];
    if (fraction) std::snprintf(secText, sizeof secText, "%06.3f", static_cast<double>(sec));
    else std::snprintf(secText, sizeof secText, "%02d", wholeSec);
    if (type == OFTDate) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo, d);
    else if (type == OFTTime) std::snprintf(buf, sizeof buf, "%02d:%02d:%s", h, mi, secText);
    else std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%s", y, mo, d, h, mi, secText);
    std::string out = buf;
    if (type != OFTDate && tz == 100) out += "Z";  // GDAL's 100: UTC
    else if (type != OFTDate && tz > 100) {
        const int minutes = (tz - 100) * 15;
        std::snprintf(buf, sizeof buf, "+%02d:%02d", minutes / 60, minutes % 60);
        out += buf;
    } else if (type != OFTDate && tz > 1 && tz < 100) {
        const int minutes = (100 - tz) * 15;
        std::snprintf(buf, sizeof buf, "-%02d:%02d", minutes / 60, minutes % 60);
        out += buf;
    }
    return out;
}


core::LineString readCurve(const OGRSimpleCurve& c) {
    core::LineString out;
    out.reserve(static_cast<std::size_t>(c.getNumPoints()));
    for (int i = 0; i < c.getNumPoints(); ++i) out.push_back({c.getX(i), c.getY(i)});
    return out;
}

core::Ring asRing(core::LineString line) {
    if (line.size() > 1 && line.front() == line.back()) line.pop_back();
    return line;
}

void convert(const OGRGeometry* g, core::Geometry& out) {
    if (!g || g->IsEmpty()) return;
    switch (wkbFlatten(g->getGeometryType())) {
        case wkbPoint: {
            const auto* p = g->toPoint();
            out.points.push_back({p->getX(), p->getY()});
            break;
        }
        case wkbLineString: out.lines.push_back(readCurve(*g->toLineString())); break;
        case wkbPolygon: {
            const auto* poly = g->toPolygon();
            core::Polygon p;
            if (poly->getExteriorRing()) p.outer = asRing(readCurve(*poly->getExteriorRing()));
            for (int i = 0; i < poly->getNumInteriorRings(); ++i)
                p.holes.push_back(asRing(readCurve(*poly->getInteriorRing(i))));
            if (p.outer.size() >= 3) out.polygons.push_back(std::move(p));
            break;
        }
        case wkbMultiPoint:
        case wkbMultiLineString:
        case wkbMultiPolygon:
        case wkbGeometryCollection: {
            const auto* c = g->toGeometryCollection();
            for (int i = 0; i < c->getNumGeometries(); ++i) convert(c->getGeometryRef(i), out);
            break;
        }
        default: {
            std::unique_ptr<OGRGeometry> linear(g->getLinearGeometry());
            if (linear && wkbFlatten(linear->getGeometryType()) != wkbFlatten(g->getGeometryType()))
                convert(linear.get(), out);
        }
    }
}

bool allFinite(const core::Geometry& g) {
    auto ok = [](core::Vec2 p) { return std::isfinite(p.x) && std::isfinite(p.y); };
    for (auto p : g.points)
        if (!ok(p)) return false;
    for (const auto& l : g.lines)
        for (auto p : l)
            if (!ok(p)) return false;
    for (const auto& poly : g.polygons) {
        for (auto p : poly.outer)
            if (!ok(p)) return false;
        for (const auto& h : poly.holes)
            for (auto p : h)
                if (!ok(p)) return false;
    }
    return true;
}

/// The first position outside longitude -180..180 / latitude -90..90, if any.
std::optional<core::Vec2> outsideLonLat(const core::Geometry& g) {
    const core::BBox b = g.bounds();
    if (b.empty() || (b.minX >= -180 && b.maxX <= 180 && b.minY >= -90 && b.maxY <= 90)) return std::nullopt;
    auto bad = [](core::Vec2 p) { return p.x < -180 || p.x > 180 || p.y < -90 || p.y > 90; };
    for (auto p : g.points)
        if (bad(p)) return p;
    for (const auto& l : g.lines)
        for (auto p : l)
            if (bad(p)) return p;
    for (const auto& poly : g.polygons)
        for (auto p : poly.outer)
            if (bad(p)) return p;
    return core::Vec2{b.maxX, b.maxY};
}

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

std::size_t vertexCountOf(const core::Geometry& g) {
    std::size_t n = g.points.size();
    for (const auto& l : g.lines) n += l.size();
    for (const auto& p : g.polygons) {
        n += p.outer.size();
        for (const auto& h : p.holes) n += h.size();
    }
    return n;
}

std::string lastGdalError(const char* fallback) {
    const char* msg = CPLGetLastErrorMsg();
    return (msg && *msg) ? std::string(msg) : std::string(fallback);
}

}  // namespace

void initGdal() {
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        CPLSetErrorHandler(CPLQuietErrorHandler);  // errors are read back with CPLGetLastErrorMsg
    });
}

std::vector<VectorLayer> readVectorFile(const std::filesystem::path& path, std::vector<core::LoadIssue>& issues) {
    return readVectorFile(path, issues, VectorReadLimits{});
}

std::vector<VectorLayer> readVectorFile(const std::filesystem::path& path, std::vector<core::LoadIssue>& issues,
                                        const VectorReadLimits& limits) {
    initGdal();
    const std::string file = path.string();
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) throw GeoDataError(file, "file not found");
    if (std::filesystem::is_regular_file(path, ec) && std::filesystem::file_size(path, ec) == 0)
        throw GeoDataError(file, "file is empty");
    CPLErrorReset();
    GDALDatasetUniquePtr ds(GDALDataset::Open(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds) throw GeoDataError(file, "GDAL cannot open it as vector data: " + lastGdalError("unknown format"));
    if (const GDALDriver* driver = ds->GetDriver(); driver && EQUAL(driver->GetDescription(), "CSV")) {
        // GDAL reads a CSV file's geometry only from columns it is told about: open it again naming the usual ones.
        const char* const allowed[] = {"CSV", nullptr};
        const char* const options[] = {"GEOM_POSSIBLE_NAMES=WKT,geometry,geom,the_geom",
                                       "X_POSSIBLE_NAMES=lon,longitude,lng,x", "Y_POSSIBLE_NAMES=lat,latitude,y",
                                       "KEEP_GEOM_COLUMNS=NO", nullptr};
        ds.reset();
        CPLErrorReset();
        ds.reset(GDALDataset::Open(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, allowed, options, nullptr));
        if (!ds) throw GeoDataError(file, "GDAL cannot open it as CSV: " + lastGdalError("unknown reason"));
    }
    if (ds->GetLayerCount() == 0) throw GeoDataError(file, "contains no vector layers");

    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);

    std::vector<VectorLayer> layers;
    std::size_t featureCount = 0, vertexCount = 0;
    bool limitReached = false;
    for (OGRLayer* layer : ds->GetLayers()) {
        if (limitReached) break;
        VectorLayer out;
        out.name = layer->GetName();
        std::unique_ptr<OGRCoordinateTransformation> ct;
        if (const OGRSpatialReference* srs = layer->GetSpatialRef(); srs && !srs->IsSame(&wgs84)) {
            OGRSpatialReference src(*srs);
            src.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            ct.reset(OGRCreateCoordinateTransformation(&src, &wgs84));
            if (!ct) issues.push_back({core::Severity::Warning, file, out.name,
                                       "cannot transform from the layer's SRS to WGS84; coordinates used as they are"});
        }
        const bool noCrs = layer->GetSpatialRef() == nullptr;
        std::size_t outside = 0, withGeometry = 0;
        std::optional<core::Vec2> firstOutside;
        const OGRFeatureDefn* defn = layer->GetLayerDefn();
        long long index = 0;
        CPLErrorReset();
        for (auto& feature : *layer) {
            ++index;
            // Quitting the window while a big file is read: stop between features instead of reading it all.
            if (geometryWorkCancelled()) throw GeoDataError(file, "loading was cancelled");
            if (limits.maxFeatures && featureCount >= limits.maxFeatures) {
                issues.push_back({core::Severity::Warning, file, out.name,
                                  "more than " + std::to_string(limits.maxFeatures) +
                                      " features; only the first " + std::to_string(limits.maxFeatures) + " were read"});
                limitReached = true;
                break;
            }
            VectorFeature vf;
            for (int i = 0; i < defn->GetFieldCount(); ++i)
                if (feature->IsFieldSetAndNotNull(i))
                    vf.attributes[defn->GetFieldDefn(i)->GetNameRef()] = fieldText(*feature, i);
            const OGRGeometry* geom = feature->GetGeometryRef();
            std::unique_ptr<OGRGeometry> transformed;
            if (geom && ct) {
                transformed.reset(geom->clone());
                if (transformed->transform(ct.get()) != OGRERR_NONE) {
                    issues.push_back({core::Severity::Warning, file, out.name + " #" + std::to_string(index),
                                      "coordinate transformation failed; feature skipped"});
                    continue;
                }
                geom = transformed.get();
            }
            convert(geom, vf.geometry);
            if (!allFinite(vf.geometry)) {
                issues.push_back({core::Severity::Warning, file, out.name + " #" + std::to_string(index),
                                  "non-finite coordinates; feature skipped"});
                continue;
            }
            if (!vf.geometry.empty()) ++withGeometry;
            if (const auto bad = outsideLonLat(vf.geometry)) {
                // Never drawn anywhere on the map: said per row (the first few), not kept silently.
                if (!firstOutside) firstOutside = bad;
                if (++outside <= 5)
                    issues.push_back({core::Severity::Warning, file, out.name + " #" + std::to_string(index),
                                      "coordinates " + number(bad->x) + ", " + number(bad->y) +
                                          " are outside longitude -180..180 / latitude -90..90; feature skipped"});
                continue;
            }
            if (limits.maxVertices) {
                vertexCount += vertexCountOf(vf.geometry);
                if (vertexCount > limits.maxVertices) {
                    issues.push_back({core::Severity::Warning, file, out.name + " #" + std::to_string(index),
                                      "more than " + std::to_string(limits.maxVertices) +
                                          " vertices; the features from here on were not read"});
                    limitReached = true;
                    break;
                }
            }
            ++featureCount;
            out.features.push_back(std::move(vf));
        }
        if (outside > 5)
            issues.push_back({core::Severity::Warning, file, out.name,
                              std::to_string(outside - 5) + " more features outside longitude/latitude skipped"});
        if (noCrs && outside > 0 && outside == withGeometry)
            issues.push_back({core::Severity::Warning, file, out.name,
                              "the layer has no coordinate system (a shapefile without its .prj?) and its coordinates "
                              "look projected (e.g. " + number(firstOutside->x) + ", " + number(firstOutside->y) +
                                  "), not longitude/latitude; add the .prj file or reproject it"});
        if (CPLGetLastErrorType() >= CE_Failure)
            issues.push_back({core::Severity::Warning, file, out.name, "read error: " + lastGdalError("unknown")});
        layers.push_back(std::move(out));
    }
    return layers;
}

}  // namespace atlas::geoio
