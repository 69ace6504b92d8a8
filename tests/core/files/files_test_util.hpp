// A temporary folder for the file chooser's tests, removed afterwards.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>

#include "core/atomic_file.hpp"

namespace atlas::core::testing {

struct TempFolder {
    std::filesystem::path path;
    explicit TempFolder(const std::string& tag) {
        static int n = 0;  // a test helper, not a widget
        path = std::filesystem::temp_directory_path() /
               ("atlas-files-" + tag + "-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~TempFolder() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    std::filesystem::path write(const std::string& name, const std::string& bytes) const {
        const auto p = path / name;
        std::filesystem::create_directories(p.parent_path());
        (void)writeFileAtomically(p, bytes);
        return p;
    }
};

}  // namespace atlas::core::testing
