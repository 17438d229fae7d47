"""Briefing → HTML or Markdown through Jinja templates.

Every template, ours or a user's, renders in Jinja's sandbox with autoescaping: article text is
always text, never markup, and a template can reach no Python internals. A user's template is
confined to its own folder: ``include`` and ``extends`` never leave it, not even by a symlink.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError

from briefing._version import __version__
from briefing.errors import UsageError
from briefing.io.confined import run_confined
from briefing.io.fetch import is_url
from briefing.model import STDIN, WORDS_PER_MINUTE, Briefing, Sentence
from briefing.options import RenderOptions
from briefing.render.fitting import Fit
from briefing.render.sandbox import MAX_NOTE_CHARS, sandboxed_environment
from briefing.render.shortening import MAX_FIELD_CHARS, MAX_URL_CHARS, Shown
from briefing.render.starter_templates import folder_stylesheet
from briefing.text.languages import language_code
from briefing.text.languages.labels import Labels, labels_for
from briefing.text.quotations import lost_quotes, open_after

LOG = logging.getLogger("briefing")
PACKAGE_DIR = Path(__file__).resolve().parent.parent  # briefing/, above render/
# Installed, the templates sit inside the package; in a source checkout, beside it.
TEMPLATES_DIR = next(
    (path for path in (PACKAGE_DIR / "templates", PACKAGE_DIR.parent / "templates") if path.is_dir()),
    PACKAGE_DIR / "templates",
)
HTML_TEMPLATE = "note.html"
MARKDOWN_TEMPLATE = "note.md"
STYLESHEET = "note.css"
PAPER_SIZES = {"a4": ("A4", 210.0), "letter": ("letter", 215.9)}  # CSS name, width in mm
MEASURE_MM = 128  # the text column: 60-75 characters a line at the note's sizes
MAX_UNBROKEN_SUMMARY = 4  # a summary of more sentences is split at the source's paragraph breaks
SHOWN_LINK_CHARS = 110  # about two lines of the source block
NEXT_MARK = "→"  # the mark of the sentence on what happens next, in every language


@dataclass(frozen=True)
class Row:
    """One line of the source block: "Published  3 March 2024"."""

    key: str
    label: str
    value: str
    href: str | None = None


@dataclass(frozen=True)
class NotePage:
    """Everything a template receives but the fit, prepared once per output."""

    options: RenderOptions
    context: dict[str, Any]


def note_page(briefing: Briefing, options: RenderOptions) -> NotePage:
    """The template variables of ``briefing``; what the note shortens is logged once, here."""
    labels = labels_for(language_code(briefing.options.language))
    shown = Shown(briefing, labels, appendix=options.appendix)
    for message in shown.english:
        LOG.warning("%s: %s", briefing.article.source, message)
    return NotePage(options, context(briefing, options, labels, shown))


def render_html(briefing: Briefing, options: RenderOptions) -> str:
    """The note as HTML, from the user's template or ours."""
    return render_note(note_page(briefing, options))


def render_note(page: NotePage, fit: Fit | None = None) -> str:
    options = page.options
    name = Path(options.template).name if options.template else HTML_TEMPLATE
    try:
        template = sandboxed_environment(template_folder(options)).get_template(name)
        fit = fit or Fit()
        facts = page.context["facts"][: fit.facts] if fit.facts is not None else page.context["facts"]
        context = page.context | {"fit": fit, "facts": facts}
        if options.template is None:
            return template.render(context)
        return run_confined(lambda: _render_capped(template, context), refuse=_too_costly)  # a user's template
    except jinja2.TemplateNotFound as error:
        where = "template not found" if error.name == name else f"template {error.name!r} not found in its folder"
        raise UsageError(where, source=options.template) from None
    except jinja2.TemplateSyntaxError as error:
        raise UsageError(f"template error on line {error.lineno}: {error.message}", source=options.template) from None
    except jinja2.UndefinedError as error:
        raise UsageError(f"template error: {error.message}", source=options.template) from None
    except SecurityError as error:
        raise UsageError(f"template refused: {error}", source=options.template) from None
    except UsageError as error:  # from the loader: a template that is not text
        raise UsageError(error.message, source=error.source or options.template) from None
    except RecursionError:
        raise UsageError("template error: it includes itself, or a macro calls itself without end",
                         source=options.template) from None
    except (OverflowError, ArithmeticError, LookupError, TypeError, ValueError) as error:
        if options.template is None:
            raise  # our template: a bug
        raise UsageError(f"template error: {error}", source=options.template) from None  # range(10**9), "%d" % "x"


