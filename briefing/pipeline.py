"""read → segment → rank → facts → model: the one way data flows to a Briefing."""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime
from pathlib import Path

from .config import DEFAULTS, Settings
from .errors import InputError
from .facts import key_terms, select_facts
from .model import Article, Briefing
from .ranking import brief_length, rank, select
from .reading import parse_article, read_article
from .segment import Terms, split_sentences, terms_for

LOG = logging.getLogger("briefing")
# In English prose about two words in five are stop words; in other languages few of them are.
ENGLISH_STOP_WORD_SHARE = 0.15


def make_briefing(article: Article | str, settings: Settings = DEFAULTS) -> Briefing:
    """Brief an Article (or plain article text) with ``settings``."""
    if isinstance(article, str):
        article = parse_article(article, source="<text>")
    sentences = split_sentences(article.text)
    if not any(sentence.words for sentence in sentences):
        raise InputError("the article has no words to brief", source=article.source)
    terms = terms_for(settings.language)
    if settings.language == "english" and not looks_english(article.text, terms):
        LOG.warning(
            "%s: the text does not look like English; name its language with --language",
            article.source,
        )
    ranking = rank(sentences, method=settings.method, terms=terms, title=article.title)
    brief = select(sentences, ranking, settings, readable=settings.method == "newsrank")
    facts = select_facts(sentences, ranking, brief, count=settings.facts, terms=terms)
    notes = []
    if settings.sentences is not None and settings.sentences > brief_length(settings, len(sentences)):
        notes.append(
            f"The article has only {len(sentences)} sentence{'s' if len(sentences) != 1 else ''}; "
            f"the brief holds {len(brief)}."
        )
    return Briefing(
        title=settings.title or article.title or Path(article.source).name,
        article=article,
        sentences=sentences,
        brief=brief,
        facts=facts,
        settings=settings,
        created=creation_time(),
        notes=tuple(notes),
        keywords=key_terms(sentences, terms),
    )


def looks_english(text: str, terms: Terms) -> bool:
    """Whether enough of the first words are English stop words (short texts get the benefit)."""
    words = [word.lower() for word in text[:20_000].split()[:2000] if word.isalpha()]
    if len(words) < 40:
        return True
    return sum(word in terms.stop_words for word in words) / len(words) >= ENGLISH_STOP_WORD_SHARE


def brief_file(path: str | Path, settings: Settings = DEFAULTS, *, data: bytes | None = None) -> Briefing:
    """Read the article at ``path`` (a file, a URL, or ``-`` with standard input's ``data``)
    and brief it."""
    article = read_article(path, max_bytes=settings.max_bytes, input_format=settings.input_format, data=data)
    return make_briefing(article, settings)


def creation_time() -> datetime:
    """Now, or SOURCE_DATE_EPOCH when it is set, so that builds can be reproduced."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    return datetime.now(tz=UTC)
