// A workspace on a read-only disk: `places accept --workspace` and adding a document (and saving metadata) each
// fail with a message naming the file and the reason, and nothing in the workspace is lost or left behind.
// Run as root (CI), the writing side runs in a child process switched to nobody (65534:65534), for whom a 0555
// folder is read-only as a read-only mount would be; run as anyone else, the 0555 folder stops the user directly.
#include <catch2/catch.hpp>

#include <grp.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "core/atomic_file.hpp"
#include "core/workspace/workspace.hpp"
#include "../core/corpus/corpus_test_util.hpp"

namespace fs = std::filesystem;
using namespace atlas::core;
using atlas::core::test::TempDir;
using atlas::core::test::writeBytes;

namespace {

constexpr uid_t kNobody = 65534;

/// Runs `child` in a forked process, as nobody when this process is root; its stdout and stderr come back in
/// `output`. Returns its exit status (or 128 + the signal that ended it).
int runUnprivileged(const std::function<int()>& child, std::string& output) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    std::cout.flush();
    std::fflush(nullptr);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::close(fds[0]);
        ::dup2(fds[1], 1);
        ::dup2(fds[1], 2);
        if (::geteuid() == 0 && (::setgroups(0, nullptr) != 0 || ::setgid(kNobody) != 0 || ::setuid(kNobody) != 0)) {
            std::perror("cannot become nobody");
            ::_exit(90);
        }
        const int rc = child();
        std::cout.flush();
        std::fflush(nullptr);
        ::_exit(rc);
    }
    ::close(fds[1]);
    char buffer[4096];
    for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) > 0;) output.append(buffer, static_cast<std::size_t>(n));
    ::close(fds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

/// Every file under `root` with its bytes: what must be the same before and after a refused write.
std::vector<std::pair<std::string, std::string>> snapshot(const fs::path& root) {
    std::vector<std::pair<std::string, std::string>> files;
    for (const auto& e : fs::recursive_directory_iterator(root))
        if (e.is_regular_file()) files.emplace_back(e.path().string(), readWholeFile(e.path()).value_or("?"));
    std::sort(files.begin(), files.end());
    return files;
}

void setReadOnly(const fs::path& root, bool readOnly) {
    const auto mode = readOnly ? fs::perms(0555) : fs::perms(0755);
    fs::permissions(root, mode);
    for (const auto& e : fs::recursive_directory_iterator(root))
        if (e.is_directory()) fs::permissions(e.path(), mode);
}

/// A sandbox nobody can enter and read (a TempDir is made with the umask's 0755), with a cache folder anyone
/// may write (the index cache is not the workspace).
struct Sandbox {
    TempDir tmp;
    fs::path ws = tmp.path / "ws";
    fs::path cache = tmp.path / "cache";
    Sandbox() {
        fs::permissions(tmp.path, fs::perms(0755));
        REQUIRE_FALSE(createWorkspace(ws).has_value());
        fs::create_directories(cache);
        fs::permissions(cache, fs::perms::all);
    }
    ~Sandbox() {
        std::error_code ec;
        setReadOnly(ws, false);
    }
};

}  // namespace

TEST_CASE("places accept on a read-only workspace: a clear message, the user gazetteer kept", "[robustness][workspace]") {
    Sandbox box;
    const std::string exe = ATLAS_EXE;
    const std::string corpus = std::string(ATLAS_TEST_DATA_DIR) + "/places/corpus";
    auto places = [&](std::vector<std::string> args) {
        return [exe, corpus, args, ws = box.ws.string(), cache = box.cache.string()]() -> int {
            ::setenv("ATLAS_CACHE_DIR", cache.c_str(), 1);
            std::vector<std::string> all{exe, "places"};
            all.insert(all.end(), args.begin(), args.end());
            for (const std::string& more : {std::string("--workspace"), ws, std::string("--corpus"), corpus})
                all.push_back(more);
            std::vector<char*> argv;
            for (auto& a : all) argv.push_back(a.data());
            argv.push_back(nullptr);
            ::execv(exe.c_str(), argv.data());
            std::perror("execv");
            return 91;
        };
    };
    // Writable first (the owner, or nobody in a folder it owns): one place accepted.
    if (::geteuid() == 0) REQUIRE(::chown(box.ws.c_str(), kNobody, kNobody) == 0);
    std::string output;
    REQUIRE(runUnprivileged(places({"accept", "Gavar"}), output) == 0);
    const fs::path user = box.ws / "gazetteer.user.geojson";
    REQUIRE(fs::exists(user));
    REQUIRE_THAT(*readWholeFile(user), Catch::Contains("GeoNames 616599"));

    setReadOnly(box.ws, true);
    const auto before = snapshot(box.ws);
    output.clear();
    const int rc = runUnprivileged(places({"accept", "Akunk", "--choice", "2"}), output);
    CAPTURE(output);
    CHECK(rc != 0);
    CHECK(rc < 90);  // the command ran and refused; it was not the harness failing
    CHECK_THAT(output, Catch::Contains("error: " + box.ws.string() + ": the workspace cannot be written") &&
                           Catch::Contains("read-only") && Catch::Contains("nothing was changed"));
    CHECK(snapshot(box.ws) == before);  // nothing lost, no temporary left behind
}

TEST_CASE("Adding a document to, or saving metadata in, a read-only workspace: a clear message, nothing lost",
          "[robustness][workspace]") {
    Sandbox box;
    const WorkspaceLayout ws{box.ws};
    writeBytes(ws.documents() / "notes.txt", "Gyumri and Vanadzor.\n");
    DocumentMeta meta;
    meta.file = "notes.txt";
    meta.title = "Notes";
    REQUIRE_FALSE(writeDocumentMeta(ws, meta).has_value());
    const fs::path source = box.tmp.path / "report.txt";
    writeBytes(source, "A report on Gavar.\n");
    fs::permissions(source, fs::perms(0644));
    setReadOnly(box.ws, true);
    const auto before = snapshot(box.ws);

    std::string output;
    const int rc = runUnprivileged(
        [&] {
            const auto plans = planAddDocuments(ws, {source});
            if (plans.size() != 1 || !plans[0].refusal.empty() || plans[0].replaces) return 80;
            auto added = addDocument(plans[0], false);
            if (!added) return 0;
            std::cout << *added << "\n";
            DocumentMeta edited = meta;
            edited.title = "Field notes";
            auto saved = writeDocumentMeta(ws, edited);
            if (!saved) return 0;
            std::cout << *saved << "\n";
            return 1;
        },
        output);
    CAPTURE(output);
    CHECK(rc == 1);
    CHECK_THAT(output, Catch::Contains((ws.documents() / "report.txt").string() + ": cannot") &&
                           Catch::Contains("Permission denied"));
    CHECK_THAT(output, Catch::Contains(ws.manifest().string() + ": cannot"));
    CHECK(snapshot(box.ws) == before);
    CHECK(readWholeFile(source) == std::string("A report on Gavar.\n"));  // the user's file is untouched
}
