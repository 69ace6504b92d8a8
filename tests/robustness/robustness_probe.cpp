// What the window shows when a deck or view-state file is opened, for the rows of docs/robustness.md that no
// command-line command reaches yet: the messages of core::loadDeckFile / core::viewStateFromText, one a line.
//   atlas_robustness_probe deck FILE         exit 1 when the deck is refused, else 0
//   atlas_robustness_probe view-state FILE   exit 1 when the view state is refused, else 0
#include <iostream>
#include <string>

#include "core/atomic_file.hpp"
#include "core/present/deck.hpp"
#include "core/state/view_state.hpp"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: atlas_robustness_probe deck|view-state FILE\n";
        return 2;
    }
    const std::string kind = argv[1];
    const std::string file = argv[2];
    if (kind == "deck") {
        const atlas::core::DeckLoad load = atlas::core::loadDeckFile(file);
        for (const std::string& m : load.messages) std::cout << m << "\n";
        if (load.deck) std::cout << "opened: " << load.deck->slides.size() << " slides" << (load.partial ? " (partial)" : "") << "\n";
        return load.deck ? 0 : 1;
    }
    if (kind == "view-state") {
        const auto text = atlas::core::readWholeFile(file);
        if (!text) {
            std::cout << file << ": cannot read the file\n";
            return 1;
        }
        const atlas::core::ViewStateParse parse = atlas::core::viewStateFromText(*text);
        if (!parse.state) {
            std::cout << file << ": " << parse.error << "\n";
            return 1;
        }
        for (const atlas::core::FieldWarning& w : parse.warnings) std::cout << file << ": " << w.text() << "\n";
        std::cout << "opened: " << parse.warnings.size() << " warnings\n";
        return 0;
    }
    std::cerr << "atlas_robustness_probe: unknown kind '" << kind << "'\n";
    return 2;
}
