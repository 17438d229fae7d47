"""The note as a PDF through WeasyPrint: fitted to one page, confined to the template's own files.

WeasyPrint is imported here only, when a PDF is asked for: it costs about a second. What a
rendered document may load is the template's folder, nothing else: no network, no file:///etc,
and no attachments. Fonts come from the system through fontconfig.
"""

from __future__ import annotations

import hashlib
import logging
import math
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from xml.etree import ElementTree

from briefing.errors import DependencyError
from briefing.model import Briefing
from briefing.options import RenderOptions
from briefing.render.fitting import Fit, fit_to_page
from briefing.render.headline import fitted_headline
from briefing.render.sandbox import inside
from briefing.render.templating import MEASURE_MM, NotePage, note_page, render_note, template_folder

LOG = logging.getLogger("briefing")
APPENDIX_ID = "appendix"  # the id of the element where the appendix starts (templates/note.html)
MIN_HIT = 18.0  # points: the least width and height of a mark's link, a target a finger can hit
MARKS = {"marker", "tag"}  # the classes of the links between a quoted sentence and its place in the source
TITLE_SIZES = {False: 17.0, True: 15.0}  # the h1's size in points, by Fit.tight (templates/note.css)
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_DC = "http://purl.org/dc/elements/1.1/"


def write_pdf(briefing: Briefing, options: RenderOptions) -> bytes:
    """The note as PDF bytes. Our template is fitted to one page (fitting.py); a user's
    template is laid out as it is."""
    page = note_page(briefing, options)
    base_dir = template_folder(options)
    ours = options.template is None
    facts = len(page.context["facts"])

    quoted = [[s for s in paragraph if s.index in page.context["roles"]] for paragraph in page.context["paragraphs"]]
    light = [paragraph for paragraph in quoted if paragraph]

    def lay_out(fit: Fit, complete: bool, single_page: bool = not options.appendix) -> tuple[tuple[str, Any], int]:
        extra: dict[str, Any] = {"single_page": single_page} | ({} if complete else {"paragraphs": light})
        if ours:
            size, title_lines = fitted_headline(page.context["title"], TITLE_SIZES[fit.tight], MEASURE_MM)
            extra |= {"title_lines": title_lines, "title_size": size if size != TITLE_SIZES[fit.tight] else None}
        html = render_note(NotePage(page.options, page.context | extra), fit)
        document = render_document(html, base_dir)
        return (html, document), note_pages(document)

    if ours:
        fitted = fit_to_page(lay_out, facts=facts, appendix=options.appendix)
        (html, document), pages, fit = fitted.layout, fitted.pages, fitted.fit
    else:
        (html, document), pages = lay_out(Fit(), True)
        fit = Fit()
    if len(document.pages) > 1 and not options.appendix:  # more than one page after all: number them
        (html, document), pages = lay_out(fit, True, single_page=False)
    source = briefing.article.source
    if ours and pages > 1:
        LOG.warning("%s: the note takes %d pages, not one; ask for fewer sentences or facts", source, pages)
    elif fit.facts is not None and fit.facts < facts:
        LOG.warning("%s: %d of %d key facts left out to keep the note to one page", source, facts - fit.facts, facts)
    return finish(document, options, dc_source=page.context["url"] or page.context["source_label"], html=html)


def render_document(html: str, base_dir: Path) -> Any:
    weasyprint = _weasyprint()
    document = weasyprint.HTML(
        string=html, base_url=base_dir.as_uri() + "/", url_fetcher=confined_fetcher(base_dir)
    ).render(font_config=_font_config())
    # A template may not smuggle files into the PDF: no <link rel="attachment">, no <a rel="attachment">.
    document.metadata.attachments = []
    for page in document.pages:
        page.links[:] = [link for link in page.links if link[0] != "attachment"]
    return document


def note_pages(document: Any) -> int:
    """The note's pages: those before the page where the appendix starts."""
    for number, page in enumerate(document.pages):
        if APPENDIX_ID in page.anchors:
            return number
    return len(document.pages)


