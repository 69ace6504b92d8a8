// Argument parsing and the help text (kept in step with docs/cli.md).
#include "application/options.hpp"

#include <cctype>
#include <charconv>
#include <cmath>
#include <sstream>

#include "core/gazetteer/naming.hpp"

namespace atlas::app {
namespace {

double toDouble(const std::string& opt, const std::string& v) {
    try {
        std::size_t used = 0;
        const double d = std::stod(v, &used);
        if (used == v.size() && std::isfinite(d)) return d;
    } catch (const std::exception&) {
    }
    throw UsageError(opt + ": expected a finite number, got '" + v + "'");
}

core::Date toDate(const std::string& opt, const std::string& v) {
    if (const auto d = core::parseDate(v)) return *d;
    throw UsageError(opt + ": expected a date YYYY, YYYY-MM or YYYY-MM-DD, got '" + v + "'");
}

int toInt(const std::string& opt, const std::string& v) {
    int out = 0;
    auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    if (ec != std::errc() || p != v.data() + v.size()) throw UsageError(opt + ": expected an integer, got '" + v + "'");
    return out;
}

void checkAnimateOptions(const Options& o) {
    if (!o.animate) {
        for (const char* opt : {"--from", "--to", "--step", "--fps"})
            if (o.wasGiven(opt)) throw UsageError(std::string(opt) + ": needs render --animate");
        return;
    }
    if (o.command != "render") throw UsageError("--animate: only for render");
    if (!o.from || !o.to) throw UsageError("render --animate: give --from DATE and --to DATE");
    if (o.from->firstDay() > o.to->lastDay())
        throw UsageError("render --animate: --from " + o.from->toString() + " is after --to " + o.to->toString());
    if (o.deck || o.ui || o.present || o.year || o.date || o.range || o.select || o.passage)
        throw UsageError("--animate: cannot be combined with --deck, --ui, --present, --year, --date, --range, "
                         "--select or --passage");
    std::string ext = o.out->extension().string();
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".webm")
        throw UsageError("--out " + o.out->string() + ": WebM video is not written; use .webp (animated WebP, plays in "
                         "every current browser) or .gif");
    if (ext != ".gif" && ext != ".webp")
        throw UsageError("--out " + o.out->string() + ": an animation is written as .gif or .webp");
}

}  // namespace

bool Options::wasGiven(const std::string& option) const {
    for (const auto& g : given)
        if (g == option) return true;
    return false;
}

bool isCommand(const std::string& name) {
    static const char* const kCommands[] = {"view", "render", "index", "features", "check", "export", "places"};
    for (const char* c : kCommands)
        if (name == c) return true;
    return false;
}

