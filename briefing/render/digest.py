"""A Digest → JSON, HTML, Markdown or PDF: the digest's renderers, one per output format (the
OUTPUT_FORMATS table names them beside the single note's).

The templates (templates/digest.html, digest.md) render in the same sandbox as the note's, with
autoescaping: article text stays text. Every quoted sentence links to its entry in the sources
list (``#source-N``); the contents list links to each story (``#story-N``). The JSON keeps every
text whole; the other formats shorten what no reader can use, as the note does (shortening.py).
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from briefing._version import __version__
from briefing.digest.make import Digest, Quote, Story
from briefing.io.fetch import is_url
from briefing.model import Article
from briefing.options import RenderOptions
from briefing.render.sandbox import sandboxed_environment
from briefing.render.shortening import MAX_FIELD_CHARS, MAX_QUOTE_CHARS, MAX_URL_CHARS, cut
from briefing.render.templating import (
    MEASURE_MM,
    PAPER_SIZES,
    TEMPLATES_DIR,
    default_stylesheet,
    source_label,
)
from briefing.text.languages import language_code
from briefing.text.languages.labels import Labels, labels_for

LOG = logging.getLogger("briefing")
HTML_TEMPLATE = "digest.html"
MARKDOWN_TEMPLATE = "digest.md"
STYLESHEET = "digest.css"


def digest_json(digest: Digest) -> bytes:
    return (json.dumps(digest_dict(digest), ensure_ascii=False, indent=2) + "\n").encode()


def digest_dict(digest: Digest) -> dict[str, Any]:
    """The JSON contract of issue 14 (docs/digest.md), plus what the other formats show."""

    def quoted(quote: Quote) -> dict[str, Any]:
        return {"text": quote.text, "source": quote.source, **{
            key: value for key, value in asdict(quote.sentence).items() if key != "text"}}

    def story(story: Story, briefed: bool) -> dict[str, Any]:
        shown: dict[str, Any] = {"title": story.title, "articles": [article.source for article in story.articles]}
        if briefed:
            shown |= {"brief_sentences": [quoted(q) for q in story.brief], "facts": [quoted(q) for q in story.facts]}
        return shown

    dates = digest.dates
    return {
        "title": digest.title,
        "title_source": digest.title_source,
        "created": digest.created.isoformat(timespec="seconds"),
        "articles": len(digest.articles),
        "outlets": digest.outlets,
        "dates": {"first": dates[0], "last": dates[1]} if dates else None,
        "stories": [story(s, True) for s in digest.stories],
        "more_stories": [story(s, False) for s in digest.more],
        "sources": [{"name": a.source, "headline": a.title, "byline": a.byline, "published": a.published,
                     "url": a.url, "site": a.site} for a in digest.articles],
        "settings": asdict(digest.options) | asdict(digest.digest_options),
        "generator": f"briefing {__version__}",
    }


def digest_html(digest: Digest, options: RenderOptions) -> str:
    return sandboxed_environment(TEMPLATES_DIR).get_template(HTML_TEMPLATE).render(context(digest, options))


def digest_markdown(digest: Digest, options: RenderOptions) -> str:
    template = sandboxed_environment(TEMPLATES_DIR, markdown=True).get_template(MARKDOWN_TEMPLATE)
    return template.render(context(digest, options))


def digest_pdf(digest: Digest, options: RenderOptions) -> bytes:
    from briefing.render.pdf import finish, render_document  # WeasyPrint costs about a second to import

    html = digest_html(digest, options)
    document = render_document(html, TEMPLATES_DIR)
    # WeasyPrint splits <meta name=keywords> at every comma, cutting a title such as "… $110,000"
    # in two: the PDF's Keywords are the titles whole, one from the next by "; ".
    document.metadata.keywords = ["; ".join(title.replace(";", ",") for title in _keyword_titles(digest))]
    sources = "; ".join(a.url or a.source for a in digest.articles)
    return finish(document, options, dc_source=cut(sources, MAX_URL_CHARS) or "", html=html)


def context(digest: Digest, options: RenderOptions) -> dict[str, Any]:
    """The variables of the digest's templates."""
    labels = labels_for(language_code(digest.options.language))
    paper, width = PAPER_SIZES[options.paper]
    count = _articles_label(len(digest.articles), labels)
    outlets = digest.outlets
    # Outlets, not inputs: files that name no publication are not counted as outlets of their own.
    sources = labels.t("from_one_source") if outlets == 1 else labels.t("from_n_sources", n=labels.number(outlets))
    dates = digest.dates
    return {
        "title": cut(digest.title, MAX_FIELD_CHARS),
        "created_label": labels.day(digest.created),
        "created_iso": digest.created.isoformat(timespec="seconds"),
        "dates_label": labels.days(*dates) if dates else None,
        "default_title": digest.title_source == "default",
        "count_label": f"{count} {sources}" if outlets else count,
        "running_head": "string(story, start)",  # later pages are headed by the story they continue (digest.css)
        "stories": [_story(digest, story, number, labels) for number, story in enumerate(digest.stories, start=1)],
        "more": [_story(digest, story, number, labels) for number, story in
                 enumerate(digest.more, start=len(digest.stories) + 1)],
        "sources": [_source(digest, article, labels) for article in digest.articles],
        "keywords": _keyword_titles(digest),
        "first_brief": " ".join(q.text for story in digest.stories[:1] for q in story.brief)[:300],
        "author": options.author,
        "marking": options.marking,
        "language": language_code(digest.options.language),
        "paper_size": paper,
        "page_margin": f"{(width - MEASURE_MM) / 2:.1f}mm",
        "css": default_stylesheet() + "\n" + digest_stylesheet(),
        "t": labels.t,
        "number": labels.number,
        "version": __version__,
        "method": digest.options.method,
    }


