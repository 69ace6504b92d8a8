// Checks docs/robustness.md against the real program. Each table row is
//   | N | bad input | `fixture` ... | `command` | exit | `fragment` ... |
// The command runs from the source folder (`caucasus-atlas ...` is the CLI; `deck FILE` and `view-state FILE` go
// through atlas_robustness_probe, i.e. the loaders the window calls); it must exit with the documented status and
// its stdout+stderr must contain every fragment. `$WORK` in a command is a scratch folder for the row; leading
// NAME=VALUE words set the command's environment.
//   atlas_robustness_table DOC SOURCE_DIR WORK_DIR CLI PROBE --row N      check one row
//   atlas_robustness_table DOC SOURCE_DIR WORK_DIR CLI PROBE --fixtures   every bad-input fixture is in the table
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

extern char** environ;

namespace fs = std::filesystem;

namespace {

struct Row {
    int number = 0;
    std::string badInput;
    std::vector<std::string> fixtures;
    std::string command;
    int exitCode = -1;
    std::vector<std::string> fragments;
};

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t");
    const auto e = s.find_last_not_of(" \t\r");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

std::vector<std::string> backticked(const std::string& cell) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while ((pos = cell.find('`', pos)) != std::string::npos) {
        const std::size_t end = cell.find('`', pos + 1);
        if (end == std::string::npos) break;
        out.push_back(cell.substr(pos + 1, end - pos - 1));
        pos = end + 1;
    }
    return out;
}

std::vector<Row> parseTable(const fs::path& doc, std::string& error) {
    std::ifstream in(doc);
    if (!in) {
        error = doc.string() + ": cannot read";
        return {};
    }
    std::vector<Row> rows;
    int lineNo = 0;
    for (std::string line; std::getline(in, line);) {
        ++lineNo;
        if (!line.starts_with("| ")) continue;
        std::vector<std::string> cells;
        std::stringstream ss(line.substr(1));
        for (std::string cell; std::getline(ss, cell, '|');) cells.push_back(trim(cell));
        if (cells.empty() || cells[0].empty() || cells[0].find_first_not_of("0123456789") != std::string::npos) continue;
        const std::string where = doc.filename().string() + ":" + std::to_string(lineNo) + ": ";
        if (cells.size() != 6) {
            error = where + "a row needs 6 cells, has " + std::to_string(cells.size());
            return {};
        }
        Row r;
        r.number = std::atoi(cells[0].c_str());
        r.badInput = cells[1];
        r.fixtures = backticked(cells[2]);
        const auto command = backticked(cells[3]);
        r.exitCode = cells[4].find_first_not_of("0123456789") == std::string::npos && !cells[4].empty()
                         ? std::atoi(cells[4].c_str()) : -1;
        r.fragments = backticked(cells[5]);
        const bool noFixture = cells[2] == "\u2014";  // an em dash: the command line itself is the bad input
        if ((r.fixtures.empty() && !noFixture) || command.size() != 1 || r.exitCode < 0 || r.fragments.empty()) {
            error = where + "row " + cells[0] + " needs `fixture`s, one `command`, an exit status and `fragment`s";
            return {};
        }
        r.command = command[0];
        rows.push_back(std::move(r));
    }
    if (rows.empty()) error = doc.string() + ": no table rows found";
    return rows;
}

std::vector<std::string> splitWords(const std::string& s) {
    std::vector<std::string> out;
    std::stringstream ss(s);
    for (std::string w; ss >> w;) out.push_back(w);
    return out;
}

/// NAME=VALUE with NAME of capitals, digits and underscores (ATLAS_MSAA_BUDGET_MB=0).
bool isEnvironmentSetting(const std::string& word) {
    const std::size_t eq = word.find('=');
    if (eq == 0 || eq == std::string::npos) return false;
    for (std::size_t i = 0; i < eq; ++i)
        if (!(std::isupper(static_cast<unsigned char>(word[i])) || std::isdigit(static_cast<unsigned char>(word[i])) ||
              word[i] == '_'))
            return false;
    return true;
}

std::string replaceAll(std::string s, const std::string& from, const std::string& to) {
    for (std::size_t p = 0; (p = s.find(from, p)) != std::string::npos; p += to.size()) s.replace(p, from.size(), to);
    return s;
}

/// Generated fixtures (too big to keep in the repository), created under the row's scratch folder.
bool generate(const std::string& name, const fs::path& work, std::string& error) {
    if (name == "generated: long_line_corpus") {  // one 16 MiB line without a newline
        fs::create_directories(work / "long_line_corpus");
        std::ofstream out(work / "long_line_corpus" / "long_line.txt", std::ios::binary);
        const std::string chunk = "the convoy moved slowly along the mountain road and came back again at dusk, ";
        for (std::size_t written = 0; written < (16u << 20); written += chunk.size()) out << chunk;
        out << "ending near Stepanakert";
        return static_cast<bool>(out);
    }
    if (name == "generated: many_files_corpus") {  // 10,000 tiny documents, no manifest
        fs::create_directories(work / "many_files_corpus");
        for (int i = 0; i < 10000; ++i) {
            std::ofstream out(work / "many_files_corpus" / ("note" + std::to_string(10000 + i) + ".txt"));
            out << "A note from Yerevan.\n";
            if (!out) return false;
        }
        return true;
    }
    if (name == "generated: dense_corpus") {  // 2 MiB of place names on one line (scripts/dense_corpus.sh's text)
        fs::create_directories(work / "dense_corpus");
        std::ofstream out(work / "dense_corpus" / "dense.txt", std::ios::binary);
        const std::string sentence = "Stepanakert, Shusha, Yerevan and Baku, Tbilisi, Gyumri, Ganja; ";
        for (std::size_t written = 0; written + sentence.size() <= (2u << 20); written += sentence.size()) out << sentence;
        return static_cast<bool>(out);
    }
    error = "unknown generated fixture '" + name + "'";
    return false;
}

