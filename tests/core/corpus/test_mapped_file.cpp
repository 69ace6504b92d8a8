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
