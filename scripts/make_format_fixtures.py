#!/usr/bin/env python3
"""Writes the corpus-format fixtures of tests/data/formats/ (run from anywhere; needs only python3 and qpdf).

- report.pdf   two pages of text (Helvetica), an Info dictionary (Title, Author, CreationDate)
- locked.pdf   report.pdf encrypted with a user password (qpdf --encrypt), so it cannot be read without one
- scanned.pdf  one page holding only an image: no text layer
- article.html a news page with navigation, a cookie banner, share buttons and a footer around the article
- legacy.html  a page in windows-1251 declared by <meta charset>
- memo.docx / field_notes.odt  small word-processor files (python's zipfile; the geoio tests build their own
  with libzip), and broken.docx, a ZIP cut short
`--bench DIR` writes larger files for `bench_index --mode formats` instead (a 200-page PDF, ~1 MB of HTML, DOCX
and ODT with the same paragraphs).
The output is the same bytes on every run, except locked.pdf (qpdf draws a fresh encryption key).
"""
import os
import subprocess
import sys
import zipfile

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data", "formats")


def pdf(objects, info):
    """A minimal PDF: objects[i] is the body of object i+1; object 1 is the catalog; `info` the Info dict body."""
    objects = objects + [info]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, len(objects), xref)
    return bytes(out)


def stream(data):
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def text_page(paragraphs):
    """Content stream: paragraphs of lines, a blank line between paragraphs."""
    ops = [b"BT /F1 12 Tf 72 740 Td 16 TL"]
    for para in paragraphs:
        for line in para:
            ops.append(b"(" + line.encode("latin-1") + b") Tj T*")
        ops.append(b"T*")
    ops.append(b"ET")
    return stream(b"\n".join(ops))


BENCH_PARAGRAPH = ("Traffic between Yerevan and Gyumri slowed in the spring of 2023, while the talks in Tbilisi "
                   "turned to the Lachin corridor and the railway through Nakhchivan; observers near Lake Sevan "
                   "counted the trucks on the road every morning.")


def bench_pdf(pages):
    words = BENCH_PARAGRAPH.split()
    lines = [" ".join(words[i:i + 12]) for i in range(0, len(words), 12)]
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    for i in range(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>"
                       b" /Contents %d 0 R >>" % (5 + 2 * i))
        objects.append(text_page([lines] * 8))
    return pdf(objects, b"<< /Title (Bench) >>")


def write_bench(folder):
    os.makedirs(folder, exist_ok=True)
    n = 4000  # paragraphs: ~1 MB of text
    open(os.path.join(folder, "bench.pdf"), "wb").write(bench_pdf(200))
    html = "<html><head><title>Bench</title></head><body><nav>menu</nav>" + \
        "".join("<p>%s</p><div class=\"share\">Share</div>\n" % BENCH_PARAGRAPH for _ in range(n)) + "</body></html>"
    open(os.path.join(folder, "bench.html"), "wb").write(html.encode("utf-8"))
    body = "".join("<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % BENCH_PARAGRAPH for _ in range(n))
    zip_bytes(os.path.join(folder, "bench.docx"), [("word/document.xml", DOCX_DOCUMENT.replace(
        "<w:body>", "<w:body>" + body)), ("docProps/core.xml", DOCX_CORE)])
    body = "".join("<text:p>%s</text:p>" % BENCH_PARAGRAPH for _ in range(n))
    zip_bytes(os.path.join(folder, "bench.odt"), [("content.xml", ODT_CONTENT.replace(
        "<office:text>", "<office:text>" + body)), ("meta.xml", ODT_META)])


def report_pdf():
    pages = [
        [["Report on the Lachin corridor"],
         ["Traffic between Yerevan and the border slowed in the spring,", "as the survey on this page records."]],
        [["The second page describes Gyumri and its old market,", "and ends the report."]],
    ]
    n = len(pages)
    # 1 catalog, 2 pages, 3 font, then (page, content) pairs
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(n))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    for i, paras in enumerate(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>"
                       b" /Contents %d 0 R >>" % (5 + 2 * i))
        objects.append(text_page(paras))
    info = b"<< /Title (Corridor survey) /Author (A. Researcher) /CreationDate (D:20240312101500+04'00') >>"
    return pdf(objects, info)


