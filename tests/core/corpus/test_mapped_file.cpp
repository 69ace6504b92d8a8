// MappedFile: the bytes of a file, an empty file, a missing one, and a view that outlives a replaced file.
#include <catch2/catch.hpp>

#include "core/atomic_file.hpp"
#include "core/corpus/mapped_file.hpp"
#include "corpus_test_util.hpp"

using namespace atlas::core;
using namespace atlas::core::test;

TEST_CASE("MappedFile gives a file's bytes and says when it cannot", "[corpus][cache][mapped]") {
    const TempDir tmp;
    std::string bytes = "index cache\n";
    for (int i = 0; i < 5000; ++i) bytes += std::to_string(i) + '\0';  // past one page, NUL bytes included
    writeBytes(tmp.path / "a.bin", bytes);
    writeBytes(tmp.path / "empty.bin", "");

    MappedFile a;
    REQUIRE(a.open(tmp.path / "a.bin"));
    CHECK(a.bytes() == bytes);

    MappedFile empty;
    REQUIRE(empty.open(tmp.path / "empty.bin"));
    CHECK(empty.bytes().empty());

    MappedFile missing;
    CHECK_FALSE(missing.open(tmp.path / "missing.bin"));
    CHECK(missing.bytes().empty());
    MappedFile folder;
    CHECK_FALSE(folder.open(tmp.path));

    // The cache is replaced by an atomic rename: a mapping made before still shows the old bytes.
    REQUIRE_FALSE(writeFileAtomically(tmp.path / "a.bin", "new contents"));
    CHECK(a.bytes() == bytes);
    MappedFile again;
    REQUIRE(again.open(tmp.path / "a.bin"));
    CHECK(again.bytes() == "new contents");
    // Reopening one object on another file drops the first mapping.
    REQUIRE(a.open(tmp.path / "empty.bin"));
    CHECK(a.bytes().empty());
}

TEST_CASE("MappedFile keeps its bytes after its pages are released", "[corpus][cache][mapped]") {
    const TempDir tmp;
    std::string bytes;
    for (int i = 0; i < 40000; ++i) bytes += std::to_string(i * 7919) + ',';  // ~200 KB, many pages
    writeBytes(tmp.path / "font.bin", bytes);
    MappedFile f;
    REQUIRE(f.open(tmp.path / "font.bin"));
    REQUIRE(f.bytes() == bytes);
    const auto* before = f.bytes().data();
    f.releaseResidentPages();
    CHECK(f.bytes().data() == before);  // the same view, its pages read again on use
    CHECK(f.bytes() == bytes);
    f.releaseResidentPages();
    CHECK(f.bytes().substr(100000, 64) == std::string_view(bytes).substr(100000, 64));
    MappedFile empty;  // nothing mapped: nothing to release
    writeBytes(tmp.path / "empty.bin", "");
    REQUIRE(empty.open(tmp.path / "empty.bin"));
    empty.releaseResidentPages();
    CHECK(empty.bytes().empty());
}
