"""The ranking methods: one table, read by settings validation, the CLI, --help and the docs.

A method turns an article's sentences into a ranking (indices, best first); selection.py turns a
ranking into a brief of the requested length, by the note's rules (no furniture, sentences that
stand alone, quotations whole) whatever the method, unless --raw asks for the method's own picks.
Adding a method is one entry in METHODS plus its ranking function.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Literal, Protocol

from briefing.errors import InputError
from briefing.options import register_choices
from briefing.summarize import sumy_rankers
from briefing.summarize.newsrank import newsrank
from briefing.text.analysis import Analysis

LOG = logging.getLogger("briefing")

Cost = Literal["linear", "slow", "quadratic", "cubic"]


@dataclass(frozen=True)
class CostClass:
    growth: str  # how the work grows with the length, in words a user reads
    slow_words: int | None = None  # above this, a warning that the method is slow
    max_words: int | None = None  # above this, the text is refused: it would take minutes or gigabytes


# Measured on 2 cores (python benchmarks/limits.py; docs/limits.md): at 40,000 words sumy's
# LexRank takes 23 s, Reduction 20 s, TextRank 17 s, and each doubling of the text makes that four
# times as much (LexRank: 58 s at 60,000 words; LSA 1.9 GB and SumBasic many minutes at 10 MB).
# KL-Sum takes 26 s at 10,000 words and 191 s at 20,000.
# sumy's Luhn and Edmundson are linear but slow: 57 s and 61 s of CPU on one 9.6 MB paragraph
# (1.6 million words), where newsrank takes 47 s; a million words keeps them well inside a minute.
COST_CLASSES: dict[Cost, CostClass] = {
    "linear": CostClass("the length"),
    "slow": CostClass("the length, but slowly", slow_words=300_000, max_words=1_000_000),
    "quadratic": CostClass("the square of the length", slow_words=10_000, max_words=40_000),
    "cubic": CostClass("the cube of the length", slow_words=5_000, max_words=10_000),
}


class RankFunction(Protocol):
    """Every sentence index of the analysed article, best first."""

    def __call__(self, analysis: Analysis) -> list[int]: ...


@dataclass(frozen=True)
class Method:
    name: str
    rank: RankFunction
    summary: str  # one line for --help and the docs
    lede_first: bool = False  # whether the article's lede, where it stands alone, is the brief's first pick
    cost: Cost = "linear"  # how the time grows with the number of sentences
    aliases: tuple[str, ...] = ()  # other spellings accepted, such as sumy's own ("lex-rank")


def lead(analysis: Analysis) -> list[int]:
    """The first sentences first: the classic news baseline."""
    return list(range(len(analysis.sentences)))


def _sumy(name: str, summarizer: str, summary: str, cost: Cost, *aliases: str) -> Method:
    """One of sumy's methods: ``summarizer`` is its module in sumy.summarizers and its class."""
    return Method(name, sumy_rankers.ranker(summarizer), summary, cost=cost, aliases=aliases)


METHODS: dict[str, Method] = {
    method.name: method
    for method in (
        Method("newsrank", newsrank, "ours: lead prior, centrality, headline, redundancy control", lede_first=True),
        Method("lead", lead, "the first sentences: the classic news baseline"),
        _sumy("lexrank", "lex_rank.LexRankSummarizer", "sumy's LexRank (graph centrality)", "quadratic", "lex-rank"),
        _sumy("lsa", "lsa.LsaSummarizer", "sumy's latent semantic analysis", "quadratic"),
        _sumy("luhn", "luhn.LuhnSummarizer", "sumy's Luhn (significant words)", "slow"),
        _sumy("textrank", "text_rank.TextRankSummarizer", "sumy's TextRank (graph centrality)", "quadratic",
              "text-rank"),
        _sumy("kl", "kl.KLSummarizer", "sumy's KL-Sum (word distribution)", "cubic", "kl-sum"),
        _sumy("sumbasic", "sum_basic.SumBasicSummarizer", "sumy's SumBasic (word probability)", "quadratic",
              "sum-basic"),
        _sumy("reduction", "reduction.ReductionSummarizer", "sumy's Reduction (graph)", "quadratic"),
        _sumy("edmundson", "edmundson.EdmundsonSummarizer", "sumy's Edmundson (cue, title and position words)", "slow"),
        _sumy("random", "random.RandomSummarizer", "sentences in a random (repeatable) order", "linear"),
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


register_choices("method", METHODS.keys, method_name)


def rank(analysis: Analysis, method: Method) -> list[int]:
    """Indices of the article's sentences, best first, by ``method``."""
    return method.rank(analysis) if analysis.sentences else []


def check_length(method: Method, words: int, *, source: str) -> None:
    """Refuse a text too long for ``method``'s cost class, before any of the work; warn when it
    is long enough to be slow."""
    cost = COST_CLASSES[method.cost]
    if cost.max_words is not None and words > cost.max_words:
        raise InputError(
            f"has {words:,} words; {method.name} takes at most {cost.max_words:,}, as its work grows with "
            f"{cost.growth} (newsrank takes any length)", source=source)
    if cost.slow_words is not None and words > cost.slow_words:
        LOG.warning("%s grows with %s and is slow on %s words; newsrank takes seconds",
                    method.name, cost.growth, f"{words:,}")
