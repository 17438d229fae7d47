"""The ranking methods: one table, read by settings validation, the CLI, --help and the README.

A method turns an article's sentences into a ranking (indices, best first); selection.py turns a
ranking into a brief of the requested length. Adding a method is one entry in METHODS plus its
ranking function.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from . import sumy_methods
from .model import Sentence
from .newsrank import newsrank
from .segment import Terms

LOG = logging.getLogger("briefing")
# Above this many words a quadratic method takes tens of seconds (sumy's LexRank ~100 s at 60,000).
SLOW_METHOD_WORDS = 10_000

Cost = Literal["linear", "quadratic"]


class RankFunction(Protocol):
    def __call__(self, sentences: Sequence[Sentence], terms: Terms, *, title: str | None) -> list[int]: ...


@dataclass(frozen=True)
class Method:
    name: str
    rank: RankFunction
    summary: str  # one line for --help and the README
    readable: bool = False  # whether the brief keeps to sentences that stand alone (selection.py)
    cost: Cost = "linear"  # how the time grows with the number of sentences
    aliases: tuple[str, ...] = ()  # other spellings accepted, such as sumy's own ("lex-rank")


def lead(sentences: Sequence[Sentence], terms: Terms, *, title: str | None) -> list[int]:
    """The first sentences first: the classic news baseline."""
    return list(range(len(sentences)))


def _sumy(name: str, summary: str, cost: Cost, *aliases: str) -> Method:
    return Method(name, sumy_methods.ranker(name), summary, cost=cost, aliases=aliases)


METHODS: dict[str, Method] = {
    method.name: method
    for method in (
        Method("newsrank", newsrank, "ours: lead prior, centrality, headline, redundancy control", readable=True),
        Method("lead", lead, "the first sentences: the classic news baseline"),
        _sumy("lexrank", "sumy's LexRank (graph centrality)", "quadratic", "lex-rank"),
        _sumy("lsa", "sumy's latent semantic analysis", "quadratic"),
        _sumy("luhn", "sumy's Luhn (significant words)", "linear"),
        _sumy("textrank", "sumy's TextRank (graph centrality)", "quadratic", "text-rank"),
        _sumy("kl", "sumy's KL-Sum (word distribution)", "quadratic", "kl-sum"),
        _sumy("sumbasic", "sumy's SumBasic (word probability)", "linear", "sum-basic"),
        _sumy("reduction", "sumy's Reduction (graph)", "quadratic"),
        _sumy("edmundson", "sumy's Edmundson (cue, title and position words)", "linear"),
        _sumy("random", "sentences in a random (repeatable) order", "linear"),
    )
}


def method_name(spelling: str) -> str:
    """The method a user means: names and aliases in any case ('LexRank', 'lex-rank'); anything
    else as given, for validation to refuse."""
    lowered = spelling.strip().lower()
    for method in METHODS.values():
        if lowered == method.name or lowered in method.aliases:
            return method.name
    return spelling


def rank(sentences: Sequence[Sentence], method: Method, *, terms: Terms, title: str | None = None) -> list[int]:
    """Indices of ``sentences``, best first, by ``method``; a warning first when a quadratic
    method is given a very long text."""
    if not sentences:
        return []
    words = sum(sentence.words for sentence in sentences)
    if method.cost == "quadratic" and words > SLOW_METHOD_WORDS:
        LOG.warning(
            "%s grows with the square of the sentence count and may take minutes on %s words; "
            "newsrank takes seconds", method.name, f"{words:,}",
        )
    return method.rank(sentences, terms, title=title)
