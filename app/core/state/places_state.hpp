// The Places-to-review state: the workspace's user gazetteer and review memory as the review edits them, the
// candidates of the last index with their GeoNames suggestions, and the queue the panel walks (core::apply is the
// only writer; the files follow through command::WritePlacesFiles).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/gazetteer/places_review.hpp"
#include "core/gazetteer/user_gazetteer.hpp"

namespace atlas::core {

/// What the next map click does while the review waits for one (p: place by hand, a: pick the feature to alias to;
/// for a route candidate, the feature that becomes its first or second end instead of the matcher's).
enum class ReviewPick : std::uint8_t { None, Place, Alias, RouteFrom, RouteTo };

struct PlacesReviewState {
    std::string root;  // the workspace the files belong to; empty: nothing loaded
    UserGazetteer user;
    ReviewMemory memory;
    /// From the last index (shared, never changed in place: an undo step keeps the newest ones).
    std::shared_ptr<const GeoNamesIndex> geonames;
    std::shared_ptr<const std::vector<PlaceCandidate>> candidates;
    std::string current;   // the candidate shown (by name); empty or gone from the queue: the queue's first
    std::string document;  // only candidates named in this document (file name or stem); empty: all
    ReviewPick pick = ReviewPick::None;
    /// The ends a route candidate is placed between when the user picked other features than the matcher's
    /// (empty: the matcher's end); cleared when the candidate shown changes.
    std::string routeFrom, routeTo;
    [[nodiscard]] bool loaded() const { return !root.empty(); }
};

/// The queue: indices into `candidates`, mention order, without names rejected, found no match for, or already
/// a name of a confirmed user feature or an alias; deferred names ("s") last. With a document filter only the
/// candidates one of whose passages is in that document.
std::vector<std::size_t> reviewQueue(const PlacesReviewState& review);
/// The position in the queue of the candidate shown; nullopt for an empty queue.
std::optional<std::size_t> currentQueuePosition(const PlacesReviewState& review, const std::vector<std::size_t>& queue);
/// The candidate shown, or null.
const PlaceCandidate* currentCandidate(const PlacesReviewState& review);
/// The ends a route candidate `c` would be placed between now: the user's picks, else the matcher's. Empty ids for
/// a candidate that is not a route.
std::pair<std::string, std::string> routeEndsFor(const PlacesReviewState& review, const PlaceCandidate& c);
/// The documents (stems of the passage ids) the candidates are named in, sorted: the panel's filter.
std::vector<std::string> candidateDocuments(const PlacesReviewState& review);
/// How many documents a candidate's passages are in.
std::size_t candidateDocumentCount(const PlaceCandidate& candidate);
/// The queued candidates the confident rule accepts without a person (SuggestionSet::autoAccept: above the
/// threshold and no other place scoring alike).
std::vector<std::size_t> confidentCandidates(const PlacesReviewState& review);
/// One passage of a candidate for the panel: where it is and a snippet around the name (the name's bytes marked).
struct ReviewPassage {
    std::size_t passage = 0;   // index into the corpus's passages
    std::size_t document = 0;
    std::string snippet;       // at most about 160 bytes around the first occurrence, "…" where cut
    std::size_t highlightBegin = 0, highlightEnd = 0;  // the name inside the snippet (equal: not found)
};
/// The candidate's passages in corpus order (at most `limit`), each with its snippet.
std::vector<ReviewPassage> reviewPassages(const CorpusIndex& corpus, const PlaceCandidate& candidate,
                                          std::size_t limit = 8);

/// One row of the review's "alias to" list: a feature and the name of it the query found.
struct FeatureHit {
    std::size_t feature = 0;  // index into the features searched
    std::string name;         // the first of its names that contains the query
};
/// The features one of whose names contains `query` once both are folded as the matcher folds names (case,
/// accents, ё/е …), for aliasing through a typed search: names that start with the query first, then more
/// important features, then by name; at most `limit`. An empty query finds nothing.
std::vector<FeatureHit> searchFeatures(const std::vector<GazetteerFeature>& features, std::string_view query,
                                       std::size_t limit = 40);

/// True when a passage id ("001_a#p3") is in `document` (its stem or file name).
bool passageInDocument(const std::string& passageId, const std::string& document);

}  // namespace atlas::core
