// Loads the real bundled gazetteer and events once for the gazetteer tests.
#pragma once

#include <stdexcept>
#include <string>

#include "core/gazetteer/events.hpp"
#include "core/gazetteer/gazetteer_json.hpp"

namespace atlas::test {

inline const core::GazetteerParseResult& realGazetteer() {
    static const core::GazetteerParseResult g = core::loadGazetteerFile(ATLAS_SOURCE_DIR "/geodata/gazetteer.geojson");
    return g;
}

inline const core::EventsParseResult& realEvents() {
    static const core::EventsParseResult e = core::loadEventsFile(ATLAS_SOURCE_DIR "/geodata/events.json");
    return e;
}

inline const core::GazetteerFeature& realFeature(const std::string& id) {
    for (const auto& f : realGazetteer().features)
        if (f.id == id) return f;
    throw std::runtime_error("no feature '" + id + "' in the bundled gazetteer");
}

}  // namespace atlas::test
