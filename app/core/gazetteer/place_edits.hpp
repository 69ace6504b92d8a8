// The edits a review makes to a workspace's gazetteer and review memory (accept, alias, place by hand, reject,
// defer, no match), shared by `places accept|alias|place|reject` and the Places-to-review panel's reducer.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/gazetteer/gazetteer.hpp"
#include "core/gazetteer/user_gazetteer.hpp"

namespace atlas::core {

/// The id of the feature `known` (the loaded gazetteer, base and user) or `user`'s confirmed features that already
/// has `name` as a name; provisional ("suggested") user features do not count. Nullopt: the name is free.
std::optional<std::string> ownerOfName(const std::vector<GazetteerFeature>& known, const UserGazetteer& user,
                                       std::string_view name);

/// The id a confirmed feature for `name` gets: a provisional feature of that name is removed from `user` and
/// its id reused; otherwise a new slug that no feature of `known` or `user` has.
std::string takeIdFor(UserGazetteer& user, const std::vector<GazetteerFeature>& known, const std::string& name);

/// Takes `name` off every list of `memory` (rejected, deferred, no match): it was accepted or placed.
void forgetName(ReviewMemory& memory, std::string_view name);

/// Accepts `name` at a GeoNames place: a confirmed feature (provenance "GeoNames N") replacing a provisional one
/// of that name; the name leaves the review memory. Returns the new feature's id.
std::string acceptPlace(UserGazetteer& user, ReviewMemory& memory, const std::vector<GazetteerFeature>& known,
                        const std::string& name, const GeoNamesPlace& place, const std::vector<std::string>& passageIds);

/// Places `name` by hand at lon/lat (provenance "placed by hand"). Returns the new feature's id.
std::string placeByHand(UserGazetteer& user, ReviewMemory& memory, const std::vector<GazetteerFeature>& known,
                        const std::string& name, Vec2 lonLat, FeatureKind kind,
                        const std::vector<std::string>& passageIds);

/// A route placed by its two ends: a line from `from`'s first point to `to`'s (provenance "placed by hand").
/// Nullopt when either end has no point to start from.
std::optional<std::string> placeRoute(UserGazetteer& user, ReviewMemory& memory,
                                      const std::vector<GazetteerFeature>& known, const std::string& name,
                                      const GazetteerFeature& from, const GazetteerFeature& to,
                                      const std::vector<std::string>& passageIds);

/// Adds `surface` as a name variant of `target` (a base or user feature). False when it already is one.
bool addAlias(UserGazetteer& user, ReviewMemory& memory, const GazetteerFeature& target, const std::string& surface,
              const std::vector<std::string>& passageIds);

/// Rejects `name` (remembered in review.json) and removes a provisional feature of that name. True when one was
/// removed.
bool rejectName(UserGazetteer& user, ReviewMemory& memory, const std::string& name);

/// "s": the name goes to the later queue; "n": no place matches it (remembered, out of the queue).
void deferName(ReviewMemory& memory, const std::string& name);
void noMatchName(ReviewMemory& memory, const std::string& name);

}  // namespace atlas::core
