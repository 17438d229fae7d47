"""sumy's summarizers as rankings.

sumy's summarizers are adapted by handing them a ``count`` callable, which sumy calls with all
sentences sorted by its rating, so any sumy method yields a full ranking. sumy is imported only
when one of its methods is used.
"""

from __future__ import annotations

import random
import warnings
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from briefing.text.analysis import Analysis
from briefing.text.languages import cues
from briefing.text.segment import Terms

_CUES = cues("english")  # Edmundson's cue words are English's, whatever the article's language


def ranker(summarizer: str) -> Callable[..., list[int]]:
    """The ranking function of sumy's ``summarizer`` ("lex_rank.LexRankSummarizer": its module in
    sumy.summarizers and its class), in the shape methods.py expects."""
    return partial(sumy_rank, summarizer=summarizer)


def sumy_rank(analysis: Analysis, *, summarizer: str) -> list[int]:
    """Indices of the article's sentences, best first, by sumy's ``summarizer``."""
    sentences, terms, title = analysis.sentences, analysis.terms, analysis.title
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
    summarize = _summarizer(summarizer, terms, title)
    order: list[int] = []

    def record_ranking(infos: list[Any]) -> list[Any]:
        order.extend(info.order for info in infos)
        return infos

    with warnings.catch_warnings():
        # Degenerate documents make sumy warn (LSA: fewer words than sentences; LexRank: a
        # zero norm). The ranking is still usable, and users should not see numpy's warnings.
        warnings.simplefilter("ignore")
        summarize(document, record_ranking)
    ranked = set(order)  # a summarizer may return early on a degenerate document
    return order + [index for index in range(len(sentences)) if index not in ranked]


def _summarizer(location: str, terms: Terms, title: str | None) -> Any:
    from importlib import import_module

    module, name = location.split(".")
    summarizer = getattr(import_module(f"sumy.summarizers.{module}"), name)(terms.stem)
    if name == "EdmundsonSummarizer":
        # Edmundson's cue words: the headline's words are a bonus (else a few news cue words);
        # hedges are a stigma.
        title_terms = terms.of(title) if title else []
        summarizer.bonus_words = title_terms or [terms.stem(w) for w in _CUES.bonus_words]
        summarizer.stigma_words = [terms.stem(w) for w in _CUES.stigma_words]
        summarizer.null_words = terms.stop_words
    elif name != "RandomSummarizer":
        summarizer.stop_words = terms.stop_words
    if name == "RandomSummarizer":  # repeatable, from a generator of its own: the caller's is left alone
        summarizer._get_random_ratings = partial(_shuffled, random.Random(0))
    if name == "LsaSummarizer":
        # sumy numbers the words in a frozenset's order, which the hash seed changes from run to
        # run; near-equal ranks then fall out differently (13 of 150 BBC notes differed between
        # runs). Numbered in sorted order, a note is the same every run.
        create_dictionary = summarizer._create_dictionary
        summarizer._create_dictionary = lambda document: {
            word: row for row, word in enumerate(sorted(create_dictionary(document)))}
    if name == "LuhnSummarizer":
        # sumy looks each word up in a tuple of the document's significant words, whose number
        # grows with the text: a set gives the same ratings in linear time (1 MB of prose: 11 s → 3 s).
        significant_words = summarizer._get_significant_words
        summarizer._get_significant_words = lambda words: frozenset(significant_words(words))
    return summarizer


def _shuffled(generator: random.Random, sentences: Sequence[Any]) -> dict[Any, int]:
    """sumy's random ratings (RandomSummarizer._get_random_ratings), from ``generator``."""
    ratings = list(range(len(sentences)))
    generator.shuffle(ratings)
    return dict(zip(sentences, ratings, strict=True))
