// Workspace folders: layout, creating and opening them, the manifest edits and file moves of the Documents panel.
#include "core/workspace/workspace.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <functional>
#include <set>
#include <system_error>

#include <nlohmann/json.hpp>

#include "core/atomic_file.hpp"

namespace atlas::core {
namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

nlohmann::json orNull(const std::optional<std::string>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); }

std::optional<nlohmann::json> parseManifestRoot(std::string_view text, std::string& error) {
    nlohmann::json root = nlohmann::json::parse(text, nullptr, false);
    if (root.is_discarded() || !root.is_object()) {
        error = "not a JSON object";
        return std::nullopt;
    }
    if (!root.contains("documents")) root["documents"] = nlohmann::json::array();
    if (!root["documents"].is_array()) {
        error = "\"documents\" is not an array";
        return std::nullopt;
    }
    return root;
}

std::optional<std::string> writeManifestText(const WorkspaceLayout& ws,
                                             const std::function<std::optional<std::string>(std::string_view,
                                                                                            std::string&)>& edit) {
    const auto text = readWholeFile(ws.manifest());
    if (!text) return ws.manifest().string() + ": cannot read the manifest";
    std::string error;
    const auto updated = edit(*text, error);
    if (!updated) return ws.manifest().string() + ": " + error + "; nothing was changed";
    return writeFileAtomically(ws.manifest(), *updated);
}

}  // namespace

