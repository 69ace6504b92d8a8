// The reducer's Places-to-review area: accept, alias, place by hand, reject, defer and no match change the state's
// user gazetteer and review memory (core/gazetteer/place_edits, shared with `places`); each asks the app to write
// both files (command::WritePlacesFiles) and to relink the corpus (command::Reindex). Undo restores the state and
// history.cpp asks for the files again.
#include <algorithm>
#include <utility>

#include "core/gazetteer/place_edits.hpp"
#include "core/state/reducer_detail.hpp"
#include "core/text/text_normalize.hpp"

namespace atlas::core::detail {
namespace {

const std::vector<GazetteerFeature>& known(const ReduceContext& ctx) {
    static const std::vector<GazetteerFeature> kNone;  // an immutable empty list, not widget state
    return ctx.gazetteer ? *ctx.gazetteer : kNone;
}

/// The review can change files: a workspace open, writable, its review loaded. Otherwise reported.
bool writable(const AppState& s, const std::string& name, Commands& out) {
    if (!s.workspace.open() || !s.places.loaded()) {
        report(out, Severity::Warning, name, "no workspace is open: the place was not reviewed");
        return false;
    }
    if (s.places.root != s.workspace.root) {  // another workspace was opened: its own files are still loading
        report(out, Severity::Warning, s.workspace.root, "the workspace's places are still loading: '" + name +
                                                             "' was not reviewed");
        return false;
    }
    if (s.workspace.readOnly) {
        report(out, Severity::Warning, s.workspace.root, "the workspace is read-only: '" + name + "' was not reviewed");
        return false;
    }
    return true;
}

const PlaceCandidate* candidateNamed(const PlacesReviewState& r, const std::string& name) {
    if (!r.candidates) return nullptr;
    const std::string key = foldForMatch(name);
    for (const auto& c : *r.candidates)
        if (foldForMatch(c.gap.text) == key) return &c;
    return nullptr;
}

std::vector<std::string> passagesOf(const PlacesReviewState& r, const std::string& name) {
    const auto* c = candidateNamed(r, name);
    return c ? c->gap.passageIds : std::vector<std::string>{};
}

const GazetteerFeature* featureById(const AppState& s, const ReduceContext& ctx, const std::string& id) {
    if (const auto* u = s.places.user.find(id)) return &u->feature;
    for (const auto& f : known(ctx))
        if (f.id == id) return &f;
    return nullptr;
}

/// Whether `name` is already a confirmed name: then nothing is created (reported).
bool refuseKnown(const AppState& s, const ReduceContext& ctx, const std::string& name, Commands& out) {
    if (const auto owner = ownerOfName(known(ctx), s.places.user, name)) {
        report(out, Severity::Warning, name, "'" + name + "' is already a name of feature " + *owner);
        return true;
    }
    return false;
}

/// After `name` left its place in the queue, the candidate shown is the one that took that place.
void advance(PlacesReviewState& r, std::optional<std::size_t> oldPosition) {
    r.pick = ReviewPick::None;
    r.routeFrom.clear();
    r.routeTo.clear();
    const auto queue = reviewQueue(r);
    if (queue.empty() || !r.candidates) {
        r.current.clear();
        return;
    }
    const std::size_t at = std::min(oldPosition.value_or(0), queue.size() - 1);
    r.current = (*r.candidates)[queue[at]].gap.text;
}

std::optional<std::size_t> positionOf(const PlacesReviewState& r, const std::string& name) {
    const auto queue = reviewQueue(r);
    const std::string key = foldForMatch(name);
    for (std::size_t q = 0; q < queue.size(); ++q)
        if (foldForMatch((*r.candidates)[queue[q]].gap.text) == key) return q;
    return currentQueuePosition(r, queue);
}

void writeFiles(const AppState& s, Commands& out) {
    out.emplace_back(command::WritePlacesFiles{s.workspace.root, s.places.user, s.places.memory});
    out.emplace_back(command::Reindex{});
}

/// A verdict on the candidate `name` (reject, later, no match): recorded by `mark`, the queue moved on, the files
/// written; nothing in a workspace that cannot be written.
template <typename Mark>
void recordVerdict(AppState& s, const std::string& name, Commands& out, Mark mark) {
    if (!writable(s, name, out)) return;
    PlacesReviewState& r = s.places;
    const auto pos = positionOf(r, name);
    mark(r);
    advance(r, pos);
    writeFiles(s, out);
}

}  // namespace

void reduce(AppState& s, const action::PlacesLoaded& a, const ReduceContext&, Commands&) {
    PlacesReviewState& r = s.places;
    if (r.root != a.root) {  // another workspace: its files as read; the same one: the state's are newer
        r = PlacesReviewState{};
        r.root = a.root;
        r.user = a.user;
        r.memory = a.memory;
    }
    r.geonames = a.geonames;
    r.candidates = a.candidates;
}

void reduce(AppState& s, const action::ReviewGo& a, const ReduceContext&, Commands&) {
    PlacesReviewState& r = s.places;
    r.pick = ReviewPick::None;
    r.routeFrom.clear();
    r.routeTo.clear();
    if (a.name) {
        r.current = *a.name;
        return;
    }
    const auto queue = reviewQueue(r);
    const auto pos = currentQueuePosition(r, queue);
    if (!pos) return;
    const long next = std::clamp(static_cast<long>(*pos) + a.steps, 0L, static_cast<long>(queue.size()) - 1);
    r.current = (*r.candidates)[queue[static_cast<std::size_t>(next)]].gap.text;
}

void reduce(AppState& s, const action::ReviewFilter& a, const ReduceContext&, Commands&) {
    s.places.document = a.document;
    s.places.pick = ReviewPick::None;
}

void reduce(AppState& s, const action::ReviewAccept& a, const ReduceContext& ctx, Commands& out) {
    if (!writable(s, a.name, out) || refuseKnown(s, ctx, a.name, out)) return;
    PlacesReviewState& r = s.places;
    if (!r.geonames) return report(out, Severity::Warning, a.name, "the GeoNames extract is not loaded");
    const GeoNamesPlace* place = nullptr;
    if (a.geonamesId) {
        for (const auto& p : r.geonames->places)
            if (p.id == *a.geonamesId) place = &p;
    } else if (const auto* c = candidateNamed(r, a.name); c && a.choice < c->suggestions.ranked.size()) {
        place = &r.geonames->places[c->suggestions.ranked[a.choice].place];
    }
    if (!place) return report(out, Severity::Warning, a.name, "no such suggestion for '" + a.name + "'");
    const auto pos = positionOf(r, a.name);
    acceptPlace(r.user, r.memory, known(ctx), a.name, *place, passagesOf(r, a.name));
    advance(r, pos);
    writeFiles(s, out);
}

void reduce(AppState& s, const action::ReviewAcceptConfident&, const ReduceContext& ctx, Commands& out) {
    if (!writable(s, "places", out)) return;
    PlacesReviewState& r = s.places;
    if (!r.geonames) return;
    std::size_t accepted = 0;
    for (const std::size_t i : confidentCandidates(r)) {
        const PlaceCandidate& c = (*r.candidates)[i];
        if (ownerOfName(known(ctx), r.user, c.gap.text)) continue;
        acceptPlace(r.user, r.memory, known(ctx), c.gap.text, r.geonames->places[c.suggestions.ranked.front().place],
                    c.gap.passageIds);
        ++accepted;
    }
    if (accepted == 0) return;
    advance(r, 0);
    writeFiles(s, out);
}

void reduce(AppState& s, const action::ReviewAlias& a, const ReduceContext& ctx, Commands& out) {
    if (!writable(s, a.name, out)) return;
    const GazetteerFeature* target = featureById(s, ctx, a.featureId);
    if (!target) return report(out, Severity::Warning, a.name, "no feature '" + a.featureId + "' to alias to");
    PlacesReviewState& r = s.places;
    const auto pos = positionOf(r, a.name);
    if (!addAlias(r.user, r.memory, *target, a.name, passagesOf(r, a.name))) {
        r.pick = ReviewPick::None;
        return report(out, Severity::Warning, a.name, "'" + a.name + "' is already a name of " + a.featureId);
    }
    advance(r, pos);
    writeFiles(s, out);
}

void reduce(AppState& s, const action::ReviewPlace& a, const ReduceContext& ctx, Commands& out) {
    if (!writable(s, a.name, out) || refuseKnown(s, ctx, a.name, out)) return;
    PlacesReviewState& r = s.places;
    const auto pos = positionOf(r, a.name);
    placeByHand(r.user, r.memory, known(ctx), a.name, a.lonLat, a.kind, passagesOf(r, a.name));
    advance(r, pos);
    writeFiles(s, out);
}

void reduce(AppState& s, const action::ReviewPlaceRoute& a, const ReduceContext& ctx, Commands& out) {
    if (!writable(s, a.name, out) || refuseKnown(s, ctx, a.name, out)) return;
    std::string fromId = a.fromId, toId = a.toId;  // empty (the r key): the ends the panel shows
    if (const auto* c = candidateNamed(s.places, a.name); c && (fromId.empty() || toId.empty())) {
        const auto [f, t] = routeEndsFor(s.places, *c);
        if (fromId.empty()) fromId = f;
        if (toId.empty()) toId = t;
    }
    if (fromId.empty() || toId.empty())
        return report(out, Severity::Warning, a.name, "'" + a.name + "' is not a route between two known places");
    if (fromId == toId) return report(out, Severity::Warning, a.name, "a route needs two different ends");
    const GazetteerFeature* from = featureById(s, ctx, fromId);
    const GazetteerFeature* to = featureById(s, ctx, toId);
    if (!from || !to) return report(out, Severity::Warning, a.name, "a route needs two known end features");
    PlacesReviewState& r = s.places;
    const auto pos = positionOf(r, a.name);
    if (!placeRoute(r.user, r.memory, known(ctx), a.name, *from, *to, passagesOf(r, a.name)))
        return report(out, Severity::Warning, a.name, "the route's ends have no location");
    advance(r, pos);
    writeFiles(s, out);
}

void reduce(AppState& s, const action::ReviewReject& a, const ReduceContext&, Commands& out) {
    recordVerdict(s, a.name, out, [&](PlacesReviewState& r) { rejectName(r.user, r.memory, a.name); });
}

void reduce(AppState& s, const action::ReviewDefer& a, const ReduceContext&, Commands& out) {
    recordVerdict(s, a.name, out, [&](PlacesReviewState& r) { deferName(r.memory, a.name); });
}

void reduce(AppState& s, const action::ReviewNoMatch& a, const ReduceContext&, Commands& out) {
    recordVerdict(s, a.name, out, [&](PlacesReviewState& r) { noMatchName(r.memory, a.name); });
}

void reduce(AppState& s, const action::SetReviewPick& a, const ReduceContext&, Commands&) {
    s.places.pick = currentCandidate(s.places) ? a.pick : ReviewPick::None;
}

void reduce(AppState& s, const action::ReviewMapClick& a, const ReduceContext& ctx, Commands& out) {
    const PlaceCandidate* c = currentCandidate(s.places);
    const ReviewPick pick = std::exchange(s.places.pick, ReviewPick::None);
    if (!c) return;
    const std::string name = c->gap.text;
    if (pick == ReviewPick::Place) reduce(s, action::ReviewPlace{name, a.lonLat, FeatureKind::Place}, ctx, out);
    else if (pick == ReviewPick::RouteFrom && !a.featureId.empty()) s.places.routeFrom = a.featureId;
    else if (pick == ReviewPick::RouteTo && !a.featureId.empty()) s.places.routeTo = a.featureId;
    else if (pick == ReviewPick::Alias && !a.featureId.empty()) reduce(s, action::ReviewAlias{name, a.featureId}, ctx, out);
}

}  // namespace atlas::core::detail
