// Self-checking file contents for the kill-mid-write test: "ATLAS-ATOMIC <gen> <size>\n", a body derived from
// the generation, then "\nEND <gen> <fnv64 of the body>\n". A truncated or mixed file fails verifyPayload.
#pragma once

#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace atlas::test {

inline std::uint64_t fnv1a(std::string_view bytes) {
    std::uint64_t h = 1469598103934665603ull;
    for (const char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    return h;
}

inline std::string footerFor(unsigned gen, std::string_view body) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "\nEND %u %016llx\n", gen, static_cast<unsigned long long>(fnv1a(body)));
    return buf;
}

/// The body shared by every generation (the header and footer carry the generation): built once, so that a
/// writer spends its time writing files, not making them.
inline std::string makeBody(std::size_t size) {
    std::string body(size > 64 ? size - 64 : 1, '\0');
    for (std::size_t i = 0; i < body.size(); ++i) body[i] = static_cast<char>('a' + (i * 7) % 26);
    return body;
}

/// About `size` bytes for generation `gen`, around `body` (makeBody(size)).
inline std::string makePayload(unsigned gen, const std::string& body) {
    return "ATLAS-ATOMIC " + std::to_string(gen) + "\n" + body + footerFor(gen, body);
}
inline std::string makePayload(unsigned gen, std::size_t size) { return makePayload(gen, makeBody(size)); }

/// The generation of a complete payload; nullopt for anything truncated, mixed or foreign.
inline std::optional<unsigned> verifyPayload(std::string_view file) {
    if (!file.starts_with("ATLAS-ATOMIC ")) return std::nullopt;
    const std::size_t eol = file.find('\n');
    if (eol == std::string_view::npos) return std::nullopt;
    unsigned gen = 0;
    for (std::size_t i = 13; i < eol; ++i) {
        if (file[i] < '0' || file[i] > '9') return std::nullopt;
        gen = gen * 10 + static_cast<unsigned>(file[i] - '0');
    }
    const std::size_t end = file.rfind("\nEND ");
    if (end == std::string_view::npos || end < eol + 1) return std::nullopt;
    const std::string_view body = file.substr(eol + 1, end - eol - 1);
    if (file.substr(end) != footerFor(gen, body)) return std::nullopt;
    return gen;
}

}  // namespace atlas::test
