// The level-of-detail cache: round trip, and refusal of anything that is not exactly what was written.
#include <catch2/catch.hpp>

#include "core/map/lod_cache.hpp"

using namespace atlas::core;

namespace {

FeatureLods sample() {
    FeatureShape a;
    a.fill.vertices = {{44.0, 40.0}, {45.0, 40.0}, {45.0, 41.0}, {44.0, 41.0}};
    a.fill.indices = {0, 1, 2, 0, 2, 3};
    a.lines = {{{44.0, 40.0}, {45.0, 40.0}, {45.0, 41.0}}};
    FeatureShape b;
    b.lines = {{{46.5, 39.8}, {46.7, 39.9}}, {{46.1, 39.2}, {46.2, 39.3}, {46.3, 39.5}}};
    return {{a, b, b, b}, {}, {b}};
}

bool same(const FeatureLods& x, const FeatureLods& y) {
    if (x.size() != y.size()) return false;
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (x[i].size() != y[i].size()) return false;
        for (std::size_t l = 0; l < x[i].size(); ++l) {
            const auto &p = x[i][l], &q = y[i][l];
            if (p.fill.vertices != q.fill.vertices || p.fill.indices != q.fill.indices || p.lines != q.lines) return false;
        }
    }
    return true;
}

}  // namespace

TEST_CASE("the LOD cache round-trips every vertex, index and line") {
    const auto lods = sample();
    const std::string bytes = encodeLodCache(lods, 42);
    std::string error;
    const auto back = decodeLodCache(bytes, 42, lods.size(), error);
    REQUIRE(back);
    CHECK(same(*back, lods));
    CHECK(error.empty());
}

TEST_CASE("the LOD cache refuses another key, another feature count, damage and truncation") {
    const auto lods = sample();
    const std::string bytes = encodeLodCache(lods, 42);
    std::string error;
    CHECK_FALSE(decodeLodCache(bytes, 43, lods.size(), error));
    CHECK(error == "written for other geodata");
    CHECK_FALSE(decodeLodCache(bytes, 42, lods.size() + 1, error));
    CHECK(error == "feature count differs");
    CHECK_FALSE(decodeLodCache("", 42, 0, error));
    CHECK(error == "not a level-of-detail cache");
    for (std::size_t cut = 0; cut < bytes.size(); ++cut) {  // every truncation is refused, none reads past the end
        INFO("cut at " << cut);
        CHECK_FALSE(decodeLodCache(std::string_view(bytes).substr(0, cut), 42, lods.size(), error));
    }
    for (std::size_t at = 8; at < bytes.size(); at += 7) {  // flipped bits fail the checksum
        std::string damaged = bytes;
        damaged[at] = static_cast<char>(damaged[at] ^ 0x10);
        INFO("flip at " << at);
        CHECK_FALSE(decodeLodCache(damaged, 42, lods.size(), error));
    }
}
