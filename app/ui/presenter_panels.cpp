// Caption band, notes, spotlight and blank screen: ImGui draw calls over what core::slideCaption assembled.
#include "ui/presenter_panels.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <string>

#include "core/fonts.hpp"

namespace atlas::ui {
namespace {

constexpr ImGuiWindowFlags kPlain = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                    ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                    ImGuiWindowFlags_NoNav;
// Sizes at which the band's fonts are rasterised: right for a 1080-line projector; other heights scale them.
constexpr float kTitleSize = 46.0f;
constexpr float kBodySize = 31.0f;
// io.Fonts->Fonts indices: 0 is the window's font; 1 the panels' heading font (1.3 times the window's size; the
// Inspector pushes Fonts[1] for the selected feature's name); 2 and 3 the caption band's.
constexpr int kTitleFont = 2;
constexpr int kBodyFont = 3;

ImFont* font(int index) {
    const ImGuiIO& io = ImGui::GetIO();
    return index < io.Fonts->Fonts.Size ? io.Fonts->Fonts[index] : io.Fonts->Fonts[0];
}

ImVec4 rgb(std::uint32_t hex, float alpha = 1.0f) {
    return ImVec4(static_cast<float>((hex >> 16) & 0xFF) / 255.0f, static_cast<float>((hex >> 8) & 0xFF) / 255.0f,
                  static_cast<float>(hex & 0xFF) / 255.0f, alpha);
}

struct BandColours {
    ImVec4 background, rule, ink, year, quote, quiet;
};

/// Light: a white band with near-black ink for bright rooms; dark: near-black with light ink for dim ones.
BandColours coloursFor(core::PresentTheme theme) {
    if (theme == core::PresentTheme::Dark)
        return {rgb(0x0C0F12, 0.96f), rgb(0xE8A583), rgb(0xF4F0EA), rgb(0xF0B08C), rgb(0xCFDCE6), rgb(0xB0A79B)};
    return {rgb(0xFFFFFF, 0.97f), rgb(0x9A3A26), rgb(0x16120F), rgb(0x9A3A26), rgb(0x22384A), rgb(0x5A5048)};
}

/// The band's text scale for the window's height (a 720-line projector gets smaller text than a 1080 one).
float bandScale() {
    const float h = ImGui::GetMainViewport()->Size.y;
    return std::clamp(h / 1080.0f, 0.55f, 2.0f);
}

/// Wrapped text at the current font and the wrap position ImGui would use, except that lines break only at spaces:
/// ImGui also breaks after punctuation inside a word ("roughly 4,|300", "take place.|”", leaving a closing mark alone
/// on the last line); such a break moves back to the line's last space, so a number or a word keeps its marks. A
/// word longer than the whole line still breaks where ImGui puts it.
void textWrappedKeepingTail(const std::string& text) {
    const ImFont* f = ImGui::GetFont();
    const float scale = ImGui::GetFontSize() / f->FontSize;
    const float width = std::max(1.0f, ImGui::GetContentRegionAvail().x);
    const char* p = text.data();
    const char* const end = p + text.size();
    const auto onlyPunctuation = [](const char* a, const char* b) {
        for (; a < b; ++a) {
            const auto c = static_cast<unsigned char>(*a);
            if (c == ' ' || c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')') continue;
            if (c == 0xE2 && b - a >= 3 && static_cast<unsigned char>(a[1]) == 0x80 &&  // ” ’ »
                (static_cast<unsigned char>(a[2]) == 0x9D || static_cast<unsigned char>(a[2]) == 0x99)) {
                a += 2;
                continue;
            }
            if (c == 0xC2 && b - a >= 2 && static_cast<unsigned char>(a[1]) == 0xBB) {
                a += 1;
                continue;
            }
            return false;
        }
        return true;
    };
    while (p < end) {
        const char* brk = f->CalcWordWrapPositionA(scale, p, end, width);
        if (brk <= p) brk = p + 1;  // one glyph wider than the column: take it anyway
        const bool midWord = brk < end && *brk != ' ' && *brk != '\n' && *(brk - 1) != ' ';  // "4,|300", "and/|or"
        if (brk < end && (midWord || onlyPunctuation(brk, end))) {
            const char* space = brk;
            while (space > p && *(space - 1) != ' ') --space;
            if (space > p) brk = space - 1;  // the line ends before that space; the last word moves down
        }
        const char* lineEnd = brk;
        while (lineEnd > p && *(lineEnd - 1) == ' ') --lineEnd;
        ImGui::TextUnformatted(p, lineEnd);
        p = brk;
        while (p < end && (*p == ' ' || *p == '\n')) ++p;  // a wrapped line does not start with blanks
    }
}

}  // namespace

bool addInterfaceFont(float px, int oversampleH) {
    ImGuiIO& io = ImGui::GetIO();
    ImFontConfig base;
    base.OversampleH = oversampleH;
    ImFontConfig merge = base;
    merge.MergeMode = true;
    bool first = true;
    for (const core::fonts::InterfaceFace& face : core::fonts::kInterfaceFaces) {  // core/fonts.hpp
        const bool added = io.Fonts->AddFontFromFileTTF(face.path().c_str(), px, first ? &base : &merge, face.ranges);
        if (first && !added) return false;
        first = false;
    }
    return true;
}

void addPresenterFonts(float windowFontSize, float contentScale, float pixelDensity) {
    if (!addInterfaceFont(windowFontSize * 1.3f)) return;
    // The slide fonts are large: rasterised once across (no sub-pixel positions), they take a third of the atlas
    // space they took at ImGui's threefold default, which had made them 84 % of the whole atlas (8.8 MB).
    for (float px : {kTitleSize * contentScale * pixelDensity, kBodySize * contentScale * pixelDensity})
        if (!addInterfaceFont(px, 1)) return;
}

void drawPresentationMap(unsigned int mapTexture, UiState& ui) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::Begin("##presentation", nullptr,
                 kPlain | ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoInputs);
    ui.mapOrigin = {vp->Pos.x, vp->Pos.y};
    ui.mapSize = {vp->Size.x, vp->Size.y};
    ui.mouseOnMap.reset();
    ui.clickOnMap.reset();
    ui.draggingMap = false;
    if (mapTexture != 0) {
        const auto texture = reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(mapTexture));
        ImGui::GetWindowDrawList()->AddImage(texture, vp->Pos, ImVec2(vp->Pos.x + vp->Size.x, vp->Pos.y + vp->Size.y),
                                             ImVec2(0, 1), ImVec2(1, 0));
    }
    ImGui::End();
    ImGui::PopStyleVar(2);
}