const std::vector<std::string_view>& workspaceDocumentExtensions() {
    static const std::vector<std::string_view> kExtensions{".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".odt"};
    return kExtensions;
}

bool isWorkspaceDocumentName(const std::filesystem::path& path) {
    const std::string ext = lower(path.extension().string());
    const auto& all = workspaceDocumentExtensions();
    return std::find(all.begin(), all.end(), ext) != all.end();
}

std::string emptyManifestJson() { return "{\n  \"version\": 1,\n  \"documents\": []\n}\n"; }

bool isWorkspace(const std::filesystem::path& root) {
    std::error_code ec;
    const WorkspaceLayout ws{root};
    return std::filesystem::is_directory(ws.documents(), ec) && std::filesystem::is_regular_file(ws.manifest(), ec);
}

bool folderWritable(const std::filesystem::path& folder) {
    const auto probe = folder / ".atlas-write-probe";
    {
        std::ofstream out(probe, std::ios::binary | std::ios::trunc);
        if (!out) return false;
        out << "probe";
        out.flush();
        if (!out) return false;
    }
    std::error_code ec;
    std::filesystem::remove(probe, ec);
    return true;
}

std::optional<std::string> createWorkspace(const std::filesystem::path& root, bool allowNonEmpty) {
    std::error_code ec;
    if (isWorkspace(root)) return std::nullopt;
    if (std::filesystem::exists(root, ec)) {
        if (!std::filesystem::is_directory(root, ec)) return root.string() + ": not a folder; no workspace was created";
        if (!allowNonEmpty && !std::filesystem::is_empty(root, ec))
            return root.string() + ": the folder is not empty and is not a workspace; choose an empty folder";
    }
    const WorkspaceLayout ws{root};
    for (const auto& dir : {ws.documents(), ws.decks(), ws.views()}) {
        std::filesystem::create_directories(dir, ec);
        if (ec) return dir.string() + ": cannot create the folder: " + ec.message();
    }
    if (!std::filesystem::exists(ws.manifest(), ec))
        if (auto e = writeFileAtomically(ws.manifest(), emptyManifestJson())) return e;
    return std::nullopt;
}

std::optional<WorkspaceOpen> openWorkspace(const std::filesystem::path& root, std::string& error) {
    std::error_code ec;
    if (!std::filesystem::exists(root, ec)) {
        error = root.string() + ": no such folder";
        return std::nullopt;
    }
    if (!std::filesystem::is_directory(root, ec)) {
        error = root.string() + ": not a folder";
        return std::nullopt;
    }
    if (!isWorkspace(root)) {
        error = root.string() + ": not a workspace (it needs a documents/ folder and a manifest.json)";
        return std::nullopt;
    }
    WorkspaceOpen out;
    out.layout = WorkspaceLayout{std::filesystem::absolute(root, ec).lexically_normal()};
    if (ec) out.layout.root = root;
    const auto& ws = out.layout;
    if (const auto text = readWholeFile(ws.manifest()); !text) {
        out.problems.push_back(ws.manifest().string() + ": cannot read the manifest");
    } else if (std::string e; !parseManifestRoot(*text, e)) {
        out.problems.push_back(ws.manifest().string() + ": " + e + "; the documents keep their file names as titles");
    }
    // decks/ and views/ are made when something is first saved there: a workspace without them is not a problem.
    if (!folderWritable(ws.root) || !folderWritable(ws.documents())) {
        out.readOnly = true;
        out.problems.push_back(ws.root.string() +
                               ": the folder cannot be written (read-only disk or no permission); the workspace "
                               "is open read-only, nothing will be saved there");
    }
    return out;
}

std::optional<std::string> manifestWithEntry(std::string_view manifestText, const DocumentMeta& meta,
                                             std::string& error) {
    auto root = parseManifestRoot(manifestText, error);
    if (!root) return std::nullopt;
    auto& docs = (*root)["documents"];
    nlohmann::json* entry = nullptr;
    for (auto& d : docs)
        if (d.is_object() && d.value("file", "") == meta.file) entry = &d;
    if (!entry) {
        docs.push_back(nlohmann::json::object());
        entry = &docs.back();
    }
    (*entry)["file"] = meta.file;
    (*entry)["title"] = orNull(meta.title);
    (*entry)["author"] = orNull(meta.author);
    (*entry)["outlet"] = orNull(meta.outlet);
    (*entry)["date"] = orNull(meta.date);
    (*entry)["language"] = meta.language.empty() ? nlohmann::json(nullptr) : nlohmann::json(meta.language);
    (*entry)["url"] = orNull(meta.url);
    (*entry)["note"] = orNull(meta.note);
    return root->dump(2) + "\n";
}

std::optional<std::string> manifestWithoutEntry(std::string_view manifestText, const std::string& file,
                                                std::string& error) {
    auto root = parseManifestRoot(manifestText, error);
    if (!root) return std::nullopt;
    auto& docs = (*root)["documents"];
    for (auto it = docs.begin(); it != docs.end();) {
        if (it->is_object() && it->value("file", "") == file)
            it = docs.erase(it);
        else
            ++it;
    }
    return root->dump(2) + "\n";
}

std::optional<std::string> writeDocumentMeta(const WorkspaceLayout& ws, const DocumentMeta& meta) {
    return writeManifestText(ws, [&](std::string_view text, std::string& error) {
        return manifestWithEntry(text, meta, error);
    });
}

std::vector<AddPlan> planAddDocuments(const WorkspaceLayout& ws, const std::vector<std::filesystem::path>& files) {
    std::vector<AddPlan> plans;
    std::error_code ec;
    for (const auto& file : files) {
        AddPlan plan{file, ws.documents() / file.filename(), false, ""};
        if (!isWorkspaceDocumentName(file))
            plan.refusal = file.string() + ": not a document type the atlas takes (.txt .md .html .htm .pdf .docx .odt)";
        else if (!std::filesystem::is_regular_file(file, ec))
            plan.refusal = file.string() + ": not a readable file";
        else
            plan.replaces = std::filesystem::exists(plan.target, ec);
        plans.push_back(std::move(plan));
    }
    return plans;
}

std::optional<std::string> addDocument(const AddPlan& plan, bool overwrite) {
    if (!plan.refusal.empty()) return plan.refusal;
    std::error_code ec;
    if (std::filesystem::exists(plan.target, ec) && !overwrite)
        return plan.target.string() + ": already exists and replacing it was not confirmed; nothing was copied";
    const auto bytes = readWholeFile(plan.source);
    if (!bytes) return plan.source.string() + ": cannot read the file; nothing was copied";
    return writeFileAtomically(plan.target, *bytes);
}

std::optional<std::string> removeDocument(const WorkspaceLayout& ws, const std::string& file,
                                          std::optional<DocumentMeta>& removedMeta) {
    std::error_code ec;
    const auto source = ws.documents() / file;
    if (!std::filesystem::is_regular_file(source, ec)) return source.string() + ": no such document";
    if (const auto text = readWholeFile(ws.manifest())) {
        for (auto& m : parseManifest(*text, "manifest.json").entries)
            if (m.file == file) removedMeta = std::move(m);
    }
    std::filesystem::create_directories(ws.removed(), ec);
    if (ec) return ws.removed().string() + ": cannot create the folder: " + ec.message();
    std::filesystem::rename(source, ws.removed() / file, ec);
    if (ec) return source.string() + ": cannot move it to documents/.removed: " + ec.message();
    if (!removedMeta) return std::nullopt;
    return writeManifestText(ws, [&](std::string_view text, std::string& error) {
        return manifestWithoutEntry(text, file, error);
    });
}

std::optional<std::string> restoreDocument(const WorkspaceLayout& ws, const std::string& file,
                                           const std::optional<DocumentMeta>& meta) {
    std::error_code ec;
    const auto target = ws.documents() / file;
    if (std::filesystem::exists(target, ec))
        return target.string() + ": a document of that name is back already; the removed copy stays in .removed";
    std::filesystem::rename(ws.removed() / file, target, ec);
    if (ec) return (ws.removed() / file).string() + ": cannot move it back: " + ec.message();
    if (meta) return writeDocumentMeta(ws, *meta);
    return std::nullopt;
}

CorpusLoad loadWorkspaceDocuments(const WorkspaceLayout& ws, const DocumentReaders& readers,
                                  IndexProgress* progress) {
    CorpusLoad load = loadCorpusDirectory(ws.documents(), readers, progress);
    std::set<std::string> names;
    for (const auto& d : load.documents) names.insert(d.meta.file);
    std::vector<CorpusWarning> warnings;
    for (auto& w : load.warnings) {
        // documents/ has no manifest of its own (the workspace's is one folder up), and unlisted files are normal.
        if (w.file == "manifest.json" || w.message.rfind("no manifest entry", 0) == 0) continue;
        warnings.push_back({"documents/" + w.file, std::move(w.message)});
    }
    load.warnings = std::move(warnings);
    if (const auto text = readWholeFile(ws.manifest())) {
        auto parsed = parseManifest(*text, ws.manifest().string());
        load.warnings.insert(load.warnings.end(), parsed.warnings.begin(), parsed.warnings.end());
        for (auto& m : parsed.entries) {
            auto it = std::find_if(load.documents.begin(), load.documents.end(),
                                   [&](const Document& d) { return d.meta.file == m.file; });
            if (it == load.documents.end()) continue;  // an entry whose file was removed by hand: harmless
            if (m.language.empty()) m.language = it->meta.language;
            it->meta = std::move(m);
        }
    }
    return load;
}

CorpusLoad mergeCorpora(CorpusLoad bundled, CorpusLoad workspace, std::vector<std::string>& userFiles) {
    std::set<std::string> stems;
    for (const auto& d : bundled.documents) stems.insert(d.stem);
    CorpusLoad out = std::move(bundled);
    out.warnings.insert(out.warnings.end(), workspace.warnings.begin(), workspace.warnings.end());
    for (auto& d : workspace.documents) {
        if (!stems.insert(d.stem).second) {
            out.warnings.push_back({"documents/" + d.meta.file,
                                    "has the same name as a bundled or another document (" + d.stem +
                                        "); left out, rename it"});
            continue;
        }
        userFiles.push_back(d.meta.file);
        out.documents.push_back(std::move(d));
    }
    return out;
}

}  // namespace atlas::core
