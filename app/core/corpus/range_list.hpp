// The byte ranges of one mention: the first inside the object, more on the heap.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <vector>

#include "core/corpus/passage.hpp"

namespace atlas::core {

/// A mention's pieces in the original file: one almost always, two when a page break cuts the name, more only in
/// odd layouts. One lives inside the object (which is no larger than a std::vector), so a corpus of a million
/// mentions is built or read back from the index cache without a million small heap blocks; more go to the heap.
/// A sequence of ByteRange with the parts of std::vector's interface the code uses.
class RangeList {
public:
    using value_type = ByteRange;
    using iterator = ByteRange*;
    using const_iterator = const ByteRange*;

    RangeList() = default;
    RangeList(std::initializer_list<ByteRange> ranges) { assign(ranges.begin(), ranges.end()); }
    explicit RangeList(const std::vector<ByteRange>& ranges) { assign(ranges.begin(), ranges.end()); }
    RangeList(const RangeList& other) { assign(other.begin(), other.end()); }
    RangeList(RangeList&& other) noexcept { take(other); }
    RangeList& operator=(const RangeList& other) {
        if (this != &other) assign(other.begin(), other.end());
        return *this;
    }
    RangeList& operator=(RangeList&& other) noexcept {
        if (this != &other) {
            clear();
            take(other);
        }
        return *this;
    }
    ~RangeList() { clear(); }

    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool empty() const { return m_size == 0; }
    [[nodiscard]] ByteRange* data() { return m_size > 1 ? m_more->data() : &m_one; }
    [[nodiscard]] const ByteRange* data() const { return m_size > 1 ? m_more->data() : &m_one; }
    [[nodiscard]] ByteRange* begin() { return data(); }
    [[nodiscard]] ByteRange* end() { return data() + m_size; }
    [[nodiscard]] const ByteRange* begin() const { return data(); }
    [[nodiscard]] const ByteRange* end() const { return data() + m_size; }
    [[nodiscard]] ByteRange& operator[](std::size_t i) { return data()[i]; }
    [[nodiscard]] const ByteRange& operator[](std::size_t i) const { return data()[i]; }
    [[nodiscard]] ByteRange& front() { return data()[0]; }
    [[nodiscard]] const ByteRange& front() const { return data()[0]; }
    [[nodiscard]] ByteRange& back() { return data()[m_size - 1]; }
    [[nodiscard]] const ByteRange& back() const { return data()[m_size - 1]; }

    void push_back(const ByteRange& r) {
        if (m_size == 0) {
            m_one = r;
        } else if (m_size == 1) {
            const ByteRange first = m_one;
            m_more = new std::vector<ByteRange>{first, r};
        } else {
            m_more->push_back(r);
        }
        ++m_size;
    }
    void pop_back() {
        if (m_size == 2) {
            const ByteRange first = m_more->front();
            delete m_more;
            m_one = first;
        } else if (m_size > 2) {
            m_more->pop_back();
        }
        --m_size;
    }
    void clear() {
        if (m_size > 1) delete m_more;
        m_size = 0;
        m_one = {};
    }
    /// Shrinks to `n` pieces, or grows with empty ranges.
    void resize(std::size_t n) {
        while (m_size > n) pop_back();
        while (m_size < n) push_back({});
    }
    template <typename It>
    void assign(It first, It last) {
        clear();
        for (; first != last; ++first) push_back(*first);
    }
    /// The pieces as a vector (for code that takes ranges as one).
    [[nodiscard]] std::vector<ByteRange> toVector() const { return {begin(), end()}; }

    friend bool operator==(const RangeList& a, const RangeList& b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end());
    }

private:
    void take(RangeList& other) noexcept {
        m_size = other.m_size;
        if (m_size > 1)
            m_more = other.m_more;
        else
            m_one = other.m_one;
        other.m_size = 0;
        other.m_one = {};
    }
    std::size_t m_size = 0;
    union {
        ByteRange m_one{};               // the piece, while there is at most one
        std::vector<ByteRange>* m_more;  // every piece (owned), when there are several
    };
};

static_assert(sizeof(RangeList) <= sizeof(std::vector<ByteRange>));

}  // namespace atlas::core
