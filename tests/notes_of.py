"""Helpers for the tests of what a note shows: a note of a short article, checked verbatim; its
shown sentences; sentences made by hand for selection's tests."""

from briefing import BriefOptions, make_briefing, parse_article
from briefing.model import Sentence
from briefing.text.segment import as_written

FOUR_FACTS = BriefOptions(facts=4)


def note_of(text: str, options: BriefOptions = FOUR_FACTS):
    note = make_briefing(parse_article(text, source="<test>"), options)
    for sentence in note.brief + note.facts:  # verbatim, and where the source has it
        assert sentence.text == as_written(note.article.text[sentence.start : sentence.end])
    return note


def shown(note) -> list[str]:
    return [sentence.text for sentence in note.brief + note.facts]


def sentences_of(texts: list[str]) -> list[Sentence]:
    """One paragraph of the given sentences, with their offsets as if joined by spaces."""
    sentences, offset = [], 0
    for index, text in enumerate(texts):
        sentences.append(Sentence(text, index, 0, offset, offset + len(text)))
        offset += len(text) + 1
    return sentences


def analysis_of(sentences: list[Sentence], *, title: str | None = None, debts=None):
    """The text layer's analysis of hand-made sentences (English), with ``debts`` when a test gives its own."""
    from dataclasses import replace

    from briefing.text.analysis import analyse
    from briefing.text.segment import terms_for

    analysis = analyse(sentences, terms_for("english"), title=title)
    return analysis if debts is None else replace(analysis, debts=tuple(debts))
