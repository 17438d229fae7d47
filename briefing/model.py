"""The document model: an article, its sentences, and the briefing made from them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.options import BriefOptions

WORDS_PER_MINUTE = 230  # an adult's silent reading speed for prose (Brysbaert 2019: 238)


@dataclass(frozen=True)
class Article:
    """A decoded, normalized article: its body text and what we know about it."""

    text: str  # the body: paragraphs separated by one blank line, headline removed
    source: str  # how the input is named to the user: a path, "-", a URL
    title: str | None = None  # the headline, when the input has one
    byline: str | None = None
    published: str | None = None  # the publication date as found
    url: str | None = None  # where the article can be read: its URL, when known
    site: str | None = None  # the publication or site, when known


@dataclass(frozen=True)
class Credits:
    """What another input says of an article it carries or links to (a feed says of its items):
    used where the article itself does not say."""

    title: str | None = None
    byline: str | None = None
    published: str | None = None
    url: str | None = None
    site: str | None = None

STDIN = "-"  # the name of standard input, as an input and as -o


@dataclass(frozen=True)
class Source:
    """One input to read, as the user named it (a path, a URL, ``-``), or an item found inside
    another input (a feed's item: its link, its content when the feed carries it; a line of a JSONL
    archive: the record)."""

    name: str
    data: bytes | None = None  # the content, when it is in hand already
    media_type: str | None = None  # what the content is, when known (a feed item's HTML)
    credits: Credits = field(default_factory=Credits)
    found_in: str | None = None  # the input that listed it (a feed), for items found inside another
    output_stem: str | None = None  # what its output is named after, when its container says (an archive's id)
    key: str | None = None  # what --new-only remembers it by, when known before its bytes (recurring.py)
    dated: datetime | None = None  # when its container says it was published, to the minute (a feed's)
    charset: str | None = None  # the charset a server declared for its content


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article, quoted verbatim, and where it stands in the source."""

    text: str  # the sentence with runs of white space folded to one space
    index: int  # 0-based position among the article's sentences
    paragraph: int  # 0-based paragraph number
    start: int  # character offsets of the sentence in Article.text
    end: int

    @cached_property
    def words(self) -> int:  # asked many times per sentence by the rules: counted once
        return len(self.text.split())


@dataclass(frozen=True)
class Stats:
    article_words: int
    article_sentences: int
    brief_words: int
    brief_sentences: int
    facts_words: int

    @property
    def reading_minutes_saved(self) -> float:
        """Minutes saved by reading the note instead of the article."""
        return max(0.0, (self.article_words - self.brief_words - self.facts_words) / WORDS_PER_MINUTE)


@dataclass(frozen=True)
class Briefing:
    """Everything that describes one note: the brief, the key facts, and how they were chosen.
    How the note is rendered and where it is written are not part of it."""

    title: str
    article: Article
    sentences: tuple[Sentence, ...]  # every sentence of the article, in order
    brief: tuple[Sentence, ...]  # in article order
    facts: tuple[Sentence, ...]  # in article order, none of them in the brief
    options: BriefOptions  # what was asked for: length, facts, method, language
    created: datetime
    title_source: str = "headline"  # "flag" (--title), "headline" (the article's), or "derived" from its words
    notes: tuple[str, ...] = field(default=())  # things the reader should know, e.g. a short brief
    remarks: tuple[str, ...] = field(default=())  # the same notes in English, for stderr
    keywords: tuple[str, ...] = field(default=())  # the article's most used content words
    ranking: tuple[int, ...] = field(default=())  # sentence indices, best first, as the method ranked them
    outlook: Sentence | None = None  # what happens next, when the article says it (outlook.py)
    language_source: str = "given"  # "given" (--language), or "found" in the article (--language auto)
    language_found: str | None = None  # the ISO 639-1 code found, when found: one briefing may not brief

    @property
    def brief_text(self) -> str:
        return " ".join(sentence.text for sentence in self.brief)

    @cached_property
    def stats(self) -> Stats:
        return Stats(
            article_words=sum(s.words for s in self.sentences),
            article_sentences=len(self.sentences),
            brief_words=sum(s.words for s in self.brief),
            brief_sentences=len(self.brief),
            facts_words=sum(s.words for s in self.facts),
        )
