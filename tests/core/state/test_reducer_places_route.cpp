// The review's route candidates and the alias search: placeCandidates offers "X–Y highway" as one route candidate
// with the matcher's ends; r (ReviewPlaceRoute without ends) joins the ends shown, which the user can swap for other
// features by clicking them; searchFeatures finds features by any of their names, folded.
#include <catch2/catch.hpp>

#include <memory>

#include "core/corpus/corpus_index.hpp"
#include "core/gazetteer/places_review.hpp"
#include "core/state/reducer.hpp"

using namespace atlas::core;

namespace {

GazetteerFeature town(std::string id, std::vector<std::string> names, double lon, double lat, int importance = 3) {
    GazetteerFeature f;
    f.id = std::move(id);
    f.kind = FeatureKind::Place;
    f.importance = importance;
    for (auto& text : names) {
        Name n;
        n.text = std::move(text);
        n.lang = "en";
        n.script = "Latn";
        n.primary = f.names.empty();
        f.names.push_back(std::move(n));
    }
    f.geometry.points.push_back({lon, lat});
    return f;
}

struct RouteWorld {
    std::vector<GazetteerFeature> base{town("yerevan", {"Yerevan", "Erevan"}, 44.51, 40.18, 1),
                                       town("gyumri", {"Gyumri", "Leninakan"}, 43.84, 40.79, 2),
                                       town("vanadzor", {"Vanadzor"}, 44.49, 40.81)};
    ReduceContext ctx;
    AppState s;
    CorpusIndex index;

    RouteWorld() {
        ctx.gazetteer = &base;
        DocumentMeta meta;
        meta.file = "roads.txt";
        std::vector<Document> docs{makeDocument(
            "roads.txt", "Work on the Yerevan–Gyumri highway resumed. Traffic on the Yerevan-Gyumri highway grew.\n\n"
                         "Nothing else happened in Vanadzor.\n", meta)};
        index = buildCorpusIndex(std::move(docs), base, {}, 1);
        const NameMatcher matcher(base);
        auto geonames = std::make_shared<GeoNamesIndex>(std::vector<GeoNamesPlace>{});
        auto list = std::make_shared<std::vector<PlaceCandidate>>(placeCandidates(index, base, matcher, *geonames, {}));
        apply(s, action::WorkspaceOpened{"/home/u/roads", false}, BBox{});
        apply(s, action::PlacesLoaded{"/home/u/roads", {}, {}, geonames, list}, ctx);
    }
};

}  // namespace

TEST_CASE("route candidates: 'X–Y highway' is one candidate with its two known ends, any dash", "[places][route]") {
    RouteWorld w;
    REQUIRE(w.s.places.candidates->size() == 1);
    const PlaceCandidate& c = w.s.places.candidates->front();
    CHECK(c.gap.text == "Yerevan–Gyumri highway");
    CHECK(c.gap.count == 2);  // the en dash and the hyphen spelling fold together
    CHECK(c.gap.passageIds == std::vector<std::string>{"roads#p1"});
    REQUIRE(c.route);
    CHECK(c.route->fromId == "yerevan");
    CHECK(c.route->toId == "gyumri");
    CHECK(c.route->routeWord == "highway");
    CHECK(c.suggestions.ranked.empty());
    const auto json = candidatesToJson(*w.s.places.candidates, GeoNamesIndex({}));
    CHECK(json["candidates"][0]["route"]["from"] == "yerevan");
    ReviewMemory rejected;
    rejected.rejected.push_back("Yerevan–Gyumri highway");
    const NameMatcher matcher(w.base);
    CHECK(placeCandidates(w.index, w.base, matcher, GeoNamesIndex({}), rejected).empty());  // a rejection holds
}

TEST_CASE("route candidates: r joins the ends shown; another end picked on the map replaces the matcher's",
          "[places][route][reducer]") {
    RouteWorld w;
    const auto ends = routeEndsFor(w.s.places, *currentCandidate(w.s.places));
    CHECK(ends == std::pair<std::string, std::string>{"yerevan", "gyumri"});
    apply(w.s, action::SetReviewPick{ReviewPick::RouteTo}, w.ctx);
    apply(w.s, action::ReviewMapClick{{44.49, 40.81}, "vanadzor"}, w.ctx);
    CHECK(w.s.places.pick == ReviewPick::None);
    CHECK(routeEndsFor(w.s.places, *currentCandidate(w.s.places)).second == "vanadzor");
    const Commands out = apply(w.s, action::ReviewPlaceRoute{"Yerevan–Gyumri highway", {}, {}}, w.ctx);
    const auto* f = w.s.places.user.findByName("Yerevan–Gyumri highway");
    REQUIRE(f);
    REQUIRE(f->feature.geometry.lines.size() == 1);
    CHECK(f->feature.geometry.lines[0].back().x == Approx(44.49));  // to Vanadzor, the end the user picked
    CHECK(f->provenance == "placed by hand");
    CHECK(f->passageIds == std::vector<std::string>{"roads#p1"});
    CHECK(w.s.places.routeTo.empty());  // the next candidate starts from its own ends
    CHECK(reviewQueue(w.s.places).empty());
    apply(w.s, action::Undo{}, w.ctx);
    CHECK_FALSE(w.s.places.user.findByName("Yerevan–Gyumri highway"));
    CHECK(reviewQueue(w.s.places).size() == 1);
    // An end twice, or a candidate that is no route, is refused with a message and changes nothing.
    const Commands same = apply(w.s, action::ReviewPlaceRoute{"Yerevan–Gyumri highway", "gyumri", "gyumri"}, w.ctx);
    CHECK(w.s.places.user.features.empty());
    CHECK_FALSE(same.empty());
}

TEST_CASE("alias search: any name, folded; prefixes first, then importance; empty finds nothing", "[places][search]") {
    const std::vector<GazetteerFeature> features{town("vanadzor", {"Vanadzor"}, 44.49, 40.81, 3),
                                                 town("yerevan", {"Yerevan", "Erevan"}, 44.51, 40.18, 1),
                                                 town("gyumri", {"Gyumri", "Leninakan"}, 43.84, 40.79, 2)};
    const auto names = [&](std::string_view q) {
        std::vector<std::string> out;
        for (const auto& h : searchFeatures(features, q)) out.push_back(features[h.feature].id + ":" + h.name);
        return out;
    };
    CHECK(names("lenin") == std::vector<std::string>{"gyumri:Leninakan"});  // a variant name finds the feature
    CHECK(names("ERE") == std::vector<std::string>{"yerevan:Erevan"});      // case folded; the prefix name shown
    CHECK(names("an") == std::vector<std::string>{"yerevan:Yerevan", "gyumri:Leninakan", "vanadzor:Vanadzor"});
    CHECK(names("").empty());
    CHECK(names("  ").empty());
    CHECK(searchFeatures(features, "r", 2).size() == 2);
}
