// The scripted long session's action generator: reproducible, exercising every kind of step, asking only for
// what exists; and the memory verdict.
#include <catch2/catch.hpp>

#include <memory>
#include <variant>
#include <vector>

#include "core/state/soak.hpp"

using namespace atlas::core;

namespace {
SoakContext fullContext() {
    SoakContext ctx;
    ctx.features = 300;
    ctx.passages = 900;
    ctx.passageDocument.assign(900, 2);
    ctx.slides = 9;
    ctx.brokenLayerFiles = {"/nowhere/broken.geojson"};
    ctx.userLayerIds = {1};
    return ctx;
}
}  // namespace

TEST_CASE("the soak script is reproducible from its seed", "[soak]") {
    SoakScript a(42), b(42), c(43);
    const SoakContext ctx = fullContext();
    std::size_t differ = 0;
    for (int frame = 0; frame < 2000; ++frame) {
        const auto x = a.next(ctx), y = b.next(ctx), z = c.next(ctx);
        REQUIRE(x.size() == y.size());
        for (std::size_t i = 0; i < x.size(); ++i) CHECK(x[i].index() == y[i].index());
        differ += x.size() != z.size() || (!x.empty() && x[0].index() != z[0].index());
    }
    CHECK(a.counts() == b.counts());
    CHECK(differ > 100);  // another seed, another session
}

TEST_CASE("a few thousand frames exercise every kind of step", "[soak]") {
    SoakScript s(7);
    SoakContext ctx = fullContext();
    for (int frame = 0; frame < 5000; ++frame) {
        for (const Action& a : s.next(ctx)) {
            if (const auto* p = std::get_if<action::Present>(&a)) {
                if (p->command == PresentCommand::Start) ctx.presenting = true;
                if (p->command == PresentCommand::Leave) ctx.presenting = false;
            }
            if (const auto* sel = std::get_if<action::Select>(&a)) {
                if (sel->selection) {
                    CHECK(sel->selection->kind == Selection::Kind::Feature);
                    CHECK(sel->selection->index < ctx.features);
                }
            }
            if (const auto* op = std::get_if<action::OpenPassage>(&a)) {
                CHECK(op->passage < ctx.passages);
                CHECK(op->document == 2);
            }
        }
    }
    for (std::size_t k = 0; k < static_cast<std::size_t>(SoakStep::Count); ++k) {
        CAPTURE(soakStepName(static_cast<SoakStep>(k)));
        CHECK(s.counts()[k] > 0);
    }
}

TEST_CASE("the script asks only for what the session has", "[soak]") {
    SoakScript s(1);
    SoakContext empty;  // corpus indexing, no deck, no features, no files
    for (int frame = 0; frame < 3000; ++frame)
        for (const Action& a : s.next(empty)) {
            CHECK_FALSE(std::holds_alternative<action::OpenPassage>(a));
            CHECK_FALSE(std::holds_alternative<action::Select>(a));
            CHECK_FALSE(std::holds_alternative<action::Present>(a));
            CHECK_FALSE(std::holds_alternative<action::AddUserLayer>(a));
            CHECK_FALSE(std::holds_alternative<action::RemoveUserLayer>(a));
        }
    CHECK(s.counts()[static_cast<std::size_t>(SoakStep::Pan)] > 0);
}

TEST_CASE("memory is judged flat on the second half of the run", "[soak]") {
    const std::size_t MiB = 1 << 20;
    // warm-up growth in the first half is allowed
    CHECK(judgeMemory({100 * MiB, 180 * MiB, 200 * MiB, 201 * MiB, 202 * MiB, 200 * MiB}, 8 * MiB).flat);
    // steady growth through the second half is a leak
    const auto leak = judgeMemory({100 * MiB, 120 * MiB, 140 * MiB, 160 * MiB, 180 * MiB, 200 * MiB}, 8 * MiB);
    CHECK_FALSE(leak.flat);
    CHECK(leak.baseline == 160 * MiB);
    CHECK(leak.peak == 200 * MiB);
    CHECK(judgeMemory({}, 0).flat);
    // a wobble is not growth: the least of the later samples is not above the least of the earlier ones
    CHECK(judgeMemory({465 * MiB, 715 * MiB, 779 * MiB, 720 * MiB, 737 * MiB, 729 * MiB, 719 * MiB, 788 * MiB,
                       722 * MiB, 748 * MiB, 774 * MiB, 771 * MiB, 739 * MiB}, 24 * MiB).flat);
    // a window held open for a while (the presenter's, with its own fonts) raises some samples, not the least
    CHECK(judgeMemory({118 * MiB, 90 * MiB, 90 * MiB, 91 * MiB, 90 * MiB, 91 * MiB, 91 * MiB, 135 * MiB, 91 * MiB,
                       135 * MiB, 91 * MiB, 92 * MiB, 135 * MiB}, 16 * MiB).flat);
    CHECK(residentBytes() > 1 * MiB);  // this test process
}

TEST_CASE("live heap bytes follow what the program holds, not what the allocator keeps", "[soak]") {
    const std::size_t MiB = 1 << 20;
    const std::size_t before = heapBytes();
    REQUIRE(before > 0);
    std::vector<std::unique_ptr<char[]>> blocks;  // small blocks and one large (mmapped) one
    for (int k = 0; k < 4096; ++k) blocks.emplace_back(new char[4096]);
    blocks.emplace_back(new char[32 * MiB]);
    for (auto& b : blocks) b[0] = 1;
    const std::size_t holding = heapBytes();
    CHECK(holding >= before + 48 * MiB);
    blocks.clear();
    // freed blocks no longer count, even where the allocator keeps them (free lists, ASan's quarantine)
    CHECK(heapBytes() < holding - 40 * MiB);
}