def finish(document: Any, options: RenderOptions, *, dc_source: str, html: str) -> bytes:
    """The PDF bytes: links named for screen readers, the source in the metadata, and an
    identifier derived from the content, so equal inputs give equal bytes."""
    metadata = document.metadata
    generate = metadata.generate_rdf_metadata

    def rdf_with_source(*args: Any) -> bytes:
        rdf = ElementTree.fromstring(generate(*args))
        description = ElementTree.SubElement(rdf, f"{{{_RDF}}}Description", {f"{{{_RDF}}}about": ""})
        ElementTree.SubElement(description, f"{{{_DC}}}source").text = dc_source
        return bytes(ElementTree.tostring(rdf, encoding="utf-8"))

    metadata.generate_rdf_metadata = rdf_with_source
    identifier = hashlib.md5(html.encode(), usedforsecurity=False).hexdigest().encode()
    pdf = document.write_pdf(
        pdf_variant=options.pdf_variant, pdf_identifier=identifier, uncompressed_pdf=False, finisher=finish_links
    )
    return bytes(pdf)


def finish_links(document: Any, pdf: Any) -> None:
    """Give each link annotation its element's accessible name ("sentence 7 of the source")
    instead of WeasyPrint's default, the link target ("s6"); store its rectangle the right way up
    (left, bottom, right, top); and give a sentence's marks (in the note, in the appendix) a hit
    area of MIN_HIT points each way,
    around the mark, which a line's height could not give without spreading the lines."""
    import pydyf

    for page in document.pages:
        for _kind, _target, _rectangle, box in page.links:
            annotation = getattr(box, "link_annotation", None)
            if annotation is None:
                continue
            element = getattr(box, "element", None)
            name = element.get("aria-label") or element.get("title") if element is not None else None
            if name:
                annotation["Contents"] = pydyf.String(name)
            classes = set((element.get("class") or "").split()) if element is not None else set()
            grow = MIN_HIT if classes & MARKS else 0.0
            annotation["Rect"] = pydyf.Array(upright(annotation["Rect"], grow))


def upright(rectangle: Any, least: float) -> list[float]:
    """A PDF rectangle as (left, bottom, right, top), at least ``least`` points wide and high."""
    left, right = sorted(float(value) for value in rectangle[0::2])
    bottom, top = sorted(float(value) for value in rectangle[1::2])
    widen, heighten = max(0.0, least - (right - left)) / 2, max(0.0, least - (top - bottom)) / 2
    low = [math.floor(value * 1000) / 1000 for value in (left - widen, bottom - heighten)]  # rounded outwards
    return low + [math.ceil(value * 1000) / 1000 for value in (right + widen, top + heighten)]


def confined_fetcher(folder: Path) -> Any:
    from weasyprint.urls import URLFetcher

    root = folder.resolve()

    class ConfinedFetcher(URLFetcher):
        def fetch(self, url: str, headers: Any = None) -> Any:
            if not is_inside(url, root):
                raise ValueError(f"briefing loads only the template's own files, not {url}")
            return super().fetch(url, headers)

    return ConfinedFetcher(allowed_protocols=("file",), allow_redirects=False)


def is_inside(url: str, root: Path) -> bool:
    """Whether ``url`` is a file: URL naming a file under ``root`` (links resolved)."""
    parts = urlsplit(url)
    if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
        return False
    return inside(Path(unquote(parts.path)).resolve(), root)


@lru_cache(maxsize=1)
def _font_config() -> Any:
    """One font configuration per process: batches reuse it instead of rebuilding it per note."""
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


def _weasyprint() -> Any:
    try:
        import weasyprint
    except OSError as error:  # Pango, GObject or HarfBuzz missing: WeasyPrint cannot load them
        raise DependencyError(
            f"WeasyPrint cannot load a system library ({error}). Install Pango "
            "(Debian/Ubuntu: apt install libpango-1.0-0 libpangoft2-1.0-0; macOS: brew install pango), "
            "or use --format html, md or json."
        ) from None
    except ImportError as error:
        raise DependencyError(f"WeasyPrint is not installed ({error}): pip install weasyprint") from None
    return weasyprint

