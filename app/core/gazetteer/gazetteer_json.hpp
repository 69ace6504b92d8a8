// Parses the gazetteer GeoJSON FeatureCollection into GazetteerFeature records, collecting per-record problems.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/gazetteer/gazetteer.hpp"

namespace atlas::core {

/// One problem with one record: the record is skipped (or the bad field ignored) and parsing goes on.
struct Problem {
    std::string file;
    std::string featureId;  // empty when the record has no usable id
    std::string message;
};

struct GazetteerParseResult {
    std::vector<GazetteerFeature> features;
    std::vector<Problem> problems;
};

/// Parses GeoJSON text (schema in docs/corpus.md). Skipped records: missing/duplicate id, unknown kind,
/// no names or an empty name, malformed period (non-integer, start > end), missing geometry, invalid
/// coordinates. Ignored with a problem but kept: unknown name usage, out-of-range importance (clamped),
/// unknown accuracy (approximate). A text that is not a FeatureCollection gives one problem and no features.
GazetteerParseResult parseGazetteerGeoJson(std::string_view text, const std::string& fileLabel);

/// Reads and parses a file; an unreadable file gives one problem.
GazetteerParseResult loadGazetteerFile(const std::filesystem::path& path);

std::optional<FeatureKind> featureKindFromString(std::string_view s);
std::string_view featureKindName(FeatureKind kind);
std::optional<NameUsage> nameUsageFromString(std::string_view s);
std::string_view nameUsageName(NameUsage usage);

}  // namespace atlas::core
