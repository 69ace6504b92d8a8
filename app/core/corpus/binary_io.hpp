// Little binary writer and bounds-checked reader shared by the on-disk caches (index, extracted text, SDF glyphs).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/corpus/passage.hpp"
#include "core/corpus/range_list.hpp"

namespace atlas::core::detail {

class Writer {
public:
    void u8(std::uint8_t v) { m_out.push_back(static_cast<char>(v)); }
    void u32(std::uint32_t v) { raw(&v, sizeof v); }
    void u64(std::uint64_t v) { raw(&v, sizeof v); }
    void i32(int v) { u32(static_cast<std::uint32_t>(v)); }
    void str(std::string_view s) {
        u64(s.size());
        m_out.append(s);
    }
    void optStr(const std::optional<std::string>& s) {
        u8(s ? 1 : 0);
        if (s) str(*s);
    }
    template <typename Ranges>  // std::vector<ByteRange> or RangeList
    void ranges(const Ranges& rs) {
        u64(rs.size());
        for (const ByteRange& r : rs) {
            u64(r.begin);
            u64(r.end);
        }
    }
    void strings(const std::vector<std::string>& v) {
        u64(v.size());
        for (const auto& s : v) str(s);
    }
    void bytes(const void* p, std::size_t n) { raw(p, n); }  // n bytes as they are, no length in front
    std::string& out() { return m_out; }

private:
    void raw(const void* p, std::size_t n) { m_out.append(static_cast<const char*>(p), n); }
    std::string m_out;
};

/// Bounds-checked reader: any overrun sets fail() and returns zeros, so a corrupt file cannot crash or over-allocate.
class Reader {
public:
    explicit Reader(std::string_view data) : m_data(data) {}
    [[nodiscard]] bool fail() const { return m_fail; }
    [[nodiscard]] bool atEnd() const { return m_pos == m_data.size(); }
    [[nodiscard]] std::size_t remaining() const { return m_data.size() - m_pos; }
    std::uint8_t u8() {
        if (!need(1)) return 0;
        return static_cast<std::uint8_t>(m_data[m_pos++]);
    }
    std::uint32_t u32() { return rawValue<std::uint32_t>(); }
    std::uint64_t u64() { return rawValue<std::uint64_t>(); }
    int i32() { return static_cast<int>(u32()); }
    /// The next n bytes as they are (a view into the data); empty and fail() when fewer are left.
    std::string_view bytes(std::uint64_t n) {
        if (!need(n)) return {};
        const std::string_view v = m_data.substr(m_pos, n);
        m_pos += n;
        return v;
    }
    std::string str() {
        const std::uint64_t n = u64();
        if (!need(n)) return {};
        std::string s(m_data.substr(m_pos, n));
        m_pos += n;
        return s;
    }
    /// A string written by Writer::str, as a view into the data (nothing copied).
    std::string_view strView() { return bytes(u64()); }
    /// Steps over a string written by Writer::str without copying it.
    void skipStr() { (void)bytes(u64()); }
    /// Steps over n bytes.
    void skip(std::uint64_t n) { (void)bytes(n); }
    std::optional<std::string> optStr() {
        if (u8() == 0) return std::nullopt;
        return str();
    }
    /// A count of items of at least `minItemBytes` each: rejected when the rest of the data cannot hold them.
    std::size_t count(std::size_t minItemBytes) {
        const std::uint64_t n = u64();
        if (n > (m_data.size() - m_pos) / minItemBytes) m_fail = true;
        return m_fail ? 0 : static_cast<std::size_t>(n);
    }
    /// Byte ranges, each within [0, limit], as a std::vector<ByteRange> (a passage's) or a RangeList (a mention's).
    template <typename Ranges = std::vector<ByteRange>>
    Ranges ranges(std::size_t limit) {
        Ranges rs;
        const std::size_t n = count(16);
        for (std::size_t i = 0; i < n; ++i) {
            ByteRange r;
            r.begin = u64();
            r.end = u64();
            if (r.begin > r.end || r.end > limit) m_fail = true;
            rs.push_back(r);
        }
        return rs;
    }
    std::vector<std::string> strings() {
        std::vector<std::string> v(count(8));
        for (auto& s : v) s = str();
        return v;
    }
    void invalid() { m_fail = true; }

private:
    bool need(std::uint64_t n) {
        if (m_fail || n > m_data.size() - m_pos) m_fail = true;
        return !m_fail;
    }
    template <typename T>
    T rawValue() {
        T v{};
        if (!need(sizeof v)) return v;
        std::memcpy(&v, m_data.data() + m_pos, sizeof v);
        m_pos += sizeof v;
        return v;
    }
    std::string_view m_data;
    std::size_t m_pos = 0;
    bool m_fail = false;
};

}  // namespace atlas::core::detail
