// The one atomic writer: mode and symlinks kept, errors in words, stale temporaries of killed writers removed.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/atomic_file.hpp"
#include "core/present/deck.hpp"

namespace fs = std::filesystem;
using namespace atlas;

namespace {

struct TempDir {
    fs::path path;
    TempDir() {
        static int n = 0;
        path = fs::temp_directory_path() / ("atlas-atomic-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

unsigned modeOf(const fs::path& p) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return st.st_mode & 07777;
}

std::size_t entries(const fs::path& dir) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

struct Owner {
    uid_t uid;
    gid_t gid;
    bool operator==(const Owner&) const = default;
};

Owner ownerOf(const fs::path& p) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return {st.st_uid, st.st_gid};
}

/// An owner other than ours to give a file: as root, ids no account on the machine uses; otherwise ourselves
/// with a supplementary group other than our own (an owner may give a file to any group it belongs to), or
/// nullopt when we have none.
std::optional<Owner> anotherOwner() {
    if (::geteuid() == 0) return Owner{54321, 54322};
    std::vector<gid_t> groups(static_cast<std::size_t>(std::max(0, ::getgroups(0, nullptr))));
    groups.resize(static_cast<std::size_t>(std::max(0, ::getgroups(static_cast<int>(groups.size()), groups.data()))));
    for (const gid_t g : groups)
        if (g != ::getegid()) return Owner{::geteuid(), g};
    return std::nullopt;
}

/// The id of a process that has ended.
pid_t deadPid() {
    const pid_t pid = ::fork();
    if (pid == 0) ::_exit(0);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return pid;
}

}  // namespace

TEST_CASE("atomic file: a 0600 file keeps its mode when replaced", "[atomic_file]") {
    TempDir dir;
    const fs::path f = dir.path / "m.json";
    REQUIRE_FALSE(core::writeFileAtomically(f, "old"));
    REQUIRE(::chmod(f.c_str(), 0600) == 0);
    REQUIRE_FALSE(core::writeFileAtomically(f, "new", true));
    CHECK(modeOf(f) == 0600);
    CHECK(modeOf(core::backupPathFor(f)) == 0600);
    CHECK(core::readWholeFile(f) == "new");
    CHECK(entries(dir.path) == 2);  // the file and its backup, no temporary
}

TEST_CASE("atomic file: a cache is replaced the same way without the sync", "[atomic_file]") {
    TempDir dir;
    const fs::path f = dir.path / "index-0.bin";
    REQUIRE_FALSE(core::writeFileAtomically(f, "old", false, core::Durability::Cache));
    REQUIRE(::chmod(f.c_str(), 0600) == 0);
    const std::string big(3u << 20, 'x');
    REQUIRE_FALSE(core::writeFileAtomically(f, big, false, core::Durability::Cache));
    CHECK(core::readWholeFile(f) == big);
    CHECK(modeOf(f) == 0600);
    CHECK(entries(dir.path) == 1);  // no temporary left
    const auto failed = core::writeFileAtomically(dir.path / "missing" / "x.bin", "x", false, core::Durability::Cache);
    REQUIRE(failed);
    CHECK(failed->find("does not exist") != std::string::npos);
}

TEST_CASE("atomic file: bytes made while they are written, a header put over the start last", "[atomic_file]") {
    TempDir dir;
    const fs::path f = dir.path / "index-1.bin";
    REQUIRE_FALSE(core::writeFileAtomically(f, "old", false, core::Durability::Cache));
    const std::string piece(1u << 20, 'p');
    const auto ok = core::writeFileAtomically(
        f,
        [&](const core::AppendBytes& append, const core::OverwriteBytes& overwrite) -> std::optional<std::string> {
            REQUIRE(append("0000"));
            for (int i = 0; i < 3; ++i) REQUIRE(append(piece));
            REQUIRE(overwrite(0, "HEAD"));
            REQUIRE(overwrite(2, "AD!"));
            return std::nullopt;
        },
        false, core::Durability::Cache);
    CHECK_FALSE(ok);
    CHECK(core::readWholeFile(f) == "HEAD!" + std::string(piece.size() - 1, 'p') + piece + piece);
    CHECK(entries(dir.path) == 1);

    SECTION("a producer that gives up leaves the file as it was, says why, and leaves no temporary") {
        const auto given = core::writeFileAtomically(
            f,
            [&](const core::AppendBytes& append, const core::OverwriteBytes&) -> std::optional<std::string> {
                (void)append(piece);
                return std::string("too large");
            },
            false, core::Durability::Cache);
        REQUIRE(given);
        CHECK(*given == f.string() + ": too large");
        CHECK(core::readWholeFile(f)->size() == 3 * piece.size() + 4);
        CHECK(entries(dir.path) == 1);
    }
    SECTION("a write that fails is refused from then on and reported in words; the file stays as it was") {
        // A child with a 1.5 MiB file size limit: the second piece fails with EFBIG.
        const pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{3u << 19, 3u << 19};
            if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) ::_exit(10);
            std::vector<bool> results;
            const auto failed = core::writeFileAtomically(
                dir.path / "limited.bin",
                [&](const core::AppendBytes& append, const core::OverwriteBytes& overwrite) -> std::optional<std::string> {
                    for (int i = 0; i < 3; ++i) results.push_back(append(piece));
                    results.push_back(overwrite(0, "HEAD"));
                    return std::nullopt;
                },
                false, core::Durability::Cache);
            const bool asExpected = results == std::vector<bool>{true, false, false, false} && failed &&
                                    failed->find("cannot write: File too large") != std::string::npos &&
                                    !fs::exists(dir.path / "limited.bin") && entries(dir.path) == 1;
            ::_exit(asExpected ? 0 : 11);
        }
        int status = 0;
        REQUIRE(::waitpid(pid, &status, 0) == pid);
        REQUIRE(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 0);
        CHECK(core::readWholeFile(f)->size() == 3 * piece.size() + 4);
    }
}

