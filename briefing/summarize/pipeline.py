"""read → segment → rank → select → facts → Briefing: the one way data flows to a note."""

from __future__ import annotations

import logging
import os
import re
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from briefing.errors import InputError, UsageError, too_many_sentences
from briefing.model import Article, Briefing, Sentence
from briefing.options import BriefOptions
from briefing.read.input_types import parse_article
from briefing.read.sources import DEFAULT_MAX_BYTES, read_article
from briefing.summarize.facts import key_terms, select_facts
from briefing.summarize.methods import METHODS, check_length, rank
from briefing.summarize.outlook import whats_next
from briefing.summarize.selection import brief_length, select
from briefing.text.cleaning import junk
from briefing.text.languages import language_code
from briefing.text.languages.labels import labels_for
from briefing.text.predicates import name_debts, story_sentences
from briefing.text.segment import Terms, split_sentences, terms_for

LOG = logging.getLogger("briefing")
# In English prose about two words in five are stop words; in other languages few of them are.
ENGLISH_STOP_WORD_SHARE = 0.15
TITLE_WORDS = 12  # a derived title is at most this long ...
TITLE_MIN_WORDS = 5  # ... and is cut at a clause no sooner than this
# 10 MB of news prose is about 80,000 sentences; each costs about 1 KB and 0.1 ms to read and rank
MAX_SENTENCES = 250_000


def make_briefing(article: Article | str, options: BriefOptions | None = None) -> Briefing:
    """Brief an Article (or plain article text) as ``options`` ask."""
    options = options or BriefOptions()
    if isinstance(article, str):
        article = parse_article(article, source="<text>")
    if options.source_url or options.source_name:
        article = replace(article, url=options.source_url or article.url, site=options.source_name or article.site)
    method = METHODS[options.method]
    check_length(method, len(article.text.split()), source=article.source)  # before the long work
    try:
        if sentence_ends(article.text) > MAX_SENTENCES * 3 // 2:  # before the work, with room for "Mr. "
            raise InputError(too_many_sentences(MAX_SENTENCES))
        sentences = split_sentences(article.text, options.language, limit=MAX_SENTENCES)
    except InputError as error:
        raise InputError(error.message, source=article.source) from None
    if not any(sentence.words for sentence in sentences):
        raise InputError("the article has no words to brief", source=article.source)
    terms = terms_for(options.language)
    if options.language == "english" and not looks_english(article.text, terms):
        LOG.warning(
            "%s: the text does not look like English; name its language with --language",
            article.source,
        )
    # Cleaning before ranking: captions, credits, bylines, stamps, datelines and boilerplate are
    # kept as sentences of the article (with their offsets) but no method may choose them.
    fit = story_sentences(sentences)
    excluded = junk(sentences)
    titled = bool(article.title)
    ranking = rank(sentences, method, terms=terms, title=article.title)
    ranking = [index for index in ranking if index not in excluded] or ranking  # all junk: the text is what it is
    debts = name_debts(sentences)  # surnames each sentence owes to an earlier one: brief and facts ask
    brief = select(sentences, ranking, options, readable=method.readable, titled=titled, fit=fit, debts=debts)
    facts = select_facts(sentences, ranking, brief, count=options.facts, terms=terms, titled=titled, fit=fit,
                         debts=debts)
    remarks: list[tuple[str, dict[str, int]]] = []  # what the reader should know, said in the colophon
    if options.sentences is not None and options.sentences > brief_length(options, len(sentences)):
        remarks.append(("brief_all", {"n": len(sentences)}))
    elif options.sentences is not None and len(brief) < options.sentences:
        remarks.append(("brief_short", {"shown": len(brief), "asked": options.sentences}))
    if len(facts) < options.facts and len(ranking) > len(brief) + len(facts):  # sentences left out
        remarks.append(("facts_short", {"shown": len(facts), "asked": options.facts}))
    labels, english = labels_for(language_code(options.language)), labels_for("en")  # the note's language; stderr's
    title, title_source = options.title, "flag"
    if not title:
        title, title_source = article.title, "headline"
    if not title:
        title, title_source = derived_title(brief[0]), "derived"
    return Briefing(
        title=title,
        title_source=title_source,
        article=article,
        sentences=sentences,
        brief=brief,
        facts=facts,
        options=options,
        created=creation_time(),
        notes=tuple(labels.t(key, **values) for key, values in remarks),
        remarks=tuple(english.t(key, **values) for key, values in remarks),
        keywords=key_terms(sentences, terms),
        ranking=tuple(ranking),
        outlook=whats_next(sentences, {s.index for s in brief + facts}, excluded=excluded,
                           language=language_code(options.language), titled=titled),
    )


def derived_title(lede: Sentence) -> str:
    """A title in the article's own words for an article without a headline: the lede's opening,
    cut after a clause once it says something, or after TITLE_WORDS words."""
    words = lede.text.split()
    for count, word in enumerate(words[:TITLE_WORDS], start=1):
        if (count >= TITLE_MIN_WORDS and word.endswith((",", ";", ":"))) or word in ("–", "—"):
            return " ".join(words[:count]).rstrip(",;:–— ") + "…"
    if len(words) <= TITLE_WORDS:
        return lede.text.rstrip(".!?…")
    return " ".join(words[:TITLE_WORDS]).rstrip(",;:–— ") + "…"


def looks_english(text: str, terms: Terms) -> bool:
    """Whether enough of the first words are English stop words (short texts get the benefit)."""
    words = [word.lower() for word in text[:20_000].split()[:2000] if word.isalpha()]
    if len(words) < 40:
        return True
    return sum(word in terms.stop_words for word in words) / len(words) >= ENGLISH_STOP_WORD_SHARE


def brief_file(
    source: str | Path,
    options: BriefOptions | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    input_format: str = "auto",
    data: bytes | None = None,
) -> Briefing:
    """Read the article at ``source`` (a file, a URL, or ``-`` with standard input's ``data``)
    and brief it."""
    article = read_article(source, max_bytes=max_bytes, input_format=input_format, data=data)
    return make_briefing(article, options)


def sentence_ends(text: str) -> int:
    """About how many sentences ``text`` holds, counted fast: its paragraph breaks and the stops
    followed by a space (abbreviations too)."""
    return text.count("\n\n") + text.count(". ") + text.count("? ") + text.count("! ")


def creation_time() -> datetime:
    """Now, or SOURCE_DATE_EPOCH when it is set, so that builds can be reproduced. A value that is
    not a time in seconds since 1970 is refused, as the reproducible-builds convention asks."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return datetime.now(tz=UTC)
    try:
        if not re.fullmatch(r"[0-9]+", epoch):
            raise ValueError(epoch)
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    except (ValueError, OverflowError, OSError):
        raise UsageError(
            f"SOURCE_DATE_EPOCH must be a time in whole seconds since 1970 before the year 10000, "
            f"not {epoch[:40]!r}") from None