def _render_capped(template: jinja2.Template, context: dict[str, Any]) -> str:
    """The template rendered, refused as soon as it passes MAX_NOTE_CHARS."""
    parts: list[str] = []
    total = 0
    for part in template.generate(context):
        total += len(part)
        if total > MAX_NOTE_CHARS:
            raise UsageError(f"template makes a note of over {MAX_NOTE_CHARS // 1_000_000} million characters; "
                             "no note is that long")
        parts.append(part)
    return "".join(parts)


def _too_costly(needs: str) -> UsageError:
    return UsageError(f"template needs {needs} to render a note, more than any note needs")


def render_markdown(briefing: Briefing, options: RenderOptions) -> str:
    page = note_page(briefing, options)
    return sandboxed_environment(TEMPLATES_DIR, markdown=True).get_template(MARKDOWN_TEMPLATE).render(page.context)


def template_folder(options: RenderOptions) -> Path:
    return Path(options.template).resolve().parent if options.template else TEMPLATES_DIR


def context(briefing: Briefing, options: RenderOptions, labels: Labels, shown: Shown) -> dict[str, Any]:
    """The variables every template receives (documented in docs/templates.md)."""
    stats = briefing.stats
    article = briefing.article
    roles = {s.index: "brief" for s in briefing.brief} | {s.index: "fact" for s in briefing.facts}
    outlook = shown.sentence(briefing.outlook) if briefing.outlook else None
    if outlook:
        roles[outlook.index] = "next"
    paper, width = PAPER_SIZES[options.paper]
    return {
        "briefing": briefing,
        "title": shown.title,
        "title_lines": None,  # the PDF's balanced headline lines (headline.py); HTML balances in CSS
        "title_size": None,  # the PDF's headline size in points when a long one steps down (headline.py)
        "source": article.source,
        "source_label": source_label(article.source),
        "byline": shown.field(article.byline),
        "published": article.published,
        "published_label": shown.field(labels.published(article.published)),
        "url": shown.field(article.url, MAX_URL_CHARS),
        "site": shown.field(article.site),
        "headline": shown.field(article.title),
        **brief_context(shown.brief),
        "outlook": outlook,
        "dateline": dateline(briefing, labels, shown),
        "brief_text": " ".join(sentence.text for sentence in shown.brief),
        "facts": shown.facts,
        "stats": stats,
        "minutes_saved": round(stats.reading_minutes_saved),
        "notes": briefing.notes + shown.notes,
        "keywords": metadata_keywords(briefing),
        "options": briefing.options,
        "render_options": options,
        "method": briefing.options.method,
        "length_label": briefing.options.length_label,
        "author": options.author,
        "marking": options.marking,
        "appendix": options.appendix,
        "paragraphs": shown.paragraphs,
        "linked": frozenset(s.index for paragraph in shown.paragraphs for s in paragraph),  # in the appendix
        "roles": roles,
        "marks": marks(briefing, outlook, labels),
        "kicker": labels.t("note"),  # the first page's head: what this document is
        "single_page": False,  # the PDF sets it when the whole document is one page: no "Page 1 of 1"
        "provenance": provenance(briefing, options, labels, shown),
        "created": briefing.created,
        "created_iso": briefing.created.isoformat(timespec="seconds"),
        "created_label": labels.day(briefing.created),
        "paper_size": paper,
        "page_margin": f"{(width - MEASURE_MM) / 2:.1f}mm",
        "language": language_code(briefing.options.language),
        "t": labels.t,
        "number": labels.number,
        "css": folder_stylesheet(options.template) or default_stylesheet(),
        "version": __version__,
    }


def dateline(briefing: Briefing, labels: Labels, shown: Shown) -> list[str]:
    """Where and when, under the title: publication · author · published date · reading time;
    an unknown date is said to be unknown, since a reader acts on how fresh the news is."""
    article = briefing.article
    minutes = max(1, math.ceil(briefing.stats.article_words / WORDS_PER_MINUTE))
    published = shown.field(labels.published(article.published)) or labels.t("date_not_given")
    parts = [shown.field(article.site), shown.field(article.byline), published, labels.t("min_read", n=minutes)]
    return [part for part in parts if part]


def marks(briefing: Briefing, outlook: Sentence | None, labels: Labels) -> dict[int, str]:
    """Each quoted sentence's mark as the note numbers it: S1 the bottom line, S2 the summary's
    first sentence after it, F3 key fact 3, an arrow for what happens next."""
    summary, fact = labels.t("summary_letter"), labels.t("fact_letter")
    found = {s.index: f"{summary}{n}" for n, s in enumerate(briefing.brief, start=1)}
    found |= {s.index: f"{fact}{n}" for n, s in enumerate(briefing.facts, start=1)}
    return found | ({outlook.index: NEXT_MARK} if outlook else {})