TEST_CASE("atomic file: writing through a symlink replaces its target and keeps the link", "[atomic_file]") {
    TempDir dir;
    fs::create_directories(dir.path / "real");
    const fs::path target = dir.path / "real" / "talk.json";
    REQUIRE_FALSE(core::writeFileAtomically(target, "old"));
    fs::create_symlink("real/talk.json", dir.path / "talk.json");  // relative, as `ln -s` makes them
    fs::create_symlink(dir.path / "talk.json", dir.path / "again.json");  // a link to the link
    REQUIRE_FALSE(core::writeFileAtomically(dir.path / "again.json", "new"));
    CHECK(fs::is_symlink(dir.path / "talk.json"));
    CHECK(fs::is_symlink(dir.path / "again.json"));
    CHECK(core::readWholeFile(target) == "new");
    CHECK(entries(dir.path / "real") == 1);
}

TEST_CASE("atomic file: a deck saved through a symlink and a 0600 deck keep link and mode", "[atomic_file][deck]") {
    TempDir dir;
    core::Deck deck;
    deck.title = "Talk";
    const fs::path real = dir.path / "decks" / "talk.json";
    fs::create_directories(real.parent_path());
    REQUIRE_FALSE(core::saveDeckFile(deck, real).error);
    REQUIRE(::chmod(real.c_str(), 0600) == 0);
    fs::create_symlink(real, dir.path / "talk.json");
    deck.title = "Talk, again";
    const auto saved = core::saveDeckFile(deck, dir.path / "talk.json");
    REQUIRE_FALSE(saved.error);
    CHECK(fs::is_symlink(dir.path / "talk.json"));
    CHECK(modeOf(real) == 0600);
    const auto text = core::readWholeFile(real);
    REQUIRE(text);
    CHECK_THAT(*text, Catch::Contains("Talk, again"));
}

TEST_CASE("atomic file: a replaced file keeps its owner and group, a deck and its backup too", "[atomic_file][deck]") {
    TempDir dir;
    const fs::path f = dir.path / "m.json";
    REQUIRE_FALSE(core::writeFileAtomically(f, "old"));
    // A new file is ours, whoever we are.
    CHECK(ownerOf(f) == Owner{::geteuid(), ::getegid()});
    const auto other = anotherOwner();
    if (!other) {
        // Not root and in no other group: nothing to give away, but a replaced file must still be ours, in
        // our group, with its mode, and the writer must not fail over the owner it cannot change.
        REQUIRE(::chmod(f.c_str(), 0640) == 0);
        REQUIRE_FALSE(core::writeFileAtomically(f, "new", true));
        CHECK(ownerOf(f) == Owner{::geteuid(), ::getegid()});
        CHECK(modeOf(f) == 0640);
        CHECK(core::readWholeFile(f) == "new");
        return;
    }
    CAPTURE(other->uid, other->gid, ::geteuid());
    REQUIRE(::chown(f.c_str(), other->uid, other->gid) == 0);
    REQUIRE(::chmod(f.c_str(), 0640) == 0);  // chown may clear set-id bits, not these
    REQUIRE_FALSE(core::writeFileAtomically(f, "new", true));
    CHECK(ownerOf(f) == *other);
    CHECK(ownerOf(core::backupPathFor(f)) == *other);  // the backup is as private as what it keeps
    CHECK(modeOf(f) == 0640);
    CHECK(core::readWholeFile(f) == "new");
    // Through a symbolic link: the target keeps its owner, the link stays ours.
    fs::create_symlink("m.json", dir.path / "link.json");
    REQUIRE_FALSE(core::writeFileAtomically(dir.path / "link.json", "newer"));
    CHECK(fs::is_symlink(dir.path / "link.json"));
    CHECK(ownerOf(f) == *other);
    CHECK(core::readWholeFile(f) == "newer");
    // A deck save (which keeps NAME.bak) goes through the same writer.
    core::Deck deck;
    deck.title = "Talk";
    const fs::path talk = dir.path / "talk.json";
    REQUIRE_FALSE(core::saveDeckFile(deck, talk).error);
    REQUIRE(::chown(talk.c_str(), other->uid, other->gid) == 0);
    deck.title = "Talk, again";
    const auto saved = core::saveDeckFile(deck, talk);
    REQUIRE_FALSE(saved.error);
    CHECK(ownerOf(talk) == *other);
    CHECK(ownerOf(core::backupPathFor(talk)) == *other);
    const auto text = core::readWholeFile(talk);
    REQUIRE(text);
    CHECK_THAT(*text, Catch::Contains("Talk, again"));
}

