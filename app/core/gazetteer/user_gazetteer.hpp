// A workspace's own gazetteer (gazetteer.user.geojson) and review memory (review.json): formats and merging.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/gazetteer/gazetteer.hpp"
#include "core/gazetteer/gazetteer_json.hpp"
#include "core/gazetteer/geonames.hpp"

namespace atlas::core {

inline constexpr const char* kUserGazetteerFile = "gazetteer.user.geojson";
inline constexpr const char* kReviewFile = "review.json";

/// A surface form added as a name variant of a feature (a base or a user one).
struct Alias {
    std::string featureId;
    std::string name;
    std::vector<std::string> passageIds;
};

/// A feature of the workspace: the gazetteer record and what the bundled ones do not carry.
struct WorkspaceFeature {
    GazetteerFeature feature;
    std::string provenance;               // "GeoNames N", "placed by hand" or "suggested"
    bool suggested = false;               // provisional (index --suggest): drawn as unreviewed
    std::vector<std::string> passageIds;  // the passages that name it
};

/// gazetteer.user.geojson: features in the bundled gazetteer's schema plus the properties "provenance",
/// "suggested", "passages", and a foreign member "aliases": [{"feature", "name", "passages"}].
struct UserGazetteer {
    std::vector<WorkspaceFeature> features;
    std::vector<Alias> aliases;

    [[nodiscard]] const WorkspaceFeature* find(std::string_view id) const;
    /// The user feature one of whose names folds like `name`.
    [[nodiscard]] const WorkspaceFeature* findByName(std::string_view name) const;
};

struct UserGazetteerParse {
    UserGazetteer gazetteer;
    std::vector<Problem> problems;
};

UserGazetteerParse parseUserGazetteer(std::string_view text, const std::string& fileLabel);
/// A missing file is an empty gazetteer (no problem); an unreadable one gives one problem.
UserGazetteerParse loadUserGazetteer(const std::filesystem::path& file);
/// The file's text: a FeatureCollection, features in the order given, two-space indent, trailing newline.
std::string userGazetteerToGeoJson(const UserGazetteer& gazetteer);

/// Adds the user's features to `base` (an id already there is a problem and that user feature is skipped) and
/// each alias as a variant name of its feature (an unknown feature id is a problem). Returns the problems.
std::vector<Problem> extendGazetteer(std::vector<GazetteerFeature>& base, const UserGazetteer& user,
                                     const std::string& fileLabel);

/// review.json: the names a person rejected, deferred to a later queue ("s") and found no place for ("n"), each
/// compared case-insensitively on the folded name.
struct ReviewMemory {
    std::vector<std::string> rejected;
    std::vector<std::string> deferred;
    std::vector<std::string> noMatch;
    [[nodiscard]] bool isRejected(std::string_view name) const;
    [[nodiscard]] bool isDeferred(std::string_view name) const;
    [[nodiscard]] bool isNoMatch(std::string_view name) const;
    friend bool operator==(const ReviewMemory&, const ReviewMemory&) = default;
};
/// A missing file is an empty memory; a malformed one gives the message in `error`.
ReviewMemory loadReviewMemory(const std::filesystem::path& file, std::string& error);
std::string reviewMemoryToJson(const ReviewMemory& memory);

/// A stable id for a new feature named `name`: a lower-case ASCII slug ("Yeghegnadzor" -> "yeghegnadzor"),
/// with "-2", "-3" ... when `taken` has it; "place" when the name has no ASCII letters after transliteration.
std::string slugFor(std::string_view name, const std::vector<std::string>& taken);

/// A place feature for `name` at a GeoNames place: names `name` (primary) and the GeoNames name if it differs
/// (variant), provenance "GeoNames ID" (or "GeoNames" for a place without an id) unless `suggested`.
WorkspaceFeature featureFromGeoNames(const std::string& id, const std::string& name, const GeoNamesPlace& place,
                                     const std::vector<std::string>& passageIds, bool suggested);
/// A feature placed by hand: a point at lon/lat, provenance "placed by hand".
WorkspaceFeature featurePlacedByHand(const std::string& id, const std::string& name, double lon, double lat,
                                     FeatureKind kind, const std::vector<std::string>& passageIds);

/// ISO 15924 script of a name from its first letter: Latn, Cyrl, Armn, Geor or Arab.
std::string scriptOf(std::string_view name);

}  // namespace atlas::core
