// Linking scored against hand-annotated texts (see link_eval.hpp).
#include "core/corpus/link_eval.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <limits>
#include <optional>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

#include "core/corpus/document.hpp"
#include "core/corpus/passage_splitter.hpp"
#include "core/frame/offmap.hpp"  // greatCircleKm

namespace atlas::core {

namespace {

/// Every vertex of a geometry (points, line vertices, outer rings).
std::vector<Vec2> vertices(const Geometry& g) {
    std::vector<Vec2> out = g.points;
    for (const LineString& l : g.lines) out.insert(out.end(), l.begin(), l.end());
    for (const Polygon& p : g.polygons) out.insert(out.end(), p.outer.begin(), p.outer.end());
    return out;
}

/// Where an annotated place is: its own coordinates, or the gazetteer feature's point (the centre of its bounds
/// for a line or area).
std::optional<Vec2> goldPoint(const GoldMention& g, const std::vector<GazetteerFeature>& features) {
    if (g.feature.empty()) return Vec2{g.lon, g.lat};
    for (const GazetteerFeature& f : features) {
        if (f.id != g.feature) continue;
        if (!f.geometry.points.empty()) return f.geometry.points.front();
        if (f.geometry.empty()) return std::nullopt;
        const BBox b = f.geometry.bounds();
        return Vec2{(b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2};
    }
    return std::nullopt;
}

/// Distance from the right place to the nearest vertex of the linked feature (a road linked for a town on it is
/// near it).
double linkDistanceKm(const GoldMention& g, const std::string& linked, const std::vector<GazetteerFeature>& features) {
    if (!g.feature.empty() && g.feature == linked) return 0.0;
    const std::optional<Vec2> at = goldPoint(g, features);
    if (!at) return std::numeric_limits<double>::infinity();
    double best = std::numeric_limits<double>::infinity();
    for (const GazetteerFeature& f : features)
        if (f.id == linked)
            for (Vec2 v : vertices(f.geometry)) best = std::min(best, greatCircleKm(*at, v));
    return best;
}

std::string readFile(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) throw std::runtime_error(p.string() + ": cannot be read");
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

LinkScores& LinkScores::operator+=(const LinkScores& o) {
    gold += o.gold;
    goldKnown += o.goldKnown;
    predicted += o.predicted;
    truePositive += o.truePositive;
    foundKnown += o.foundKnown;
    foundAll += o.foundAll;
    exact += o.exact;
    within5 += o.within5;
    within161 += o.within161;
    adjectivalAgree += o.adjectivalAgree;
    return *this;
}

Annotation parseAnnotation(std::string_view json, const std::string& fileLabel) {
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(json);
    } catch (const std::exception& e) {
        throw std::runtime_error(fileLabel + ": not valid JSON: " + e.what());
    }
    auto fail = [&](const std::string& what) { return std::runtime_error(fileLabel + ": " + what); };
    if (!j.is_object() || !j.contains("text") || !j["text"].is_string() || !j.contains("mentions") ||
        !j["mentions"].is_array())
        throw fail("expected an object with \"text\" (string) and \"mentions\" (array)");
    Annotation a;
    a.text = j["text"].get<std::string>();
    a.language = j.value("language", std::string("en"));
    std::size_t i = 0;
    for (const auto& m : j["mentions"]) {
        const std::string where = "mention " + std::to_string(i++);
        if (!m.is_object() || !m.contains("begin") || !m.contains("end") || !m.contains("feature") ||
            !m["begin"].is_number_unsigned() || !m["end"].is_number_unsigned() || !m["feature"].is_string())
            throw fail(where + ": needs \"begin\", \"end\" (byte offsets) and \"feature\"");
        GoldMention g;
        g.begin = m["begin"].get<std::size_t>();
        g.end = m["end"].get<std::size_t>();
        if (g.end <= g.begin) throw fail(where + ": \"end\" must be after \"begin\"");
        g.surface = m.value("surface", std::string());
        g.feature = m["feature"].get<std::string>();
        if (g.feature == "unknown") {
            g.feature.clear();
            if (!m.contains("lon") || !m.contains("lat") || !m["lon"].is_number() || !m["lat"].is_number())
                throw fail(where + ": an unknown place needs \"lon\" and \"lat\"");
            g.lon = m["lon"].get<double>();
            g.lat = m["lat"].get<double>();
        }
        g.adjectival = m.value("adjectival", false);
        a.mentions.push_back(std::move(g));
    }
    return a;
}

LinkScores scoreMentions(const Annotation& ann, const std::vector<Mention>& predicted,
                         const std::vector<GazetteerFeature>& features, std::vector<LinkMiss>* misses) {
    LinkScores s;
    s.gold = ann.mentions.size();
    for (const GoldMention& g : ann.mentions)
        if (!g.feature.empty()) ++s.goldKnown;
    s.predicted = predicted.size();
    std::vector<bool> taken(ann.mentions.size(), false);
    for (const Mention& m : predicted) {
        std::size_t hit = ann.mentions.size();
        for (std::size_t i = 0; i < ann.mentions.size(); ++i) {
            const GoldMention& g = ann.mentions[i];
            if (m.begin() < g.end && g.begin < m.end()) {
                hit = i;
                break;
            }
        }
        if (hit == ann.mentions.size() || taken[hit]) {
            if (misses) misses->push_back({ann.text, m.text, "", m.featureId});
            continue;
        }
        taken[hit] = true;
        const GoldMention& g = ann.mentions[hit];
        ++s.truePositive;
        ++s.foundAll;
        if (!g.feature.empty()) ++s.foundKnown;
        if (!g.feature.empty() && g.feature == m.featureId) ++s.exact;
        const double km = linkDistanceKm(g, m.featureId, features);
        if (km <= 5.0) ++s.within5;
        if (km <= 161.0) ++s.within161;
        if (g.adjectival == m.adjectival) ++s.adjectivalAgree;
        if (g.feature != m.featureId && misses)
            misses->push_back({ann.text, m.text, g.feature.empty() ? "unknown" : g.feature, m.featureId});
    }
    for (std::size_t i = 0; i < ann.mentions.size(); ++i)
        if (!taken[i] && misses)
            misses->push_back({ann.text, ann.mentions[i].surface,
                               ann.mentions[i].feature.empty() ? "unknown" : ann.mentions[i].feature, ""});
    return s;
}

LinkEvaluation evaluateLinking(const std::filesystem::path& dir, const NameMatcher& matcher,
                               const std::vector<GazetteerFeature>& features) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_regular_file() && name.size() > 9 && name.ends_with(".ann.json")) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) throw std::runtime_error(dir.string() + ": no *.ann.json annotations");
    LinkEvaluation e;
    for (const auto& path : files) {
        const Annotation ann = parseAnnotation(readFile(path), path.string());
        const std::filesystem::path textPath = dir / ann.text;
        const Document doc = makeDocument(ann.text, readFile(textPath));
        for (const GoldMention& g : ann.mentions)
            if (g.end > doc.bytes.size())
                throw std::runtime_error(path.string() + ": mention \"" + g.surface + "\" ends past the end of " +
                                         textPath.string());
        const SplitResult split = splitDocument(doc, 0);
        std::vector<Mention> mentions;
        matcher.matchAll(doc, split.passages, mentions);
        const LinkScores s = scoreMentions(ann, mentions, features, &e.misses);
        e.byLanguage[ann.language] += s;
        e.total += s;
    }
    return e;
}

