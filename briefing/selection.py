"""From a ranking to a brief: the best-ranked sentences within the length setting."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .model import Sentence
from .predicates import in_longer_quotes, leans_on_previous

if TYPE_CHECKING:
    from .options import BriefOptions


def brief_length(options: BriefOptions, sentence_count: int) -> int:
    """How many sentences the brief may hold (a word budget is applied while selecting)."""
    if options.sentences is not None:
        return min(options.sentences, sentence_count)
    if options.ratio is not None:
        return min(sentence_count, max(1, round(options.ratio * sentence_count)))
    return sentence_count


def select(
    sentences: Sequence[Sentence],
    ranking: Sequence[int],
    options: BriefOptions,
    *,
    readable: bool = False,
) -> tuple[Sentence, ...]:
    """The brief: the best-ranked sentences within the length setting, in article order.

    A word budget takes whole sentences in rank order, skipping those that no longer fit, and
    always at least one. ``readable`` first takes only sentences that stand alone: none that
    opens with a pronoun or connective leaning on a sentence left out, none that is part of a
    longer quotation; only if that leaves the brief short of its sentence count (or empty) are
    the others taken.
    """
    limit = brief_length(options, len(sentences))
    budget = options.words
    quoted = in_longer_quotes(sentences) if readable else frozenset()
    chosen: dict[int, Sentence] = {}
    words = 0
    for strict in (True, False) if readable else (False,):
        if not strict and budget is not None and chosen:
            break  # a word budget is a ceiling, not a count to fill
        for index in ranking:
            if len(chosen) == limit:
                break
            sentence = sentences[index]
            if index in chosen or (budget is not None and words + sentence.words > budget):
                continue
            if strict and (index in quoted or (leans_on_previous(sentence) and index - 1 not in chosen and index)):
                continue
            chosen[index] = sentence
            words += sentence.words
    if not chosen and ranking:  # no sentence fits the word budget: the best one, whole
        chosen[ranking[0]] = sentences[ranking[0]]
    return tuple(chosen[index] for index in sorted(chosen))
