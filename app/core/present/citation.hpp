// Citations of passages (author, title, outlet, date, URL, paragraph or footnote) and quoting one sentence.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/corpus/corpus_index.hpp"
#include "core/corpus/document.hpp"
#include "core/corpus/passage.hpp"

namespace atlas::core {

/// Where a passage sits in its document: paragraph number among the document's body passages (1-based),
/// or its footnote number. Both empty for headings, front matter, references and the like. `page` is the page
/// the passage starts on, for documents with pages (PDF).
struct PassagePlace {
    std::optional<int> paragraph;
    std::optional<int> footnote;
    std::optional<int> page;
};

/// Paragraph numbers for every passage of an index, computed once (passage index -> place).
std::vector<PassagePlace> passagePlaces(const CorpusIndex& index);
PassagePlace passagePlace(const CorpusIndex& index, std::size_t passageIndex);

/// "2023-11-18" -> "18 November 2023", "2023-11" -> "November 2023", "2023" -> "2023"; anything else as given.
std::string formatDate(const std::string& isoDate);

/// `Author, "Title", Outlet, Date, URL, p. 3, ¶12.` (or `n. 7.` for a footnote; `p. N` only for paged documents). Missing fields are left out; a
/// document without a title is named by its file name.
std::string formatCitation(const DocumentMeta& meta, const PassagePlace& place);
/// formatCitation for passage `passageIndex` of `index`.
std::string citePassage(const CorpusIndex& index, std::size_t passageIndex);

/// The clean text of the sentence of `passage` that contains the mention's byte range (original-file
/// offsets; a range that crosses a sentence end extends the quote to the next one). Abbreviations ("U.S.",
/// "Dr.", initials) do not end a sentence; footnote superscripts after the full stop stay with the sentence.
/// Empty when the range is not inside the passage.
std::string quoteSentence(const Document& doc, const Passage& passage, ByteRange mention);

}  // namespace atlas::core
