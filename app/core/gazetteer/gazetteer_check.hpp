// Validation of the geodata folder's gazetteer and events: vocabularies, geometry, frame, names, periods, links.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/gazetteer/events.hpp"
#include "core/gazetteer/gazetteer.hpp"
#include "core/gazetteer/gazetteer_json.hpp"
#include "core/ring_crossings.hpp"

namespace atlas::core {

// Vocabularies of geodata/GAZETTEER.md, defined once.
const std::vector<std::string_view>& knownSubkinds(FeatureKind kind);
const std::vector<std::string_view>& knownStatuses();
const std::vector<std::string_view>& knownCertainties();
bool isKnownSubkind(FeatureKind kind, std::string_view subkind);
bool isKnownStatus(std::string_view status);
bool isKnownCertainty(std::string_view certainty);
/// Lower-case ASCII letters, digits and single inner hyphens.
bool isValidSlug(std::string_view id);

/// What is wrong with a ring (given without its closing point): fewer than 3 distinct vertices, two
/// non-adjacent edges that meet, or an edge folding back on the previous one; nullopt when it is valid.
std::optional<std::string> ringProblem(const Ring& ring);

/// Every rule of docs/gazetteer.md ("Check rules") on one parsed feature.
std::vector<Problem> checkFeature(const GazetteerFeature& feature, const std::string& file);
/// checkFeature over all features.
std::vector<Problem> checkFeatures(const std::vector<GazetteerFeature>& features, const std::string& file);
/// What the parser cannot see: unclosed polygon rings in the raw GeoJSON text.
std::vector<Problem> checkGazetteerText(std::string_view text, const std::string& file);
/// Events that name features the gazetteer does not have, or name none.
std::vector<Problem> checkEventLinks(const std::vector<Event>& events, const std::vector<GazetteerFeature>& features,
                                     const std::string& file);

struct GeodataCheckResult {
    std::size_t featureCount = 0;
    std::size_t eventCount = 0;
    std::vector<Problem> problems;  // in file order: gazetteer parse, gazetteer rules, events
};

/// Checks DIR/gazetteer.geojson and DIR/events.json (the basemap is checked in geoio). A missing folder or
/// file is one problem naming it.
GeodataCheckResult checkGeodataFolder(const std::filesystem::path& dir);

/// "FILE: FEATURE_ID: message" ("-" for a missing id).
std::string formatProblem(const Problem& problem);

}  // namespace atlas::core
