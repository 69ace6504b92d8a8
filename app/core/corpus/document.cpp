// Corpus documents: manifest metadata, raw bytes, and loading a corpus directory.
#include "core/corpus/document.hpp"
#include "core/text/language_guess.hpp"
#include "core/corpus/document_encoding.hpp"

#include <algorithm>
#include <cctype>
#include <exception>
#include <fstream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/corpus/corpus_index.hpp"
#include "core/corpus/huge_pages.hpp"
#include "core/corpus/index_progress.hpp"

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

std::optional<int> Document::pageOf(std::size_t offset) const {
    if (pageStarts.empty()) return std::nullopt;
    const auto it = std::upper_bound(pageStarts.begin(), pageStarts.end(), offset);
    return static_cast<int>(std::max<std::ptrdiff_t>(1, it - pageStarts.begin()));
}

std::string firstLineTitle(std::string_view text) {
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t eol = std::min(text.find('\n', pos), text.size());
        std::string_view line = text.substr(pos, eol - pos);
        pos = eol + 1;
        while (!line.empty() && (line.front() == '#' || std::isspace(static_cast<unsigned char>(line.front()))))
            line.remove_prefix(1);
        while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.remove_suffix(1);
        if (line.empty()) continue;
        constexpr std::size_t kMax = 120;
        if (line.size() <= kMax) return std::string(line);
        std::size_t cut = line.rfind(' ', kMax - 3);
        if (cut == std::string_view::npos || cut == 0) {
            cut = kMax - 3;
            while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
        }
        return std::string(line.substr(0, cut)) + "\xE2\x80\xA6";
    }
    return {};
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

namespace {

std::string lowerExtension(const std::filesystem::path& path) {
    std::string ext = path.extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

/// Manifest fields win; the format's own metadata fills what the manifest leaves empty.
void fillFromExtracted(DocumentMeta& meta, ExtractedText& x) {
    if (!meta.title && x.title && !x.title->empty()) meta.title = std::move(x.title);
    if (!meta.author && x.author && !x.author->empty()) meta.author = std::move(x.author);
    if (!meta.date && x.date && !x.date->empty()) meta.date = std::move(x.date);
    if (!meta.note && x.description && !x.description->empty()) meta.note = std::move(x.description);
}

}  // namespace

CorpusLoad loadCorpusDirectory(const std::filesystem::path& dir, const DocumentReaders& readers,
                               IndexProgress* progress) {
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
        load.warnings.push_back({"manifest.json", "no manifest; titles taken from the documents"});
    }
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
        const auto ext = lowerExtension(entry.path());
        const bool known = ext == ".txt" || ext == ".md" || readers.count(ext) != 0;
        if (known && entry.is_regular_file(ec)) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    if (progress != nullptr) progress->addTotal(files.size());
    // Plain text files are read and decoded first, on the indexing threads (a format reader, which may keep state
    // of its own, is called in the loop below, one file at a time); what each gave is used in file order below.
    struct PlainRead {
        bool read = false;
        std::string bytes;
        std::string note;
    };
    std::vector<PlainRead> plain(files.size());
    {
        std::vector<std::size_t> plainFiles;
        std::vector<std::size_t> sizes;
        for (std::size_t i = 0; i < files.size(); ++i) {
            if (readers.find(lowerExtension(files[i])) != readers.end()) continue;
            plainFiles.push_back(i);
            const auto size = std::filesystem::file_size(files[i], ec);
            sizes.push_back(ec ? 0 : static_cast<std::size_t>(size));  // only the order of the work
        }
        parallelForEach(plainFiles.size(), indexJobs(), sizes, [&](std::size_t k) {
            PlainRead& r = plain[plainFiles[k]];
            r.read = readDocumentFile(files[plainFiles[k]], r.bytes);
            if (r.read) r.note = decodeDocumentBytes(r.bytes).note;
        });
    }
    std::vector<std::string> unlisted;  // files without a manifest entry
    for (std::size_t fileIndex = 0; fileIndex < files.size(); ++fileIndex) {
        const std::filesystem::path& path = files[fileIndex];
        const std::string name = path.filename().string();
        if (progress != nullptr) progress->working(name);
        struct Step {  // counted done however the file ends (read, skipped)
            IndexProgress* p;
            const std::string& name;
            ~Step() {
                if (p != nullptr) p->advance(name);
            }
        } step{progress, name};
        const auto reader = readers.find(lowerExtension(path));
        std::string bytes;
        std::optional<ExtractedText> extracted;
        if (reader != readers.end()) {
            std::string error;
            try {
                extracted = reader->second(path, error);
            } catch (const std::exception& e) {
                extracted.reset();
                error = e.what();
            }
            if (!extracted) {
                load.warnings.push_back({name, error.empty() ? "cannot read file; skipped" : error});
                continue;
            }
            if (!error.empty()) load.warnings.push_back({name, error});  // read, with a problem (a legacy encoding)
            bytes = std::move(extracted->text);
        } else {
            PlainRead& r = plain[fileIndex];
            if (!r.read) {
                load.warnings.push_back({name, "cannot read file; skipped"});
                continue;
            }
            bytes = std::move(r.bytes);
            if (!r.note.empty()) load.warnings.push_back({name, std::move(r.note)});
        }
        auto it = manifest.find(name);
        std::optional<DocumentMeta> meta;
        if (it != manifest.end()) meta = it->second;
        else unlisted.push_back(name);
        Document doc = makeDocument(name, std::move(bytes), std::move(meta));
        if (extracted) {
            fillFromExtracted(doc.meta, *extracted);
            doc.pageStarts = std::move(extracted->pageStarts);
        }
        if (!doc.meta.inManifest && !doc.meta.title) {  // never the file name: the text's own first line
            std::string first = firstLineTitle(doc.bytes);
            if (!first.empty()) doc.meta.title = std::move(first);
        }
        load.documents.push_back(std::move(doc));
        if (it != manifest.end()) manifest.erase(it);
    }
    // A few files without an entry are named one by one; a folder of thousands gets one line, not thousands.
    constexpr std::size_t kNamedOneByOne = 20;
    if (unlisted.size() <= kNamedOneByOne) {
        for (const auto& name : unlisted)
            load.warnings.push_back({name, "no manifest entry; titled from the document"});
    } else {
        load.warnings.push_back({"manifest.json", std::to_string(unlisted.size()) +
                                                      " files without a manifest entry (" + unlisted[0] + ", " +
                                                      unlisted[1] + ", " + unlisted[2] + ", ...); titles taken "
                                                      "from the documents"});
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
