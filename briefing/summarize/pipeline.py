"""read → segment → rank → select → facts → Briefing: the one way data flows to a note."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Sequence
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
from briefing.summarize.selection import brief_length, places, select
from briefing.text.analysis import analyse
from briefing.text.language_guess import Detection, detect_language
from briefing.text.languages import AUTO, language_code
from briefing.text.languages.labels import labels_for
from briefing.text.segment import Terms, split_sentences, terms_for

LOG = logging.getLogger("briefing")
# In English prose about two words in five are stop words; in other languages few of them are.
ENGLISH_STOP_WORD_SHARE = 0.15
MIN_SENTENCES, MIN_WORDS = 2, 15  # a shorter text is quoted whole, not summarized
TITLE_WORDS = 12  # a derived title is at most this long ...
TITLE_MIN_WORDS = 5  # ... and is cut at a clause no sooner than this
# 10 MB of news prose is about 80,000 sentences; each costs about 1 KB and 0.1 ms to read and rank
MAX_SENTENCES = 250_000


def make_briefing(article: Article | str, options: BriefOptions | None = None) -> Briefing:
    """Brief an Article (or plain article text) as ``options`` ask."""
    options = options or BriefOptions()
    article = _credited(article, options)
    detection = found_language(article) if options.language == AUTO else None
    options = replace(options, language=detection.language) if detection else options
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
    if detection is None and options.language == "english" and not looks_english(article.text, terms):
        _warn_not_english(article)
    # The text layer's view, once: captions, credits, bylines, stamps, datelines and boilerplate are
    # kept as sentences of the article (with their offsets) but no method may choose them.
    analysis = analyse(sentences, terms, title=article.title)
    excluded = analysis.furniture
    ranking = picks = rank(analysis, method)
    ranking = [index for index in ranking if index not in excluded] or ranking  # all junk: the text is what it is
    brief, facts = tuple(sentences), tuple[Sentence, ...]()  # a text too short to summarize is quoted whole
    if not too_short(sentences):  # every method's brief keeps to the note's rules; --raw shows its own picks
        brief = select(analysis, picks if options.raw else ranking, options, readable=not options.raw,
                       lede_first=method.lede_first)
        facts = select_facts(analysis, ranking, brief, count=options.facts)
    remarks = _remarks(options, sentences, brief, facts, len(ranking), taken=places(analysis, brief))
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
        language_source="given" if detection is None else "found",
        language_found=None if detection is None else detection.code,
        outlook=whats_next(sentences, {s.index for s in brief + facts}, excluded=excluded,
                           language=language_code(options.language), titled=analysis.titled),
    )


def _credited(article: Article | str, options: BriefOptions) -> Article:
    """The Article (plain text parsed), with the source --source-url and --source-name give it."""
    if isinstance(article, str):
        article = parse_article(article, source="<text>")
    if options.source_url or options.source_name:
        article = replace(article, url=options.source_url or article.url, site=options.source_name or article.site)
    return article


def too_short(sentences: Sequence[Sentence]) -> bool:
    """Whether a text is too short to summarize: fewer than MIN_SENTENCES sentences or MIN_WORDS words."""
    return len(sentences) < MIN_SENTENCES or sum(sentence.words for sentence in sentences) < MIN_WORDS


def _remarks(
    options: BriefOptions, sentences: Sequence[Sentence], brief: Sequence[Sentence], facts: Sequence[Sentence],
    ranked: int, *, taken: int,
) -> list[tuple[str, dict[str, int]]]:
    """What the reader should know, said in the colophon (and on stderr): a text quoted whole, a
    brief or facts shorter than asked for. ``taken``: the places of the length setting the brief fills (a short
    quotation of several sentences takes one, selection.places)."""
    if too_short(sentences):
        return [("too_short", {"n": sum(sentence.words for sentence in sentences)})]
    remarks: list[tuple[str, dict[str, int]]] = []
    # a count of sentences asked for, directly or as a share of the article's (a word budget is no count)
    asked = options.sentences if options.sentences is not None else (
        brief_length(options, len(sentences)) if options.ratio is not None else None)
    if options.sentences is not None and options.sentences > len(sentences) and len(brief) == len(sentences):
        remarks.append(("brief_all", {"n": len(sentences)}))  # (else it holds fewer, said just below)
    elif asked is not None and taken < asked:
        remarks.append(("brief_short", {"shown": taken, "asked": asked}))
    if len(facts) < options.facts and ranked > len(brief) + len(facts):  # sentences left out
        remarks.append(("facts_short", {"shown": len(facts), "asked": options.facts}))
    return remarks


def _warn_not_english(article: Article) -> None:
    """--language english on a text that does not look English: say which language it looks like."""
    found = detect_language(article.text)
    looks = f"looks like {found.display_name}, not English" if found.code != "en" else "does not look like English"
    LOG.warning("%s: the text %s; name its language with --language (or leave --language out)", article.source, looks)


def found_language(article: Article) -> Detection:
    """The language of ``article`` (--language auto); one briefing cannot brief is named on
    stderr, and the article is briefed with English rules."""
    detection = detect_language(f"{article.title or ''}\n{article.text}")
    if not detection.supported:
        LOG.warning("%s: the text looks like %s, which briefing cannot brief yet; briefed with English rules",
                    article.source, detection.display_name)
    return detection


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
