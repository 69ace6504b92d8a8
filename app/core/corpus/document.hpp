// Corpus documents: manifest metadata, raw bytes, and loading a corpus directory.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace atlas::core {

class IndexProgress;

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
                        // decodeDocumentBytes), or the text a DocumentReader extracted (PDF, HTML, DOCX, ODT);
                        // never modified after loading
    std::vector<std::size_t> pageStarts;  // byte offset in `bytes` where each page begins (PDF); empty: no pages

    /// 1-based page of byte offset `offset`; empty for a document without pages.
    [[nodiscard]] std::optional<int> pageOf(std::size_t offset) const;

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

/// What a DocumentReader extracts from a file in a format core does not read itself (PDF, HTML, DOCX, ODT).
/// Metadata is what the format records, else empty: never guessed.
struct ExtractedText {
    std::string text;  // UTF-8; paragraphs separated by blank lines
    std::optional<std::string> title;
    std::optional<std::string> author;
    std::optional<std::string> date;         // "YYYY-MM-DD" (or "YYYY-MM", "YYYY")
    std::optional<std::string> description;  // kept as the document's note when the manifest has none
    std::vector<std::size_t> pageStarts;     // byte offset in `text` of each page (first is 0); empty: no pages
};

/// Reads one file into text; on failure returns nullopt and sets `error` to the reason (without the file name),
/// e.g. "encrypted PDF, cannot read without a password". Provided by geoio (core includes no format library).
using DocumentReader = std::function<std::optional<ExtractedText>(const std::filesystem::path&, std::string& error)>;
/// Readers keyed by lower-case file extension with its dot (".pdf"). .txt and .md are always read by core.
using DocumentReaders = std::map<std::string, DocumentReader>;

/// The first heading or line of a text, as a title (Markdown '#' marks dropped, at most ~120 bytes); empty if none.
std::string firstLineTitle(std::string_view text);

struct CorpusLoad {
    std::vector<Document> documents;  // sorted by file name
    std::vector<CorpusWarning> warnings;
};

/// Reads every .txt/.md file of `dir` (non-recursive), every file whose extension has a reader in `readers`, plus
/// manifest.json. Manifest fields win over what a reader found; a file without a manifest entry is titled by its
/// format's title, else its first heading or line (one warning); unreadable files are skipped with a warning
/// naming the file and the reason. `progress` (optional) gets the files to read added to its phase's total and
/// one step per file.
CorpusLoad loadCorpusDirectory(const std::filesystem::path& dir, const DocumentReaders& readers = {},
                               IndexProgress* progress = nullptr);

/// Reads a whole file into `out` (its size first, then one read); false when it cannot be opened or read.
bool readDocumentFile(const std::filesystem::path& path, std::string& out);

/// Builds a Document from bytes already in memory (tests, tools).
Document makeDocument(const std::string& fileName, std::string bytes, std::optional<DocumentMeta> meta = std::nullopt);

}  // namespace atlas::core
