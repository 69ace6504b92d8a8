// Index cache on disk: where it lives, atomic writes, and indexing through the cache.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <system_error>
#include <thread>

#include "core/corpus/index_cache.hpp"

namespace atlas::core {

namespace {

std::optional<std::string> readWholeFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) return std::nullopt;
    const std::streamoff size = in.tellg();
    if (size < 0) return std::nullopt;
    std::string data(static_cast<std::size_t>(size), '\0');
    in.seekg(0);
    if (!in.read(data.data(), size)) return std::nullopt;
    return data;
}

std::string hex16(std::uint64_t v) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string s(16, '0');
    for (int i = 15; i >= 0; --i, v >>= 4) s[static_cast<std::size_t>(i)] = kDigits[v & 0xF];
    return s;
}

}  // namespace

std::filesystem::path defaultIndexCacheDir() {
    auto env = [](const char* name) -> std::string {
        const char* v = std::getenv(name);
        return v != nullptr ? std::string(v) : std::string();
    };
    if (const std::string d = env("ATLAS_CACHE_DIR"); !d.empty()) return d;
    if (const std::string d = env("XDG_CACHE_HOME"); !d.empty()) return std::filesystem::path(d) / "caucasus-atlas";
    if (const std::string d = env("HOME"); !d.empty()) return std::filesystem::path(d) / ".cache" / "caucasus-atlas";
    return {};
}

bool writeFileAtomic(const std::filesystem::path& file, std::string_view data, std::string& error) {
    static std::atomic<unsigned> counter{0};
    std::filesystem::path tmp = file;
    const auto now = static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
    const auto thread = static_cast<std::uint64_t>(std::hash<std::thread::id>{}(std::this_thread::get_id()));
    tmp += ".tmp-" + hex16(contentHash(file.string(), now ^ (thread << 1) ^ counter.fetch_add(1)));
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) {
            error = "cannot create " + tmp.string();
            return false;
        }
        out.write(data.data(), static_cast<std::streamsize>(data.size()));
        out.flush();
        if (!out) {
            error = "cannot write " + tmp.string();
            out.close();
            std::error_code ec;
            std::filesystem::remove(tmp, ec);
            return false;
        }
    }
    std::error_code ec;
    std::filesystem::rename(tmp, file, ec);
    if (ec) {
        error = "cannot rename " + tmp.string() + ": " + ec.message();
        std::filesystem::remove(tmp, ec);
        return false;
    }
    return true;
}

CachedIndex indexCorpusCached(const std::filesystem::path& corpusDir, const std::vector<GazetteerFeature>& features,
                              std::string_view gazetteerBytes, const std::filesystem::path& cacheDir, std::size_t jobs) {
    CachedIndex result;
    CorpusLoad load = loadCorpusDirectory(corpusDir);
    if (cacheDir.empty()) {
        result.index = buildCorpusIndex(std::move(load.documents), features, std::move(load.warnings), jobs);
        return result;
    }
    std::error_code ec;
    const std::filesystem::path absDir = std::filesystem::weakly_canonical(corpusDir, ec);
    result.cacheFile = cacheDir / ("index-" + hex16(contentHash((ec ? corpusDir : absDir).string())) + ".bin");
    const std::string manifest = readWholeFile(corpusDir / "manifest.json").value_or(std::string());
    const std::uint64_t key = indexCacheKey(load.documents, manifest, gazetteerBytes);
    std::vector<CorpusWarning> cacheWarnings;
    if (std::filesystem::exists(result.cacheFile, ec)) {
        std::string error;
        if (const auto data = readWholeFile(result.cacheFile); !data) {
            error = "cannot read";
        } else if (auto cached = deserializeIndex(*data, key, load.documents, error)) {
            result.index = std::move(*cached);
            result.fromCache = true;
            return result;
        }
        cacheWarnings.push_back({result.cacheFile.string(), "index cache ignored (" + error + "); rebuilt"});
    }
    result.index = buildCorpusIndex(std::move(load.documents), features, std::move(load.warnings), jobs);
    std::string error;
    std::filesystem::create_directories(cacheDir, ec);
    if (!writeFileAtomic(result.cacheFile, serializeIndex(result.index, key), error))
        cacheWarnings.push_back({result.cacheFile.string(), "index cache not written (" + error + ")"});
    result.index.warnings.insert(result.index.warnings.end(), cacheWarnings.begin(), cacheWarnings.end());
    return result;
}

}  // namespace atlas::core
