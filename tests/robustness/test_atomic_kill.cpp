// Atomic writes survive SIGKILL: atlas_atomic_writer rewrites a multi-megabyte file through
// core::writeFileAtomically in a loop; the test kills it at a seeded point while a temporary file is being
// written (or is complete but not yet renamed) and checks that the target is always a complete generation,
// never older than before, and that nothing but hidden temporary files is left beside it.
#include <catch2/catch.hpp>

#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "atomic_payload.hpp"
#include "core/atomic_file.hpp"

extern char** environ;

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kPayloadSize = 6u << 20;  // 6 MiB: several write() calls' worth of pages

struct TempDir {
    fs::path path;
    TempDir() {
        path = fs::temp_directory_path() / ("atlas-atomic-kill-" + std::to_string(::getpid()));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

bool isTemp(const std::string& name, const std::string& target) {
    return name.starts_with("." + target + ".") && atlas::core::isAtomicTemporaryName(name);
}

/// The temporary file being written next to `target`, with its size; nullopt when there is none.
std::optional<std::uintmax_t> tempSize(const fs::path& dir, const std::string& target) {
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        if (!isTemp(e.path().filename().string(), target)) continue;
        const auto size = fs::file_size(e.path(), ec);
        if (!ec) return size;
    }
    return std::nullopt;
}

pid_t spawnWriter(const fs::path& target, unsigned first, bool backup) {
    std::vector<std::string> args = {ATLAS_ATOMIC_WRITER, target.string(), std::to_string(first),
                                     std::to_string(kPayloadSize)};
    if (backup) args.emplace_back("backup");
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    REQUIRE(::posix_spawn(&pid, ATLAS_ATOMIC_WRITER, nullptr, nullptr, argv.data(), environ) == 0);
    return pid;
}

}  // namespace

