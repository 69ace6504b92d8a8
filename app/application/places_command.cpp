// Places command: grow a workspace's gazetteer from the corpus (suggest, accept, alias, place, reject).
#include "application/places_command.hpp"

#include <algorithm>
#include <iostream>

#include "application/workspace_gazetteer.hpp"
#include "core/atomic_file.hpp"
#include "core/corpus/index_cache.hpp"
#include "application/geoio_module.hpp"
#include "core/gazetteer/place_edits.hpp"
#include "core/gazetteer/places_review.hpp"
#include "core/text/text_normalize.hpp"
#include "core/workspace/workspace.hpp"

namespace atlas::app {
namespace {

namespace fs = std::filesystem;

/// What every subcommand needs: the gazetteer (confirmed features only), the workspace files, the candidates.
struct Review {
    fs::path workspace;
    CommandGazetteer gazetteer;
    core::ReviewMemory memory;
    std::optional<core::GeoNamesIndex> geonames;
    std::vector<core::PlaceCandidate> candidates;

    [[nodiscard]] const core::PlaceCandidate* candidate(const std::string& name) const {
        const std::string key = core::foldForMatch(name);
        for (const auto& c : candidates)
            if (core::foldForMatch(c.gap.text) == key) return &c;
        return nullptr;
    }
};

Review openReview(const Options& o, const fs::path& dataRoot, bool withCandidates) {
    Review r;
    r.workspace = *o.workspace;
    const auto geodata = o.geodata.value_or(dataRoot / "geodata");
    r.gazetteer = loadCommandGazetteer(geodata, o.workspace, /*withSuggested=*/false);
    warnProblems(r.gazetteer.problems);
    if (r.gazetteer.baseMissing)
        throw std::runtime_error((geodata / "gazetteer.geojson").string() + ": gazetteer not found");
    std::string error;
    r.memory = core::loadReviewMemory(r.workspace / core::kReviewFile, error);
    if (!error.empty()) throw std::runtime_error(error);
    if (!withCandidates) return r;
    const auto corpus = o.corpus.value_or(dataRoot / "corpus");
    std::error_code ec;
    if (!fs::is_directory(corpus, ec)) throw std::runtime_error(corpus.string() + ": corpus folder not found");
    auto gn = core::loadGeoNamesFile(geodata / "geonames-caucasus.tsv");
    warnProblems(gn.problems);
    r.geonames.emplace(std::move(gn.places));
    const auto cached =
        core::indexCorpusCached(corpus, r.gazetteer.features, r.gazetteer.cacheKey, core::defaultIndexCacheDir(), 0,
                                lazyDocumentReaders());
    for (const auto& w : cached.index.warnings)
        std::cerr << "caucasus-atlas: warning: " << w.file << ": " << w.message << "\n";
    const core::NameMatcher matcher(r.gazetteer.features);
    core::GapOptions options;
    options.document = o.document;
    r.candidates = core::placeCandidates(cached.index, r.gazetteer.features, matcher, *r.geonames, r.memory, options);
    return r;
}

void saveUser(const Review& r) {
    std::error_code ec;
    fs::create_directories(r.workspace, ec);
    if (auto err = core::writeFileAtomically(r.workspace / core::kUserGazetteerFile,
                                             core::userGazetteerToGeoJson(r.gazetteer.user)))
        throw std::runtime_error(*err);
}

void saveMemory(const Review& r) {
    std::error_code ec;
    fs::create_directories(r.workspace, ec);
    if (auto err = core::writeFileAtomically(r.workspace / core::kReviewFile, core::reviewMemoryToJson(r.memory)))
        throw std::runtime_error(*err);
}

void refuseKnown(const Review& r, const std::string& name) {
    if (const auto owner = core::ownerOfName(r.gazetteer.features, r.gazetteer.user, name))
        throw UsageError("places: '" + name + "' is already a name of feature " + *owner);
}

int accept(const Options& o, const fs::path& dataRoot, const std::string& name) {
    Review r = openReview(o, dataRoot, true);
    refuseKnown(r, name);
    const core::PlaceCandidate* c = r.candidate(name);
    const core::GeoNamesPlace* place = nullptr;
    if (o.geonamesId) {
        for (const auto& p : r.geonames->places)
            if (p.id == *o.geonamesId) place = &p;
        if (!place) throw UsageError("places accept: no GeoNames place " + *o.geonamesId + " in geonames-caucasus.tsv");
    } else {
        if (!c) throw UsageError("places accept: '" + name + "' is not an unknown name of the corpus (see places suggest)");
        const auto& s = c->suggestions;
        if (s.ranked.empty()) throw UsageError("places accept: no suggestion for '" + name + "'; use places place");
        if (o.choice) {
            if (static_cast<std::size_t>(*o.choice) > s.ranked.size())
                throw UsageError("places accept: '" + name + "' has " + std::to_string(s.ranked.size()) + " suggestions");
            place = &r.geonames->places[s.ranked[static_cast<std::size_t>(*o.choice - 1)].place];
        } else {
            if (s.ambiguous)
                throw UsageError("places accept: two places score alike for '" + name +
                                 "'; pick one with --choice N or --geonames ID");
            place = &r.geonames->places[s.ranked.front().place];
        }
    }
    const std::string id = core::acceptPlace(r.gazetteer.user, r.memory, r.gazetteer.features, name, *place,
                                             c ? c->gap.passageIds : std::vector<std::string>{});
    saveUser(r);
    saveMemory(r);
    std::cout << "accepted " << name << " as " << id << " (GeoNames " << (place->id.empty() ? "-" : place->id) << ", "
              << place->lon << "," << place->lat << ")\n";
    return 0;
}

int alias(const Options& o, const fs::path& dataRoot, const std::string& surface, const std::string& featureId) {
    Review r = openReview(o, dataRoot, false);
    const auto it = std::find_if(r.gazetteer.features.begin(), r.gazetteer.features.end(),
                                 [&](const core::GazetteerFeature& f) { return f.id == featureId; });
    if (it == r.gazetteer.features.end()) throw UsageError("places alias: no feature '" + featureId + "'");
    const core::ReviewMemory before = r.memory;
    if (!core::addAlias(r.gazetteer.user, r.memory, *it, surface, {})) {
        std::cout << "'" << surface << "' is already a name of " << featureId << "; nothing written\n";
        return 0;
    }
    saveUser(r);
    if (r.memory != before) saveMemory(r);  // an aliased name leaves the rejected/deferred lists
    std::cout << "aliased " << surface << " to " << featureId << "\n";
    return 0;
}

int place(const Options& o, const fs::path& dataRoot, const std::string& name) {
    if (!o.lonlat) throw UsageError("places place: --lonlat LON,LAT is required");
    const auto kind = core::featureKindFromString(o.kind.value_or("place"));
    if (!kind) throw UsageError("places place: --kind: expected place, corridor, border, region or water");
    Review r = openReview(o, dataRoot, true);
    refuseKnown(r, name);
    const core::PlaceCandidate* c = r.candidate(name);
    const std::string id = core::placeByHand(r.gazetteer.user, r.memory, r.gazetteer.features, name, *o.lonlat, *kind,
                                             c ? c->gap.passageIds : std::vector<std::string>{});
    saveUser(r);
    saveMemory(r);
    std::cout << "placed " << name << " as " << id << " by hand at " << o.lonlat->x << "," << o.lonlat->y << "\n";
    return 0;
}

/// places place NAME --route FROM-ID TO-ID: a line between two known features (core::placeRoute, as the panel's r).
int placeRoute(const Options& o, const fs::path& dataRoot, const std::string& name, const std::string& fromId,
               const std::string& toId) {
    if (o.lonlat || o.kind) throw UsageError("places place --route: no --lonlat or --kind (the ends place it)");
    if (fromId == toId) throw UsageError("places place --route: a route needs two different ends");
    Review r = openReview(o, dataRoot, true);
    refuseKnown(r, name);
    const auto feature = [&](const std::string& id) {
        const auto it = std::find_if(r.gazetteer.features.begin(), r.gazetteer.features.end(),
                                     [&](const core::GazetteerFeature& f) { return f.id == id; });
        if (it == r.gazetteer.features.end()) throw UsageError("places place --route: no feature '" + id + "'");
        return *it;  // a copy: placeRoute changes the user gazetteer the list was built from
    };
    const core::GazetteerFeature from = feature(fromId), to = feature(toId);
    const core::PlaceCandidate* c = r.candidate(name);
    const auto id = core::placeRoute(r.gazetteer.user, r.memory, r.gazetteer.features, name, from, to,
                                     c ? c->gap.passageIds : std::vector<std::string>{});
    if (!id) throw UsageError("places place --route: '" + fromId + "' or '" + toId + "' has no location");
    saveUser(r);
    saveMemory(r);
    std::cout << "placed " << name << " as " << *id << ", a route from " << fromId << " to " << toId << "\n";
    return 0;
}

int reject(const Options& o, const fs::path& dataRoot, const std::string& name) {
    Review r = openReview(o, dataRoot, false);
    const bool dropped = core::rejectName(r.gazetteer.user, r.memory, name);
    saveMemory(r);
    if (dropped) saveUser(r);
    std::cout << "rejected " << name << (dropped ? " (its provisional feature removed)" : "") << "\n";
    return 0;
}

/// accept, alias, place and reject write into the workspace: on a read-only disk they stop before any work.
void requireWritable(const fs::path& workspace) {
    std::error_code ec;
    if (fs::exists(workspace, ec) && !core::folderWritable(workspace))
        throw std::runtime_error(workspace.string() +
                                 ": the workspace cannot be written (read-only disk or no permission); nothing was "
                                 "changed");
}

}  // namespace

int runPlaces(const Options& o, const fs::path& dataRoot) {
    const auto& args = o.positional;
    if (args.empty()) throw UsageError("places: give suggest, accept, alias, place or reject (try --help)");
    if (!o.workspace) throw UsageError("places: --workspace DIR is required");
    const std::string& sub = args[0];
    auto want = [&](std::size_t n, const char* usage) {
        if (args.size() != n + 1) throw UsageError(std::string("places ") + sub + ": usage: places " + usage);
    };
    try {
        if (sub != "suggest") requireWritable(*o.workspace);
        if (sub == "suggest") {
            want(0, "suggest --workspace DIR [--corpus DIR] [--document FILE] [--json]");
            const Review r = openReview(o, dataRoot, true);
            if (o.json) std::cout << core::candidatesToJson(r.candidates, *r.geonames).dump(1) << "\n";
            else std::cout << core::candidatesToText(r.candidates, *r.geonames);
            return std::cout.good() ? 0 : 1;
        }
        if (sub == "accept") {
            want(1, "accept NAME [--choice N | --geonames ID] --workspace DIR");
            if (o.choice && o.geonamesId) throw UsageError("places accept: give --choice or --geonames, not both");
            return accept(o, dataRoot, args[1]);
        }
        if (sub == "alias") {
            want(2, "alias SURFACE FEATURE-ID --workspace DIR");
            return alias(o, dataRoot, args[1], args[2]);
        }
        if (sub == "place" && o.route) {
            want(3, "place NAME --route FROM-ID TO-ID --workspace DIR");
            return placeRoute(o, dataRoot, args[1], args[2], args[3]);
        }
        if (sub == "place") {
            want(1, "place NAME --lonlat LON,LAT [--kind KIND] --workspace DIR");
            return place(o, dataRoot, args[1]);
        }
        if (sub == "reject") {
            want(1, "reject NAME --workspace DIR");
            return reject(o, dataRoot, args[1]);
        }
    } catch (const UsageError&) {
        throw;
    } catch (const std::exception& e) {
        std::cerr << "caucasus-atlas: error: " << e.what() << "\n";
        return 1;
    }
    throw UsageError("places: unknown subcommand '" + sub + "' (suggest, accept, alias, place, reject)");
}

}  // namespace atlas::app
