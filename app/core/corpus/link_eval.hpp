// Linking measured as geoparsers report it: recognition recall/precision and resolution (exact, within 5 km and
// 161 km) of a matcher's mentions against hand-annotated texts (tests/data/linking, docs/corpus.md).
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/corpus/matcher.hpp"
#include "core/gazetteer/gazetteer.hpp"

namespace atlas::core {

/// One annotated place mention (byte range in the text).
struct GoldMention {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string surface;
    std::string feature;  // gazetteer id, or empty for a place the gazetteer lacks
    double lon = 0.0;     // where the place is, for unknown places
    double lat = 0.0;
    bool adjectival = false;
};

struct Annotation {
    std::string text;      // the text's file name, next to the annotation
    std::string language;  // en, ru, az, hy ...
    std::vector<GoldMention> mentions;
};

/// Parses NAME.ann.json; throws std::runtime_error naming `fileLabel` and the problem.
Annotation parseAnnotation(std::string_view json, const std::string& fileLabel);

/// Counts for one language (or all). A predicted mention that overlaps an annotated one recognises it; a second
/// prediction inside the same annotation ("Yerevan" and "Gyumri" inside "the Yerevan–Gyumri highway") and a
/// prediction that overlaps none are false positives.
struct LinkScores {
    std::size_t gold = 0;          // annotated mentions, adjectival ones included
    std::size_t goldKnown = 0;     // annotated with a gazetteer feature
    std::size_t predicted = 0;     // mentions the matcher produced
    std::size_t truePositive = 0;  // predictions that recognise an annotated mention (one per annotation)
    std::size_t foundKnown = 0;    // known annotations recognised
    std::size_t foundAll = 0;      // annotations recognised
    std::size_t exact = 0;         // recognised known annotations linked to their own feature
    std::size_t within5 = 0;       // recognised annotations linked to a feature within 5 km of the right place
    std::size_t within161 = 0;     // ... within 161 km
    std::size_t adjectivalAgree = 0;  // recognised annotations whose adjectival flag is the annotation's

    [[nodiscard]] double knownRecall() const { return ratio(foundKnown, goldKnown); }
    [[nodiscard]] double recall() const { return ratio(foundAll, gold); }
    [[nodiscard]] double precision() const { return ratio(truePositive, predicted); }
    [[nodiscard]] double exactShare() const { return ratio(exact, foundKnown); }
    [[nodiscard]] double within5Share() const { return ratio(within5, foundAll); }
    [[nodiscard]] double within161Share() const { return ratio(within161, foundAll); }
    LinkScores& operator+=(const LinkScores& o);

private:
    static double ratio(std::size_t a, std::size_t b) { return b == 0 ? 1.0 : static_cast<double>(a) / static_cast<double>(b); }
};

/// A prediction that no annotation explains, or an annotation nothing recognised (for the report's detail).
struct LinkMiss {
    std::string text;
    std::string surface;
    std::string expected;  // feature id, "unknown", or "" for a false positive
    std::string got;       // feature id, or "" for a miss
};

struct LinkEvaluation {
    std::map<std::string, LinkScores> byLanguage;
    LinkScores total;
    std::vector<LinkMiss> misses;
};

/// Scores one annotated text's predicted mentions.
LinkScores scoreMentions(const Annotation& ann, const std::vector<Mention>& predicted,
                         const std::vector<GazetteerFeature>& features, std::vector<LinkMiss>* misses = nullptr);

/// Reads every NAME.ann.json in `dir` with its NAME text, matches the text with `matcher` and scores it.
/// Throws std::runtime_error naming the file for an unreadable text or a bad annotation.
LinkEvaluation evaluateLinking(const std::filesystem::path& dir, const NameMatcher& matcher,
                               const std::vector<GazetteerFeature>& features);

/// The evaluation as a plain-text table (one row per language and a total), the share of all mentions linked
/// within 5 km ("all mentions within 5 km: N of M (P %)"), then the misses.
std::string linkEvaluationReport(const LinkEvaluation& e);

}  // namespace atlas::core
