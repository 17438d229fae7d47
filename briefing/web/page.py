"""The page people open: a form (text, a URL or files; length, facts, method, language, paper)
that works without JavaScript, and the note it made shown as HTML with its download buttons.

The page is the server's own template (templates/page.html, with page.css inlined), rendered in
Jinja's sandbox with every value escaped. The note is shown in a sandboxed frame: it keeps its own
styles, and nothing in it can run.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup
from starlette.responses import HTMLResponse

from briefing._version import __version__
from briefing.options import MAX_FACTS, PAPERS, Settings
from briefing.read.input_types import INPUT_TYPES
from briefing.render.formats import OUTPUT_FORMATS
from briefing.summarize.methods import METHODS
from briefing.text.languages import AUTO, LANGUAGES
from briefing.web.jobs import Job, Made, Refused
from briefing.web.requests import Upload, Value, default_language, job_from_form

TEMPLATES = Path(__file__).parent / "templates"
PAGE_FIELDS = ("action", "length", "length_unit")  # the page's own fields, not settings
LENGTH_UNITS = ("sentences", "words")
DOWNLOADS = {"pdf": "Download PDF", "json": "JSON", "md": "Markdown", "html": "HTML"}  # in this order
# Nothing but the page's own inline styles and the note's inline styles, fonts and images; the
# form posts here only; no scripts at all.
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
ACCEPTED = tuple(suffix for kind in INPUT_TYPES.values() for suffix in kind.suffixes if kind.expand is None)


@dataclass(frozen=True)
class Choice:
    name: str
    label: str
    options: tuple[tuple[str, str], ...]  # value, as shown
    selected: str


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    environment = ImmutableSandboxedEnvironment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True)
    return environment.get_template("page.html")


@lru_cache(maxsize=1)
def _css() -> Markup:
    """page.css, ours, as it is: escaping would break its quoted font names inside <style>."""
    return Markup((TEMPLATES / "page.css").read_text(encoding="utf-8"))


def job_from_page(pairs: Sequence[tuple[str, Value]], *, base: Settings, public_only: bool) -> Job:
    """The page's form as a Job: the length and its unit become ``sentences`` or ``words``; the
    note comes back as HTML, kept for its downloads."""
    fields = dict((key, value) for key, value in pairs if not isinstance(value, Upload))
    unit = fields.get("length_unit", "sentences")
    unit = unit if unit in LENGTH_UNITS else "sentences"
    settings = [(key, value) for key, value in pairs if key not in PAGE_FIELDS]
    settings += [(unit, fields.get("length", "")), ("format", "html")]
    return job_from_form(settings, base=base, digest=fields.get("action") == "digest", public_only=public_only,
                         keep=True)


def answer(settings: Settings, pairs: Sequence[tuple[str, Value]], outcome: Made | Refused,
           *, token: str = "") -> HTMLResponse:
    """The page again, with the note made (and its downloads) or why it was not, the form filled
    in as it was sent."""
    given = {key: value for key, value in pairs if isinstance(value, str)}
    if isinstance(outcome, Refused):
        return HTMLResponse(render_page(settings, given, error=outcome.message), status_code=outcome.status,
                            headers=HEADERS)
    order = list(DOWNLOADS)
    names = sorted(OUTPUT_FORMATS, key=lambda name: order.index(name) if name in order else len(order))
    downloads = [{"href": f"/notes/{token}.{name}", "label": DOWNLOADS.get(name, name)} for name in names]
    return HTMLResponse(render_page(settings, given, title=outcome.title, html=outcome.data.decode(),
                                    downloads=downloads), headers=HEADERS)


def render_page(settings: Settings, given: Mapping[str, str] | None = None, **shown: Any) -> str:
    given = dict(given or {})
    brief = settings.brief
    unit = given.get("length_unit") if given.get("length_unit") in LENGTH_UNITS else (
        "words" if brief.words is not None else "sentences")
    filled = {
        "text": given.get("text", ""),
        "url": given.get("url", ""),
        "length": given.get("length") or str(brief.words if unit == "words" and brief.words else brief.sentences or 3),
        "length_unit": unit,
        "facts": given.get("facts") or str(brief.facts),
    }
    choices = [
        Choice("method", "Method", tuple((name, name) for name in METHODS), given.get("method") or brief.method),
        Choice("language", "Language", ((AUTO, "Automatic"),
                                        *((name, name.capitalize()) for name in LANGUAGES)),
               given.get("language") or default_language(settings)),
        Choice("paper", "Paper", tuple((paper, paper.upper() if paper == "a4" else paper.capitalize())
                                       for paper in PAPERS), given.get("paper") or settings.render.paper),
    ]
    return _template().render(
        css=_css(), given=filled, choices=choices, max_facts=MAX_FACTS, version=__version__,
        suffixes=", ".join(suffix.lstrip(".") for suffix in ACCEPTED if suffix not in (".text", ".markdown", ".htm",
                                                                                        ".xhtml")),
        accept=",".join(ACCEPTED), **shown)
