"""Test PDFs made with WeasyPrint (HTML → PDF) and pypdf, with the text they should give back.

Every fixture is generated, deterministic and offline: running headers and footers (CSS @page
margin boxes), page numbers, automatic hyphenation, two-column layouts, image-only pages and
encryption.
"""

from __future__ import annotations

import html
import io
import random
import zlib
from dataclasses import dataclass

WORDS = (
    "the of and to in a for on with that by as from at is was said will which has have more "
    "government international responsibility infrastructure telecommunications announcement "
    "administration investigation agricultural environmental representatives parliamentary "
    "manufacturing negotiations approximately circumstances organisation development economic "
    "committee spokesperson transportation regulators households electricity independent "
    "contract budget minister company report market water energy people council workers "
    "increase decision hospital project financial research programme community emergency"
).split()
COMPOUNDS = ("well-known", "long-term", "cross-border", "so-called", "follow-up",
             "decision-making", "state-of-the-art", "twenty-five", "co-operation")
HEADER_LEFT, HEADER_RIGHT = "ACME Corporation", "Annual Report 2025"


@dataclass(frozen=True)
class Fixture:
    data: bytes
    title: str | None  # what a reader should give as the title
    paragraphs: list[str]  # the body, headings excluded
    blocks: list[str]  # everything visible except running headers/footers, in reading order


def prose(rng: random.Random, sentences: int) -> str:
    out = []
    for _ in range(sentences):
        words = [rng.choice(COMPOUNDS) if rng.random() < 0.06 else rng.choice(WORDS)
                 for _ in range(rng.randint(10, 24))]
        if rng.random() < 0.3:
            words.insert(rng.randint(1, len(words) - 1), f"{rng.randint(2, 99)}.{rng.randint(0, 9)}%")
        out.append(" ".join(words).capitalize() + ".")
    return " ".join(out)


def article(seed: int, paragraphs: int, headings_every: int = 0) -> list[tuple[str, str]]:
    """(tag, text) blocks: h2 headings now and then, p paragraphs."""
    rng = random.Random(seed)
    blocks: list[tuple[str, str]] = []
    for number in range(paragraphs):
        if headings_every and number % headings_every == 0 and number:
            blocks.append(("h2", f"Section {number // headings_every}: {rng.choice(WORDS).title()} outlook"))
        blocks.append(("p", prose(rng, rng.randint(3, 6))))
    return blocks


def _page_css(headers: bool, hyphen: str, first_page_headers: bool = True) -> str:
    margins = (f'@top-left {{ content: "{HEADER_LEFT}" }} @top-right {{ content: "{HEADER_RIGHT}" }}'
               ' @bottom-center { content: "Page " counter(page) " of " counter(pages) }') if headers else ""
    first = "" if first_page_headers else "@page :first { @top-left { content: none } @top-right { content: none } }"
    return (f"@page {{ size: A4; margin: 25mm 20mm; {margins} }} {first}"
            "body { font-family: serif; font-size: 11pt; line-height: 1.35 }"
            f"p {{ hyphens: auto; hyphenate-character: '{hyphen}'; text-align: justify; margin: 0 0 .7em }}"
            "h1 { font-size: 22pt; font-weight: bold } h2 { font-size: 14pt }")


def render(body: str, *, css: str, title: str | None, head_extra: str = "") -> bytes:
    import weasyprint

    head = f"<title>{html.escape(title)}</title>" if title else ""
    page = f'<!doctype html><html lang="en"><head><meta charset="utf-8">{head}{head_extra}<style>{css}</style></head><body>{body}</body></html>'
    return weasyprint.HTML(string=page).write_pdf()


def report(pages: int = 20, *, columns: int = 1, headers: bool = True, hyphen: str = "‐",
           meta_title: str | None = "Annual report on the regional water programme",
           heading: str | None = "Annual report on the regional water programme", seed: int = 1,
           indented: bool = False, head_extra: str = "") -> Fixture:
    """A report of ``pages`` A4 pages; ``indented``: no space between paragraphs, a first-line
    indent and a ragged right edge instead."""
    blocks = article(seed, paragraphs=int(pages * 4.45), headings_every=7)
    css = _page_css(headers, hyphen) + (f" body {{ columns: {columns}; column-gap: 10mm }}" if columns > 1 else "")
    css += " p { margin: 0; text-indent: 1.5em; text-align: left }" if indented else ""
    body = (f"<h1>{html.escape(heading)}</h1>" if heading else "") + "".join(
        f"<{tag}>{html.escape(text)}</{tag}>" for tag, text in blocks)
    return Fixture(render(body, css=css, title=meta_title, head_extra=head_extra), meta_title or heading,
                   [text for tag, text in blocks if tag == "p"],
                   ([heading] if heading else []) + [text for _, text in blocks])


def two_columns_drawn_right_first(seed: int = 7) -> Fixture:
    """One page, two columns side by side; the right column comes first in the content stream
    (absolute positions), so only a reader that looks at positions gets the reading order."""
    blocks = article(seed, paragraphs=4)
    left = "".join(f"<p>{html.escape(text)}</p>" for _, text in blocks[:2])
    right = "".join(f"<p>{html.escape(text)}</p>" for _, text in blocks[2:])
    css = _page_css(False, "‐") + " .col { position: absolute; top: 0; width: 48% } .r { right: 0 } .ln { left: 0 }"
    body = f'<div class="col r">{right}</div><div class="col l">{left}</div>'
    texts = [text for _, text in blocks]
    return Fixture(render(body, css=css, title=None), None, texts, texts)


def png(width: int = 400, height: int = 300) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    for y in range(20, height - 20, 14):  # lines of "text", as a scanner would see them
        draw.rectangle((20, y, width - 20 - (y * 7) % 90, y + 6), fill=0)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def scanned(pages: int = 2) -> bytes:
    import base64

    source = "data:image/png;base64," + base64.b64encode(png()).decode()
    body = "".join(f'<img src="{source}" style="width:100%; break-after: page">' for _ in range(pages))
    return render(body, css="@page { size: A4; margin: 0 }", title="scan0001")


def blank(pages: int = 2) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def encrypted(data: bytes, *, user_password: str, owner_password: str = "owner",
              algorithm: str = "RC4-128") -> bytes:
    """``data`` encrypted by pypdf; an empty user password opens without asking (owner lock only)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm=algorithm)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def raw_pdf(contents: list[bytes]) -> bytes:
    """A PDF of one page per content stream, each compressed (FlateDecode), in Helvetica."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (4 + 2 * n) for n in range(len(contents)))
        + b"] /Count %d >>" % len(contents),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for number, content in enumerate(contents):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                       b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * number))
        packed = zlib.compress(content, 9)
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    table = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, table)
    return bytes(out)


def text_object_bomb(operators: int = 1_000_000) -> bytes:
    """A page of ``operators`` tiny text objects: a few KB that unpack to a page PDFium builds
    into gigabytes."""
    return raw_pdf([b"BT /F1 12 Tf 72 700 Td " + b"(word ) Tj " * operators + b"ET"])