TEST_CASE("atomic writes: a writer killed mid-write leaves the previous or the new file, complete", "[atomic][kill]") {
    TempDir dir;
    const std::string name = "deck.json";
    const fs::path target = dir.path / name;
    REQUIRE_FALSE(atlas::core::writeFileAtomically(target, atlas::test::makePayload(0, kPayloadSize)));

    std::mt19937 rng(20240607u);  // seeded: the same kill points every run
    unsigned last = 0;
    int killedWithTempPresent = 0;
    for (int round = 0; round < 20; ++round) {
        CAPTURE(round);
        fs::create_directories(dir.path / ("leftovers-" + std::to_string(round)));
        const bool backup = round % 2 == 1;
        // Kill on the n-th sighting of a temporary file next to the target (it exists from its creation until the
        // rename, so the writer is then mid-write or about to rename), after a seeded number of yields that spreads
        // the kill points across the write. A file system may show the size only when a write() returns, so the
        // sighting, not the size, decides.
        const int sightings = std::uniform_int_distribution<int>(1, 3)(rng);
        const int spins = std::uniform_int_distribution<int>(0, 200)(rng);
        const pid_t pid = spawnWriter(target, last + 1, backup);
        int status = 0;
        bool exited = false;
        auto writerExited = [&] { return exited || (exited = ::waitpid(pid, &status, WNOHANG) == pid); };
        for (int seen = 0; seen < sightings && !writerExited();) {
            if (tempSize(dir.path, name)) {
                if (++seen == sightings) {
                    for (int i = 0; i < spins; ++i) ::sched_yield();
                    // Under load the yields may outlast this write; the writer loops forever, so wait for its next
                    // temporary file and kill then: the kill lands mid-write however busy the machine is.
                    while (!tempSize(dir.path, name) && !writerExited()) ::sched_yield();
                    break;
                }
                while (tempSize(dir.path, name) && !writerExited()) ::sched_yield();  // until this one is renamed
            }
            ::sched_yield();
        }
        if (!exited) {
            REQUIRE(::kill(pid, SIGKILL) == 0);
            REQUIRE(::waitpid(pid, &status, 0) == pid);
        }
        INFO("writer status " << status);
        REQUIRE(WIFSIGNALED(status));
        REQUIRE(WTERMSIG(status) == SIGKILL);

        const auto content = atlas::core::readWholeFile(target);
        REQUIRE(content);
        const auto gen = atlas::test::verifyPayload(*content);
        REQUIRE(gen);          // complete: header, body and checksum agree
        CHECK(*gen >= last);   // the previous file or a newer complete one, never older
        if (backup && fs::exists(atlas::core::backupPathFor(target))) {
            const auto bak = atlas::core::readWholeFile(atlas::core::backupPathFor(target));
            REQUIRE(bak);
            const auto bakGen = atlas::test::verifyPayload(*bak);
            REQUIRE(bakGen);
            CHECK(*bakGen <= *gen);  // equal when killed after the backup copy, before the rename
        }
        // Only the target, its backup and hidden temporary files: nothing else under the target's name.
        for (const auto& e : fs::directory_iterator(dir.path)) {
            const std::string f = e.path().filename().string();
            CAPTURE(f);
            if (f == name || f == name + ".bak" || f.starts_with("leftovers-")) continue;
            CHECK(isTemp(f, name));
            if (f.starts_with("." + name + ".atlas-tmp-")) ++killedWithTempPresent;
            // A killed writer cannot clean up; the next writer process would (checked below), but this loop's
            // sightings must not mistake a leftover for the next writer's temporary file.
            fs::rename(e.path(), dir.path / ("leftovers-" + std::to_string(round)) / f);
        }
        last = *gen;
    }
    // The kills did land mid-write: a round's writer leaves its temporary file unless it renamed it between the
    // sighting and the kill.
    CHECK(killedWithTempPresent >= 10);

    // The killed writers' temporaries go back beside the target; the next writer process removes them when it
    // first writes there (they are older than it, and their writers are gone).
    std::size_t leftovers = 0;
    for (int round = 0; round < 20; ++round)
        for (const auto& e : fs::directory_iterator(dir.path / ("leftovers-" + std::to_string(round)))) {
            fs::rename(e.path(), dir.path / e.path().filename());
            ++leftovers;
        }
    REQUIRE(leftovers >= 10);
    const pid_t pid = spawnWriter(target, last + 1, false);
    for (int tries = 0; tries < 100000; ++tries) {  // until its first file is in place (then it has cleaned)
        const auto now = atlas::core::readWholeFile(target);
        const auto gen = now ? atlas::test::verifyPayload(*now) : std::nullopt;
        if (gen && *gen > last) break;
        ::usleep(100);
    }
    REQUIRE(::kill(pid, SIGKILL) == 0);
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    std::size_t remaining = 0;
    for (const auto& e : fs::directory_iterator(dir.path)) {
        const std::string f = e.path().filename().string();
        if (!isTemp(f, name)) continue;
        CAPTURE(f);
        CHECK(f.find("-" + std::to_string(pid) + "-") != std::string::npos);  // only the last writer's own
        ++remaining;
    }
    CHECK(remaining <= 1);
}

TEST_CASE("atomic writes: the payload check rejects truncated and mixed files", "[atomic]") {
    const std::string a = atlas::test::makePayload(3, 4096);
    const std::string b = atlas::test::makePayload(4, 4096);
    CHECK_FALSE(atlas::test::verifyPayload(a.substr(0, 20) + b.substr(20)));  // header of one, footer of the other
    CHECK(atlas::test::verifyPayload(a) == std::optional<unsigned>(3));
    CHECK_FALSE(atlas::test::verifyPayload(a.substr(0, a.size() - 1)));
    CHECK_FALSE(atlas::test::verifyPayload(a.substr(0, 2048)));
    CHECK_FALSE(atlas::test::verifyPayload(a.substr(0, 2048) + b.substr(2048)));
    CHECK_FALSE(atlas::test::verifyPayload(""));
}
