"""The PDF as a document people share: metadata, tags, fonts, links, reproducible bytes, and
safe rendering of untrusted text. Every check reads the produced PDF with pypdf."""

import http.server
import struct
import threading
import zlib

import pytest
from pypdf import PdfReader

from conftest import SAMPLE, pdf_text, squash, write

HOSTILE = (
    'Hostile markup arrived in the article <img src="file:///etc/passwd"> today, officials said. '
    'The page also held <link rel="attachment" href="file:///etc/hostname"> and more tags. '
    "A style block <style>body {{ background: url({url}/style) }}</style> was pasted in. "
    "Then came <script>alert('x')</script> and <iframe src=\"{url}/frame\"></iframe> as well. "
    'An image <img src="{url}/image.png"> pointed at a server on the network. '
    "Officials said none of it should ever load, run or attach."
)


def objects(reader, kind):
    found = []
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        for item in (resources.get("/XObject") or {}).values():
            if item.get_object().get("/Subtype") == kind:
                found.append(item)
    return found


def fonts(reader):
    names = set()
    for page in reader.pages:
        for reference in (page["/Resources"].get("/Font") or {}).values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            descriptor = descriptor.get_object()
            names.add((str(font["/BaseFont"]), "/FontFile2" in descriptor or "/FontFile3" in descriptor))
    return names


@pytest.fixture
def counting_server():
    """A local HTTP server that counts the requests it gets: nothing should ever reach it."""
    hits = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"fetched")

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", hits
    server.shutdown()


def test_metadata_language_and_tags(run, tmp_path):
    result = run(SAMPLE, "-o", "note.pdf", "--author", "Policy Unit", "--language", "en")
    assert result.code == 0, result.stderr
    reader = PdfReader(tmp_path / "note.pdf")
    info = reader.metadata
    assert info.title == "Harbour city approves £240m flood barrier after record winter storms"
    assert info.author == "Policy Unit"
    assert info.subject.startswith("Briefing note: Councillors in Portmere voted on Tuesday")
    assert "barrier" in info["/Keywords"] and "council" in info["/Keywords"]
    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == "en"
    assert "/StructTreeRoot" in catalog and catalog["/MarkInfo"]["/Marked"]
    assert b"pdfuaid:part" in catalog["/Metadata"].get_object().get_data()


def test_pdf_a_3u_variant(run, tmp_path):
    assert run(SAMPLE, "-o", "archive.pdf", "--pdf-variant", "pdf/a-3u").code == 0
    xmp = PdfReader(tmp_path / "archive.pdf").trailer["/Root"]["/Metadata"].get_object().get_data()
    assert b"pdfaid:part" in xmp and b"3" in xmp.split(b"pdfaid:part")[1][:20]
    assert b"pdfaid:conformance" in xmp


def test_fonts_are_embedded_and_subset(run, tmp_path):
    assert run(SAMPLE, "-o", "note.pdf").code == 0
    found = fonts(PdfReader(tmp_path / "note.pdf"))
    assert found
    for name, embedded in found:
        assert embedded, name
        assert name[1:7].isupper() and name[7] == "+", f"{name} is not a subset"
        assert "DejaVu" in name


