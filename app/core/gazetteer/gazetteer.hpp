// The gazetteer model: dated, multilingual features (places, corridors, borders, regions, water).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/enum_names.hpp"
#include "core/geometry.hpp"

namespace atlas::core {

enum class FeatureKind { Place, Corridor, Border, Region, Water };
enum class Accuracy { Exact, Approximate, Schematic };

/// Their names in the gazetteer's GeoJSON ("kind", "accuracy") and in the features output.
inline constexpr EnumName<FeatureKind> kFeatureKindNames[] = {{FeatureKind::Place, "place"},
                                                              {FeatureKind::Corridor, "corridor"},
                                                              {FeatureKind::Border, "border"},
                                                              {FeatureKind::Region, "region"},
                                                              {FeatureKind::Water, "water"}};
constexpr std::span<const EnumName<FeatureKind>> namesOf(FeatureKind) { return kFeatureKindNames; }
inline constexpr EnumName<Accuracy> kAccuracyNames[] = {
    {Accuracy::Exact, "exact"}, {Accuracy::Approximate, "approximate"}, {Accuracy::Schematic, "schematic"}};
constexpr std::span<const EnumName<Accuracy>> namesOf(Accuracy) { return kAccuracyNames; }

/// Whose usage a name is. A name may belong to several.
enum class NameUsage { Common, Armenian, Azerbaijani, Russian, Historical, Variant, Misspelling, Turkish };
/// Their names in the gazetteer's "usage" lists.
inline constexpr EnumName<NameUsage> kNameUsageNames[] = {
    {NameUsage::Common, "common"},         {NameUsage::Armenian, "armenian"}, {NameUsage::Azerbaijani, "azerbaijani"},
    {NameUsage::Russian, "russian"},       {NameUsage::Historical, "historical"}, {NameUsage::Variant, "variant"},
    {NameUsage::Misspelling, "misspelling"}, {NameUsage::Turkish, "turkish"}};
constexpr std::span<const EnumName<NameUsage>> namesOf(NameUsage) { return kNameUsageNames; }

struct Name {
    std::string text;
    std::string lang;    // BCP 47 language: en, hy, az, ru, tr, fa, ka ...
    std::string script;  // ISO 15924: Latn, Armn, Cyrl, Geor, Arab
    std::vector<NameUsage> usage;
    bool adjectival = false;  // "Armenian", "Azerbaijani": counts as a mention, flagged adjectival
    bool primary = false;     // the English display name
};

/// When a feature holds: dates at year, month or day precision; an empty bound is open. The days covered are
/// defined once in core/time_filter.hpp (a full-date end is the first day it no longer holds).
struct Period {
    std::optional<Date> start;
    std::optional<Date> end;
    std::string status;     // open, blockaded, closed, de-facto, de-jure, claimed, proposed, ...
    std::string certainty;  // certain, probable, uncertain
    std::string note;
    std::optional<double> widthKm = std::nullopt;  // a corridor's stated width in this period ("width_km"), drawn to scale
    /// The shape in force during this period ("geometry", lon/lat); none: the feature's own geometry.
    std::optional<Geometry> geometry = std::nullopt;
    /// "gap": true declares that this period starts later than the previous one ends (checked only on features
    /// with dated geometry, whose periods must otherwise follow each other without a gap).
    bool gapBefore = false;
};

struct GazetteerFeature {
    std::string id;  // stable slug
    FeatureKind kind = FeatureKind::Place;
    std::string subkind;
    int importance = 3;  // 1 (most) .. 5 (least)
    bool offmap = false;
    std::vector<Name> names;
    std::vector<Period> periods;
    Accuracy accuracy = Accuracy::Exact;
    std::optional<double> widthKm;
    std::string source;
    std::string note;
    Geometry geometry;  // lon/lat, WGS84
};

/// The shape a feature has during one of its periods: the period's own geometry, else the feature's.
inline const Geometry& periodGeometry(const GazetteerFeature& f, const Period& p) {
    return p.geometry ? *p.geometry : f.geometry;
}
/// True when at least one period carries its own geometry (the shape changes with the periods).
inline bool hasDatedGeometry(const GazetteerFeature& f) {
    for (const Period& p : f.periods)
        if (p.geometry) return true;
    return false;
}

}  // namespace atlas::core
