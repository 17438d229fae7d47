"""Word files made with python-docx (plus a little raw XML for hyperlinks and tracked changes)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

BODY = [
    "Water prices in the region will rise by 4.5% next year, the council said on Monday.",
    "The increase pays for a new treatment plant, which the council says is long overdue.",
    "Households that use less than 50 cubic metres a year will not pay more.",
]
LAYOUT_CELL = "Opposition members said the council had not consulted residents before the vote."


def document(*, title: str | None = "Council raises water prices", author: str | None = "Jane Doe",
             heading: str | None = "Water prices rise", tables: bool = True, extras: bool = True) -> bytes:
    import docx

    doc = docx.Document()
    props = doc.core_properties
    props.title, props.author = title or "", author or ""
    props.created = dt.datetime(2025, 3, 14, 9, 30, tzinfo=dt.UTC)
    section = doc.sections[0]
    section.header.paragraphs[0].text = "ACME Council — Press office"
    section.footer.paragraphs[0].text = "Page 1"
    if heading:
        doc.add_paragraph(heading, style="Title")
    doc.add_paragraph(BODY[0])
    doc.add_paragraph("")  # empty paragraphs are skipped
    doc.add_paragraph("   ")
    doc.add_heading("Background", level=1)
    second = doc.add_paragraph(BODY[1])
    if tables:
        figures = doc.add_table(rows=2, cols=2)
        for row, values in zip(figures.rows, (("Year", "Price"), ("2025", "€1.90")), strict=False):
            for cell, value in zip(row.cells, values, strict=False):
                cell.text = value
        layout = doc.add_table(rows=1, cols=2)
        merged = layout.cell(0, 0).merge(layout.cell(0, 1))  # python-docx lists a merged cell twice
        merged.text = LAYOUT_CELL
    third = doc.add_paragraph(BODY[2])
    if extras:
        _hyperlink_and_tracked_changes(second, third)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _hyperlink_and_tracked_changes(second, third) -> None:  # type: ignore[no-untyped-def]
    """Move BODY[1]'s last words into a hyperlink; in BODY[2], a tracked insertion and deletion."""
    run = second.runs[0]
    head, tail = BODY[1].rsplit(" is ", 1)
    run.text = head + " is "
    second._p.append(parse_xml(f'<w:hyperlink {nsdecls("w")} w:anchor="x"><w:r><w:t>{tail}</w:t></w:r></w:hyperlink>'))
    start, rest = BODY[2].split(" use ", 1)
    third.runs[0].text = start + " use "
    third._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="1" w:author="x"><w:r><w:delText>more or </w:delText></w:r></w:del>'))
    third._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="2" w:author="x"><w:r><w:t>{rest}</w:t></w:r></w:ins>'))


def rezip(data: bytes, *, drop: str | None = None, replace: dict[str, bytes] | None = None) -> bytes:
    """``data``'s ZIP without member ``drop`` and with members replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != drop:
                target.writestr(info.filename, (replace or {}).get(info.filename, source.read(info)))
    return out.getvalue()


def plain_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", "not a document")
    return out.getvalue()


def word_bomb(paragraphs: int = 1_000_000) -> bytes:
    """A Word file whose document.xml holds ``paragraphs`` short paragraphs: a few hundred KB
    that unpack to tens of megabytes of XML."""
    body = "".join(f"<w:p><w:r><w:t>Line {number} ok.</w:t></w:r></w:p>" for number in range(paragraphs))
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {nsdecls("w")}><w:body>'
           f"{body}</w:body></w:document>")
    return rezip(document(), replace={"word/document.xml": xml.encode()})
