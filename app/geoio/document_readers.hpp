// Text extraction for the corpus formats core does not read itself: HTML, PDF, DOCX and ODT.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/corpus/document.hpp"

namespace atlas::geoio {

/// Readers for .html/.htm, .pdf, .docx and .odt, to pass to core::loadCorpusDirectory and friends.
core::DocumentReaders documentReaders();

/// HTML (libxml2's forgiving parser, no network): page chrome (script, style, nav, header, footer, aside, form,
/// noscript, and elements whose class/id/role names navigation, menus, footers, cookie banners, sharing or
/// breadcrumbs) left out, block elements as paragraphs; <title>/og:title, author, description and the
/// publication date as metadata. The charset comes from a BOM or the page's meta; legacy encodings are converted.
std::optional<core::ExtractedText> extractHtml(std::string_view bytes, std::string& error);

/// PDF (poppler): text page by page, page starts kept; Info title, author and creation date as metadata.
/// Fails with "encrypted PDF, cannot read without a password" or "no text layer (scanned?)".
std::optional<core::ExtractedText> extractPdf(std::string_view bytes, std::string& error);

/// DOCX (word/document.xml paragraphs, docProps/core.xml metadata). Fails on a corrupt ZIP or missing part.
std::optional<core::ExtractedText> extractDocx(std::string_view bytes, std::string& error);

/// ODT (content.xml text:p/text:h, meta.xml metadata). Fails on a corrupt ZIP or missing part.
std::optional<core::ExtractedText> extractOdt(std::string_view bytes, std::string& error);

namespace detail {
/// "2024-03-12T10:00:00Z", "D:20240312…" (PDF) or "2024-03-12" -> "2024-03-12"; "2024-03" and "2024" kept;
/// anything else empty.
std::optional<std::string> isoDatePrefix(std::string_view value);
/// Whitespace runs -> one space, trimmed.
std::string collapseSpaces(std::string_view text);
/// `text` with every malformed UTF-8 sequence replaced by U+FFFD (unchanged when it is valid).
std::string repairUtf8(std::string text);
}  // namespace detail

}  // namespace atlas::geoio
