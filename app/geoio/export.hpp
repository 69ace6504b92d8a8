// Exports of the gazetteer and the corpus links: GeoJSON, GeoPackage, mentions CSV, W3C Web Annotations, LPF.
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/corpus/corpus_index.hpp"
#include "core/enum_names.hpp"
#include "core/corpus/link_index.hpp"
#include "core/gazetteer/feature_output.hpp"
#include "core/gazetteer/gazetteer.hpp"

namespace atlas::geoio {

enum class ExportFormat { GeoJson, GeoPackage, MentionsCsv, WebAnnotations, LinkedPlaces };

/// The formats' keys (`export --format`).
inline constexpr core::EnumName<ExportFormat> kExportFormatKeys[] = {
    {ExportFormat::GeoJson, "geojson"},       {ExportFormat::GeoPackage, "gpkg"},
    {ExportFormat::MentionsCsv, "csv"},       {ExportFormat::WebAnnotations, "annotations"},
    {ExportFormat::LinkedPlaces, "lpf"}};
constexpr std::span<const core::EnumName<ExportFormat>> namesOf(ExportFormat) { return kExportFormatKeys; }
inline std::string_view exportFormatKey(ExportFormat format) { return core::enumName(format, "geojson"); }
inline std::optional<ExportFormat> exportFormatFromKey(std::string_view key) { return core::enumFromName<ExportFormat>(key); }

/// A file that cannot be written. what() is "FILE: reason".
class ExportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// What an export reads: the gazetteer, the corpus index and its links, and an optional year/range filter.
struct ExportInput {
    const std::vector<core::GazetteerFeature>& features;
    const core::CorpusIndex& index;
    const core::LinkIndex& links;
    core::FeatureFilter filter;
};

/// IRIs used in the JSON-LD outputs.
std::string featureUri(std::string_view featureId);    // urn:caucasus-atlas:feature:<id>
std::string passageUri(std::string_view passageId);    // urn:caucasus-atlas:passage:<file stem>#p<N>
std::string documentUri(const core::Document& doc);    // the manifest URL, else urn:caucasus-atlas:document:<file>

/// The `passages` attribute of a feature: [{document, passage_id, quote, citation}] for every linked passage.
nlohmann::ordered_json featurePassages(const ExportInput& in, std::string_view featureId);

/// Mentions of the filtered features as CSV (the columns of `index --csv`).
std::string mentionsCsv(const ExportInput& in);
/// W3C Web Annotation AnnotationCollection (JSON-LD); TextPositionSelector offsets count Unicode code points.
nlohmann::ordered_json webAnnotations(const ExportInput& in);
/// Linked Places Format FeatureCollection (GeoJSON-LD).
nlohmann::ordered_json linkedPlaces(const ExportInput& in);

/// Byte offset -> code point offset in UTF-8 text (a malformed byte counts as one code point).
std::size_t codePointOffset(std::string_view text, std::size_t byteOffset);

/// Writes one export to `path` atomically (temporary file + rename). GeoJSON follows RFC 7946 (GDAL GeoJSON
/// driver, RFC7946=YES); GeoPackage via the GDAL GPKG driver. Returns the number of records written
/// (features, mentions or annotations). Throws ExportError naming the file.
std::size_t exportTo(ExportFormat format, const ExportInput& in, const std::filesystem::path& path);

}  // namespace atlas::geoio