def test_same_input_and_source_date_epoch_give_identical_bytes(run, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    assert run(SAMPLE, "-o", "one.pdf").code == 0
    assert run(SAMPLE, "-o", "two.pdf").code == 0
    assert (tmp_path / "one.pdf").read_bytes() == (tmp_path / "two.pdf").read_bytes()
    assert PdfReader(tmp_path / "one.pdf").metadata["/CreationDate"].startswith("D:20260101")


def test_greek_cyrillic_and_armenian_render_with_real_glyphs(run, tmp_path):
    text = (
        "Multilingual desk\n\n"
        "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την ενέργεια την Τρίτη. "
        "Правительство объявило о новых мерах в области энергетики во вторник. "
        "Կառավարությունը երեքշաբթի օրը հայտարարեց էներգետիկայի նոր միջոցառումների մասին. "
        "The ministry in Zürich said the plan would cost €2.5 billion over five years."
    )
    path = write(tmp_path / "scripts.txt", text)
    assert run(path, "-o", "scripts.pdf", "--sentences", "4").code == 0
    reader = PdfReader(tmp_path / "scripts.pdf")
    extracted = squash(pdf_text(tmp_path / "scripts.pdf"))
    for word in ("κυβέρνηση", "Правительство", "Կառավարությունը", "Zürich", "€2.5"):
        assert word in extracted
    assert {name.split("+")[1] for name, _ in fonts(reader)} == {"DejaVu-Sans", "DejaVu-Sans-Bold"}


def test_appendix_links_every_quoted_sentence_to_its_place_in_the_source(run, tmp_path):
    assert run(SAMPLE, "-o", "note.pdf", "--appendix").code == 0
    reader = PdfReader(tmp_path / "note.pdf")
    assert len(reader.pages) == 2
    links = [
        annotation.get_object()
        for page in reader.pages[:1]
        for annotation in page.get("/Annots") or []
        if annotation.get_object()["/Subtype"] == "/Link"
    ]
    assert len(links) == 3 + 4 + 1  # one per brief sentence, per bullet, and for what's next
    destinations = reader.named_destinations
    for link in links:
        assert "/URI" not in (link.get("/A") or {})  # internal, never out to the web
        target = link.get("/Dest") or link["/A"]["/D"]
        assert str(target) in destinations
        assert reader.get_page_number(destinations[str(target)].page) == 1
    appendix = squash(reader.pages[1].extract_text())
    assert "Sourcearticle" in appendix
    assert squash("Construction is expected to begin in spring 2027") in appendix


def test_untrusted_markup_stays_text_and_nothing_is_fetched_embedded_or_attached(run, tmp_path, counting_server):
    url, hits = counting_server
    path = write(tmp_path / "hostile.txt", HOSTILE.format(url=url))
    result = run(path, "-o", "hostile.pdf", "--sentences", "6", "--appendix")
    assert (result.code, result.stderr) == (0, "")
    reader = PdfReader(tmp_path / "hostile.pdf")
    text = squash(pdf_text(tmp_path / "hostile.pdf"))
    for literal in ('<imgsrc="file:///etc/passwd">', '<linkrel="attachment"', "<script>alert('x')</script>",
                    "<iframesrc=", "<style>body"):
        assert squash(literal) in text
    assert hits == []
    assert objects(reader, "/Image") == []
    assert "/EmbeddedFiles" not in (reader.trailer["/Root"].get("/Names") or {})
    html = run(path, "--format", "html", "-o", "-", "--sentences", "6")
    assert "&lt;script&gt;" in html.stdout and "<script>" not in html.stdout
    assert "<iframe" not in html.stdout and "<img" not in html.stdout


def png(width=2, height=2) -> bytes:
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def test_a_user_template_may_use_its_own_files_and_nothing_else(run, tmp_path, counting_server):
    url, hits = counting_server
    folder = tmp_path / "house"
    write(folder / "style.css", "h1 { color: #c00; } .brief { font-size: 12pt; }")
    (folder / "logo.png").write_bytes(png())
    (tmp_path / "secret.png").write_bytes(png(3, 3))
    write(folder / "note.html", (
        '<!DOCTYPE html><html lang="{{ language }}"><head><meta charset="utf-8"><title>{{ title }}</title>'
        '<link rel="stylesheet" href="style.css">'
        f'<link rel="stylesheet" href="{url}/remote.css">'
        '<link rel="attachment" href="style.css"></head><body>'
        '<img src="logo.png" alt="Logo"><img src="../secret.png" alt=""><img src="file:///etc/passwd" alt="">'
        f'<img src="{url}/tracker.png" alt="">'
        "<h1>{{ title }}</h1><p class=\"brief\">{{ brief_text }}</p>"
        "<ul>{% for fact in facts %}<li>{{ fact.text }}</li>{% endfor %}</ul>"
        "<p>{{ stats.article_words }} words, {{ method }}, {{ length_label }}</p></body></html>"
    ))
    result = run(SAMPLE, "--template", folder / "note.html", "-o", "house.pdf")
    assert result.code == 0
    refused = [line for line in result.stderr.splitlines() if "briefing loads only the template's own files" in line]
    assert len(refused) == 4 and all(line.startswith("briefing: warning: Failed to load") for line in refused)
    reader = PdfReader(tmp_path / "house.pdf")
    assert len(objects(reader, "/Image")) == 1  # the logo beside the template, nothing else
    assert "/EmbeddedFiles" not in (reader.trailer["/Root"].get("/Names") or {})
    assert hits == []
    assert "513words,newsrank,3sentences" in squash(pdf_text(tmp_path / "house.pdf"))

    html = run(SAMPLE, "--template", folder / "note.html", "--format", "html", "-o", "-").stdout
    assert "h1 { color: #c00; }" in html and 'href="style.css"' not in html
    assert "data:image/png;base64," in html and "logo.png" not in html and "secret.png" not in html


def test_default_html_is_self_contained(run):
    html = run(SAMPLE, "--format", "html", "-o", "-").stdout
    assert "<style>" in html and "<link" not in html and "src=" not in html


def test_template_errors_are_clear(run, tmp_path):
    broken = write(tmp_path / "broken.html", "<p>{{ title </p>")
    result = run(SAMPLE, "--template", broken, "--format", "html")
    assert result.code == 2
    assert result.stderr.startswith(f"briefing: {broken}: template error on line 1:")
    missing = tmp_path / "nope.html"
    result = run(SAMPLE, "--template", missing)
    assert (result.code, result.stderr) == (2, f"briefing: {missing}: template not found\n")
