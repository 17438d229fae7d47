"""newsrank, our default method: a lead prior, headline and directed centrality, redundancy control.

News puts what matters first, so position is a strong prior. Centrality then lifts sentences whose
terms the rest of the story takes up (PacSum's insight, Zheng & Lapata 2019: a sentence that later
sentences echo matters; one that only echoes earlier sentences matters less), and the headline
points at what the story is about. Every sum is taken against running totals of term vectors, so
the cost is linear in the article's length, not quadratic. The ranking defers
sentences that repeat a better one; selection.select keeps out those that cannot stand alone.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.model import Sentence
from briefing.text.analysis import Analysis


@dataclass(frozen=True)
class Weights:
    """The method's few parameters, chosen by benchmarks/tune.py (see docs/benchmarks.md)."""

    lead_decay: float = 0.75  # prior exp(-lead_decay * r) on the r-th real sentence
    centrality: float = 0.5  # weight of directed centrality ...
    backward: float = -0.5  # ... in which similarity with earlier sentences counts this much against (for: a
    # sentence that takes up what came before continues the story's run rather than starting a new one)
    headline: float = 0.3  # weight of similarity with the headline
    redundancy: float = 0.5  # a sentence this similar (cosine) to a chosen one is skipped
    short_words: int = 8  # sentences shorter than this are scaled down ...
    long_words: int = 60  # ... and so are longer ones


DEFAULT_WEIGHTS = Weights()
RERANKED = 40  # the best this many by score are ordered with redundancy checks; the rest follow

@dataclass(frozen=True)
class Features:
    """What newsrank knows of one sentence before weighing it."""

    candidate: bool  # a real sentence of the story (predicates.story_sentences)
    rank: int  # position among the candidates before it
    later: float  # similarity with the sentences after it ...
    earlier: float  # ... and with those before it
    headline: float  # similarity with the headline
    words: int


def newsrank(analysis: Analysis, *, weights: Weights = DEFAULT_WEIGHTS) -> list[int]:
    """Indices of the article's sentences, best first."""
    sentences, terms, title = analysis.sentences, analysis.terms, analysis.title
    vectors = tfidf([terms.of(sentence.text) for sentence in sentences])
    headline = tfidf([terms.of(title)], reference=vectors)[0] if title else {}
    found = features(sentences, vectors, headline, analysis.fit)
    return order(sentences, vectors, score(found, weights), weights)


def features(
    sentences: Sequence[Sentence], vectors: list[dict[str, float]], headline: dict[str, float], fit: Sequence[bool]
) -> list[Features]:
    """What newsrank knows of each sentence; ``fit`` marks the story's real sentences (analysis.py)."""
    total: Counter[str] = Counter()
    for vector in vectors:
        total.update(vector)
    before: Counter[str] = Counter()
    found = []
    rank = 0  # a dateline or caption does not push the lead down
    for sentence, vector, candidate in zip(sentences, vectors, fit, strict=True):
        earlier = sum(weight * before[term] for term, weight in vector.items())
        later = sum(weight * (total[term] - before[term] - weight) for term, weight in vector.items())
        before.update(vector)
        found.append(Features(candidate, rank, later, earlier, cosine(vector, headline), sentence.words))
        rank += candidate
    return found


def score(found: Sequence[Features], weights: Weights) -> list[float]:
    """One score per sentence; non-candidates score below every candidate, in article order."""
    centrality = [f.later - weights.backward * f.earlier for f in found]
    scale = max((abs(c) for c, f in zip(centrality, found, strict=True) if f.candidate), default=0) or 1.0
    scores = []
    for index, (feature, central) in enumerate(zip(found, centrality, strict=True)):
        if not feature.candidate:
            scores.append(-1.0 - index / len(found))
            continue
        value = (
            math.exp(-weights.lead_decay * feature.rank)
            + weights.centrality * central / scale
            + weights.headline * feature.headline
        )
        if feature.words < weights.short_words:
            value *= feature.words / weights.short_words
        elif feature.words > weights.long_words:
            value *= weights.long_words / feature.words
        scores.append(value)
    return scores


def order(
    sentences: Sequence[Sentence],
    vectors: list[dict[str, float]],
    scores: list[float],
    weights: Weights,
) -> list[int]:
    """Best first, by score; a sentence that repeats a better one is deferred behind the others."""
    by_score = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))
    head, tail = by_score[:RERANKED], by_score[RERANKED:]
    ordered: list[int] = []
    deferred: list[int] = []
    for index in head:
        repeats = any(cosine(vectors[index], vectors[other]) > weights.redundancy for other in ordered)
        (deferred if repeats else ordered).append(index)
    return ordered + deferred + tail


def tfidf(
    term_lists: list[list[str]], *, reference: list[dict[str, float]] | None = None
) -> list[dict[str, float]]:
    """Unit-length tf-idf vectors, one per term list, with idf over the article's sentences
    (``reference`` gives the article's vectors when the term lists are not its sentences)."""
    basis = term_lists if reference is None else [list(vector) for vector in reference]
    count = len(basis)
    document_frequency: Counter[str] = Counter()
    for term_list in basis:
        document_frequency.update(set(term_list))
    vectors = []
    for term_list in term_lists:
        weights = {
            term: frequency * math.log(1 + count / (1 + document_frequency[term]))
            for term, frequency in Counter(term_list).items()
        }
        norm = math.sqrt(sum(weight * weight for weight in weights.values())) or 1.0
        vectors.append({term: weight / norm for term, weight in weights.items()})
    return vectors


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(weight * b.get(term, 0.0) for term, weight in a.items())
