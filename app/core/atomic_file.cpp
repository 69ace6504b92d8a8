// Atomic file writes: temp file + rename in the same directory, with an optional one-generation backup.
#include "core/atomic_file.hpp"

#include <atomic>
#include <chrono>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>

namespace atlas::core {
namespace {

std::filesystem::path tempPathFor(const std::filesystem::path& path, std::string_view tag) {
    static std::atomic<unsigned> counter{0};
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    std::ostringstream name;
    name << "." << path.filename().string() << "." << tag << "-" << stamp << "-" << counter.fetch_add(1) << ".tmp";
    return path.parent_path() / name.str();
}

/// Writes bytes to a new file; returns an error line or nullopt.
std::optional<std::string> writeNew(const std::filesystem::path& file, std::string_view bytes,
                                    const std::filesystem::path& target) {
    errno = 0;
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    if (!out) {
        const std::string why = errno != 0 ? std::strerror(errno) : "cannot create a file there";
        return target.string() + ": cannot write a temporary file in " + file.parent_path().string() + ": " + why;
    }
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) {
        const std::string why = errno != 0 ? std::strerror(errno) : "write failed";
        out.close();
        std::error_code ec;
        std::filesystem::remove(file, ec);
        return target.string() + ": cannot write: " + why;
    }
    out.close();
    return std::nullopt;
}

std::optional<std::string> backup(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return std::nullopt;
    const auto old = readWholeFile(path);
    if (!old) return path.string() + ": cannot read the existing file to keep a backup";
    const auto bak = backupPathFor(path);
    const auto tmp = tempPathFor(bak, "bak");
    if (auto err = writeNew(tmp, *old, bak)) return err;
    std::filesystem::rename(tmp, bak, ec);
    if (ec) {
        std::filesystem::remove(tmp, ec);
        return bak.string() + ": cannot create the backup: " + ec.message();
    }
    return std::nullopt;
}

}  // namespace

std::filesystem::path backupPathFor(const std::filesystem::path& path) {
    auto bak = path;
    bak += ".bak";
    return bak;
}

std::optional<std::string> readWholeFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) return std::nullopt;
    return ss.str();
}

std::optional<std::string> writeFileAtomically(const std::filesystem::path& path, std::string_view bytes,
                                               bool keepBackup) {
    if (path.empty() || !path.has_filename()) return "'" + path.string() + "': not a file name";
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return path.string() + ": is a directory";
    const auto tmp = tempPathFor(path, "new");
    if (auto err = writeNew(tmp, bytes, path)) return err;
    if (keepBackup) {
        if (auto err = backup(path)) {
            std::filesystem::remove(tmp, ec);
            return err;
        }
    }
    std::filesystem::rename(tmp, path, ec);
    if (ec) {
        std::error_code ignored;
        std::filesystem::remove(tmp, ignored);
        return path.string() + ": cannot replace the file: " + ec.message();
    }
    return std::nullopt;
}

}  // namespace atlas::core