def _story(digest: Digest, story: Story, number: int, labels: Labels) -> dict[str, Any]:
    notes: list[str] = []  # what the story shows shortened, in the digest's language
    return {
        "id": f"story-{number}",
        "number": number,
        "title": cut(story.title, MAX_FIELD_CHARS),
        "count_label": _articles_label(len(story.notes), labels),
        "brief": [_quote(digest, q, labels, notes) for q in story.brief],
        "facts": [_quote(digest, q, labels, notes) for q in story.facts],
        "articles": [_source(digest, article, labels) for article in story.articles],
        "notes": notes,
    }


def _quote(digest: Digest, quote: Quote, labels: Labels, notes: list[str]) -> dict[str, Any]:
    """A quotation as shown: one no reader can use (over MAX_QUOTE_CHARS) is shortened, and the
    story says so, as the note does (shortening.py); the JSON keeps it whole."""
    number, text = digest.number(quote.source), quote.text
    if len(text) > MAX_QUOTE_CHARS:
        values = {"n": quote.sentence.index + 1, "shown": MAX_QUOTE_CHARS, "total": len(text)}
        notes.append(f"[{number}] {labels.t('shortened_sentence', **values)}")
        LOG.warning("%s: %s", quote.source, labels_for("en").t("shortened_sentence", **values))
    return {"text": cut(text, MAX_QUOTE_CHARS), "source": number, "index": quote.sentence.index}


def _source(digest: Digest, article: Article, labels: Labels) -> dict[str, Any]:
    url = cut(article.url, MAX_URL_CHARS)
    return {
        "number": digest.number(article.source),
        "id": f"source-{digest.number(article.source)}",
        # As the user named it, as in the JSON: two inputs fa/story.txt and fb/story.txt must
        # stay apart, which the note's file name alone (source_label) cannot do.
        "name": cut(article.source, MAX_FIELD_CHARS),
        "site": cut(article.site, MAX_FIELD_CHARS),
        "outlet_label": cut(article.site or _host(article.url) or _host(article.source) or source_label(article.source),
                            MAX_FIELD_CHARS),  # who told it, in a coverage row: the outlet, else the file
        "headline": cut(article.title, MAX_FIELD_CHARS),
        "byline": cut(article.byline, MAX_FIELD_CHARS),
        "published_label": cut(labels.published(article.published), MAX_FIELD_CHARS),
        "url": url,
        "href": article.url if url and article.url and is_url(article.url) else None,
    }


def _host(url: str | None) -> str | None:
    return (urlsplit(url).hostname or "").removeprefix("www.") or None if url and is_url(url) else None


def _articles_label(count: int, labels: Labels) -> str:
    return labels.t("one_article") if count == 1 else labels.t("n_articles", n=labels.number(count))


def _keyword_titles(digest: Digest) -> list[str]:
    return [story.title for story in digest.stories[:10]]


@lru_cache(maxsize=1)
def digest_stylesheet() -> str:
    return (TEMPLATES_DIR / STYLESHEET).read_text(encoding="utf-8")
