// HTML to text with libxml2's HTML parser: page chrome left out, blocks as paragraphs, meta tags as metadata.
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <string>
#include <string_view>

#include "geoio/document_readers.hpp"

namespace atlas::geoio {

namespace {

struct DocFree {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string nameOf(const xmlNode* n) { return n->name ? lower(reinterpret_cast<const char*>(n->name)) : std::string(); }

std::string attr(const xmlNode* n, const char* name) {
    xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
    if (!v) return {};
    std::string out(reinterpret_cast<const char*>(v));
    xmlFree(v);
    return out;
}

std::string textContent(const xmlNode* n) {
    xmlChar* v = xmlNodeGetContent(n);
    if (!v) return {};
    std::string out = detail::collapseSpaces(reinterpret_cast<const char*>(v));
    xmlFree(v);
    return out;
}

/// The charset the page declares: a BOM, else <meta charset> or http-equiv Content-Type in the first 4 KiB.
std::string declaredCharset(std::string_view bytes) {
    if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) return "UTF-8";
    if (bytes.rfind("\xFF\xFE", 0) == 0) return "UTF-16LE";
    if (bytes.rfind("\xFE\xFF", 0) == 0) return "UTF-16BE";
    const std::string head = lower(bytes.substr(0, 4096));
    for (std::size_t at = head.find("charset"); at != std::string::npos; at = head.find("charset", at + 1)) {
        std::size_t p = at + 7;
        while (p < head.size() && (head[p] == ' ' || head[p] == '"' || head[p] == '\'')) ++p;
        if (p >= head.size() || head[p] != '=') continue;
        ++p;
        while (p < head.size() && (head[p] == ' ' || head[p] == '"' || head[p] == '\'')) ++p;
        std::size_t e = p;
        while (e < head.size() && (std::isalnum(static_cast<unsigned char>(head[e])) || head[e] == '-' || head[e] == '_' ||
                                   head[e] == ':' || head[e] == '.'))
            ++e;
        if (e > p) return head.substr(p, e - p);
    }
    return {};
}

constexpr std::array kChromeElements = {"script", "style",    "nav",    "header", "footer", "aside",
                                        "form",   "noscript", "iframe", "svg",    "button", "template"};
constexpr std::array kChromeWords = {"nav", "menu", "footer", "cookie", "share", "breadcrumb", "sidebar", "banner"};
constexpr std::array kBlockElements = {"p",          "div",     "h1",     "h2",      "h3",     "h4",  "h5",
                                       "h6",         "li",      "ul",     "ol",      "dl",     "dt",  "dd",
                                       "blockquote", "pre",     "table",  "tr",      "section", "article", "main",
                                       "figure",     "figcaption", "address", "hr", "body", "caption", "center"};

template <std::size_t N>
bool among(const std::string& name, const std::array<const char*, N>& set) {
    return std::any_of(set.begin(), set.end(), [&](const char* s) { return name == s; });
}

/// class, id or role naming page chrome ("site-nav", "cookie-banner", role="navigation").
bool isChromeByAttributes(const xmlNode* n, const std::string& name) {
    if (name == "html" || name == "body" || name == "main" || name == "article") return false;
    for (const char* a : {"class", "id", "role"}) {
        const std::string v = lower(attr(n, a));
        if (v.empty()) continue;
        for (const char* word : kChromeWords)
            if (v.find(word) != std::string::npos) return true;
    }
    return false;
}

class TextWriter {
public:
    void text(std::string_view raw) {
        const bool leadingSpace = !raw.empty() && std::isspace(static_cast<unsigned char>(raw.front()));
        const bool trailingSpace = !raw.empty() && std::isspace(static_cast<unsigned char>(raw.back()));
        const std::string t = detail::collapseSpaces(raw);
        if (t.empty()) {
            m_space = m_space || !raw.empty();
            return;
        }
        if (!m_out.empty()) {
            if (m_break) m_out += "\n\n";
            else if ((m_space || leadingSpace) && m_out.back() != ' ' && m_out.back() != '\n') m_out += ' ';
        }
        m_out += t;
        m_break = false;
        m_space = trailingSpace;
    }
    void paragraphBreak() { m_break = true; }
    void lineBreak() {
        if (!m_out.empty() && !m_break) m_out += '\n';
        m_space = false;
    }
    void space() { m_space = true; }
    std::string take() { return std::move(m_out); }

private:
    std::string m_out;
    bool m_break = false;
    bool m_space = false;
};

void writeText(const xmlNode* n, TextWriter& w) {
    for (const xmlNode* c = n; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content) w.text(reinterpret_cast<const char*>(c->content));
            continue;
        }
        if (c->type != XML_ELEMENT_NODE) continue;
        const std::string name = nameOf(c);
        if (name == "head" || among(name, kChromeElements) || isChromeByAttributes(c, name)) continue;
        if (name == "br") {
            w.lineBreak();
            continue;
        }
        const bool block = among(name, kBlockElements);
        if (block) w.paragraphBreak();
        if (name == "td" || name == "th") w.space();
        writeText(c->children, w);
        if (block) w.paragraphBreak();
        if (name == "td" || name == "th") w.space();
    }
}

struct HtmlMeta {
    std::string title, ogTitle, author, description, date, timeDatetime;
};

