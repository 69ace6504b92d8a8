// The media module's handout PDF: cairo draws the pages, pango shapes the text (fontconfig falls back for Armenian, Georgian…).
#include "application/media/media.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>

namespace atlas::app::media {
namespace {

/// The faces the window uses (core/fonts.hpp): Noto Sans, its Armenian and Georgian, DejaVu for what they lack.
constexpr const char* kFamilies = "Noto Sans, Noto Sans Armenian, Noto Sans Georgian, DejaVu Sans";

enum class Face { Regular, Bold, Italic };
struct Rgb {
    double r, g, b;
};
constexpr Rgb kInk{0.12, 0.12, 0.14};
constexpr Rgb kGrey{0.38, 0.38, 0.42};
constexpr Rgb kRule{0.75, 0.75, 0.78};

/// A paragraph of one style.
struct Block {
    std::string text;
    Face face = Face::Regular;
    double size = 10.0;  // points at full size
    Rgb colour = kInk;
    double spaceBefore = 0.0;
};

template <class T, void (*Free)(T*)>
struct Deleter {
    void operator()(T* p) const { Free(p); }
};
void unrefObject(PangoLayout* p) { g_object_unref(p); }
using LayoutPtr = std::unique_ptr<PangoLayout, Deleter<PangoLayout, unrefObject>>;
using FontPtr = std::unique_ptr<PangoFontDescription, Deleter<PangoFontDescription, pango_font_description_free>>;

LayoutPtr layoutFor(cairo_t* cr, const std::string& text, Face face, double size, double width) {
    LayoutPtr layout(pango_cairo_create_layout(cr));
    FontPtr font(pango_font_description_from_string(kFamilies));
    pango_font_description_set_absolute_size(font.get(), size * PANGO_SCALE);  // points: the PDF's user unit
    if (face == Face::Bold) pango_font_description_set_weight(font.get(), PANGO_WEIGHT_BOLD);
    if (face == Face::Italic) pango_font_description_set_style(font.get(), PANGO_STYLE_ITALIC);
    pango_layout_set_font_description(layout.get(), font.get());
    pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    PangoAttrList* attrs = pango_attr_list_new();  // no hyphens added: the text stays as the slide has it
    pango_attr_list_insert(attrs, pango_attr_insert_hyphens_new(FALSE));
    pango_layout_set_attributes(layout.get(), attrs);
    pango_attr_list_unref(attrs);
    pango_layout_set_text(layout.get(), text.c_str(), static_cast<int>(text.size()));
    return layout;
}

double heightOf(PangoLayout* layout) {
    int w = 0, h = 0;
    pango_layout_get_size(layout, &w, &h);
    return static_cast<double>(h) / PANGO_SCALE;
}

double columnHeight(cairo_t* cr, const std::vector<Block>& blocks, double width, double scale) {
    double h = 0.0;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (blocks[i].text.empty()) continue;
        if (h > 0.0) h += blocks[i].spaceBefore * scale;
        h += heightOf(layoutFor(cr, blocks[i].text, blocks[i].face, blocks[i].size * scale, width).get());
    }
    return h;
}

/// Draws the blocks into `box` at `scale`; what does not fit (whole lines) is returned, to continue elsewhere.
std::vector<Block> drawColumn(cairo_t* cr, const std::vector<Block>& blocks, const core::HandoutBox& box, double scale) {
    std::vector<Block> rest;
    double y = box.y;
    bool first = true;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const Block& b = blocks[i];
        if (b.text.empty()) continue;
        if (!rest.empty()) {
            rest.push_back(b);
            continue;
        }
        if (!first) y += b.spaceBefore * scale;
        LayoutPtr layout = layoutFor(cr, b.text, b.face, b.size * scale, box.w);
        const double room = box.bottom() - y;
        std::size_t cut = b.text.size();  // the byte where the lines that do not fit begin
        PangoLayoutIter* it = pango_layout_get_iter(layout.get());
        do {
            int top = 0, bottom = 0;
            pango_layout_iter_get_line_yrange(it, &top, &bottom);
            if (static_cast<double>(bottom) / PANGO_SCALE > room) {
                cut = static_cast<std::size_t>(pango_layout_iter_get_line_readonly(it)->start_index);
                break;
            }
        } while (pango_layout_iter_next_line(it));
        pango_layout_iter_free(it);
        if (cut < b.text.size()) {
            Block tail = b;
            tail.text = b.text.substr(cut);
            rest.push_back(std::move(tail));
            if (cut == 0) continue;
            layout = layoutFor(cr, b.text.substr(0, cut), b.face, b.size * scale, box.w);
        }
        cairo_set_source_rgb(cr, b.colour.r, b.colour.g, b.colour.b);
        cairo_move_to(cr, box.x, y);
        pango_cairo_show_layout(cr, layout.get());
        y += heightOf(layout.get());
        first = false;
    }
    return rest;
}