void drawCaptionBand(const core::SlideCaption& c, core::PresentTheme theme, UiState& ui) {
    ui.captionBandHeight = 0.0f;
    if (c.title.empty() && c.caption.empty() && !c.quote && c.year.empty() && c.counter.empty()) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const BandColours col = coloursFor(theme);
    const float s = bandScale();
    // Text sizes for a room (core::captionTextSizes): the fonts are rasterised at kTitleSize and kBodySize.
    const core::CaptionTextSizes px = core::captionTextSizes(vp->Size.y);
    const float titleScale = px.title / kTitleSize, bodyScale = px.body / kBodySize;
    const float citeScale = px.citation / kBodySize;
    const float pad = 30.0f * s;
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x, vp->Pos.y + vp->Size.y), ImGuiCond_Always, ImVec2(0.0f, 1.0f));
    // Full width; as tall as its text, but never more than half the screen (the map is the point).
    ImGui::SetNextWindowSizeConstraints(ImVec2(vp->Size.x, 0.0f), ImVec2(vp->Size.x, vp->Size.y * 0.5f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, pad * 0.7f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(pad * 0.8f, 8.0f * s));
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(pad * 0.4f, 0.0f));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, col.background);
    ImGui::PushStyleColor(ImGuiCol_Text, col.ink);
    ImGui::Begin("##caption", nullptr, kPlain | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoInputs);
    const ImVec2 pos = ImGui::GetWindowPos();
    const ImVec2 size = ImGui::GetWindowSize();
    ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + 4.0f * s),
                                              ImGui::GetColorU32(col.rule));

    ImGui::PushFont(font(kTitleFont));
    ImGui::SetWindowFontScale(titleScale);
    const float yearWidth = std::max(ImGui::CalcTextSize(c.year.c_str()).x, ImGui::CalcTextSize("0000").x);
    ImGui::PopFont();
    ImGui::PushFont(font(kBodyFont));
    ImGui::SetWindowFontScale(bodyScale);
    const float counterWidth = ImGui::CalcTextSize(c.counter.c_str()).x;
    ImGui::PopFont();

    const ImGuiTableFlags flags = ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoPadOuterX;
    if (ImGui::BeginTable("##band", 3, flags, ImVec2(vp->Size.x - 2.0f * pad, 0.0f))) {
        ImGui::TableSetupColumn("year", ImGuiTableColumnFlags_WidthFixed, yearWidth);
        ImGui::TableSetupColumn("text", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("counter", ImGuiTableColumnFlags_WidthFixed, counterWidth);
        ImGui::TableNextRow();

        ImGui::TableNextColumn();
        ImGui::PushFont(font(kTitleFont));
        ImGui::SetWindowFontScale(titleScale);
        ImGui::TextColored(col.year, "%s", c.year.c_str());
        ImGui::PopFont();

        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0.0f);  // wrap at the column's edge
        if (!c.title.empty()) {
            ImGui::PushFont(font(kTitleFont));
            ImGui::SetWindowFontScale(titleScale);
            ImGui::TextUnformatted(c.title.c_str());
            ImGui::PopFont();
        }
        ImGui::PushFont(font(kBodyFont));
        ImGui::SetWindowFontScale(bodyScale);
        if (!c.caption.empty()) textWrappedKeepingTail(c.caption);
        if (c.quote) {
            ImGui::Dummy(ImVec2(0.0f, 4.0f * s));
            ImGui::PushStyleColor(ImGuiCol_Text, col.quote);
            const std::string quoted = "\xE2\x80\x9C" + c.quote->text + "\xE2\x80\x9D";
            textWrappedKeepingTail(quoted);
            ImGui::PopStyleColor();
            ImGui::SetWindowFontScale(citeScale);
            ImGui::PushStyleColor(ImGuiCol_Text, col.quiet);
            textWrappedKeepingTail("\xE2\x80\x94 " + c.quote->citation);
            ImGui::PopStyleColor();
        }
        ImGui::PopFont();
        ImGui::PopTextWrapPos();

        ImGui::TableNextColumn();
        ImGui::PushFont(font(kBodyFont));
        ImGui::SetWindowFontScale(bodyScale);
        ImGui::PushStyleColor(ImGuiCol_Text, col.quiet);
        ImGui::TextUnformatted(c.counter.c_str());
        ImGui::PopStyleColor();
        ImGui::PopFont();
        ImGui::EndTable();
    }
    ImGui::SetWindowFontScale(1.0f);
    ui.captionBandHeight = size.y;
    ImGui::End();
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar(5);
}

