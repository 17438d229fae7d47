"""PDF input: the text layer → paragraphs, title, author and date, with pypdfium2 (PDFium:
Apache-2.0/BSD-3-Clause), chosen for speed and character positions (docs/inputs.md).

PDFium gives the text layer in content-stream order with generated line breaks; we take each
line's box and font size from its characters, and pdf_layout does the rest. PDFium is not
thread-safe: read PDFs in one thread per process (the project's batch uses processes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.errors import InputError, too_much_text
from briefing.io.confined import run_confined
from briefing.read.parsers import Parsed, with_head
from briefing.read.pdf_paragraphs import Line, drop_running, paragraphs, reading_order

SCAN_WORDS_PER_PAGE = 5  # fewer words than this a page, with images: a scan (maybe a stamp on it)
_JUNK_TITLE = re.compile(
    r"^(?:untitled.*|document\d*|doc\d*|title|slide \d+|scan.*|img[_ -]?\d+.*|\d+|"
    r"(?:microsoft (?:word|powerpoint|excel)|adobe \w+) - .*|.*\.(?:docx?|pdf|indd|rtf|odt|txt|html?|pptx?))$", re.I)
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")


@dataclass(frozen=True)
class PdfText:
    paragraphs: list[str]
    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) from the creation date, when set
    pages: int = 0
    image_only_pages: int = 0  # pages with images and (almost) no text: scanned, unreadable here


def parse_pdf(data: bytes, source: str, max_chars: int | None = None) -> Parsed:
    """The input type's parser: the PDF's text, its head read like any article's."""
    found = read_pdf(data, max_chars=max_chars)
    return with_head(found.paragraphs, title=found.title, author=found.author, published=found.published)


def read_pdf(data: bytes, *, max_chars: int | None = None) -> PdfText:
    """The PDF's text and properties, read in a child process held to the limits of
    confined.py; refused as soon as the pages read so far hold over ``max_chars`` characters."""
    import pypdfium2 as pdfium  # imported here, so that the child starts with it

    return run_confined(lambda: _read_document(pdfium, data, max_chars), refuse=_refusal)


def _refusal(needs: str) -> InputError:
    return InputError(f"is a PDF that needs {needs} to read, more than any article: a decompression bomb, or damaged")


def _read_document(pdfium, data: bytes, max_chars: int | None) -> PdfText:  # type: ignore[no-untyped-def]
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) == 4:  # FPDF_ERR_PASSWORD
            raise InputError("is an encrypted PDF that needs a password") from None
        raise InputError("is not a valid PDF (damaged or truncated)") from None
    try:
        return _read(pdfium, document, max_chars)
    except pdfium.PdfiumError:
        raise InputError("is a damaged PDF: a page cannot be read") from None
    finally:
        document.close()


def _read(pdfium, document, max_chars: int | None) -> PdfText:  # type: ignore[no-untyped-def]
    pages, heights, images, characters = [], [], 0, 0
    for number in range(len(document)):
        page = document[number]
        heights.append(page.get_height())
        textpage = page.get_textpage()
        characters += textpage.count_chars()
        if max_chars is not None and characters > max_chars:
            raise too_much_text(max_chars)  # before the page's text is taken out, and the pages after it read
        pages.append(page_lines(pdfium, page, textpage, number))
        if sum(len(ln.text.split()) for ln in pages[-1]) < SCAN_WORDS_PER_PAGE:
            images += any(True for _ in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE], max_depth=2))
        page.close()
    words = sum(len(ln.text.split()) for lines in pages for ln in lines)
    if words < SCAN_WORDS_PER_PAGE * max(1, len(pages)):
        if images:
            raise InputError("is a scanned PDF with no text layer (it would need OCR)")
        if not words:
            raise InputError("is a PDF with no text in it")
    meta = {key: " ".join(str(value).split()) for key, value in document.get_metadata_dict().items()}
    pages = drop_running(pages, heights)
    body, headings = paragraphs([line for lines in pages for line in reading_order(lines)])
    title = meta.get("Title") if _meaningful(meta.get("Title", "")) else None
    if title is None and headings and _on_first_page_top(pages, headings[0]):
        title = headings[0]
    published = _iso_date(meta.get("CreationDate", ""))
    return PdfText(body, title, meta.get("Author") or None, published, len(pages), images)


def page_lines(pdfium, page, textpage, number: int) -> list[Line]:  # type: ignore[no-untyped-def]
    """The page's text lines, each with its box (top-down points) and font size."""
    text, height = textpage.get_text_range(), page.get_height()
    geometry = len(text) == textpage.count_chars()  # else characters and indices disagree
    lines: list[Line] = []
    # PDFium ends a line with "\r\n", or marks a hyphen it joined to the next line as U+FFFE.
    for match in re.finditer(r"[^\r\n\ufffe]+\ufffe?|\ufffe", text):
        chunk = match.group()
        first, last = match.start() + len(chunk) - len(chunk.lstrip()), match.start() + len(chunk.rstrip()) - 1
        chunk = chunk.replace("\ufffe", "-")
        if last < first:
            continue
        if not geometry:
            lines.append(Line(chunk, page=number))
            continue
        middle = (first + last) // 2
        while text[middle].isspace():  # a generated space has no box or font
            middle -= 1
        x0, _, _, top = textpage.get_charbox(first)
        _, bottom, x1, _ = textpage.get_charbox(last)
        tops = [top, textpage.get_charbox(middle)[3]]
        size = pdfium.raw.FPDFText_GetFontSize(textpage, middle)
        lines.append(Line(chunk, x0, height - max(tops), x1, height - min(bottom, top), size, number))
    textpage.close()
    return lines


def _meaningful(title: str) -> bool:
    return len(title) >= 4 and any(c.isalpha() for c in title) and not _JUNK_TITLE.match(title)


def _on_first_page_top(pages: list[list[Line]], heading: str) -> bool:
    first = pages[0] if pages else []
    start = " ".join(ln.text for ln in first[:3])
    return bool(first) and " ".join(start.split()).startswith(heading[: min(len(heading), 20)])


def _iso_date(value: str) -> str | None:
    match = _PDF_DATE.match(value)
    if not match or not match.group(2) or not match.group(3):
        return None
    year, month, day = match.groups()
    return f"{year}-{month}-{day}" if 1 <= int(month) <= 12 and 1 <= int(day) <= 31 else None
