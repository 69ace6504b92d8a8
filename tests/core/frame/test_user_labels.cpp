// Labels of user layers: the chosen attribute beside each point, never over the map's labels or out of view.
#include <catch2/catch.hpp>

#include "core/frame/user_labels.hpp"

using namespace atlas::core;

namespace {
class CharMeasurer final : public TextMeasurer {
public:
    Vec2 measure(std::string_view utf8, const LabelStyle&) const override { return {8.0 * double(utf8.size()), 14.0}; }
};

UserLayer twoInterviews() {
    UserLayer l;
    l.features.resize(3);
    l.features[0].attributes = {{"Name", "Interview A"}, {"date", "2023-05-03"}};
    l.features[1].attributes = {{"Name", "Interview B"}, {"date", "2022-12-12"}};
    l.features[2].attributes = {{"date", "2021-01-01"}};  // no name: no label with Name
    return l;
}

RenderFrame frameAt() {
    RenderFrame f;
    f.viewport = {800, 600};
    f.camera = Camera{};
    f.camera.setCenter({0, 0});
    f.camera.setMetersPerPixel(1.0);
    return f;
}
}  // namespace

TEST_CASE("user labels: the field chosen, else a name-like field, else the first", "[user_labels]") {
    const UserLayer l = twoInterviews();
    CHECK(userLayerFields(l) == std::vector<std::string>{"Name", "date"});
    CHECK(userLabelField(userLayerFields(l), "") == "Name");
    CHECK(userLabelField(userLayerFields(l), "date") == "date");
    CHECK(userLabelField(userLayerFields(l), "missing") == "Name");
    UserLayer numbers;
    numbers.features.resize(1);
    numbers.features[0].attributes = {{"b", "1"}, {"a", "2"}};
    CHECK(userLabelField(userLayerFields(numbers), "") == "a");
    CHECK(userLabelField(userLayerFields(UserLayer{}), "") == "");
}

TEST_CASE("user labels: beside each point, clear of the map's labels, inside the view", "[user_labels]") {
    const UserLayer layer = twoInterviews();
    RenderFrame frame = frameAt();
    const auto m = static_cast<float>(frame.camera.metersPerPixel());  // points given in pixels from the centre
    UserLayerScene scene;
    scene.points = {{0, 0, 4, 0}, {0, 100 * m, 4, 1}, {390 * m, -250 * m, 4, 2}};
    const auto screen = [&](const PointSymbol& p) { return frame.camera.worldToScreen({p.x, p.y}, frame.viewport); };
    const Vec2 pa = screen(scene.points[0]), pb = screen(scene.points[1]), pc = screen(scene.points[2]);
    REQUIRE(pa.x == Approx(400));
    REQUIRE(pc.x == Approx(790));
    // A map label already placed right of the second point: that one's label goes to the left instead.
    const CharMeasurer measurer;
    frame.labels.push_back({"Goris", {pb.x + 5, pb.y - 7}, LabelStyle{}, 7});
    addUserLayerLabels(frame, layer, scene, "Name", measurer);
    REQUIRE(frame.labels.size() == 3);
    const LabelDraw& a = frame.labels[1];
    CHECK(a.text == "Interview A");
    CHECK(a.feature == kUserLabelFeature);
    CHECK(a.topLeft.x > pa.x);  // right of its point
    CHECK(a.topLeft.y == Approx(pa.y - 7));
    const LabelDraw& b = frame.labels[2];
    CHECK(b.text == "Interview B");
    CHECK(b.topLeft.x + 8.0 * 11 < pb.x);  // left of its point: the right side is taken
    // The third point has no Name. With "date", its label would leave the view on the right, and on the left it
    // fits: placed there.
    RenderFrame dates = frameAt();
    addUserLayerLabels(dates, layer, scene, "date", measurer);
    REQUIRE(dates.labels.size() == 3);
    CHECK(dates.labels[2].text == "2021-01-01");
    CHECK(dates.labels[2].topLeft.x + 80.0 <= 790.0);
    // An empty field draws nothing.
    RenderFrame none = frameAt();
    addUserLayerLabels(none, layer, scene, "", measurer);
    CHECK(none.labels.empty());
}
