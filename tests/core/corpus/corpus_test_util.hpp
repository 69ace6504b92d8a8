// Shared helpers for the corpus tests: fixture paths, file reading, splitting a fixture.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include "core/corpus/document.hpp"
#include "core/corpus/passage_splitter.hpp"
#include "core/gazetteer_json.hpp"

namespace atlas::core::test {

inline std::string readBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline std::string messyPath(const std::string& name) { return std::string(ATLAS_TEST_DATA_DIR) + "/corpus/messy/" + name; }

inline Document messyDoc(const std::string& name) { return makeDocument(name, readBytes(messyPath(name))); }

inline std::vector<GazetteerFeature> smallGazetteer() {
    return loadGazetteerFile(std::string(ATLAS_TEST_DATA_DIR) + "/gazetteer/small.geojson").features;
}

/// The bytes of `r` re-read from the file on disk.
inline std::string bytesOnDisk(const std::string& path, ByteRange r) {
    return readBytes(path).substr(r.begin, r.end - r.begin);
}

}  // namespace atlas::core::test
