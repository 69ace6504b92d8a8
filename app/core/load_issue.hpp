// A problem met while loading user data: which file, which layer or record, and what is wrong.
#pragma once

#include <string>

namespace atlas::core {

enum class Severity { Warning, Error };

struct LoadIssue {
    Severity severity = Severity::Warning;
    std::string file;
    std::string where;    // layer, feature id or passage; may be empty
    std::string message;

    [[nodiscard]] std::string toString() const {
        std::string s = file;
        if (!where.empty()) s += " [" + where + "]";
        s += ": " + message;
        return s;
    }
};

}  // namespace atlas::core
