"""What the note shows of an article: text that no reader, and no layout engine, can use is
shortened, and the note says so, in its language and on stderr (in English).

Layout time grows with what is laid out; these bounds keep any input under --max-size to a note
rendered in seconds. The JSON keeps everything.
"""

from __future__ import annotations

from dataclasses import replace

from briefing.model import Briefing, Sentence
from briefing.text.languages.labels import Labels, labels_for

MAX_QUOTE_CHARS = 2_000  # a sentence: segmenting cuts real ones at 80 words; a long URL fits
MAX_FIELD_CHARS = 300  # a title, byline, publication, date as found
MAX_URL_CHARS = 2_000
MAX_APPENDIX_CHARS = 100_000  # the source in the appendix: about 30 pages


class Shown:
    """What the note shows of the article: text that no reader (and no layout engine) can use is
    shortened, and the note says so in its language; ``english`` says it on stderr."""

    def __init__(self, briefing: Briefing, labels: Labels, *, appendix: bool) -> None:
        self.labels = labels
        self.notes: tuple[str, ...] = ()
        self.english: list[str] = []
        self.title = self.field(briefing.title, label="title") or ""
        self.brief = tuple(self.sentence(s) for s in briefing.brief)
        self.facts = tuple(self.sentence(s) for s in briefing.facts)
        self.paragraphs = paragraphs(self._appendix(briefing.sentences) if appendix else ())

    def field(self, value: str | None, limit: int = MAX_FIELD_CHARS, *, label: str | None = None) -> str | None:
        if value is None or len(value) <= limit:
            return value
        if label:
            self._say("shortened_field", field=label, shown=limit, total=len(value))
        return cut(value, limit)

    def sentence(self, sentence: Sentence) -> Sentence:
        if len(sentence.text) <= MAX_QUOTE_CHARS:
            return sentence
        self._say("shortened_sentence", n=sentence.index + 1, shown=MAX_QUOTE_CHARS, total=len(sentence.text))
        return _cut(sentence, MAX_QUOTE_CHARS)

    def _appendix(self, sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
        """The source up to MAX_APPENDIX_CHARS, each sentence up to MAX_QUOTE_CHARS: long words
        break (quote), so that its layout time grows with its length, which is bounded."""
        kept: list[Sentence] = []
        budget, cut = MAX_APPENDIX_CHARS, 0
        for sentence in sentences:
            if budget <= 0:
                total = sum(len(s.text) for s in sentences)
                self._say("shortened_appendix", shown=MAX_APPENDIX_CHARS, total=total)
                break
            limit = min(budget, MAX_QUOTE_CHARS)
            long = len(sentence.text) > limit
            cut += long and limit == MAX_QUOTE_CHARS  # the last one is cut by the budget, said below
            kept.append(_cut(sentence, limit) if long else sentence)
            budget -= len(kept[-1].text)
        if cut:
            self._say("shortened_in_appendix", n=cut, shown=MAX_QUOTE_CHARS)
        return tuple(kept)

    def _say(self, key: str, *, field: str | None = None, **values: int) -> None:
        for labels, notes in ((self.labels, None), (labels_for("en"), self.english)):
            named = {"field": labels.t(field)} if field else {}
            text = labels.t(key, **values, **named)
            if notes is None:
                self.notes += (text,)
            else:
                notes.append(text)


def cut(value: str | None, limit: int) -> str | None:
    """``value`` cut to ``limit`` characters and an ellipsis, when it is longer."""
    return value if value is None or len(value) <= limit else value[:limit] + "…"


def _cut(sentence: Sentence, limit: int) -> Sentence:
    return replace(sentence, text=sentence.text[:limit] + "…")


def paragraphs(sentences: tuple[Sentence, ...]) -> list[list[Sentence]]:
    grouped: list[list[Sentence]] = []
    for sentence in sentences:
        if not grouped or grouped[-1][-1].paragraph != sentence.paragraph:
            grouped.append([])
        grouped[-1].append(sentence)
    return grouped
