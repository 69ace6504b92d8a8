// Corpus documents: manifest metadata, raw bytes, and loading a corpus directory.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace atlas::core {

/// A non-fatal problem met while reading the corpus: which file, what was skipped or repaired.
struct CorpusWarning {
    std::string file;
    std::string message;
};

/// Metadata from corpus/manifest.json; unknown fields stay empty (null in JSON).
struct DocumentMeta {
    std::string file;  // file name inside the corpus directory, e.g. "000_x.txt"
    std::optional<std::string> title;
    std::optional<std::string> author;
    std::optional<std::string> outlet;
    std::optional<std::string> date;  // "YYYY-MM-DD", "YYYY-MM" or "YYYY"
    std::string language;  // ISO 639-1; from the manifest, else guessed from the text (core/text/language_guess)
    std::optional<std::string> url;
    std::optional<std::string> note;  // the manifest's free-text note (what an untitled text is)
    bool inManifest = false;
};

struct Document {
    DocumentMeta meta;
    std::string stem;   // file name without extension: the prefix of passage ids
    std::string bytes;  // the file's contents as UTF-8 (converted when it was UTF-16 or Windows-125x; see
                        // decodeDocumentBytes), never modified after loading

    /// Title to show: the manifest title, else the file name.
    [[nodiscard]] std::string displayTitle() const { return meta.title.value_or(meta.file); }
    /// Title for a reader: the manifest title; an untitled text is named by the first clause of its manifest
    /// note ("Untitled opinion excerpt on …"), else by its file name.
    [[nodiscard]] std::string readerTitle() const;
    /// Year of the document's own date, if known.
    [[nodiscard]] std::optional<int> year() const;
};

struct ManifestParse {
    std::vector<DocumentMeta> entries;
    std::vector<CorpusWarning> warnings;
};

/// Parses manifest.json text ({"version":1,"documents":[...]}); bad entries are skipped with a warning.
ManifestParse parseManifest(std::string_view jsonText, const std::string& fileLabel);

struct CorpusLoad {
    std::vector<Document> documents;  // sorted by file name
    std::vector<CorpusWarning> warnings;
};

/// Reads every .txt/.md file of `dir` (non-recursive) plus manifest.json. Files without a manifest
/// entry are kept with their file name as title and a warning; unreadable files are skipped with a warning.
CorpusLoad loadCorpusDirectory(const std::filesystem::path& dir);

/// Reads a whole file into `out` (its size first, then one read); false when it cannot be opened or read.
bool readDocumentFile(const std::filesystem::path& path, std::string& out);

/// Builds a Document from bytes already in memory (tests, tools).
Document makeDocument(const std::string& fileName, std::string bytes, std::optional<DocumentMeta> meta = std::nullopt);

}  // namespace atlas::core