std::string linkEvaluationReport(const LinkEvaluation& e) {
    std::string out =
        "language  mentions  known  predicted  known-recall  recall  precision  exact  within-5km  within-161km  "
        "adjectival-flag\n";
    auto row = [&](const std::string& lang, const LinkScores& s) {
        char line[256];
        std::snprintf(line, sizeof line, "%-8s  %8zu  %5zu  %9zu  %12.3f  %6.3f  %9.3f  %5.3f  %10.3f  %12.3f  %15.3f\n",
                      lang.c_str(), s.gold, s.goldKnown, s.predicted, s.knownRecall(), s.recall(), s.precision(),
                      s.exactShare(), s.within5Share(), s.within161Share(),
                      s.foundAll == 0 ? 1.0 : static_cast<double>(s.adjectivalAgree) / static_cast<double>(s.foundAll));
        out += line;
    };
    for (const auto& [lang, s] : e.byLanguage) row(lang, s);
    row("all", e.total);
    // The share #16 asks for: of all annotated mentions (not only the recognised ones), those linked within 5 km.
    char share[128];
    std::snprintf(share, sizeof share, "all mentions within 5 km: %zu of %zu (%.1f %%)\n", e.total.within5, e.total.gold,
                  e.total.gold == 0 ? 100.0 : 100.0 * static_cast<double>(e.total.within5) / static_cast<double>(e.total.gold));
    out += share;
    if (!e.misses.empty()) out += "\nmisses (text: surface, expected -> linked):\n";
    for (const LinkMiss& m : e.misses)
        out += "  " + m.text + ": \"" + m.surface + "\", " + (m.expected.empty() ? "(not a place)" : m.expected) +
               " -> " + (m.got.empty() ? "(not linked)" : m.got) + "\n";
    return out;
}

}  // namespace atlas::core