int run(const std::vector<std::string>& args, const fs::path& outFile, std::string& output) {
    std::vector<std::string> argsCopy = args;
    std::vector<char*> argv;
    for (auto& a : argsCopy) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, outFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_APPEND, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    pid_t pid = 0;
    const int err = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (err != 0) {
        output = "cannot start " + args[0];
        return -1;
    }
    int status = 0;
    if (waitpid(pid, &status, 0) != pid) return -1;
    std::ifstream in(outFile, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    output = ss.str();
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int checkRow(const Row& r, const fs::path& work, const std::string& cli, const std::string& probe) {
    std::cout << "row " << r.number << ": " << r.badInput << "\n";
    std::error_code ec;
    fs::remove_all(work, ec);
    fs::create_directories(work);
    for (const std::string& f : r.fixtures) {
        std::string error;
        if (f.starts_with("generated: ")) {
            if (!generate(f, work, error)) {
                std::cout << "FAIL: " << error << "\n";
                return 1;
            }
        } else if (f.starts_with("/nonexistent")) {
            if (fs::exists(f)) {
                std::cout << "FAIL: fixture " << f << " should not exist\n";
                return 1;
            }
        } else if (!fs::exists(f)) {
            std::cout << "FAIL: fixture " << f << " does not exist\n";
            return 1;
        }
    }
    std::vector<std::string> args = splitWords(replaceAll(r.command, "$WORK", work.string()));
    // Leading NAME=VALUE words set the environment of the command (as in a shell).
    while (!args.empty() && isEnvironmentSetting(args[0])) {
        const std::size_t eq = args[0].find('=');
        setenv(args[0].substr(0, eq).c_str(), args[0].substr(eq + 1).c_str(), 1);
        args.erase(args.begin());
    }
    if (args.empty()) return 1;
    if (args[0] == "caucasus-atlas") args[0] = cli;
    else if (args[0] == "deck" || args[0] == "view-state") args.insert(args.begin(), probe);
    else {
        std::cout << "FAIL: command must start with caucasus-atlas, deck or view-state: " << r.command << "\n";
        return 1;
    }
    // The index cache and any other per-user state go to the scratch folder.
    setenv("ATLAS_CACHE_DIR", (work / "cache").c_str(), 1);
    std::string output;
    const int rc = run(args, work / "output.txt", output);
    int failures = 0;
    if (rc != r.exitCode) {
        std::cout << "FAIL: exit status " << rc << ", documented " << r.exitCode << "\n";
        ++failures;
    }
    for (const std::string& frag : r.fragments)
        if (output.find(replaceAll(frag, "$WORK", work.string())) == std::string::npos) {
            std::cout << "FAIL: output lacks `" << frag << "`\n";
            ++failures;
        }
    std::cout << "$ " << r.command << "\n" << output << (output.ends_with("\n") || output.empty() ? "" : "\n");
    std::cout << (failures == 0 ? "ok" : "FAILED") << "\n";
    return failures == 0 ? 0 : 1;
}

/// Every file in the bad-input fixture folders must be named in a row (itself or its folder).
int checkFixtures(const std::vector<Row>& rows) {
    std::set<std::string> named;
    for (const Row& r : rows) named.insert(r.fixtures.begin(), r.fixtures.end());
    const char* const folders[] = {"tests/data/deck", "tests/data/view_state", "tests/data/corpus/messy",
                                   "tests/data/geodata_corrupt", "tests/data/geodata_broken_basemap",
                                   "tests/data/geodata_broken_events", "tests/data/geodata_broken_gazetteer",
                                   "tests/robustness/data"};
    int missing = 0, seen = 0;
    for (const char* folder : folders) {
        if (!fs::is_directory(folder)) {
            std::cout << "FAIL: fixture folder " << folder << " is gone\n";
            ++missing;
            continue;
        }
        for (const auto& e : fs::recursive_directory_iterator(folder)) {
            if (!e.is_regular_file()) continue;
            ++seen;
            const fs::path p = e.path().lexically_normal();
            if (named.count(p.string()) || named.count(p.parent_path().string())) continue;
            std::cout << "FAIL: " << p.string() << " is not in any row of docs/robustness.md\n";
            ++missing;
        }
    }
    std::cout << seen << " fixture files, " << missing << " missing from the table\n";
    return missing == 0 && seen > 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 7) {
        std::cerr << "usage: atlas_robustness_table DOC SOURCE_DIR WORK_DIR CLI PROBE --row N | --fixtures\n";
        return 2;
    }
    const fs::path doc = argv[1];
    const fs::path work = fs::absolute(argv[3]);
    const std::string cli = fs::absolute(argv[4]).string();
    const std::string probe = fs::absolute(argv[5]).string();
    const std::string mode = argv[6];
    std::error_code ec;
    fs::current_path(argv[2], ec);
    if (ec) {
        std::cerr << argv[2] << ": " << ec.message() << "\n";
        return 1;
    }
    std::string error;
    const std::vector<Row> rows = parseTable(doc, error);
    if (!error.empty()) {
        std::cout << "FAIL: " << error << "\n";
        return 1;
    }
    if (mode == "--fixtures") return checkFixtures(rows);
    if (mode == "--row" && argc > 7) {
        const int n = std::atoi(argv[7]);
        for (const Row& r : rows)
            if (r.number == n) return checkRow(r, work / ("row-" + std::to_string(n)), cli, probe);
        std::cout << "FAIL: no row " << n << " in " << doc.string() << "\n";
        return 1;
    }
    std::cerr << "unknown mode " << mode << "\n";
    return 2;
}
