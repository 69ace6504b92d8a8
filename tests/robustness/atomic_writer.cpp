// Test helper for test_atomic_kill.cpp: rewrites TARGET through core::writeFileAtomically forever (until killed),
// generation FIRST, FIRST+1, ..., each a self-checking payload of SIZE bytes (atomic_payload.hpp).
//   atlas_atomic_writer TARGET FIRST SIZE [backup]
#include <cstdio>
#include <cstdlib>
#include <string>

#include "atomic_payload.hpp"
#include "core/atomic_file.hpp"

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: atlas_atomic_writer TARGET FIRST SIZE [backup]\n");
        return 2;
    }
    const std::string target = argv[1];
    auto gen = static_cast<unsigned>(std::strtoul(argv[2], nullptr, 10));
    const auto size = static_cast<std::size_t>(std::strtoull(argv[3], nullptr, 10));
    const bool backup = argc > 4 && std::string(argv[4]) == "backup";
    const std::string body = atlas::test::makeBody(size);
    for (;; ++gen) {
        if (auto err = atlas::core::writeFileAtomically(target, atlas::test::makePayload(gen, body), backup)) {
            std::fprintf(stderr, "atlas_atomic_writer: %s\n", err->c_str());
            return 1;
        }
    }
}
