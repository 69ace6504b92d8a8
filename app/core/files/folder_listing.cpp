// Listing a folder for the in-app file chooser.
#include "core/files/folder_listing.hpp"

#include <algorithm>
#include <cctype>
#include <system_error>

namespace atlas::core {
namespace fs = std::filesystem;

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

bool shown(const FileType& type, const fs::path& name) {
    if (type.extensions.empty()) return true;
    const std::string ext = lower(name.extension().string());
    return std::find(type.extensions.begin(), type.extensions.end(), ext) != type.extensions.end();
}

}  // namespace

FolderListing listFolder(const fs::path& folder, const FileType& type, bool showHidden) {
    FolderListing out;
    out.folder = folder;
    std::error_code ec;
    fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
        out.error = folder.string() + ": cannot be read: " + ec.message();
        return out;
    }
    for (const fs::directory_iterator end; it != end; it.increment(ec)) {
        if (ec) {
            out.error = folder.string() + ": stopped reading: " + ec.message();
            break;
        }
        const std::string name = it->path().filename().string();
        if (!showHidden && name.starts_with('.')) continue;
        std::error_code e2;
        const bool dir = it->is_directory(e2);  // follows links: a link to a folder is a folder
        if (!dir && !shown(type, it->path())) continue;
        if (out.entries.size() >= kMaxFolderEntries) {
            out.truncated = true;
            break;
        }
        FolderEntry entry{name, dir, 0};
        if (!dir) {
            const auto size = it->file_size(e2);
            entry.size = e2 ? 0 : size;
        }
        out.entries.push_back(std::move(entry));
    }
    std::sort(out.entries.begin(), out.entries.end(), [](const FolderEntry& a, const FolderEntry& b) {
        if (a.folder != b.folder) return a.folder;
        const std::string la = lower(a.name), lb = lower(b.name);
        return la != lb ? la < lb : a.name < b.name;
    });
    return out;
}

}  // namespace atlas::core