/// Draws the column at the largest shrink step at which it fits; at the smallest, what does not fit is returned.
std::vector<Block> fitColumn(cairo_t* cr, const std::vector<Block>& blocks, const core::HandoutBox& box) {
    for (const double scale : core::kHandoutShrinkSteps)
        if (columnHeight(cr, blocks, box.w, scale) <= box.h) return drawColumn(cr, blocks, box, scale);
    return drawColumn(cr, blocks, box, std::end(core::kHandoutShrinkSteps)[-1]);
}

/// One line of text; a title too wide for the line is set smaller (down to 60 %), then wraps.
void drawLine(cairo_t* cr, const std::string& text, Face face, double size, Rgb colour, double x, double y, double width) {
    double s = size;
    LayoutPtr layout = layoutFor(cr, text, face, s, width);
    while (pango_layout_get_line_count(layout.get()) > 1 && s > size * 0.6) {
        s *= 0.92;
        layout = layoutFor(cr, text, face, s, width);
    }
    cairo_set_source_rgb(cr, colour.r, colour.g, colour.b);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout.get());
}

void drawHeader(cairo_t* cr, const core::HandoutLayout& l, const core::HandoutFonts& f, const std::string& counter,
                const std::string& title) {
    drawLine(cr, counter, Face::Regular, f.counter, kGrey, l.header.x, l.header.y, l.header.w);
    drawLine(cr, title, Face::Bold, f.title, kInk, l.header.x, l.header.y + f.counter * 1.45, l.header.w);
}

void drawFooter(cairo_t* cr, const core::HandoutLayout& l, const core::HandoutFonts& f, const std::string& text) {
    cairo_set_source_rgb(cr, kRule.r, kRule.g, kRule.b);
    cairo_set_line_width(cr, 0.5);
    cairo_move_to(cr, l.footer.x, l.footer.y - 2.0);
    cairo_line_to(cr, l.footer.right(), l.footer.y - 2.0);
    cairo_stroke(cr);
    drawLine(cr, text, Face::Regular, f.footer, kGrey, l.footer.x, l.footer.y, l.footer.w);
}

/// The map's pixels as a cairo image; null when there are none or cairo cannot hold them.
cairo_surface_t* mapImage(const HandoutMap& map) {
    if (map.width <= 0 || map.height <= 0 ||
        map.rgba.size() < static_cast<std::size_t>(map.width) * static_cast<std::size_t>(map.height) * 4)
        return nullptr;
    cairo_surface_t* image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, map.width, map.height);
    if (cairo_surface_status(image) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(image);
        return nullptr;
    }
    cairo_surface_flush(image);
    unsigned char* data = cairo_image_surface_get_data(image);
    const int stride = cairo_image_surface_get_stride(image);
    for (int y = 0; y < map.height; ++y) {  // RGB24: one native-endian 0x00RRGGBB word per pixel (opaque map)
        auto* row = reinterpret_cast<std::uint32_t*>(data + static_cast<std::ptrdiff_t>(y) * stride);
        const std::uint8_t* src = map.rgba.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(map.width) * 4;
        for (int x = 0; x < map.width; ++x, src += 4)
            row[x] = (std::uint32_t{src[0]} << 16) | (std::uint32_t{src[1]} << 8) | std::uint32_t{src[2]};
    }
    cairo_surface_mark_dirty(image);
    return image;
}

