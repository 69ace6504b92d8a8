// Checks a deck's handout PDF with poppler (as a reader would see it): one page per slide, and each page's
// extractable text holds the slide's counter, title and citation, which proves the text is real, selectable text.
// Usage: atlas_handout_check HANDOUT.pdf DECK.json GEODATA_DIR CORPUS_DIR
#include <poppler-document.h>
#include <poppler-page.h>

#include <algorithm>
#include <cctype>
#include <iostream>
#include <memory>
#include <string>

#include "application/corpus_loader.hpp"
#include "core/present/deck.hpp"
#include "core/present/handout.hpp"

namespace {

/// Without whitespace: a wrapped line in the PDF is a line break in its text.
std::string squeezed(const std::string& s) {
    std::string out;
    for (const char c : s)
        if (!std::isspace(static_cast<unsigned char>(c))) out += c;
    return out;
}

int failures = 0;
void expect(bool ok, const std::string& what) {
    if (ok) return;
    ++failures;
    std::cerr << "FAIL: " << what << "\n";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 5) {
        std::cerr << "usage: atlas_handout_check HANDOUT.pdf DECK.json GEODATA_DIR CORPUS_DIR\n";
        return 2;
    }
    const auto load = atlas::core::loadDeckFile(argv[2]);
    if (!load.deck) {
        std::cerr << argv[2] << ": not a deck\n";
        return 2;
    }
    const auto corpus = atlas::app::loadCorpusSide(argv[3], argv[4]);
    const auto texts = atlas::core::handoutTexts(*load.deck, corpus.data.get());
    std::unique_ptr<poppler::document> pdf(poppler::document::load_from_file(argv[1]));
    if (!pdf || pdf->is_locked()) {
        std::cerr << argv[1] << ": poppler cannot open it\n";
        return 1;
    }
    expect(static_cast<std::size_t>(pdf->pages()) == load.deck->slides.size(),
           "pages " + std::to_string(pdf->pages()) + " != slides " + std::to_string(load.deck->slides.size()));
    std::size_t quoted = 0;
    for (std::size_t i = 0; i < texts.size() && i < static_cast<std::size_t>(pdf->pages()); ++i) {
        std::unique_ptr<poppler::page> page(pdf->create_page(static_cast<int>(i)));
        const auto bytes = page->text().to_utf8();
        const std::string text = squeezed(std::string(bytes.begin(), bytes.end()));
        const std::string at = "page " + std::to_string(i + 1) + ": ";
        expect(text.find(squeezed("Slide " + std::to_string(i + 1) + " of " + std::to_string(texts.size()))) !=
                   std::string::npos,
               at + "no counter");
        expect(text.find(squeezed(texts[i].title)) != std::string::npos, at + "no title '" + texts[i].title + "'");
        const auto& view = load.deck->slides[i].view;
        if (view.openPassage || view.highlightedPassage) {
            expect(!texts[i].citation.empty(), at + "the slide has a passage but no citation");
            ++quoted;
        }
        if (!texts[i].citation.empty())
            expect(text.find(squeezed(texts[i].citation)) != std::string::npos,
                   at + "no citation '" + texts[i].citation + "'; page text: " + text);
        if (!load.deck->slides[i].notes.empty())
            expect(text.find(squeezed(load.deck->slides[i].notes)) != std::string::npos, at + "no speaker notes");
    }
    expect(quoted > 0, "no slide of the deck quotes a passage: the citation check checked nothing");
    std::cout << argv[1] << ": " << pdf->pages() << " pages, " << quoted << " citations found in the page text"
              << (failures ? ", " + std::to_string(failures) + " failures" : std::string()) << "\n";
    return failures ? 1 : 0;
}