def brief_context(brief: tuple[Sentence, ...]) -> dict[str, Any]:
    """The brief's template variables: the bottom line and the summary (and, for templates written before the
    bottom line could hold a quotation's rest, the first sentence and the others)."""
    bottom, split = bottom_line_length(brief), len(brief) > MAX_UNBROKEN_SUMMARY
    return {
        "brief": brief,
        "bottom_line": brief[:bottom],
        "summary": brief[bottom:],
        "summary_paragraphs": paragraphs_of(brief[bottom:], split=split),
        "lede": brief[0] if brief else None,
        "rest": brief[1:],
        "rest_paragraphs": paragraphs_of(brief[1:], split=split),
    }


def bottom_line_length(brief: tuple[Sentence, ...]) -> int:
    """How many of the brief's sentences the bottom line holds: the first, and those right after it in the article
    that go on with a quotation it opens. 'Clough told BBC Radio Derby: "It is frightening, but exciting as well.'
    in bold and '"We will be underdogs in every game we play."' under the next heading read as two cut quotations
    (change-102-old, two readers' flags)."""
    if not brief:
        return 0
    lost = lost_quotes(" ".join(sentence.text for sentence in brief))
    count, opened = 1, open_after(brief[0].text, lost=lost)
    while opened and count < len(brief) and brief[count].index == brief[count - 1].index + 1:
        opened = open_after(brief[count].text, opened, lost)
        count += 1
    return count


def paragraphs_of(sentences: tuple[Sentence, ...], *, split: bool) -> list[tuple[Sentence, ...]]:
    """The summary's sentences as paragraphs: one, or, for a long summary, as the source breaks them."""
    if not split:
        return [sentences] if sentences else []
    return [tuple(group) for _, group in groupby(sentences, key=lambda sentence: sentence.paragraph)]


def provenance(briefing: Briefing, options: RenderOptions, labels: Labels, shown: Shown) -> list[Row]:
    """Where the note comes from, for a reader who wants to check it."""
    article = briefing.article
    url = shown.field(article.url, MAX_URL_CHARS)
    name = source_label(article.source)
    candidates = [
        ("publication", shown.field(article.site), None),
        ("headline", shown.field(article.title) if briefing.title_source == "flag" else None, None),
        ("link", shown_link(url), article.url if url and article.url and is_url(article.url) else None),
        ("file", name if not url and not is_url(name) and not name.startswith("<") and name != STDIN else None, None),
        ("author", shown.field(article.byline), None),
        ("published", shown.field(labels.published(article.published)), None),
    ]
    created = labels.day(briefing.created)
    if options.author:
        candidates.append(("prepared_by", f"{shown.field(options.author)}, {created}", None))
    else:
        candidates.append(("prepared", created, None))
    candidates.append(("marking", shown.field(options.marking), None))
    return [Row(key, labels.t(key), value, href) for key, value, href in candidates if value]


def shown_link(url: str | None) -> str | None:
    """A link as the source block shows it: a long one cut after SHOWN_LINK_CHARS characters, at a
    "/" or "-" where it can, so that it takes at most two lines (and two link annotations); the
    link itself goes to the whole address."""
    if url is None or len(url) <= SHOWN_LINK_CHARS:
        return url
    head = url[:SHOWN_LINK_CHARS]
    cut = max(head.rfind("/"), head.rfind("-"))
    return (head[: cut + 1] if cut > SHOWN_LINK_CHARS // 2 else head) + "…"


def metadata_keywords(briefing: Briefing) -> list[str]:
    """The article's key terms as a catalogue would list them: those in the headline first,
    amounts' scale words ("million") left out, in lower case unless only ever written capitalised
    inside a sentence (a name), and the publication last."""
    scale = {word.lower() for word in labels_for(language_code(briefing.options.language)).scale_words}
    text = briefing.article.text
    title = briefing.title.lower()
    chosen = []
    for term in briefing.keywords:
        if term.lower() in scale:
            continue
        inside_sentence = re.search(rf"(?<![.!?\"“”]\s)(?<!^)\b{re.escape(term)}\b", text, re.MULTILINE)
        lower = re.search(rf"\b{re.escape(term.lower())}\b", text)
        chosen.append(term if term[:1].isupper() and inside_sentence and not lower else term.lower())
    chosen.sort(key=lambda term: term.lower() not in title)  # stable: otherwise as ranked
    site = briefing.article.site
    return list(dict.fromkeys(chosen + ([site] if site and len(site) <= MAX_FIELD_CHARS else [])))


@lru_cache(maxsize=1)
def default_stylesheet() -> str:
    """templates/note.css, read once per process rather than once per note."""
    return (TEMPLATES_DIR / STYLESHEET).read_text(encoding="utf-8")


def source_label(source: str) -> str:
    """How the note names its source: a URL as it is, a file by its name only, since a shared
    note should not reveal the sender's folders."""
    if is_url(source) or source == STDIN or source.startswith("<"):
        return source
    return Path(source).name