Options parseOptions(const std::vector<std::string>& args) {
    Options o;
    std::size_t i = 0;
    if (!args.empty() && !args[0].starts_with("-")) {
        o.command = args[0];
        if (!isCommand(o.command)) throw UsageError("unknown command '" + o.command + "' (try --help)");
        i = 1;
    }
    auto value = [&](const std::string& opt) -> std::string {
        if (i + 1 >= args.size()) throw UsageError(opt + ": missing value");
        return args[++i];
    };
    for (; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.starts_with("-")) o.given.push_back(a == "-o" ? "--out" : a);
        if (a == "--help" || a == "-h") o.command = "help";
        else if (a == "--version") o.command = "version";
        else if (a == "--geodata") o.geodata = value(a);
        else if (a == "--corpus") o.corpus = value(a);
        else if (a == "--workspace") o.workspace = value(a);
        else if (a == "--out" || a == "-o") o.out = value(a);
        else if (a == "--size") {
            const std::string v = value(a);
            const auto x = v.find('x');
            if (x == std::string::npos) throw UsageError("--size: expected WIDTHxHEIGHT, got '" + v + "'");
            o.width = toInt(a, v.substr(0, x));
            o.height = toInt(a, v.substr(x + 1));
            if (o.width < 16 || o.height < 16 || o.width > 16384 || o.height > 16384)
                throw UsageError("--size: each side must be between 16 and 16384 pixels");
        } else if (a == "--scale") {
            o.scale = static_cast<float>(toDouble(a, value(a)));
            if (o.scale < 0.25f || o.scale > 8.0f) throw UsageError("--scale: must be between 0.25 and 8");
        } else if (a == "--bbox") {
            const std::string v = value(a);
            std::vector<double> n;
            std::stringstream ss(v);
            for (std::string part; std::getline(ss, part, ',');) n.push_back(toDouble(a, part));
            if (n.size() != 4 || n[0] >= n[2] || n[1] >= n[3])
                throw UsageError("--bbox: expected lon0,lat0,lon1,lat1 with lon0<lon1 and lat0<lat1, got '" + v + "'");
            if (n[1] < -85 || n[3] > 85 || n[0] < -180 || n[2] > 180)
                throw UsageError("--bbox: latitudes must lie within -85..85 (the map's projections end at about 85 "
                                 "degrees) and longitudes within -180..180, got '" + v + "'");
            o.bbox = core::BBox{n[0], n[1], n[2], n[3]};
        } else if (a == "--year") {
            o.year = toInt(a, value(a));
        } else if (a == "--date") {
            o.date = toDate(a, value(a));
        } else if (a == "--projection") {
            const std::string v = value(a);
            auto p = core::projectionFromKey(v);
            if (!p) throw UsageError("--projection: unknown '" + v + "' (lcc, webmercator, utm38n, platecarree)");
            o.projection = *p;
        } else if (a == "--no-labels") o.labels = false;
        else if (a == "--no-graticule") o.graticule = false;
        else if (a == "--legend") o.legend = true;
        else if (a == "--stamp") o.stamp = value(a);
        else if (a == "--footer") o.footer = value(a);
        else if (a == "--json") o.json = true;
        else if (a == "--csv") o.csv = true;
        else if (a == "--gaps") o.gaps = true;
        else if (a == "--evaluate") o.evaluate = std::filesystem::path(value(a));
        else if (a == "--range") {
            // FROM..TO with dates at any precision; the older FROM-TO with two years still works.
            const std::string v = value(a);
            if (const auto dots = v.find(".."); dots != std::string::npos) {
                o.range = {toDate(a, v.substr(0, dots)), toDate(a, v.substr(dots + 2))};
            } else {
                const auto dash = v.find('-', 1);
                if (dash == std::string::npos) throw UsageError("--range: expected FROM..TO, got '" + v + "'");
                o.range = {core::Date(toInt(a, v.substr(0, dash))), core::Date(toInt(a, v.substr(dash + 1)))};
            }
            if (o.range->first.firstDay() > o.range->second.lastDay())
                throw UsageError("--range: FROM must not be after TO");
        } else if (a == "--naming") {
            o.naming = value(a);
            if (!core::namingFromString(o.naming))
                throw UsageError("--naming: expected english, armenian, azerbaijani or both, got '" + o.naming + "'");
        } else if (a == "--format") o.format = value(a);
        else if (a == "--select") o.select = value(a);
        else if (a == "--passage") o.passage = value(a);
        else if (a == "--view") o.view = value(a);
        else if (a == "--deck") o.deck = value(a);
        else if (a == "--slide") {
            o.slide = toInt(a, value(a));
            if (*o.slide < 1) throw UsageError("--slide: slides are numbered from 1, got " + std::to_string(*o.slide));
        } else if (a == "--soak") {
            o.soakFrames = toInt(a, value(a));
            if (*o.soakFrames < 1) throw UsageError("--soak: expected a number of frames >= 1");
        } else if (a == "--seed") o.seed = static_cast<std::uint64_t>(toInt(a, value(a)));
        else if (a == "--all") o.all = true;
        else if (a == "--handout") o.handout = value(a);
        else if (a == "--ui") o.ui = true;
        else if (a == "--present") o.present = true;
        else if (a == "--theme") {
            o.theme = value(a);
            if (o.theme != "light" && o.theme != "dark")
                throw UsageError("--theme: expected light or dark, got '" + o.theme + "'");
        }
        else if (a == "--png-compression") {
            o.pngCompression = value(a);
            if (o.pngCompression != "fast" && o.pngCompression != "default" && o.pngCompression != "best")
                throw UsageError("--png-compression: expected fast, default or best, got '" + o.pngCompression + "'");
        } else if (a == "--timings") o.timings = true;
        else if (a == "--animate") o.animate = true;
        else if (a == "--from") o.from = toDate(a, value(a));
        else if (a == "--to") o.to = toDate(a, value(a));
        else if (a == "--step") {
            o.step = value(a);
            if (o.step != "year" && o.step != "month" && o.step != "day")
                throw UsageError("--step: expected year, month or day, got '" + o.step + "'");
        } else if (a == "--fps") {
            o.fps = toDouble(a, value(a));
            if (*o.fps <= 0.0 || *o.fps > 100000.0) throw UsageError("--fps: expected a number of steps per second > 0");
        }
        else if (a == "--document") o.document = value(a);
        else if (a == "--review") o.review = value(a);
        else if (a == "--suggest") o.suggest = true;
        else if (a == "--choice") {
            o.choice = toInt(a, value(a));
            if (*o.choice < 1) throw UsageError("--choice: suggestions are numbered from 1");
        } else if (a == "--geonames") o.geonamesId = value(a);
        else if (a == "--kind") o.kind = value(a);
        else if (a == "--route") o.route = true;
        else if (a == "--lonlat") {
            const std::string v = value(a);
            const auto comma = v.find(',');
            if (comma == std::string::npos) throw UsageError("--lonlat: expected LON,LAT, got '" + v + "'");
            const core::Vec2 p{toDouble(a, v.substr(0, comma)), toDouble(a, v.substr(comma + 1))};
            if (std::abs(p.x) > 180 || std::abs(p.y) > 90)
                throw UsageError("--lonlat: longitude must lie within -180..180 and latitude within -90..90, got '" + v + "'");
            o.lonlat = p;
        }
        else if (!a.starts_with("-") && o.command != "view") o.positional.push_back(a);
        else throw UsageError("unknown option '" + a + "' (try --help)");
    }
    if (o.handout && (o.command != "render" || !o.deck || o.out || o.slide || o.all || o.ui || o.present))
        throw UsageError("--handout: render --deck D.json --handout FILE.pdf, without --out, --slide, --all, --ui or --present");
    if (o.command == "render" && !o.out && !o.handout)
        throw UsageError(o.animate ? "render --animate: --out FILM.gif or FILM.webp is required"
                                   : "render: --out FILE.png is required");
    checkAnimateOptions(o);
    if ((o.suggest || o.document) && o.command != "index" && o.command != "places")
        throw UsageError(std::string(o.suggest ? "--suggest" : "--document") + ": only for index and places");
    if ((o.choice || o.geonamesId || o.lonlat || o.kind || o.route) && o.command != "places")
        throw UsageError("--choice/--geonames/--lonlat/--kind/--route: only for places");
    if (o.review && (!o.ui || !o.workspace)) throw UsageError("--review: needs render --ui --workspace DIR");
    if (o.view && o.deck) throw UsageError("--view and --deck cannot be combined");
    if (o.present && o.command != "render") throw UsageError("--present: only for render (in the window, press F5)");
    if (o.present && o.ui) throw UsageError("--present and --ui cannot be combined");
    if ((o.soakFrames || o.wasGiven("--seed")) && o.command != "view")
        throw UsageError("--soak/--seed: only for the viewer (caucasus-atlas --soak FRAMES [--seed N])");
    if (o.wasGiven("--seed") && !o.soakFrames) throw UsageError("--seed: needs --soak FRAMES");
    if (o.wasGiven("--theme") && !o.present) throw UsageError("--theme: needs --present");
    if (o.wasGiven("--png-compression") && o.command != "render")
        throw UsageError("--png-compression: only for render");
    if (o.command == "render") {
        if (o.deck && !o.slide && !o.all && !o.handout) throw UsageError("render --deck: give --slide N or --all");
        if (o.slide && o.all) throw UsageError("--slide and --all cannot be combined");
        if ((o.slide || o.all) && !o.deck) throw UsageError(std::string(o.all ? "--all" : "--slide") + ": needs --deck FILE");
    } else if (o.slide || o.all || o.ui) {
        if (o.command != "view" || o.all || o.ui)
            throw UsageError(std::string(o.ui ? "--ui" : o.all ? "--all" : "--slide") + ": only for render");
        if (!o.deck) throw UsageError("--slide: needs --deck FILE");
    }
    return o;
}

