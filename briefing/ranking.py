"""Scoring and selection: which sentences make the brief.

Every method gives a ranking (sentence indices, best first); one selector turns a ranking into a
brief of the requested length. sumy's summarizers are adapted by handing them a ``count`` callable,
which sumy calls with all sentences sorted by its rating, so any sumy method yields a full ranking.
"""

from __future__ import annotations

import logging
import random
import warnings
from collections.abc import Callable, Sequence
from typing import Any

from .config import Settings
from .model import Sentence
from .newsrank import in_longer_quotes, leans_on_previous, newsrank
from .segment import Terms

SUMY_METHODS = ("lexrank", "lsa", "luhn", "textrank", "kl", "sumbasic", "reduction", "edmundson", "random")
# Above this many words the quadratic sumy methods take tens of seconds (LexRank ~100 s at 60,000).
SLOW_METHOD_WORDS = 10_000
SLOW_METHODS = ("lexrank", "textrank", "lsa", "reduction", "kl")
LOG = logging.getLogger("briefing")


def rank(
    sentences: Sequence[Sentence], *, method: str, terms: Terms, title: str | None = None
) -> list[int]:
    """Indices of ``sentences``, best first, by ``method``."""
    if not sentences:
        return []
    if method == "lead":
        return list(range(len(sentences)))
    if method == "newsrank":
        return newsrank(sentences, terms, title=title)
    words = sum(sentence.words for sentence in sentences)
    if method in SLOW_METHODS and words > SLOW_METHOD_WORDS:
        LOG.warning(
            "%s grows with the square of the sentence count and may take minutes on %s words; "
            "newsrank takes seconds", method, f"{words:,}",
        )
    return _sumy_rank(sentences, method=method, terms=terms, title=title)


def brief_length(settings: Settings, sentence_count: int) -> int:
    """How many sentences the brief may hold (a word budget is applied while selecting)."""
    if settings.sentences is not None:
        return min(settings.sentences, sentence_count)
    if settings.ratio is not None:
        return min(sentence_count, max(1, round(settings.ratio * sentence_count)))
    return sentence_count


def select(
    sentences: Sequence[Sentence],
    ranking: Sequence[int],
    settings: Settings,
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
    limit = brief_length(settings, len(sentences))
    budget = settings.words
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


def _sumy_rank(
    sentences: Sequence[Sentence], *, method: str, terms: Terms, title: str | None
) -> list[int]:
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    tokenizer = terms.tokenizer
    paragraphs: list[list[SumySentence]] = []
    for sentence in sentences:
        if not paragraphs or sentence.paragraph != sentences[sentence.index - 1].paragraph:
            paragraphs.append([])
        paragraphs[-1].append(SumySentence(sentence.text, tokenizer))
    if title:
        paragraphs[0].insert(0, SumySentence(title, tokenizer, is_heading=True))
    document = ObjectDocumentModel(tuple(Paragraph(p) for p in paragraphs))
    summarizer = _sumy_summarizer(method, terms, title)
    order: list[int] = []

    def record_ranking(infos: list[Any]) -> list[Any]:
        order.extend(info.order for info in infos)
        return infos

    with warnings.catch_warnings():
        # Degenerate documents make sumy warn (LSA: fewer words than sentences; LexRank: a zero
        # norm). The ranking is still usable, and users should not see numpy's warnings.
        warnings.simplefilter("ignore")
        summarizer(document, record_ranking)
    ranked = set(order)  # a summarizer may return early on a degenerate document
    return order + [index for index in range(len(sentences)) if index not in ranked]


def _sumy_summarizer(method: str, terms: Terms, title: str | None) -> Callable[..., Any]:
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers import (
        edmundson,
        kl,
        lex_rank,
        lsa,
        luhn,
        reduction,
        sum_basic,
        text_rank,
    )
    from sumy.summarizers import random as sumy_random

    classes = {
        "lexrank": lex_rank.LexRankSummarizer,
        "lsa": lsa.LsaSummarizer,
        "luhn": luhn.LuhnSummarizer,
        "textrank": text_rank.TextRankSummarizer,
        "kl": kl.KLSummarizer,
        "sumbasic": sum_basic.SumBasicSummarizer,
        "reduction": reduction.ReductionSummarizer,
        "edmundson": edmundson.EdmundsonSummarizer,
        "random": sumy_random.RandomSummarizer,
    }
    summarizer = classes[method](Stemmer(terms.language))
    if method == "edmundson":
        # Edmundson's cue words: the headline's words are a bonus (else a few news cue words);
        # hedges are a stigma.
        title_terms = terms.of(title) if title else []
        summarizer.bonus_words = title_terms or [terms.stem(w) for w in ("announced", "said", "reported")]
        summarizer.stigma_words = [terms.stem(w) for w in ("reportedly", "allegedly", "perhaps", "maybe")]
        summarizer.null_words = terms.stop_words
    elif method == "random":
        random.seed(0)  # sumy's random method uses the global generator: make runs repeatable
    else:
        summarizer.stop_words = terms.stop_words
    return summarizer

