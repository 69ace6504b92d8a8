// DOCX and ODT to text: the ZIP read with libzip, the document and metadata XML with libxml2.
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

#include "geoio/document_readers.hpp"

namespace atlas::geoio {

namespace {

struct ZipClose {
    void operator()(zip_t* z) const { zip_discard(z); }
};
struct DocFree {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipClose>;
using XmlPtr = std::unique_ptr<xmlDoc, DocFree>;

ZipPtr openZip(std::string_view bytes, std::string& error) {
    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zerr);
    if (!src) {
        error = std::string("cannot read ZIP: ") + zip_error_strerror(&zerr);
        zip_error_fini(&zerr);
        return nullptr;
    }
    zip_t* z = zip_open_from_source(src, ZIP_RDONLY, &zerr);
    if (!z) {
        error = std::string("corrupt ZIP: ") + zip_error_strerror(&zerr);
        zip_source_free(src);
    }
    zip_error_fini(&zerr);
    return ZipPtr(z);
}

/// One member's bytes; nullopt (and a reason) when it is missing or cannot be inflated.
std::optional<std::string> readMember(zip_t* z, const char* name, std::string& error) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(z, name, 0, &st) != 0 || (st.valid & ZIP_STAT_SIZE) == 0) {
        error = std::string("no ") + name + " inside";
        return std::nullopt;
    }
    constexpr zip_uint64_t kMaxMember = 1ull << 30;  // a zip bomb is not a document
    if (st.size > kMaxMember) {
        error = std::string(name) + " is larger than 1 GiB";
        return std::nullopt;
    }
    std::unique_ptr<zip_file_t, decltype(&zip_fclose)> f(zip_fopen(z, name, 0), &zip_fclose);
    std::string out(static_cast<std::size_t>(st.size), '\0');
    if (!f || zip_fread(f.get(), out.data(), st.size) != static_cast<zip_int64_t>(st.size)) {
        error = std::string("corrupt ZIP: cannot inflate ") + name;
        return std::nullopt;
    }
    return out;
}

XmlPtr parseXml(const std::string& bytes, const char* name, std::string& error) {
    XmlPtr doc(xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), name, nullptr,
                             XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_HUGE));
    if (!doc || !xmlDocGetRootElement(doc.get())) {
        error = std::string(name) + " is not well-formed XML";
        return nullptr;
    }
    return doc;
}

bool is(const xmlNode* n, const char* local) {
    return n->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char*>(n->name), local) == 0;
}

std::string attrLocal(const xmlNode* n, const char* local) {
    for (const xmlAttr* a = n->properties; a; a = a->next)
        if (std::strcmp(reinterpret_cast<const char*>(a->name), local) == 0 && a->children && a->children->content)
            return reinterpret_cast<const char*>(a->children->content);
    return {};
}

/// Paragraph text gathered from the body; a paragraph ends with a blank line.
class Paragraphs {
public:
    void append(std::string_view s) { m_current += s; }
    void end() {
        const std::string t = trimmed();
        if (!t.empty()) m_out += t + "\n\n";
        m_current.clear();
    }
    std::string take() {
        end();
        return std::move(m_out);
    }

private:
    std::string trimmed() const {
        std::size_t b = 0;
        std::size_t e = m_current.size();
        while (b < e && (m_current[b] == ' ' || m_current[b] == '\n' || m_current[b] == '\t')) ++b;
        while (e > b && (m_current[e - 1] == ' ' || m_current[e - 1] == '\n' || m_current[e - 1] == '\t')) --e;
        return m_current.substr(b, e - b);
    }
    std::string m_out;
    std::string m_current;
};

void walkDocx(const xmlNode* n, Paragraphs& out) {
    for (const xmlNode* c = n; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        if (is(c, "p")) {
            out.end();
            walkDocx(c->children, out);
            out.end();
        } else if (is(c, "t")) {
            if (c->children && c->children->content) out.append(reinterpret_cast<const char*>(c->children->content));
        } else if (is(c, "tab")) {
            out.append("\t");
        } else if (is(c, "br") || is(c, "cr")) {
            out.append("\n");
        } else if (!is(c, "delText") && !is(c, "instrText")) {  // deleted revisions and field codes are no text
            walkDocx(c->children, out);
        }
    }
}

