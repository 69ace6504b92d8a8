// A workspace on a read-only disk: `places accept --workspace` and adding a document (and saving metadata) each
// fail with a message naming the file and the reason, and nothing in the workspace is lost or left behind.
// Run as root (CI), the writing side runs in a child process that stays root but drops the capabilities that let
// root ignore file permissions (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER; from the bounding set too, so
// they do not come back at exec): a 0555 folder is then read-only to it as a read-only mount would be, while the
// checkout, which may lie in a folder only root can enter (a CI clone under /root or a 0700 mktemp folder), stays
// readable. Run as anyone else, the 0555 folder stops the user directly.
#include <catch2/catch.hpp>

#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
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

constexpr int kFileCapabilities[] = {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER};

/// Drops root's permission-overriding capabilities from this process (effective, permitted, inheritable) and from
/// its bounding set, so a program it execs does not regain them. False when the system refuses.
bool dropFileCapabilities() {
    for (const int cap : kFileCapabilities)
        if (::prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0) return false;
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2]{};
    if (::syscall(SYS_capget, &header, data) != 0) return false;
    for (const int cap : kFileCapabilities) {
        const auto bit = ~(1u << (cap % 32));
        data[cap / 32].effective &= bit;
        data[cap / 32].permitted &= bit;
        data[cap / 32].inheritable &= bit;
    }
    return ::syscall(SYS_capset, &header, data) == 0;
}

/// Runs `child` in a forked process, without the permission-overriding capabilities when this process is root;
/// its stdout and stderr come back in `output`. Returns its exit status (or 128 + the signal that ended it).
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
        if (::geteuid() == 0 && !dropFileCapabilities()) {
            std::perror("cannot drop CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and CAP_FOWNER");
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

/// A sandbox for the workspace (0755 as the umask makes it), with a cache folder anyone may write (the index cache
/// is not the workspace).
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
    // Writable first (the owner; root without its overrides is the owner here too): one place accepted.
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
