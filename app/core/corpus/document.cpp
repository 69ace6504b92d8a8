// Corpus documents: manifest metadata, raw bytes, and loading a corpus directory.
#include "core/corpus/document.hpp"
#include "core/text/language_guess.hpp"
#include "core/corpus/document_encoding.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/corpus/huge_pages.hpp"

namespace atlas::core {

namespace {

std::optional<std::string> optString(const nlohmann::json& obj, const char* key) {
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_string()) return std::nullopt;
    return it->get<std::string>();
}

std::string stemOf(const std::string& fileName) {
    const auto dot = fileName.rfind('.');
    return dot == std::string::npos ? fileName : fileName.substr(0, dot);
}

}  // namespace

bool readDocumentFile(const std::filesystem::path& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::error_code ec;
    const auto size = std::filesystem::is_regular_file(path, ec) ? std::filesystem::file_size(path, ec) : 0;
    if (!ec && size > 0) {  // one read of the known size into memory that is not touched before
        out.clear();
        out.reserve(static_cast<std::size_t>(size));
        adviseHugePages(out.data(), out.capacity());
        out.resize(static_cast<std::size_t>(size));
        in.read(out.data(), static_cast<std::streamsize>(size));
        if (in.bad()) return false;
        out.resize(static_cast<std::size_t>(in.gcount()));  // the file shrank meanwhile
        if (!in) return true;
    } else {
        out.clear();
    }
    std::ostringstream rest;  // unknown size, or the file grew: read to the end
    rest << in.rdbuf();
    out += std::move(rest).str();
    return !in.bad();
}

std::string Document::readerTitle() const {
    if (meta.title && !meta.title->empty()) return *meta.title;
    if (meta.note && !meta.note->empty()) {
        const std::string& n = *meta.note;
        const std::size_t cut = std::min(n.find(';'), n.find(". "));
        std::string clause = n.substr(0, cut);
        if (clause.size() > 90) clause = clause.substr(0, clause.rfind(' ', 87)) + "\xE2\x80\xA6";
        if (!clause.empty()) return clause;
    }
    return meta.file;
}

std::optional<int> Document::year() const {
    if (!meta.date || meta.date->size() < 4) return std::nullopt;
    int y = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        const char c = (*meta.date)[i];
        if (c < '0' || c > '9') return std::nullopt;
        y = y * 10 + (c - '0');
    }
    return y;
}

ManifestParse parseManifest(std::string_view jsonText, const std::string& fileLabel) {
    ManifestParse result;
    const nlohmann::json root = nlohmann::json::parse(jsonText, nullptr, false);
    if (root.is_discarded() || !root.is_object()) {
        result.warnings.push_back({fileLabel, "manifest is not a JSON object; ignored"});
        return result;
    }
    auto docs = root.find("documents");
    if (docs == root.end() || !docs->is_array()) {
        result.warnings.push_back({fileLabel, "manifest has no \"documents\" array; ignored"});
        return result;
    }
    std::size_t index = 0;
    for (const auto& entry : *docs) {
        ++index;
        const auto file = entry.is_object() ? optString(entry, "file") : std::nullopt;
        if (!file || file->empty()) {
            result.warnings.push_back({fileLabel, "documents[" + std::to_string(index - 1) + "] has no \"file\"; skipped"});
            continue;
        }
        DocumentMeta meta;
        meta.file = *file;
        meta.title = optString(entry, "title");
        meta.author = optString(entry, "author");
        meta.outlet = optString(entry, "outlet");
        meta.date = optString(entry, "date");
        meta.url = optString(entry, "url");
        meta.note = optString(entry, "note");
        meta.language = optString(entry, "language").value_or("");  // none given: guessed from the text
        meta.inManifest = true;
        result.entries.push_back(std::move(meta));
    }
    return result;
}

Document makeDocument(const std::string& fileName, std::string bytes, std::optional<DocumentMeta> meta) {
    Document doc;
    if (meta) doc.meta = *meta;
    doc.meta.file = fileName;
    doc.stem = stemOf(fileName);
    doc.bytes = std::move(bytes);
    if (doc.meta.language.empty()) doc.meta.language = guessLanguage(doc.bytes);
    return doc;
}

CorpusLoad loadCorpusDirectory(const std::filesystem::path& dir) {
    CorpusLoad load;
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        load.warnings.push_back({dir.string(), "not a directory"});
        return load;
    }
    std::map<std::string, DocumentMeta> manifest;
    const auto manifestPath = dir / "manifest.json";
    std::string manifestText;
    if (std::filesystem::exists(manifestPath, ec) && readDocumentFile(manifestPath, manifestText)) {
        ManifestParse parsed = parseManifest(manifestText, "manifest.json");
        load.warnings.insert(load.warnings.end(), parsed.warnings.begin(), parsed.warnings.end());
        for (auto& m : parsed.entries) manifest[m.file] = std::move(m);
    } else {
        load.warnings.push_back({"manifest.json", "no manifest; file names used as titles"});
    }
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
        const auto ext = entry.path().extension().string();
        if ((ext == ".txt" || ext == ".md") && entry.is_regular_file(ec)) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::vector<std::string> unlisted;  // files without a manifest entry
    for (const auto& path : files) {
        const std::string name = path.filename().string();
        std::string bytes;
        if (!readDocumentFile(path, bytes)) {
            load.warnings.push_back({name, "cannot read file; skipped"});
            continue;
        }
        if (const auto decoding = decodeDocumentBytes(bytes); !decoding.note.empty())
            load.warnings.push_back({name, decoding.note});
        auto it = manifest.find(name);
        if (it == manifest.end()) unlisted.push_back(name);
        load.documents.push_back(makeDocument(name, std::move(bytes), it == manifest.end() ? std::nullopt
                                                                                         : std::optional(it->second)));
        if (it != manifest.end()) manifest.erase(it);
    }
    // A few files without an entry are named one by one; a folder of thousands gets one line, not thousands.
    constexpr std::size_t kNamedOneByOne = 20;
    if (unlisted.size() <= kNamedOneByOne) {
        for (const auto& name : unlisted)
            load.warnings.push_back({name, "no manifest entry; file name used as title"});
    } else {
        load.warnings.push_back({"manifest.json", std::to_string(unlisted.size()) +
                                                      " files without a manifest entry (" + unlisted[0] + ", " +
                                                      unlisted[1] + ", " + unlisted[2] + ", ...); file names used "
                                                      "as titles"});
    }
    std::size_t orphans = 0;
    for (const auto& [file, meta] : manifest)
        if (++orphans <= kNamedOneByOne) load.warnings.push_back({file, "manifest entry without a file"});
    if (orphans > kNamedOneByOne)
        load.warnings.push_back({"manifest.json", std::to_string(orphans - kNamedOneByOne) +
                                                      " more manifest entries without a file"});
    return load;
}

}  // namespace atlas::core