void collectMeta(const xmlNode* n, HtmlMeta& m) {
    for (const xmlNode* c = n; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        const std::string name = nameOf(c);
        if (name == "title" && m.title.empty()) {
            m.title = textContent(c);
        } else if (name == "meta") {
            const std::string key = lower(attr(c, "name").empty() ? attr(c, "property") : attr(c, "name"));
            const std::string content = detail::collapseSpaces(attr(c, "content"));
            auto set = [&](std::string& field) {
                if (field.empty()) field = content;
            };
            if (key == "og:title") set(m.ogTitle);
            else if (key == "author" || key == "dc.creator" || key == "citation_author") set(m.author);
            else if (key == "description" || key == "og:description") set(m.description);
            else if (key == "article:published_time" || key == "date" || key == "dc.date" || key == "pubdate" ||
                     key == "citation_publication_date")
                set(m.date);
        } else if (name == "time" && m.timeDatetime.empty()) {
            m.timeDatetime = attr(c, "datetime");
        }
        collectMeta(c->children, m);
    }
}

/// Catches what libxml2 reports while it parses (encoding conversion errors bypass HTML_PARSE_NOERROR and would
/// otherwise go straight to stderr) and keeps the first message as the file's one-line problem. The handlers are
/// per thread in libxml2, so parallel indexing threads each have their own; the previous ones come back at the end.
class LibxmlErrors {
public:
    LibxmlErrors()
        : m_oldStructured(xmlStructuredError), m_oldStructuredCtx(xmlStructuredErrorContext),
          m_oldGeneric(xmlGenericError), m_oldGenericCtx(xmlGenericErrorContext) {
        xmlSetStructuredErrorFunc(this, &LibxmlErrors::onStructured);
        xmlSetGenericErrorFunc(this, &LibxmlErrors::onGeneric);
    }
    ~LibxmlErrors() {
        xmlSetStructuredErrorFunc(m_oldStructuredCtx, m_oldStructured);
        xmlSetGenericErrorFunc(m_oldGenericCtx, m_oldGeneric);
    }
    LibxmlErrors(const LibxmlErrors&) = delete;
    LibxmlErrors& operator=(const LibxmlErrors&) = delete;

    /// Only encoding problems matter here: the parser's own recoverable complaints about tag soup are not the
    /// user's business (HTML_PARSE_NOERROR already silences most of them).
    [[nodiscard]] const std::string& encodingProblem() const { return m_encoding; }

private:
    static void onStructured(void* self, xmlErrorPtr e) {
        if (e == nullptr) return;
        auto* me = static_cast<LibxmlErrors*>(self);
        if (e->domain != XML_FROM_I18N && e->code != XML_ERR_INVALID_CHAR && e->code != XML_ERR_INVALID_ENCODING &&
            e->code != XML_ERR_UNSUPPORTED_ENCODING)
            return;
        if (me->m_encoding.empty() && e->message) me->m_encoding = detail::collapseSpaces(e->message);
    }
    // Generic (unstructured) messages come in printf pieces; the format alone is kept, trimmed.
    static void onGeneric(void* self, const char* msg, ...) {
        auto* me = static_cast<LibxmlErrors*>(self);
        if (me->m_encoding.empty() && msg && std::string_view(msg).find("encoding") != std::string_view::npos)
            me->m_encoding = detail::collapseSpaces(msg);
    }

    xmlStructuredErrorFunc m_oldStructured;
    void* m_oldStructuredCtx;
    xmlGenericErrorFunc m_oldGeneric;
    void* m_oldGenericCtx;
    std::string m_encoding;
};

std::optional<std::string> nonEmpty(std::string s) {
    if (s.empty()) return std::nullopt;
    return s;
}

}  // namespace

std::optional<core::ExtractedText> extractHtml(std::string_view bytes, std::string& error) {
    const std::string charset = declaredCharset(bytes);
    if (bytes.size() > static_cast<std::size_t>(INT32_MAX)) {
        error = "HTML file too large (over 2 GiB)";
        return std::nullopt;
    }
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                        HTML_PARSE_COMPACT;
    LibxmlErrors errors;
    std::unique_ptr<xmlDoc, DocFree> doc(htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr,
                                                        charset.empty() ? "UTF-8" : charset.c_str(), options));
    // Text read up to a byte the declared charset lacks still counts; the problem is one line for the file.
    if (!errors.encodingProblem().empty())
        error = "text cut short at a byte that is not " + (charset.empty() ? std::string("UTF-8") : charset) +
                " (libxml2: " + errors.encodingProblem() + ")";
    if (!doc) {
        error = charset.empty() ? "cannot parse HTML" : "cannot parse HTML in charset \"" + charset + "\"";
        return std::nullopt;
    }
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    core::ExtractedText out;
    if (root) {
        TextWriter w;
        writeText(root, w);
        // libxml2 passes malformed bytes through where the declared charset is UTF-8 (found by fuzzing: a lone
        // 0xEF); text and metadata are made valid UTF-8 here, a bad sequence one U+FFFD.
        out.text = detail::repairUtf8(w.take());
        if (!out.text.empty()) out.text += '\n';
        HtmlMeta m;
        collectMeta(root, m);
        out.title = nonEmpty(detail::repairUtf8(m.ogTitle.empty() ? m.title : m.ogTitle));
        if (m.author.rfind("http", 0) != 0) out.author = nonEmpty(detail::repairUtf8(m.author));  // often a URL
        out.description = nonEmpty(detail::repairUtf8(m.description));
        out.date = detail::isoDatePrefix(m.date);
        if (!out.date) out.date = detail::isoDatePrefix(m.timeDatetime);
    }
    return out;
}

}  // namespace atlas::geoio
