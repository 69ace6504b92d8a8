// The frame the map caches share: a magic at the front, a checksum of everything before it at the end.
#pragma once

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "core/corpus/index_cache.hpp"  // contentHash

namespace atlas::core {

/// Appends the checksum of `bytes` to them.
inline void sealBytes(std::string& bytes) {
    const std::uint64_t sum = contentHash(bytes);
    bytes.append(reinterpret_cast<const char*>(&sum), sizeof sum);
}

/// What sealBytes sealed, after `magic` and without the checksum, when `bytes` start with `magic`, hold at least
/// `minBody` bytes after it and the checksum matches; otherwise nullopt, and `error` says "not a WHAT" or
/// "checksum mismatch".
inline std::optional<std::string_view> unsealBytes(std::string_view bytes, std::string_view magic, std::size_t minBody,
                                                   std::string_view what, std::string& error) {
    if (bytes.size() < magic.size() + minBody + 8 || bytes.substr(0, magic.size()) != magic) {
        error = "not a " + std::string(what);
        return std::nullopt;
    }
    std::uint64_t stored = 0;
    std::memcpy(&stored, bytes.data() + bytes.size() - 8, 8);
    const std::string_view body = bytes.substr(0, bytes.size() - 8);
    if (contentHash(body) != stored) {
        error = "checksum mismatch";
        return std::nullopt;
    }
    return body.substr(magic.size());
}

}  // namespace atlas::core
