// What the user selected or hovers on the map: a map feature or an off-map place (an arrow at the map's edge),
// addressed alike so that the Inspector, the highlight, undo and view states treat both the same way.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "core/map/map_model.hpp"

namespace atlas::core {

struct Selection {
    enum class Kind : std::uint8_t { Feature, Offmap };
    Kind kind = Kind::Feature;
    std::size_t index = 0;  // into MapModel::features (Feature) or MapModel::offmap (Offmap)

    static constexpr Selection feature(std::size_t i) { return {Kind::Feature, i}; }
    static constexpr Selection offmap(std::size_t i) { return {Kind::Offmap, i}; }
    friend bool operator==(const Selection&, const Selection&) = default;
};

/// The map feature index of a selection that is one (none for nothing or an off-map place).
inline std::optional<std::size_t> featureOf(const std::optional<Selection>& s) {
    if (s && s->kind == Selection::Kind::Feature) return s->index;
    return std::nullopt;
}
/// The MapModel::offmap index of a selection that is an off-map place.
inline std::optional<std::size_t> offmapOf(const std::optional<Selection>& s) {
    if (s && s->kind == Selection::Kind::Offmap) return s->index;
    return std::nullopt;
}

/// The gazetteer id behind a selection: the feature's record (empty for a basemap feature without one) or the
/// off-map place's; empty when the index is out of range.
inline std::string gazetteerIdOf(const MapModel& model, const Selection& s) {
    if (s.kind == Selection::Kind::Feature) return s.index < model.features.size() ? model.features[s.index].gazetteerId : std::string();
    return s.index < model.offmap.size() ? model.offmap[s.index].gazetteerId : std::string();
}

}  // namespace atlas::core
