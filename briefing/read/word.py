"""Word input: .docx → paragraphs, title, author and date, with python-docx (MIT).

Body paragraphs in document order, tracked insertions and hyperlinks included, deletions not.
Decisions: headers, footers, footnotes, comments and text boxes are left out (running matter and
asides, as for PDFs); headings are not body text (the first one may be the title); a table is
data, so only its prose cells (layout tables) are kept.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from lxml import etree

from briefing.errors import InputError
from briefing.io.confined import run_confined
from briefing.read.parsers import Parsed, with_head

MAX_PART_BYTES = 100_000_000  # uncompressed: a bigger document.xml is a ZIP bomb, not an article
PROSE_CELL_WORDS = 8
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = {"w": _W}
_TEXT = (".//w:t[not(ancestor::w:del or ancestor::w:moveFrom or ancestor::w:txbxContent)]"
         " | .//w:tab | .//w:br | .//w:cr | .//w:noBreakHyphen")
_BLOCKS = "./w:p | ./w:tbl | ./w:sdt/w:sdtContent/w:p | ./w:sdt/w:sdtContent/w:tbl"
_XP = {name: etree.XPath(path, namespaces=_NS) for name, path in (
    ("text", _TEXT), ("blocks", _BLOCKS), ("cells", ".//w:tc"), ("paras", "./w:p"),
    ("style", "./w:pPr/w:pStyle/@w:val"))}
_JUNK_TITLE = re.compile(r"^(?:document\d*|doc\d*|untitled.*|title|.*\.(?:docx?|dotx?))$", re.I)


@dataclass(frozen=True)
class DocxText:
    paragraphs: list[str]
    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) the document was created


def parse_docx(data: bytes, source: str, max_chars: int | None = None) -> Parsed:
    """The input type's parser: the document's text, its head read like any article's. The XML is
    parsed in a confined child (confined.py): a million short paragraphs in 3 MB of ZIP would
    build a tree of most of a gigabyte."""
    _check_package(data)
    found = run_confined(lambda: read_docx(data), refuse=_refusal)
    return with_head(found.paragraphs, title=found.title, author=found.author, published=found.published)


def _refusal(needs: str) -> InputError:
    return InputError(f"is a Word file that needs {needs} to read, more than any article: a decompression bomb")


def read_docx(data: bytes) -> DocxText:
    _check_package(data)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as error:
        raise InputError(f"is not a Word .docx document ({_short(error)})") from None
    except MemoryError:
        raise  # past the confined child's limit: a bomb, not damage
    except Exception:  # lxml's XMLSyntaxError, zipfile errors: a damaged file
        raise InputError("is a damaged Word file (its XML cannot be read)") from None
    style_names = {style.style_id: (style.name or "").lower() for style in document.styles}
    paragraphs: list[str] = []
    styled_title: str | None = None  # the first Title-styled paragraph
    first_heading: str | None = None  # the first heading before any body text
    for block in _XP["blocks"](document.element.body):
        if block.tag == f"{{{_W}}}p":
            text, style = _text(block), _style(block, style_names)
            if style in ("title", "subtitle") or style.startswith("heading"):
                if style == "title":
                    styled_title = styled_title or text or None
                elif style.startswith("heading") and not paragraphs:
                    first_heading = first_heading or text or None
            elif text:
                paragraphs.append(text)
            continue
        for cell in _XP["cells"](block):  # nested tables' cells too; a merged cell is one w:tc
            for paragraph in _XP["paras"](cell):
                text = _text(paragraph)
                if len(text.split()) >= PROSE_CELL_WORDS and text.endswith((".", "!", "?", "\"", "”")):
                    paragraphs.append(text)
    if not paragraphs:
        raise InputError("is a Word document with no text in it")
    core = document.core_properties
    core_title = " ".join((core.title or "").split())
    good = len(core_title) >= 3 and not _JUNK_TITLE.match(core_title)
    title = core_title if good else (styled_title or first_heading)
    created = core.created
    published = created.date().isoformat() if created and 1980 <= created.year <= 2100 else None
    return DocxText(paragraphs, title, " ".join((core.author or "").split()) or None, published)


def _check_package(data: bytes) -> None:
    """Cheap checks before python-docx: a ZIP, with a document part of sane size."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        if "EncryptedPackage".encode("utf-16-le") in data[:1_000_000] or b"EncryptedPackage" in data[:1_000_000]:
            raise InputError("is a password-protected Word file")
        raise InputError("is an old Word .doc file, not .docx: save it as .docx")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            part = archive.getinfo("word/document.xml")
            total = sum(info.file_size for info in archive.infolist())
    except KeyError:
        raise InputError("is a ZIP archive, not a Word document") from None
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise InputError("is not a valid Word file (damaged or not a .docx)") from None
    if part.file_size > MAX_PART_BYTES or total > 4 * MAX_PART_BYTES:
        raise InputError("is a Word file that unpacks to too much data")


def _text(paragraph) -> str:  # type: ignore[no-untyped-def]
    parts = []
    for node in _XP["text"](paragraph):
        name = node.tag.rsplit("}", 1)[-1]
        parts.append((node.text or "") if name == "t" else "-" if name == "noBreakHyphen" else " ")
    return " ".join("".join(parts).replace("\u00ad", "").split())


def _style(paragraph, names: dict[str, str]) -> str:  # type: ignore[no-untyped-def]
    found = _XP["style"](paragraph)
    return names.get(found[0], found[0].lower()) if found else ""


def _short(error: Exception) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text if len(text) < 100 else text[:97] + "…"
