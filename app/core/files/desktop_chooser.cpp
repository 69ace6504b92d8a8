// zenity and kdialog command lines for the file uses.
#include "core/files/desktop_chooser.hpp"

namespace atlas::core {

ChooserTool chooserTool(std::optional<std::string_view> env, bool zenityOnPath, bool kdialogOnPath, bool hasDisplay,
                        std::string& warning) {
    const std::string_view v = env.value_or("");
    if (v == "builtin") return ChooserTool::Builtin;
    if (v == "zenity" || v == "kdialog") {
        const bool onPath = v == "zenity" ? zenityOnPath : kdialogOnPath;
        if (onPath) return v == "zenity" ? ChooserTool::Zenity : ChooserTool::Kdialog;
        warning = "ATLAS_FILE_CHOOSER=" + std::string(v) + ": " + std::string(v) + " is not on PATH; using the in-app chooser";
        return ChooserTool::Builtin;
    }
    if (!v.empty() && v != "auto") {
        warning = "ATLAS_FILE_CHOOSER=" + std::string(v) +
                  " is not one of builtin, zenity, kdialog, auto; using the in-app chooser";
        return ChooserTool::Builtin;
    }
    if (!hasDisplay) return ChooserTool::Builtin;
    if (zenityOnPath) return ChooserTool::Zenity;
    if (kdialogOnPath) return ChooserTool::Kdialog;
    return ChooserTool::Builtin;
}

std::vector<std::string> chooserCommand(ChooserTool tool, FileUse use, const std::filesystem::path& folder,
                                        const std::string& name) {
    const FileUseInfo& info = fileUseInfo(use);
    const std::filesystem::path start = folder / name;  // a trailing separator when name is empty: the folder
    std::vector<std::string> args;
    if (tool == ChooserTool::Zenity) {
        args = {"zenity", "--file-selection", "--title=" + std::string(info.title), "--filename=" + start.string()};
        if (info.saves) {
            args.emplace_back("--save");
            args.emplace_back("--confirm-overwrite");
        }
        for (const FileType& t : info.types) {
            std::string filter = "--file-filter=" + std::string(t.label) + " |";
            if (t.extensions.empty()) filter += " *";
            for (std::string_view e : t.extensions) filter += " *" + std::string(e);
            args.push_back(std::move(filter));
        }
    } else if (tool == ChooserTool::Kdialog) {
        std::string filter;
        for (const FileType& t : info.types) {
            if (!filter.empty()) filter += "\n";
            std::string patterns;
            for (std::string_view e : t.extensions) patterns += (patterns.empty() ? "*" : " *") + std::string(e);
            filter += (patterns.empty() ? "*" : patterns) + "|" + std::string(t.label);
        }
        args = {"kdialog", "--title", std::string(info.title), info.saves ? "--getsavefilename" : "--getopenfilename",
                start.string(), filter};
    }
    return args;
}

bool chooserConfirmsOverwrite(ChooserTool tool) { return tool == ChooserTool::Zenity; }

std::string chooserAnswer(std::string_view output) {
    const auto end = output.find('\n');
    return std::string(output.substr(0, end));
}

}  // namespace atlas::core
