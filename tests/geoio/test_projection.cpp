// PROJ-backed projector: forward values match cs2cs's results, inverse round-trips, geodesic distances.
#include <catch2/catch.hpp>

#include <proj.h>

#include "geoio/projection.hpp"

using namespace atlas;
using Catch::Matchers::WithinAbs;

TEST_CASE("projections match PROJ's own cs2cs results", "[projection]") {
    // Expected values printed by `cs2cs -d 4` (PROJ 9.1) for the same definitions.
    using Row = std::tuple<core::ProjectionId, double, double, double, double>;
    auto [id, lon, lat, x, y] = GENERATE(table<core::ProjectionId, double, double, double, double>({
        Row{core::ProjectionId::WebMercator, 45.0, 40.0, 5009377.0857, 4865942.2795},
        Row{core::ProjectionId::Utm38N, 45.0, 40.0, 500000.0, 4427757.2187},
        Row{core::ProjectionId::Utm38N, 44.5, 40.0, 457320.0550, 4427876.9244},
        Row{core::ProjectionId::PlateCarree, 45.0, 40.0, 5009377.0857, 4452779.6317},
        Row{core::ProjectionId::LambertCaucasus, 44.5, 40.18, -85124.5286, -90518.1941},
    }));
    CAPTURE(core::projectionKey(id), lon, lat);
    geoio::ProjProjector p(id);
    auto xy = p.forward({lon, lat});
    REQUIRE(xy);
    CHECK_THAT(xy->x, WithinAbs(x, 0.01));
    CHECK_THAT(xy->y, WithinAbs(y, 0.01));
    auto back = p.inverse(*xy);
    REQUIRE(back);
    CHECK_THAT(back->x, WithinAbs(lon, 1e-8));
    CHECK_THAT(back->y, WithinAbs(lat, 1e-8));
}

TEST_CASE("batch projection equals single-point projection", "[projection]") {
    geoio::ProjProjector p(core::ProjectionId::LambertCaucasus);
    std::vector<core::Vec2> pts{{44.5, 40.18}, {49.87, 40.41}, {44.79, 41.72}, {45.40, 39.21}};
    auto batch = pts;
    p.forwardInPlace(batch);
    for (std::size_t i = 0; i < pts.size(); ++i) {
        auto one = p.forward(pts[i]);
        REQUIRE(one);
        CHECK_THAT(batch[i].x, WithinAbs(one->x, 1e-6));
        CHECK_THAT(batch[i].y, WithinAbs(one->y, 1e-6));
    }
}

TEST_CASE("geodesic distance Yerevan-Baku is about 460 km", "[projection]") {
    geoio::ProjProjector p(core::ProjectionId::LambertCaucasus);
    // One degree of latitude near 40N is 111.03 km on WGS84.
    CHECK_THAT(p.geodesicDistance({45.0, 39.5}, {45.0, 40.5}), WithinAbs(111034.0, 50.0));
    const double d = p.geodesicDistance({44.5126, 40.1811}, {49.8920, 40.3777});
    CHECK(d > 450000.0);
    CHECK(d < 470000.0);
}

TEST_CASE("every projection has a unique key that round-trips", "[projection]") {
    for (auto id : core::kAllProjections) {
        auto back = core::projectionFromKey(core::projectionKey(id));
        REQUIRE(back);
        CHECK(*back == id);
    }
    CHECK_FALSE(core::projectionFromKey("mercator-ish"));
}

TEST_CASE("the projector's pipelines are the operations PROJ derives from the CRS definitions", "[projection]") {
    // ProjProjector builds each projection from projectionPipeline() without opening proj.db; here PROJ derives the
    // operation from EPSG:4326 to projectionDefinition() through its database, as the projector did before.
    for (auto id : core::kAllProjections) {
        CAPTURE(core::projectionKey(id));
        PJ_CONTEXT* ctx = proj_context_create();
        REQUIRE(ctx);
        PJ* raw = proj_create_crs_to_crs(ctx, "EPSG:4326", geoio::projectionDefinition(id).c_str(), nullptr);
        REQUIRE(raw);
        PJ* derived = proj_normalize_for_visualization(ctx, raw);
        proj_destroy(raw);
        REQUIRE(derived);
        geoio::ProjProjector p(id);
        int compared = 0;
        for (double lon = 38.0; lon <= 52.0; lon += 0.5) {
            for (double lat = 36.0; lat <= 45.0; lat += 0.5) {
                const PJ_COORD want = proj_trans(derived, PJ_FWD, proj_coord(lon, lat, 0, 0));
                const auto got = p.forward({lon, lat});
                REQUIRE(got);
                CHECK_THAT(got->x, WithinAbs(want.xy.x, 1e-6));
                CHECK_THAT(got->y, WithinAbs(want.xy.y, 1e-6));
                const PJ_COORD wantBack = proj_trans(derived, PJ_INV, want);
                const auto back = p.inverse({want.xy.x, want.xy.y});
                REQUIRE(back);
                CHECK_THAT(back->x, WithinAbs(wantBack.lp.lam, 1e-10));
                CHECK_THAT(back->y, WithinAbs(wantBack.lp.phi, 1e-10));
                ++compared;
            }
        }
        CHECK(compared == 29 * 19);
        proj_destroy(derived);
        proj_context_destroy(ctx);
    }
}
