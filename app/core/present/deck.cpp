// Deck edits, JSON reading with per-slide messages, and saving that never replaces a file with less than it had.
#include "core/present/deck.hpp"

#include <algorithm>
#include <system_error>

#include "core/atomic_file.hpp"

namespace atlas::core {
namespace {

using Json = nlohmann::ordered_json;

/// Reads an optional string field; a wrong type is a message and `partial`.
void readText(const Json& obj, const char* key, std::string& out, const std::string& where, const std::string& keptAs,
              DeckLoad& load) {
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return;
    if (it->is_string()) {
        out = it->get<std::string>();
        return;
    }
    load.messages.push_back(where + "'" + key + "' is not a string; " + keptAs);
    load.partial = true;
}

std::optional<Slide> readSlide(const Json& js, std::size_t number, DeckLoad& load) {
    const std::string n = std::to_string(number);
    if (!js.is_object()) {
        load.messages.push_back("slide " + n + " skipped: not an object");
        load.partial = true;
        return std::nullopt;
    }
    Slide s;
    const std::string where = "slide " + n + ": ";
    readText(js, "title", s.title, where, "slide kept with no title", load);
    readText(js, "caption", s.caption, where, "slide kept with no caption", load);
    readText(js, "notes", s.notes, where, "slide kept with no notes", load);
    if (const auto l = js.find("legend"); l != js.end() && !l->is_null()) {
        if (l->is_boolean()) {
            s.legend = l->get<bool>();
        } else {
            load.messages.push_back(where + "'legend' is not true or false; the view's legend setting is used");
            load.partial = true;
        }
    }
    const auto v = js.find("view");
    if (v == js.end() || v->is_null()) {
        load.messages.push_back(where + "no 'view'; slide kept with the default view");
        return s;
    }
    if (!v->is_object()) {
        load.messages.push_back(where + "'view' is not an object; slide kept with the default view");
        load.partial = true;
        return s;
    }
    std::vector<FieldWarning> warnings;
    s.view = viewBodyFromJson(*v, "view.", warnings);
    for (const auto& w : warnings) {
        load.messages.push_back(where + "'" + w.field + "' " + w.problem + "; slide kept with " + w.fallback);
        load.partial = true;
    }
    return s;
}

std::optional<std::string> checkHeader(const Json& doc) {
    if (!doc.is_object()) return std::string("not a deck: expected a JSON object");
    const auto fmt = doc.find("format");
    if (fmt == doc.end() || !fmt->is_string() || fmt->get<std::string>() != kDeckFormat)
        return "not a deck: \"format\" must be \"" + std::string(kDeckFormat) + "\"";
    const auto ver = doc.find("version");
    if (ver == doc.end() || !ver->is_number_integer() || ver->get<long long>() < 1)
        return std::string("the deck has no valid \"version\" (expected an integer, 1)");
    if (ver->get<long long>() > kDeckVersion)
        return "deck version " + std::to_string(ver->get<long long>()) + " is newer than this program reads (" +
               std::to_string(kDeckVersion) + "); open it with a newer Caucasus Atlas";
    return std::nullopt;
}

bool samePath(const std::filesystem::path& a, const std::filesystem::path& b) {
    std::error_code ec;
    if (std::filesystem::exists(a, ec) && std::filesystem::exists(b, ec)) return std::filesystem::equivalent(a, b, ec);
    return std::filesystem::weakly_canonical(a, ec) == std::filesystem::weakly_canonical(b, ec);
}

}  // namespace

std::size_t addSlide(Deck& deck, const ViewState& view, std::string title, std::optional<std::size_t> at) {
    const std::size_t i = std::min(at.value_or(deck.slides.size()), deck.slides.size());
    Slide s;
    s.title = std::move(title);
    s.view = view;
    deck.slides.insert(deck.slides.begin() + static_cast<std::ptrdiff_t>(i), std::move(s));
    return i;
}

bool updateSlideView(Deck& deck, std::size_t i, const ViewState& view) {
    if (i >= deck.slides.size()) return false;
    deck.slides[i].view = view;
    return true;
}

bool moveSlide(Deck& deck, std::size_t from, std::size_t to) {
    const std::size_t n = deck.slides.size();
    if (from >= n || to >= n) return false;
    auto first = deck.slides.begin();
    if (from < to) std::rotate(first + static_cast<std::ptrdiff_t>(from), first + static_cast<std::ptrdiff_t>(from + 1),
                               first + static_cast<std::ptrdiff_t>(to + 1));
    else if (from > to)
        std::rotate(first + static_cast<std::ptrdiff_t>(to), first + static_cast<std::ptrdiff_t>(from),
                    first + static_cast<std::ptrdiff_t>(from + 1));
    return true;
}

bool duplicateSlide(Deck& deck, std::size_t i) {
    if (i >= deck.slides.size()) return false;
    Slide copy = deck.slides[i];
    deck.slides.insert(deck.slides.begin() + static_cast<std::ptrdiff_t>(i + 1), std::move(copy));
    return true;
}

bool deleteSlide(Deck& deck, std::size_t i) {
    if (i >= deck.slides.size()) return false;
    deck.slides.erase(deck.slides.begin() + static_cast<std::ptrdiff_t>(i));
    return true;
}

bool setSlideText(Deck& deck, std::size_t i, std::string title, std::string caption, std::string notes) {
    if (i >= deck.slides.size()) return false;
    Slide& s = deck.slides[i];
    s.title = std::move(title);
    s.caption = std::move(caption);
    s.notes = std::move(notes);
    return true;
}

Json deckToJson(const Deck& deck) {
    Json j = Json::object();
    j["format"] = std::string(kDeckFormat);
    j["version"] = kDeckVersion;
    j["title"] = deck.title;
    j["author"] = deck.author;
    Json slides = Json::array();
    for (const auto& s : deck.slides) {
        Json js = Json::object();
        js["title"] = s.title;
        js["caption"] = s.caption;
        js["notes"] = s.notes;
        if (s.legend) js["legend"] = *s.legend;
        js["view"] = viewBodyToJson(s.view);
        slides.push_back(std::move(js));
    }
    j["slides"] = std::move(slides);
    return j;
}

std::string deckToText(const Deck& deck) {
    return deckToJson(deck).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

DeckLoad parseDeck(std::string_view text, const std::string& label) {
    DeckLoad load;
    Json doc;
    try {
        doc = Json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        load.messages.push_back(label + ": not valid JSON (at byte " + std::to_string(e.byte) +
                                "); the file is corrupt and nothing was loaded");
        return load;
    } catch (const nlohmann::json::out_of_range&) {  // a number too large for a double, e.g. 1e999
        load.messages.push_back(label + ": not valid JSON (a number is out of range); the file is corrupt and nothing "
                                        "was loaded");
        return load;
    }
    if (auto refusal = checkHeader(doc)) {
        load.messages.push_back(label + ": " + *refusal + "; nothing was loaded");
        return load;
    }
    Deck deck;
    readText(doc, "title", deck.title, "", "deck kept with no title", load);
    readText(doc, "author", deck.author, "", "deck kept with no author", load);
    const auto slides = doc.find("slides");
    if (slides != doc.end() && !slides->is_array()) {
        load.messages.push_back("'slides' is not an array; deck kept with no slides");
        load.partial = true;
    } else if (slides != doc.end()) {
        for (std::size_t i = 0; i < slides->size(); ++i)
            if (auto s = readSlide((*slides)[i], i + 1, load)) deck.slides.push_back(std::move(*s));
        if (deck.slides.size() < slides->size())
            load.messages.push_back(label + ": kept " + std::to_string(deck.slides.size()) + " of " +
                                    std::to_string(slides->size()) + " slides");
    }
    load.deck = std::move(deck);
    return load;
}

DeckLoad loadDeckFile(const std::filesystem::path& path) {
    const auto text = readWholeFile(path);
    if (!text) {
        DeckLoad load;
        load.messages.push_back(path.string() + ": cannot read the file; nothing was loaded");
        return load;
    }
    return parseDeck(*text, path.string());
}

DeckSave saveDeckFile(const Deck& deck, const std::filesystem::path& path, DeckOrigin* origin) {
    DeckSave out;
    out.backup = backupPathFor(path);
    const bool fromPartial = origin && origin->partial && samePath(origin->path, path);
    // The backup of a partially loaded file holds its original: later saves must not replace it.
    const bool rotateBackup = !(fromPartial && origin->originalPreserved);
    out.error = writeFileAtomically(path, deckToText(deck), rotateBackup);
    if (out.error) return out;
    if (fromPartial) {
        origin->originalPreserved = true;
        out.originalKeptAsBackup = true;
    }
    return out;
}

}  // namespace atlas::core
