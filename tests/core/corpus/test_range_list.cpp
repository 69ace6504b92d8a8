// RangeList: a mention's byte ranges, one inline and more on the heap, behaving as the vector it replaces.
#include <catch2/catch.hpp>

#include <utility>
#include <vector>

#include "core/corpus/range_list.hpp"

using atlas::core::ByteRange;
using atlas::core::RangeList;

namespace {

std::vector<ByteRange> pieces(std::size_t n) {
    std::vector<ByteRange> out;
    for (std::size_t i = 0; i < n; ++i) out.push_back({10 * i, 10 * i + 5});
    return out;
}

}  // namespace

TEST_CASE("RangeList holds what was pushed, across the inline and heap forms", "[rangelist]") {
    for (std::size_t n = 0; n <= 5; ++n) {
        RangeList list;
        for (const ByteRange& r : pieces(n)) list.push_back(r);
        CHECK(list.size() == n);
        CHECK(list.empty() == (n == 0));
        CHECK(list.toVector() == pieces(n));
        if (n > 0) {
            CHECK(list.front() == ByteRange{0, 5});
            CHECK(list.back() == ByteRange{10 * (n - 1), 10 * (n - 1) + 5});
            CHECK(list[n - 1] == list.back());
        }
        std::size_t seen = 0;
        for (const ByteRange& r : list) CHECK(r == pieces(n)[seen++]);
        CHECK(seen == n);
    }
}

TEST_CASE("RangeList shrinks back to its inline form and grows again", "[rangelist]") {
    RangeList list(pieces(4));
    list.pop_back();
    CHECK(list.toVector() == pieces(3));
    list.resize(1);
    CHECK(list.toVector() == pieces(1));
    list.push_back({10, 15});
    CHECK(list.toVector() == pieces(2));
    list.resize(4);
    REQUIRE(list.size() == 4);
    CHECK(list[3] == ByteRange{});
    list.resize(0);
    CHECK(list.empty());
    list.push_back({7, 9});
    CHECK(list.toVector() == std::vector<ByteRange>{{7, 9}});
    list.clear();
    CHECK(list.empty());
    CHECK(list == RangeList{});
}

TEST_CASE("RangeList copies and moves keep the pieces apart", "[rangelist]") {
    for (std::size_t n : {std::size_t{1}, std::size_t{3}}) {
        RangeList original(pieces(n));
        RangeList copy = original;
        copy.front().begin = 99;  // a deep copy: the original keeps its piece
        CHECK(original.front().begin == 0);
        CHECK_FALSE(copy == original);
        copy = original;
        CHECK(copy == original);
        RangeList moved = std::move(copy);
        CHECK(moved.toVector() == pieces(n));
        CHECK(copy.empty());  // NOLINT(bugprone-use-after-move): a moved-from list is empty and usable
        copy.push_back({1, 2});
        CHECK(copy.size() == 1);
        RangeList target{{5, 6}, {7, 8}, {9, 10}};
        target = std::move(moved);
        CHECK(target.toVector() == pieces(n));
        target = target;  // self-assignment changes nothing
        CHECK(target.toVector() == pieces(n));
    }
}