def scanned_pdf():
    gray = bytes(range(0, 256, 16)) * 16  # a 16x16 gray ramp
    image = b"<< /Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray " \
            b"/BitsPerComponent 8 /Length %d >>\nstream\n" % len(gray) + gray + b"\nendstream"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 5 0 R >> >>"
               b" /Contents 4 0 R >>",
               stream(b"q 400 0 0 400 100 200 cm /Im1 Do Q"),
               image]
    return pdf(objects, b"<< /Title (Scanned letter) >>")


ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Border talks resume | Example News</title>
<meta property="og:title" content="Border talks resume in Tbilisi">
<meta name="author" content="N. Reporter">
<meta name="description" content="Delegations met in Tbilisi.">
<meta property="article:published_time" content="2024-03-12T09:30:00+04:00">
<style>body { font-family: serif; }</style>
<script>var trackingYerevan = 1;</script>
</head><body>
<header><a href="/">Example News</a> <a href="/world">Shusha section</a></header>
<nav class="site-menu"><ul><li>Ganja</li><li>Lachin</li></ul></nav>
<div class="cookie-banner">We use cookies. Accept to read about Batumi.</div>
<main><article>
<h1>Border talks resume in Tbilisi</h1>
<p>Delegations from Yerevan and Baku met in <b>Tbilisi</b> on Tuesday &mdash; the first round this year.</p>
<p>The talks turned to the Lachin corridor<br>and to the railway.</p>
<div class="share-buttons">Share on Gyumri social</div>
</article></main>
<aside>Most read: Kutaisi</aside>
<footer>&copy; Example News, Sevan street</footer>
</body></html>
"""

LEGACY_HTML = ("<html><head><meta charset=\"windows-1251\"><title>Переговоры в Ереване</title></head>"
               "<body><p>Делегации встретились в Ереване и обсудили Лачинский коридор.</p></body></html>\n")


def zip_bytes(path, members):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in members:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(info, text)


DOCX_DOCUMENT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>Memo on Gyumri</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">The road from </w:t></w:r><w:r><w:t>Yerevan</w:t></w:r><w:r><w:tab/><w:t>was open.</w:t></w:r></w:p>
<w:p><w:r><w:delText>Deleted Shusha text</w:delText></w:r></w:p>
</w:body></w:document>"""
DOCX_CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Gyumri memo</dc:title><dc:creator>M. Writer</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2023-11-18T08:00:00Z</dcterms:created></cp:coreProperties>"""
ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>
<text:h text:outline-level="1">Field notes from Lake Sevan</text:h>
<text:p>We drove from Yerevan<text:s text:c="2"/>to Lake Sevan<text:line-break/>in the morning.</text:p>
</office:text></office:body></office:document-content>"""
ODT_META = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<office:meta><dc:title>Sevan field notes</dc:title><meta:initial-creator>F. Walker</meta:initial-creator>
<meta:creation-date>2022-07-01T12:00:00</meta:creation-date></office:meta></office:document-meta>"""


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--bench":
        write_bench(sys.argv[2])
        return 0
    os.makedirs(OUT, exist_ok=True)
    write = lambda name, data: open(os.path.join(OUT, name), "wb").write(data)
    write("report.pdf", report_pdf())
    write("scanned.pdf", scanned_pdf())
    locked = os.path.join(OUT, "locked.pdf")
    subprocess.run(["qpdf", "--static-id", "--static-aes-iv", "--encrypt", "reader-secret", "owner-secret", "256", "--",
                    os.path.join(OUT, "report.pdf"), locked], check=True)
    write("article.html", ARTICLE_HTML.encode("utf-8"))
    write("legacy.html", LEGACY_HTML.encode("cp1251"))
    zip_bytes(os.path.join(OUT, "memo.docx"), [("[Content_Types].xml", "<Types/>"),
                                               ("word/document.xml", DOCX_DOCUMENT),
                                               ("docProps/core.xml", DOCX_CORE)])
    zip_bytes(os.path.join(OUT, "field_notes.odt"), [("mimetype", "application/vnd.oasis.opendocument.text"),
                                                     ("content.xml", ODT_CONTENT), ("meta.xml", ODT_META)])
    whole = open(os.path.join(OUT, "memo.docx"), "rb").read()
    write("broken.docx", whole[: len(whole) // 2])
    return 0


if __name__ == "__main__":
    sys.exit(main())