TEST_CASE("atomic file: failures name the file and the reason in words, and leave nothing", "[atomic_file]") {
    TempDir dir;
    const auto folder = core::writeFileAtomically(dir.path, "x");
    REQUIRE(folder);
    CHECK(*folder == dir.path.string() + ": is a folder, not a file");
    const fs::path missing = dir.path / "missing" / "x.png";
    const auto noFolder = core::writeFileAtomically(missing, "x");
    REQUIRE(noFolder);
    CHECK(*noFolder == missing.string() + ": the folder " + (dir.path / "missing").string() + " does not exist");
    if (::geteuid() != 0) {  // root writes anywhere
        fs::create_directories(dir.path / "locked");
        REQUIRE(::chmod((dir.path / "locked").c_str(), 0500) == 0);
        const auto denied = core::writeFileAtomically(dir.path / "locked" / "x", "x");
        REQUIRE(denied);
        CHECK_THAT(*denied, Catch::EndsWith("Permission denied"));
    }
    CHECK(entries(dir.path) == (::geteuid() != 0 ? 1u : 0u));
}

TEST_CASE("atomic file: temporaries of killed writers are removed, live writers' are not", "[atomic_file]") {
    TempDir dir;
    const auto old = fs::file_time_type::clock::now() - std::chrono::hours(1);
    auto make = [&](const std::string& name, bool aged) {
        const fs::path p = dir.path / name;
        REQUIRE_FALSE(core::writeFileAtomically(p, "partial"));
        if (aged) fs::last_write_time(p, old);
        return p;
    };
    const std::string dead = std::to_string(deadPid());
    const fs::path stale = make(".deck.json.atlas-tmp-" + dead + "-3", true);
    const fs::path fresh = make(".deck.json.atlas-tmp-" + dead + "-4", false);  // newer than this process
    const fs::path live = make(".deck.json.atlas-tmp-" + std::to_string(::getppid()) + "-0", true);
    const fs::path mine = make(".deck.json.atlas-tmp-" + std::to_string(::getpid()) + "-9", true);
    const fs::path other = make(".deck.json.tmp-" + dead, true);  // not ours: never touched
    CHECK(core::isAtomicTemporaryName(stale.filename().string()));
    CHECK_FALSE(core::isAtomicTemporaryName(other.filename().string()));
    CHECK_FALSE(core::isAtomicTemporaryName("deck.json.atlas-tmp-1-2"));  // not hidden
    CHECK(core::removeStaleTemporaries(dir.path) == 1);
    CHECK_FALSE(fs::exists(stale));
    CHECK(fs::exists(fresh));
    CHECK(fs::exists(live));
    CHECK(fs::exists(mine));
    CHECK(fs::exists(other));
}

TEST_CASE("read whole file: every byte of big, empty and size-less files; nothing for a folder or a missing file",
          "[atomic_file]") {
    TempDir dir;
    std::string big(3 * 1024 * 1024 + 17, '\0');  // not a multiple of any buffer size, with zero bytes in it
    for (std::size_t i = 0; i < big.size(); ++i) big[i] = static_cast<char>((i * 2654435761u) >> 13);
    REQUIRE_FALSE(core::writeFileAtomically(dir.path / "big.bin", big));
    const auto read = core::readWholeFile(dir.path / "big.bin");
    REQUIRE(read);
    CHECK(read->size() == big.size());
    CHECK(*read == big);

    REQUIRE_FALSE(core::writeFileAtomically(dir.path / "empty", ""));
    const auto empty = core::readWholeFile(dir.path / "empty");
    REQUIRE(empty);  // an empty file is there: empty text, not "cannot read"
    CHECK(empty->empty());

    // /proc files say they are 0 bytes long and still have text: read to the end, not to the stated size.
    const auto status = core::readWholeFile("/proc/self/status");
    REQUIRE(status);
    CHECK(status->find("VmRSS") != std::string::npos);

    CHECK_FALSE(core::readWholeFile(dir.path / "missing"));
    CHECK_FALSE(core::readWholeFile(dir.path));  // a folder is not a file
}
