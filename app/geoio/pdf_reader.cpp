// PDF to text with poppler's C++ API: one text per page, page starts kept, the Info dictionary as metadata.
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <cctype>
#include <ctime>
#include <memory>
#include <mutex>
#include <vector>

#include "geoio/document_readers.hpp"

namespace atlas::geoio {

namespace {

void quietPoppler() {  // poppler prints syntax complaints to stderr; the loader reports one line per file instead
    static std::once_flag once;
    std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

std::string utf8(const poppler::ustring& s) {
    const poppler::byte_array b = s.to_utf8();
    return std::string(b.begin(), b.end());
}

std::optional<std::string> infoString(const poppler::document& doc, const char* key) {
    std::string v = detail::collapseSpaces(utf8(doc.info_key(key)));
    if (v.empty()) return std::nullopt;
    return v;
}

bool hasNonSpace(std::string_view s) {
    for (const char c : s)
        if (!std::isspace(static_cast<unsigned char>(c))) return true;
    return false;
}

}  // namespace

std::optional<core::ExtractedText> extractPdf(std::string_view bytes, std::string& error) {
    quietPoppler();
    if (bytes.rfind("%PDF", 0) != 0 && bytes.substr(0, 1024).find("%PDF") == std::string_view::npos) {
        error = "not a PDF file (no %PDF header)";
        return std::nullopt;
    }
    poppler::byte_array data(bytes.begin(), bytes.end());
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_data(&data));
    if (!doc) {
        // poppler gives no reason; an encrypted file without the password is the common one
        if (bytes.find("/Encrypt") != std::string_view::npos) error = "encrypted PDF, cannot read without a password";
        else error = "damaged PDF, poppler cannot open it";
        return std::nullopt;
    }
    if (doc->is_locked()) {
        error = "encrypted PDF, cannot read without a password";
        return std::nullopt;
    }
    core::ExtractedText out;
    const int pages = doc->pages();
    bool anyText = false;
    for (int i = 0; i < pages; ++i) {
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        std::string text = page ? utf8(page->text()) : std::string();
        for (char& c : text)
            if (c == '\f') c = '\n';
        anyText = anyText || hasNonSpace(text);
        if (!out.text.empty() && out.text.back() != '\n') out.text += '\n';
        if (i > 0) out.text += '\n';  // a page ends a paragraph unless the splitter rejoins it
        out.pageStarts.push_back(out.text.size());
        out.text += text;
    }
    if (!anyText) {
        error = pages == 0 ? "PDF has no pages" : "no text layer (scanned?)";
        return std::nullopt;
    }
    if (!out.text.empty() && out.text.back() != '\n') out.text += '\n';
    out.title = infoString(*doc, "Title");
    out.author = infoString(*doc, "Author");
    // The date as written ("D:20240312…", the author's local day), else poppler's parse of it in UTC.
    if (const auto raw = infoString(*doc, "CreationDate")) out.date = detail::isoDatePrefix(*raw);
    if (const std::time_t created = doc->info_date_t("CreationDate"); !out.date && created > 0) {
        std::tm tm{};
        gmtime_r(&created, &tm);
        char buf[16];
        if (std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm) == 10) out.date = std::string(buf);
    }
    return out;
}

}  // namespace atlas::geoio