void drawSpeakerNotes(const core::SlideCaption& c) {
    // Drawn on the foreground list, after the spotlight, so that dimming the map never dims the presenter's notes.
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float s = bandScale();
    ImFont* f = font(kBodyFont);
    const float px = f->FontSize * ImGui::GetIO().FontGlobalScale * s * 0.62f;
    const float pad = 14.0f * s;
    const float wrap = vp->Size.x * 0.4f - 2.0f * pad;
    const std::string header = "Notes \xC2\xB7 slide " + c.counter;
    const std::string body = c.notes.empty() ? "(no notes for this slide)" : c.notes;
    const ImVec2 h = f->CalcTextSizeA(px, FLT_MAX, wrap, header.c_str());
    const ImVec2 b = f->CalcTextSizeA(px, FLT_MAX, wrap, body.c_str());
    const ImVec2 p0(vp->Pos.x + 16.0f * s, vp->Pos.y + 16.0f * s);
    const ImVec2 p1(p0.x + std::max(h.x, b.x) + 2.0f * pad, p0.y + h.y + b.y + 2.0f * pad + 4.0f * s);
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    dl->AddRectFilled(p0, p1, ImGui::GetColorU32(rgb(0x1B1F24, 0.94f)), 6.0f * s);
    dl->AddRect(p0, p1, ImGui::GetColorU32(rgb(0xF0B08C, 0.8f)), 6.0f * s);
    dl->AddText(f, px, ImVec2(p0.x + pad, p0.y + pad), ImGui::GetColorU32(rgb(0xF0B08C)), header.c_str(), nullptr,
                wrap);
    dl->AddText(f, px, ImVec2(p0.x + pad, p0.y + pad + h.y + 4.0f * s), ImGui::GetColorU32(rgb(0xF1EDE6)), body.c_str(),
                nullptr, wrap);
}

