// Shared helpers for the corpus tests: fixture paths, file reading, splitting a fixture.
#pragma once

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "core/corpus/document.hpp"
#include "core/corpus/passage_splitter.hpp"
#include "core/gazetteer/gazetteer_json.hpp"

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

inline void writeBytes(const std::filesystem::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary);
    out << bytes;
}

/// A fresh directory under the system temp dir, removed (with everything in it) at scope exit.
struct TempDir {
    std::filesystem::path path;
    TempDir() {
        std::random_device rd;
        path = std::filesystem::temp_directory_path() / ("atlas-test-" + std::to_string(rd()) + "-" + std::to_string(rd()));
        std::filesystem::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::permissions(path, std::filesystem::perms::owner_all, std::filesystem::perm_options::add, ec);
        std::filesystem::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

}  // namespace atlas::core::test
