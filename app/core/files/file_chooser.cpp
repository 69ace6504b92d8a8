// The file chooser's decisions: the table of uses, remembered folders and names, Recent, checks and the write guard.
#include "core/files/file_chooser.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <system_error>

namespace atlas::core {
namespace fs = std::filesystem;

std::span<const EnumName<FileUse>> namesOf(FileUse) {
    static constexpr std::array<EnumName<FileUse>, kFileUseCount> kNames{{{FileUse::OpenLayer, "open-layer"},
                                                                          {FileUse::OpenView, "open-view"},
                                                                          {FileUse::SaveView, "save-view"},
                                                                          {FileUse::OpenDeck, "open-deck"},
                                                                          {FileUse::SaveDeck, "save-deck"},
                                                                          {FileUse::ExportPng, "export-png"},
                                                                          {FileUse::OpenWorkspace, "open-workspace"},
                                                                          {FileUse::NewWorkspace, "new-workspace"},
                                                                          {FileUse::AddDocuments, "add-documents"},
                                                                          {FileUse::ExportHandout, "export-handout"}}};
    return kNames;
}

std::span<const EnumName<RecentKind>> namesOf(RecentKind) {
    static constexpr std::array<EnumName<RecentKind>, 5> kNames{{{RecentKind::None, "none"},
                                                                 {RecentKind::View, "view"},
                                                                 {RecentKind::Deck, "deck"},
                                                                 {RecentKind::Layer, "layer"},
                                                                 {RecentKind::Workspace, "workspace"}}};
    return kNames;
}

const FileUseInfo& fileUseInfo(FileUse use) {
    static const FileType kAll{"All files", {}};
    static const FileType kJson{"JSON files (.json)", {".json"}};
    static const std::array<FileUseInfo, kFileUseCount> kTable{{
        {FileUse::OpenLayer, "Open layer", "Add a layer from a vector file (GeoJSON, GeoPackage, Shapefile, KML, CSV with WKT):",
         "Open", false, RecentKind::Layer,
         {{"Vector files", {".geojson", ".json", ".gpkg", ".shp", ".kml", ".csv", ".gml", ".gpx", ".fgb", ".sqlite"}}, kAll},
         "", "vector file"},
        {FileUse::OpenView, "Open view", "Open a view state (.json):", "Open", false, RecentKind::View, {kJson, kAll}, "",
         "view file (.json)"},
        {FileUse::SaveView, "Save view as", "Save the current view as (.json):", "Save", true, RecentKind::View, {kJson},
         ".json", "view file (.json)"},
        {FileUse::OpenDeck, "Open deck", "Open a deck (.json):", "Open", false, RecentKind::Deck, {kJson, kAll}, "",
         "deck file (.json)"},
        {FileUse::SaveDeck, "Save deck as", "Save the deck as (.json):", "Save", true, RecentKind::Deck, {kJson}, ".json",
         "deck file (.json)"},
        {FileUse::ExportPng, "Export map as PNG", "Export the map as shown to a PNG file:", "Export", true, RecentKind::None,
         {{"PNG images (.png)", {".png"}}}, ".png", "PNG image"},
        {FileUse::OpenWorkspace, "Open workspace", "Choose a workspace folder (one with documents/ and manifest.json):",
         "Open", false, RecentKind::Workspace, {{"Folders", {}}}, "", "workspace folder", true},
        {FileUse::NewWorkspace, "New workspace", "Choose an empty folder, or type the name of a new one:", "Create", false,
         RecentKind::Workspace, {{"Folders", {}}}, "", "workspace folder", true},
        {FileUse::AddDocuments, "Add documents", "Add a document to the workspace (it is copied into documents/):",
         "Add", false, RecentKind::None,
         {{"Documents (.txt .md .html .htm .pdf .docx .odt)", {".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".odt"}},
          kAll},
         "", "document"},
        {FileUse::ExportHandout, "Export handout", "Export the deck's handout (one PDF page per slide):", "Export", true,
         RecentKind::None, {{"PDF documents (.pdf)", {".pdf"}}}, ".pdf", "PDF document"},
    }};
    const auto i = static_cast<std::size_t>(use);
    return kTable[i < kTable.size() ? i : 0];
}

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

bool pathExists(const fs::path& p) {
    std::error_code ec;
    return fs::exists(fs::symlink_status(p, ec));
}

bool isFolder(const fs::path& p) {
    std::error_code ec;
    return fs::is_directory(p, ec);
}

}  // namespace

void addRecent(std::vector<RecentFile>& recent, RecentKind kind, const std::string& path) {
    if (kind == RecentKind::None || path.empty()) return;
    std::erase(recent, RecentFile{kind, path});
    recent.insert(recent.begin(), RecentFile{kind, path});
    std::size_t seen = 0;
    std::erase_if(recent, [&](const RecentFile& r) { return r.kind == kind && ++seen > kRecentPerKind; });
}

std::vector<std::string> recentOf(const std::vector<RecentFile>& recent, RecentKind kind) {
    std::vector<std::string> out;
    for (const RecentFile& r : recent)
        if (r.kind == kind) out.push_back(r.path);
    return out;
}

void rememberChoice(FileMemory& memory, FileUse use, const fs::path& file) {
    if (file.empty()) return;
    FileUseMemory& m = memory.of(use);
    m.folder = file.parent_path().string();
    m.name = file.filename().string();
}

void rememberFile(FileMemory& memory, FileUse use, const fs::path& file) {
    if (file.empty()) return;
    rememberChoice(memory, use, file);
    addRecent(memory.recent, fileUseInfo(use).recent, file.string());
}

std::string fileMemoryToJson(const FileMemory& memory) {
    nlohmann::json uses = nlohmann::json::object();
    for (std::size_t i = 0; i < kFileUseCount; ++i) {
        const FileUseMemory& m = memory.uses[i];
        if (m.folder.empty() && m.name.empty()) continue;
        uses[std::string(enumName(static_cast<FileUse>(i)))] = {{"folder", m.folder}, {"name", m.name}};
    }
    nlohmann::json recent = nlohmann::json::array();
    for (const RecentFile& r : memory.recent) recent.push_back({{"kind", enumName(r.kind)}, {"path", r.path}});
    return nlohmann::json{{"uses", uses}, {"recent", recent}}.dump(2) + "\n";
}

FileMemory fileMemoryFromJson(std::string_view text, std::vector<std::string>& warnings) {
    FileMemory memory;
    const nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        warnings.emplace_back("not a JSON object; the remembered folders and recent files start empty");
        return memory;
    }
    const auto str = [](const nlohmann::json& o, const char* key) {
        const auto it = o.find(key);
        return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    if (const auto uses = doc.find("uses"); uses != doc.end() && uses->is_object()) {
        for (const auto& [name, value] : uses->items()) {
            const auto use = enumFromName<FileUse>(name);
            if (!use || *use == FileUse::Count || !value.is_object()) {
                warnings.push_back("'uses." + name + "' is not a known use; skipped");
                continue;
            }
            memory.of(*use) = {str(value, "folder"), str(value, "name")};
        }
    }
    if (const auto recent = doc.find("recent"); recent != doc.end() && recent->is_array()) {
        for (auto it = recent->rbegin(); it != recent->rend(); ++it) {  // oldest first, so addRecent keeps the order
            const std::string kindName = it->is_object() ? str(*it, "kind") : std::string();
            const std::string path = it->is_object() ? str(*it, "path") : std::string();
            const RecentKind kind = enumFromName<RecentKind>(kindName).value_or(RecentKind::None);
            if (kind == RecentKind::None || path.empty()) {
                warnings.emplace_back("a recent file entry without a known kind and a path; skipped");
                continue;
            }
            addRecent(memory.recent, kind, path);
        }
    }
    return memory;
}

fs::path startFolder(const FileMemory& memory, FileUse use, const fs::path& cwd, const fs::path& home) {
    const std::string& remembered = memory.of(use).folder;
    if (!remembered.empty() && isFolder(remembered)) return remembered;
    if (!cwd.empty() && isFolder(cwd)) return cwd;
    return home;
}

std::string fileNameFromTitle(std::string_view title) {
    std::string out;
    for (const char ch : title) {
        const auto c = static_cast<unsigned char>(ch);
        const bool keep = c >= 0x80 || std::isalnum(c) || c == '_' || c == '.' || c == '(' || c == ')';
        if (keep) out += keep && c < 0x80 ? static_cast<char>(std::tolower(c)) : ch;
        else if (!out.empty() && out.back() != '-') out += '-';
    }
    while (!out.empty() && (out.back() == '-' || out.back() == '.')) out.pop_back();
    while (!out.empty() && (out.front() == '.' || out.front() == '-')) out.erase(out.begin());
    if (out.size() > 60) {
        std::size_t cut = 60;
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
        out.resize(cut);
        while (!out.empty() && out.back() == '-') out.pop_back();
    }
    return out;
}

std::string defaultFileName(FileUse use, const FileMemory& memory, const DefaultNameInput& in) {
    switch (use) {
        case FileUse::ExportPng:
            if (in.time.year) return "map-" + std::to_string(*in.time.year) + ".png";
            if (in.time.range)
                return "map-" + std::to_string(in.time.range->first) + "-" + std::to_string(in.time.range->second) + ".png";
            return "map.png";
        case FileUse::SaveView:
            if (!in.viewFile.empty()) return fs::path(in.viewFile).filename().string();
            if (!memory.of(use).name.empty()) return memory.of(use).name;
            return "view.json";
        case FileUse::SaveDeck: {
            if (!in.deckFile.empty()) return fs::path(in.deckFile).filename().string();
            const std::string fromTitle = fileNameFromTitle(in.deckTitle);
            return fromTitle.empty() ? "deck.json" : fromTitle + ".json";
        }
        case FileUse::ExportHandout: {
            std::string stem = in.deckFile.empty() ? fileNameFromTitle(in.deckTitle) : fs::path(in.deckFile).stem().string();
            return (stem.empty() ? std::string("deck") : stem) + "-handout.pdf";
        }
        default: return memory.of(use).name;
    }
}

bool extensionFits(FileUse use, const fs::path& path) {
    const std::string ext = lower(path.extension().string());
    const FileUseInfo& info = fileUseInfo(use);
    if (info.saves) return ext == info.extension;
    for (const FileType& t : info.types) {
        if (t.extensions.empty()) return true;
        if (std::find(t.extensions.begin(), t.extensions.end(), ext) != t.extensions.end()) return true;
    }
    return false;
}

fs::path withUseExtension(FileUse use, const fs::path& path) {
    fs::path p = path;
    const std::string_view ext = fileUseInfo(use).extension;
    if (!ext.empty()) p.replace_extension(std::string(ext));
    return p;
}

fs::path resolveTyped(const fs::path& folder, std::string_view typed, const fs::path& home) {
    if (typed == "~") return home;
    if (typed.starts_with("~/")) return home / fs::path(typed.substr(2));
    const fs::path p{typed};
    return p.is_absolute() ? p : folder / p;
}

ChoiceCheck checkChoice(FileUse use, const fs::path& path) {
    const FileUseInfo& info = fileUseInfo(use);
    ChoiceCheck c;
    c.path = path;
    const std::string name = path.filename().string();
    const auto fail = [&](ChoiceVerdict v, std::string message) {
        c.verdict = v;
        c.message = std::move(message);
        return c;
    };
    if (path.empty()) return fail(ChoiceVerdict::NoName, "Type a file name or choose a file.");
    if (info.folders) {  // a workspace: an existing folder, or for New a folder to create in an existing one
        if (isFolder(path)) return c;
        if (pathExists(path)) return fail(ChoiceVerdict::Missing, name + " is a file, not a folder.");
        if (use == FileUse::NewWorkspace && isFolder(path.parent_path())) return c;
        return fail(ChoiceVerdict::Missing, path.string() + " does not exist.");
    }
    if (isFolder(path)) return fail(ChoiceVerdict::IsFolder, path.string() + " is a folder.");
    if (name.empty() || name == "." || name == "..") return fail(ChoiceVerdict::NoName, "Type a file name.");
    if (!info.saves) {
        if (!pathExists(path)) return fail(ChoiceVerdict::Missing, name + " does not exist in " + path.parent_path().string() + ".");
        return c;
    }
    if (!isFolder(path.parent_path()))
        return fail(ChoiceVerdict::Missing, "The folder " + path.parent_path().string() + " does not exist.");
    if (!extensionFits(use, path)) {
        c.suggested = withUseExtension(use, path);
        const std::string ext = path.extension().string();
        const std::string suggested = c.suggested.filename().string();
        return fail(ChoiceVerdict::WrongType,
                    (ext.empty() ? name + " has no extension" : name + " is not a " + std::string(info.typeName)) +
                        "; this writes a " + std::string(info.typeName) + ". Save as " + suggested + " instead?");
    }
    if (pathExists(path))
        return fail(ChoiceVerdict::AskReplace,
                    name + " already exists in " + path.parent_path().string() + ". Replace it?");
    return c;
}

std::optional<std::string> writeRefusal(FileUse use, const fs::path& path, bool overwriteConfirmed) {
    const FileUseInfo& info = fileUseInfo(use);
    if (path.empty()) return "no file name was given; nothing was written";
    if (isFolder(path)) return "is a folder; nothing was written";
    if (!extensionFits(use, path))
        return "does not end in " + std::string(info.extension) + " and this writes a " + std::string(info.typeName) +
               "; nothing was written (a save never changes a file's type)";
    if (pathExists(path) && !overwriteConfirmed)
        return "already exists and replacing it was not confirmed; nothing was written";
    return std::nullopt;
}

}  // namespace atlas::core