void drawPresenterWindow(const core::PresenterNotes& n, unsigned int nextTexture, float nextAspect,
                         std::vector<core::Action>& out) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, rgb(0x1B1F24));
    ImGui::PushStyleColor(ImGuiCol_Text, rgb(0xF1EDE6));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, rgb(0x15181C));
    ImGui::PushStyleColor(ImGuiCol_Button, rgb(0x3A3F46));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, rgb(0x50565F));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, rgb(0x9A3A26));
    ImGui::Begin("##presenter", nullptr, kPlain & ~ImGuiWindowFlags_NoNav);
    const ImVec4 accent = rgb(0xF0B08C), quiet = rgb(0xB0A79B);

    // Top line: the clock (time since the presentation started), the counter and the year.
    ImGui::PushFont(font(kBodyFont));
    ImGui::SetWindowFontScale(0.8f);
    ImGui::TextColored(accent, "%s", n.clock.c_str());
    ImGui::SameLine(0.0f, 40.0f);
    ImGui::TextUnformatted(("Slide " + n.counter).c_str());
    if (!n.year.empty()) {
        ImGui::SameLine(0.0f, 40.0f);
        ImGui::TextColored(accent, "%s", n.year.c_str());
    }
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
    ImGui::Separator();

    const float gap = ImGui::GetStyle().ItemSpacing.x * 2.0f;
    const float right = std::max(240.0f, ImGui::GetContentRegionAvail().x * 0.4f);
    const float buttons = ImGui::GetFrameHeightWithSpacing() * 1.6f;
    const float height = std::max(100.0f, ImGui::GetContentRegionAvail().y - buttons);

    // Left: what to say now.
    ImGui::BeginChild("##now", ImVec2(ImGui::GetContentRegionAvail().x - right - gap, height), false);
    ImGui::PushFont(font(kBodyFont));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(n.title.c_str());
    ImGui::PopFont();
    ImGui::Spacing();
    ImGui::PushFont(font(1));
    if (n.hasNotes) ImGui::TextUnformatted(n.notes.c_str());
    else ImGui::TextColored(quiet, "%s", n.notes.c_str());
    ImGui::PopFont();
    ImGui::PopTextWrapPos();
    ImGui::EndChild();

    // Right: what comes next, as the audience will see it.
    ImGui::SameLine(0.0f, gap);
    ImGui::BeginChild("##next", ImVec2(right, height), false);
    ImGui::TextColored(quiet, "Next");
    ImGui::PushTextWrapPos(0.0f);
    ImGui::PushFont(font(1));
    ImGui::TextUnformatted(n.nextTitle.c_str());
    ImGui::PopFont();
    ImGui::PopTextWrapPos();
    if (!n.nextYear.empty()) ImGui::TextColored(accent, "%s", n.nextYear.c_str());
    if (nextTexture != 0 && nextAspect > 0.0f) {
        const float w = ImGui::GetContentRegionAvail().x;
        ImGui::Image(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(nextTexture)), ImVec2(w, w / nextAspect),
                     ImVec2(0, 1), ImVec2(1, 0));  // GL textures are bottom-up
    } else if (n.next) {
        ImGui::TextColored(quiet, "(no preview: the next slide is in another projection)");
    }
    ImGui::EndChild();

    const float w = (ImGui::GetContentRegionAvail().x - gap) * 0.5f;
    if (ImGui::Button("Previous", ImVec2(w, buttons * 0.8f)))
        out.emplace_back(core::action::Present{core::PresentCommand::Previous});
    ImGui::SameLine(0.0f, gap);
    if (ImGui::Button(n.next ? "Next" : "Last slide", ImVec2(w, buttons * 0.8f)))
        out.emplace_back(core::action::Present{core::PresentCommand::Next});
    ImGui::End();
    ImGui::PopStyleColor(6);
}

void drawSpotlight() {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const ImVec2 m = ImGui::GetIO().MousePos;
    if (!ImGui::IsMousePosValid(&m)) return;
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    const float radius = std::min(vp->Size.x, vp->Size.y) * 0.14f;
    // The dim part is a ring from the circle's edge out past the farthest corner of the screen, drawn as one thick
    // circle; a thinner, lighter ring inside softens the edge.
    float far = 0.0f;
    for (ImVec2 corner : {vp->Pos, ImVec2(vp->Pos.x + vp->Size.x, vp->Pos.y), ImVec2(vp->Pos.x, vp->Pos.y + vp->Size.y),
                          ImVec2(vp->Pos.x + vp->Size.x, vp->Pos.y + vp->Size.y)})
        far = std::max(far, std::hypot(corner.x - m.x, corner.y - m.y));
    const float outer = far + 4.0f;
    dl->AddCircle(m, (radius + outer) * 0.5f, ImGui::GetColorU32(rgb(0x000000, 0.72f)), 256, outer - radius);
    const float soft = radius * 0.08f;
    dl->AddCircle(m, radius - soft * 0.5f, ImGui::GetColorU32(rgb(0x000000, 0.3f)), 256, soft);
}

void drawBlankScreen() {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::GetForegroundDrawList()->AddRectFilled(vp->Pos, ImVec2(vp->Pos.x + vp->Size.x, vp->Pos.y + vp->Size.y),
                                                  IM_COL32(0, 0, 0, 255));
    ImGui::SetMouseCursor(ImGuiMouseCursor_None);
}

}  // namespace atlas::ui