void walkOdt(const xmlNode* n, Paragraphs& out) {
    for (const xmlNode* c = n; c; c = c->next) {
        if (c->type == XML_TEXT_NODE) {
            if (c->content) out.append(reinterpret_cast<const char*>(c->content));
            continue;
        }
        if (c->type != XML_ELEMENT_NODE) continue;
        if (is(c, "p") || is(c, "h")) {
            out.end();
            walkOdt(c->children, out);
            out.end();
        } else if (is(c, "s")) {
            const std::string count = attrLocal(c, "c");
            const unsigned long spaces = count.empty() ? 1 : std::strtoul(count.c_str(), nullptr, 10);
            out.append(std::string(std::min<unsigned long>(spaces, 64), ' '));
        } else if (is(c, "tab")) {
            out.append("\t");
        } else if (is(c, "line-break")) {
            out.append("\n");
        } else if (!is(c, "tracked-changes") && !is(c, "annotation") && !is(c, "note-citation") &&
                   !is(c, "sequence-decls")) {
            walkOdt(c->children, out);
        }
    }
}

/// First element anywhere below `n` with local name `local`, as collapsed text.
std::optional<std::string> firstText(const xmlNode* n, const char* local) {
    for (const xmlNode* c = n; c; c = c->next) {
        if (is(c, local)) {
            xmlChar* v = xmlNodeGetContent(c);
            std::string s = v ? detail::collapseSpaces(reinterpret_cast<const char*>(v)) : std::string();
            if (v) xmlFree(v);
            if (!s.empty()) return s;
        }
        if (auto below = firstText(c->children, local)) return below;
    }
    return std::nullopt;
}

/// Title, author and date from docProps/core.xml or meta.xml (both Dublin Core based); missing fields stay empty.
void readProperties(zip_t* z, const char* member, const char* creatorFallback, const char* dateElement,
                    core::ExtractedText& out) {
    std::string ignored;
    const auto bytes = readMember(z, member, ignored);
    if (!bytes) return;
    const XmlPtr doc = parseXml(*bytes, member, ignored);
    if (!doc) return;
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    out.title = firstText(root, "title");
    out.author = firstText(root, "creator");
    if (!out.author && creatorFallback) out.author = firstText(root, creatorFallback);
    out.description = firstText(root, "description");
    if (const auto d = firstText(root, dateElement)) out.date = detail::isoDatePrefix(*d);
}

/// What tells DOCX and ODT apart: where the body and the properties are, and how the body is walked.
struct OfficeFormat {
    const char* what;          // for "not a DOCX document (…)"
    const char* bodyMember;    // the XML part holding the text
    void (*walk)(const xmlNode*, Paragraphs&);
    const char* propsMember;   // Dublin Core based properties
    const char* creatorFallback;
    const char* dateElement;
};

constexpr OfficeFormat kDocx{"a DOCX", "word/document.xml", &walkDocx, "docProps/core.xml", nullptr, "created"};
constexpr OfficeFormat kOdt{"an ODT", "content.xml", &walkOdt, "meta.xml", "initial-creator", "creation-date"};

std::optional<core::ExtractedText> extractOffice(std::string_view bytes, const OfficeFormat& f, std::string& error) {
    const ZipPtr z = openZip(bytes, error);
    if (!z) return std::nullopt;
    const auto body = readMember(z.get(), f.bodyMember, error);
    if (!body) {
        if (error.rfind("no ", 0) == 0) error = std::string("not ") + f.what + " document (" + error + ")";
        return std::nullopt;
    }
    const XmlPtr doc = parseXml(*body, f.bodyMember, error);
    if (!doc) return std::nullopt;
    core::ExtractedText out;
    Paragraphs paragraphs;
    f.walk(xmlDocGetRootElement(doc.get()), paragraphs);
    out.text = paragraphs.take();
    readProperties(z.get(), f.propsMember, f.creatorFallback, f.dateElement, out);
    return out;
}

}  // namespace

std::optional<core::ExtractedText> extractDocx(std::string_view bytes, std::string& error) {
    return extractOffice(bytes, kDocx, error);
}

std::optional<core::ExtractedText> extractOdt(std::string_view bytes, std::string& error) {
    return extractOffice(bytes, kOdt, error);
}

}  // namespace atlas::geoio
