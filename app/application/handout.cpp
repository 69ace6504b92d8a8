// The handout's maps and file (application/handout.hpp): the command-line run and the one writer both paths share.
#include "application/handout.hpp"

#include <future>
#include <iostream>

#include "application/atlas_session.hpp"
#include "application/corpus_loader.hpp"
#include "application/handout_pdf.hpp"
#include "application/headless_gl.hpp"
#include "application/media_module.hpp"
#include "application/render_command.hpp"
#include "application/user_layer_jobs.hpp"
#include "application/view_files.hpp"
#include "core/atomic_file.hpp"
#include "core/present/handout.hpp"
#include "render/render_target.hpp"

namespace atlas::app {
namespace {

/// One slide's map: the view at `width` x `height` interface pixels, then the same ground drawn with every
/// interface pixel kHandoutMapPixelScale device pixels wide, so that labels and lines are large enough on paper.
HandoutMap drawSlideMap(AtlasSession& session, const core::ViewLookup& ids, const core::Slide& slide,
                        const std::string& label, const HandoutRequest& r, core::ProjectionId& projection,
                        std::vector<std::string>& warnings) {
    core::AppState state;  // a fresh state, told which projection the session's scene is in
    const auto dispatch = [&](const core::Action& a) {
        dispatchHeadless(a, session, ids, state, [&](const core::LoadIssue& issue) { warnings.push_back(issue.toString()); });
    };
    dispatch(core::action::ProjectionSwitched{projection, state.camera});
    dispatch(core::action::SetViewport{{static_cast<double>(r.width), static_cast<double>(r.height)}});
    dispatch(core::action::ShowView{slide.view, label});
    for (const auto& a : r.extra) dispatch(a);
    if (slide.legend) dispatch(core::action::SetFrameOptions{std::nullopt, std::nullopt, *slide.legend, {}, {}});
    UserLayerJobs userLayers;  // read before drawing: one picture, no frame to wait in
    const auto loaded = userLayers.poll(state, session, true);
    for (const auto& a : loaded.actions) dispatch(a);
    for (const auto& issue : loaded.issues) warnings.push_back(issue.toString());
    const double s = core::kHandoutMapPixelScale;
    const core::Camera framed = state.camera;
    dispatch(core::action::SetViewport{{r.width / s, r.height / s}});
    dispatch(core::action::SetCamera{core::Camera(framed.center(), framed.metersPerPixel() * s)});
    render::RenderTarget target;
    target.resize(r.width, r.height, render::defaultSamples());
    session.drawFrame(state, core::kHandoutMapPixelScale, target);
    projection = state.projection;
    return HandoutMap{target.width(), target.height(), target.readPixels()};
}

}  // namespace

HandoutWritten writeHandout(AtlasSession& session, const core::AtlasData* data, const core::Deck& deck,
                            const std::string& deckLabel, const HandoutRequest& request) {
    HandoutWritten out;
    if (deck.slides.empty()) {
        out.error = "the deck has no slides; nothing was written";
        return out;
    }
    try {  // the PDF writer's module, before any map is drawn
        (void)mediaModule();
    } catch (const ModuleError& e) {
        out.error = e.what();
        return out;
    }
    const core::ViewLookup ids = lookupFor(session, data);
    std::vector<HandoutMap> maps;
    maps.reserve(deck.slides.size());
    core::ProjectionId projection = request.sessionProjection;  // the scene's, as the slides switch it
    for (std::size_t i = 0; i < deck.slides.size(); ++i)
        maps.push_back(drawSlideMap(session, ids, deck.slides[i], deckLabel + " slide " + std::to_string(i + 1), request,
                                    projection, out.warnings));
    if (projection != request.sessionProjection)  // the camera it returns is not wanted: the caller's state keeps its own
        (void)session.switchProjection(request.sessionProjection, core::Camera{}, core::Viewport{1.0, 1.0});
    const HandoutPdf pdf = makeHandoutPdf(deck, core::handoutTexts(deck, data), maps);
    if (pdf.bytes.empty()) {
        out.error = pdf.error;
        return out;
    }
    if (auto error = core::writeFileAtomically(request.out, pdf.bytes)) {
        const std::string prefix = request.out.string() + ": ";
        out.error = error->starts_with(prefix) ? error->substr(prefix.size()) : *error;
        return out;
    }
    out.pages = pdf.pages;
    return out;
}

int runHandout(const Options& o, const std::filesystem::path& dataRoot) {
    const std::string deckName = o.deck->string();
    const std::string outName = o.handout->string();
    auto load = core::loadDeckFile(*o.deck);  // a bad deck fails before any GL work
    if (!load.deck) {
        std::cerr << "caucasus-atlas: error: " << (load.messages.empty() ? deckName + ": not a deck" : load.messages.front())
                  << "\n";
        return 1;
    }
    for (const auto& m : load.messages)
        std::cerr << "caucasus-atlas: warning: " << (m.starts_with(deckName) ? m : deckName + ": " + m) << "\n";
    if (load.deck->slides.empty()) {
        std::cerr << "caucasus-atlas: error: " << deckName << ": the deck has no slides\n";
        return 1;
    }
    const std::filesystem::path geodata = o.geodata.value_or(dataRoot / "geodata");
    auto pending = std::async(std::launch::async, [&] { return AtlasSession::load(geodata, o.projection, false); });
    const auto gl = openOffscreenGl();  // EGL: no X server or window needed
    auto programs = onePicturePrograms();  // while the data may still be loading
    AtlasSession session(pending.get(), std::move(programs));
    session.renderer().setAreaFringes(true);  // one picture without MSAA on llvmpipe: areas' edges smoothed
    if (printModelIssues(session)) return 1;
    const CorpusLoad corpus = loadCorpusSide(geodata, o.corpus.value_or(dataRoot / "corpus"));  // for the quotes
    for (const auto& issue : corpus.issues) std::cerr << "caucasus-atlas: warning: " << issue.toString() << "\n";

    HandoutRequest request{*o.handout, o.width, o.height, commandLineActions(o, true), o.projection};
    const HandoutWritten written = writeHandout(session, corpus.data.get(), *load.deck, deckName, request);
    for (const auto& w : written.warnings) std::cerr << "caucasus-atlas: warning: " << w << "\n";
    if (written.error) {
        std::cerr << "caucasus-atlas: error: " << outName << ": " << *written.error << "\n";
        return 1;
    }
    std::cout << outName << ": " << written.pages << " pages, " << load.deck->slides.size() << " slides\n";
    return 0;
}

}  // namespace atlas::app