std::string helpText() {
    return R"(caucasus-atlas - a map of the South Caucasus linked to a corpus of texts

Usage:
  caucasus-atlas [view] [--view V.json | --deck D.json [--slide N]] [options]
                                          open the map window (the default) on a view state, a deck's
                                          first (or N-th) slide, or else the last session's view
  caucasus-atlas render --out map.png [--view V.json] [--ui] [--select ID] [--passage PID] [options]
  caucasus-atlas render --out map.png --deck D.json (--slide N | --all) [--ui | --present [--theme T]]
                                          draw the map (with --ui: the whole window, panels included;
                                          with --present: the slide as presentation shows it) offscreen
                                          into a PNG; --all writes one PNG per slide, map-01.png,
                                          map-02.png, ... (needs no display: the GL context comes from
                                          EGL, a GPU or Mesa's llvmpipe)
  caucasus-atlas render --animate --from D --to D --out film.gif|film.webp [--step year|month|day] [--fps N]
                                          the timeline from D to D as an animated GIF or WebP (plays in any
                                          browser): one frame per distinct map state, the date stamped on it,
                                          the day's event below; days on which nothing changes are skipped
  caucasus-atlas render --deck D.json --handout out.pdf [--size WxH] [--date D] [options]
                                          the deck's handout: one A4 landscape page per slide with its
                                          map, caption, quote, citation and speaker notes, the text
                                          selectable (an existing file is replaced)
  caucasus-atlas index [--json | --csv | --gaps [--document FILE]] [--suggest] [--workspace DIR]
                                          the corpus's documents, passages and mentions of gazetteer
                                          features as one JSON document (default), the mentions as CSV,
                                          or capitalised phrases that match no feature, with counts;
                                          --suggest links each unknown name to its best GeoNames match
                                          as a provisional feature (written to DIR with --workspace)
  caucasus-atlas index --evaluate DIR [--suggest]
                                          link the annotated texts in DIR (NAME.txt + NAME.ann.json) and
                                          report per language recognition recall and precision and
                                          resolution exact, within 5 km and within 161 km, then the misses;
                                          --suggest places their unknown names from GeoNames first
  caucasus-atlas places suggest|accept|alias|place|reject --workspace DIR [--corpus DIR]
                                          grow the workspace's gazetteer (docs/workspaces.md): suggest
                                          [--json] [--document FILE] lists unknown names with ranked
                                          GeoNames suggestions; accept NAME [--choice N | --geonames ID];
                                          alias SURFACE FEATURE-ID; place NAME --lonlat LON,LAT
                                          [--kind K]; place NAME --route FROM-ID TO-ID (a line
                                          between two known features); reject NAME
  caucasus-atlas features [--year Y | --date D | --range A..B] [--json]
                                          the gazetteer's features (those holding on any day of year Y,
                                          on date D, or on some day of A..B) as a table of id, kind, status, or
                                          with --json as one JSON document with names, periods, geometry
  caucasus-atlas check [--geodata DIR]    validate the geodata folder (gazetteer, events, basemap): one
                                          line per problem `FILE: FEATURE_ID: what is wrong`, exit 1 if any
  caucasus-atlas export --format geojson|gpkg|csv|annotations|lpf --out FILE [--year Y | --date D | --range A..B]
                                          features with their linked passages (GeoJSON RFC 7946, GeoPackage),
                                          mentions (CSV, W3C Web Annotations) or the gazetteer (Linked Places)
  caucasus-atlas --help | --version

Options:
  --geodata DIR        read geodata from DIR instead of the bundled folder
  --corpus DIR         read the corpus from DIR instead of the bundled folder (.txt, .md, .html/.htm,
                       .pdf, .docx, .odt; a file that cannot be read is one warning naming it)
  --workspace DIR      a workspace folder (docs/workspaces.md): its documents and gazetteer.user.geojson
                       extend the bundled corpus and gazetteer (window, render; the user gazetteer also for
                       index, features, export); places writes gazetteer.user.geojson and review.json there;
                       without it the window reopens the last workspace it had open
  --projection NAME    lcc (default: Lambert conformal conic, 39N/43N), webmercator, utm38n, platecarree
  --size WxH           output size in logical pixels (render; default 1920x1080; 16 to 16384 a side, and the
                       size times --scale at most the OpenGL driver's largest image; on a GPU 4x
                       multisampling where it fits, else 2x or none, with a warning; on a software
                       rasterizer none, the areas' edges smoothed by a fringe)
  --scale S            pixel density multiplier, e.g. 2 for a 2x PNG (render; default 1)
  --bbox a,b,c,d       frame lon0,lat0,lon1,lat1 instead of the whole region (or a view's camera)
  --year Y             the year thematic layers are shown for (any day of it)
  --date D             the day they are shown for: YYYY-MM-DD (or YYYY-MM, YYYY for all its days); a full-date
                       period end is the first day it no longer holds (docs/gazetteer.md, "Time")
  --range A..B         a range of years, months or days, both ends inclusive (A-B with two years also works)
  --no-labels          leave out labels
  --no-graticule       leave out the graticule
  --naming NAME        labels in english (default), armenian or azerbaijani usage, or both
  --legend             draw the legend (render)
  --stamp TEXT         a large stamp in the top-left corner, e.g. the year (render)
  --footer TEXT        a footer line across the bottom, e.g. a citation (render)
  --view FILE          start from this view state (caucasus-atlas-view JSON, docs/view-state.md)
  --deck FILE          a deck (caucasus-atlas-deck JSON, docs/decks.md): the window opens on its first
                       slide (or --slide N); render needs --slide N, --all or --handout
  --slide N            the deck's slide N, from 1
  --all                every slide of the deck, one PNG each (render)
  --handout FILE       the deck's PDF handout (render --deck; docs/presenting.md): each slide's map drawn at
                       --size (default 1920x1080) with its texts, selectable, one A4 landscape page a slide
  --ui                 draw the whole window, panels included, not just the map (render)
  --review NAME        with render --ui --workspace DIR: the Places-to-review panel open at candidate NAME
                       (its first when NAME is not queued)
  --present            draw as presentation does: the map across the image in a projector theme, larger
                       symbols and labels, the caption band with year, title, caption, quote, citation
                       and slide counter (render; a --view or no file is presented as one slide)
  --theme T            light (default) or dark projector theme (with --present)
  --animate            render the timeline as an animation (with --from, --to; --out .gif or .webp; .webm
                       is refused: no WebM video encoder, see docs/cli.md)
  --from D, --to D     the animation's first and last date (YYYY, YYYY-MM or YYYY-MM-DD; --to runs through
                       its last day)
  --step U             day (default), month or year: the timeline is sampled by U, each sample drawn for
                       that day, month or whole year
  --fps N              timeline steps per second of film (default: one year a second: 365 by day, 12 by
                       month, 1 by year); each state held at least 1.2 s and at most 3 s, the last 4 s
  --png-compression C  fast (default: libdeflate level 1), default (6) or best (9) (render)
  --timings            print each phase (GL context, data, drawing, PNG; gazetteer, index, output; the
                       window's start up to its first frame) with its duration and its time since exec
                       to stderr (render, index, viewer)
  --soak FRAMES        run the window through FRAMES frames of random but reproducible actions (pan, zoom,
                       years, selections, passages, naming, projection, deck steps, broken user layers),
                       print what it did and the memory it used; exit 1 when memory kept growing (viewer)
  --seed N             the soak's random seed (default 1): the same seed replays the same session
  --select ID          select the gazetteer feature ID (e.g. lachin-corridor); framed without --view/--bbox
  --passage ID         open the passage ID in the reader (e.g. 004_5e0463355af78295#p316)

Options given on the command line override the view or slide they are combined with.

Keys in the window: drag to pan, wheel to zoom at the cursor, double-click to zoom in, arrows to pan,
+/- to zoom, Home or 0 for the whole region, G graticule, L labels, P next projection, F11 fullscreen,
Ctrl+Z undo, Ctrl+Shift+Z or Ctrl+Y redo, F5 present the deck (docs/presenting.md).

Environment: ATLAS_FILE_CHOOSER=builtin|zenity|kdialog|auto picks the window's file chooser (docs/files.md);
ATLAS_DATA_DIR the folder with geodata/ and corpus/; ATLAS_CACHE_DIR the caches' folder (index, extracted text,
map, glyphs); ATLAS_JOBS the threads that index and that format `index --csv` and `--json`; ATLAS_GEOIO_MODULE,
ATLAS_PROJ_MODULE and ATLAS_MEDIA_MODULE the GDAL, PROJ and handout/animation module files to open instead of the
installed ones (docs/cli.md); ATLAS_GL_API=glx makes the window's OpenGL context through GLX (by default EGL is
tried first).

Exit status: 0 success, 1 data or rendering error (one line on stderr names the file), 2 usage error.
)";
}

}  // namespace atlas::app
