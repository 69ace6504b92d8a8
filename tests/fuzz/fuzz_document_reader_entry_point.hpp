// Fuzz entry point for the document readers (geoio/document_readers.hpp): the input is a whole file's bytes,
// handed to the reader its first bytes suggest (a ZIP to the DOCX and the ODT reader, "%PDF" to poppler, anything
// else to the HTML reader). Shared by fuzz_document_readers and the replay (test_fuzz_replay.cpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/corpus/document.hpp"
#include "core/text/utf8.hpp"
#include "fuzz_entry_points.hpp"  // expect()
#include "geoio/document_readers.hpp"

namespace atlas::fuzz {

/// A reader either fails with a reason, or returns UTF-8 text whose page starts lie in it, in order, from 0, and
/// whose metadata are UTF-8 and whose date is in the ISO form the readers promise.
inline void checkExtracted(const std::optional<core::ExtractedText>& x, const std::string& error) {
    if (!x) {
        expect(!error.empty(), "a reader failed without a reason");
        return;
    }
    expect(core::countInvalidUtf8(x->text) == 0, "extracted text is not UTF-8");
    if (!x->pageStarts.empty()) expect(x->pageStarts.front() == 0, "the first page does not start at 0");
    for (std::size_t i = 0; i < x->pageStarts.size(); ++i) {
        expect(x->pageStarts[i] <= x->text.size(), "a page starts after the end of the text");
        if (i > 0) expect(x->pageStarts[i - 1] <= x->pageStarts[i], "page starts out of order");
    }
    for (const auto* field : {&x->title, &x->author, &x->date, &x->description})
        if (*field) expect(core::countInvalidUtf8(**field) == 0, "metadata is not UTF-8");
    if (x->date) expect(geoio::detail::isoDatePrefix(*x->date) == x->date, "a date not in ISO form");
    // What the loader does next with a reader's text: a title from its first line, a document to index.
    const std::string title = core::firstLineTitle(x->text);
    expect(core::countInvalidUtf8(title) == 0, "a title cut inside a character");
    const core::Document doc = core::makeDocument("fuzz.bin", x->text);
    expect(doc.bytes == x->text, "makeDocument changed the text");
}

inline void fuzzDocumentReaders(std::string_view data) {
    std::string error;
    if (data.substr(0, 2) == "PK") {
        checkExtracted(geoio::extractDocx(data, error), error);
        error.clear();
        checkExtracted(geoio::extractOdt(data, error), error);
    } else if (data.substr(0, 4) == "%PDF") {
        checkExtracted(geoio::extractPdf(data, error), error);
    } else {
        checkExtracted(geoio::extractHtml(data, error), error);
    }
}

}  // namespace atlas::fuzz