/// The map image scaled into its box (the PDF keeps every pixel; the reader scales), with a thin frame.
void drawMap(cairo_t* cr, const HandoutMap& map, const core::HandoutBox& box) {
    if (cairo_surface_t* image = mapImage(map)) {
        cairo_save(cr);
        cairo_rectangle(cr, box.x, box.y, box.w, box.h);
        cairo_clip(cr);
        cairo_translate(cr, box.x, box.y);
        cairo_scale(cr, box.w / map.width, box.h / map.height);
        cairo_set_source_surface(cr, image, 0.0, 0.0);
        cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
        cairo_paint(cr);
        cairo_restore(cr);
        cairo_surface_destroy(image);
    }
    cairo_set_source_rgb(cr, kRule.r, kRule.g, kRule.b);
    cairo_set_line_width(cr, 0.6);
    cairo_rectangle(cr, box.x, box.y, box.w, box.h);
    cairo_stroke(cr);
}

cairo_status_t appendBytes(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

}  // namespace

HandoutPdf makeHandoutPdf(const core::Deck& deck, const std::vector<core::HandoutPageText>& texts,
                          const std::vector<HandoutMap>& maps) {
    HandoutPdf out;
    std::string bytes;
    cairo_surface_t* surface =
        cairo_pdf_surface_create_for_stream(appendBytes, &bytes, core::kHandoutPageWidth, core::kHandoutPageHeight);
    if (!deck.title.empty()) cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, deck.title.c_str());
    if (!deck.author.empty()) cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, deck.author.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "caucasus-atlas");
    cairo_t* cr = cairo_create(surface);
    const core::HandoutFonts f;

    std::size_t pages = 0;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const core::HandoutPageText& t = texts[i];
        const HandoutMap empty;
        const HandoutMap& map = i < maps.size() ? maps[i] : empty;
        const double aspect = map.height > 0 ? static_cast<double>(map.width) / map.height : 16.0 / 9.0;
        const core::HandoutLayout l = core::handoutLayout(aspect);
        drawHeader(cr, l, f, t.counter, t.title);
        drawMap(cr, map, l.map);
        std::vector<Block> side{{t.caption, Face::Regular, f.caption, kInk, 0.0},
                                {t.quote, Face::Italic, f.quote, kInk, 12.0},
                                {t.citation, Face::Regular, f.citation, kGrey, 4.0}};
        std::vector<Block> notes;
        if (!t.notes.empty()) notes = {{"Speaker notes", Face::Bold, f.notesHeading, kGrey, 0.0},
                                       {t.notes, Face::Regular, f.notes, kInk, 3.0}};
        std::vector<Block> rest = fitColumn(cr, side, l.side);
        std::vector<Block> notesRest = fitColumn(cr, notes, l.notes);
        rest.insert(rest.end(), notesRest.begin(), notesRest.end());
        drawFooter(cr, l, f, core::handoutFooter(deck, pages + 1));
        cairo_show_page(cr);
        ++pages;
        // What did not fit even at the smallest size continues on pages of its own.
        while (!rest.empty()) {
            drawHeader(cr, l, f, t.counter + " (continued)", t.title);
            // A column as wide as the notes (long lines across the whole page read badly), the page's full height.
            const core::HandoutBox column{l.notes.x, l.map.y, l.notes.w, l.side.h};
            std::vector<Block> next = drawColumn(cr, rest, column, core::kHandoutShrinkSteps[1]);
            if (!next.empty() && next.size() == rest.size() && next.front().text == rest.front().text)
                next.clear();  // not one line fits: stop rather than loop
            rest = std::move(next);
            drawFooter(cr, l, f, core::handoutFooter(deck, pages + 1));
            cairo_show_page(cr);
            ++pages;
        }
    }
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS) {
        out.error = std::string("cannot make the PDF: ") + cairo_status_to_string(status);
        return out;
    }
    out.bytes = std::move(bytes);
    out.pages = pages;
    return out;
}

}  // namespace atlas::app::media
