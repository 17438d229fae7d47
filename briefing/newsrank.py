"""newsrank, our default method: a lead prior, directed centrality and redundancy control.

News puts what matters first, so position is a strong prior; centrality then lifts sentences whose
terms the rest of the story takes up (PacSum's insight, Zheng & Lapata 2019: a sentence that later
sentences echo matters, one that echoes earlier sentences matters less). Every sum is taken against
running totals of term vectors, so the cost is linear in the article's length, not quadratic.
Selection is greedy with redundancy control, and keeps sentences that cannot stand alone (an
opening pronoun or connective, half a quotation) out unless the sentence they lean on is chosen.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from .model import Sentence
from .segment import Terms

# Weights, set on a development split of one data set and checked on the others (see README).
LEAD_DECAY = 0.35  # position prior exp(-LEAD_DECAY * i) on the i-th candidate sentence
CENTRALITY_WEIGHT = 0.6
FORWARD_WEIGHT = 1.0  # similarity with later sentences counts for a sentence ...
BACKWARD_WEIGHT = 0.5  # ... similarity with earlier ones against it
REDUNDANCY_LIMIT = 0.5  # skip a sentence this similar (cosine) to one already chosen
MIN_WORDS, MAX_WORDS = 6, 60
RERANKED = 40  # the best this many by score are ordered with redundancy checks; the rest follow

DANGLING_OPENERS = frozenset(
    """he she it they them his her its their this that these those such however but and also
    yet so still meanwhile instead moreover furthermore nevertheless nonetheless besides
    then thus hence therefore otherwise likewise similarly later""".split()
)
_OPENING_WORD = re.compile(r"[\"'“‘(\[]*([A-Za-z]+)")
_QUOTES = re.compile(r"[\"“”]")


def newsrank(sentences: Sequence[Sentence], terms: Terms) -> list[int]:
    """Indices of ``sentences``, best first."""
    vectors = _tfidf([terms.of(sentence.text) for sentence in sentences])
    scores = _scores(sentences, vectors)
    by_score = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))
    head, tail = by_score[:RERANKED], by_score[RERANKED:]
    ordered: list[int] = []
    deferred: list[int] = []
    for index in head:
        if _stands_alone(sentences, index, ordered) and not _repeats(vectors, index, ordered):
            ordered.append(index)
        else:
            deferred.append(index)
    return ordered + deferred + tail


def is_candidate(sentence: Sentence) -> bool:
    """A real sentence of the story: long enough, ends like a sentence, not shouting."""
    text = sentence.text
    return (
        MIN_WORDS <= sentence.words
        and text.rstrip("\"'”’)»").endswith((".", "!", "?", "…"))
        and any(character.islower() for character in text)
    )


def leans_on_previous(sentence: Sentence) -> bool:
    """Opens with a pronoun or connective whose meaning is in the sentence before."""
    match = _OPENING_WORD.match(sentence.text)
    return bool(match) and match.group(1).lower() in DANGLING_OPENERS


def splits_a_quote(sentence: Sentence) -> bool:
    """An odd number of double quotes: the sentence is part of a longer quotation."""
    return len(_QUOTES.findall(sentence.text)) % 2 == 1


def _scores(sentences: Sequence[Sentence], vectors: list[dict[str, float]]) -> list[float]:
    count = len(sentences)
    total: Counter[str] = Counter()
    for vector in vectors:
        total.update(vector)
    before: Counter[str] = Counter()
    scores: list[float] = []
    rank_among_candidates = 0
    for index, (sentence, vector) in enumerate(zip(sentences, vectors, strict=True)):
        earlier = sum(weight * before[term] for term, weight in vector.items())
        later = sum(weight * (total[term] - before[term] - weight) for term, weight in vector.items())
        before.update(vector)
        if not is_candidate(sentence):
            scores.append(-1.0 - index / count)
            continue
        centrality = (FORWARD_WEIGHT * later - BACKWARD_WEIGHT * earlier) / max(1, count - 1)
        prior = math.exp(-LEAD_DECAY * rank_among_candidates)
        rank_among_candidates += 1
        scores.append(prior + CENTRALITY_WEIGHT * centrality)
        if sentence.words > MAX_WORDS:
            scores[-1] *= MAX_WORDS / sentence.words
    return scores


def _tfidf(term_lists: list[list[str]]) -> list[dict[str, float]]:
    """Unit-length tf-idf vectors, one per sentence, with idf over the article's sentences."""
    count = len(term_lists)
    document_frequency: Counter[str] = Counter()
    for term_list in term_lists:
        document_frequency.update(set(term_list))
    vectors = []
    for term_list in term_lists:
        weights = {
            term: frequency * math.log(1 + count / document_frequency[term])
            for term, frequency in Counter(term_list).items()
        }
        norm = math.sqrt(sum(weight * weight for weight in weights.values())) or 1.0
        vectors.append({term: weight / norm for term, weight in weights.items()})
    return vectors


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(weight * b.get(term, 0.0) for term, weight in a.items())


def _stands_alone(sentences: Sequence[Sentence], index: int, chosen: list[int]) -> bool:
    sentence = sentences[index]
    needs_previous = leans_on_previous(sentence) or splits_a_quote(sentence)
    return not needs_previous or index == 0 or (index - 1) in chosen


def _repeats(vectors: list[dict[str, float]], index: int, chosen: list[int]) -> bool:
    return any(_cosine(vectors[index], vectors[other]) > REDUNDANCY_LIMIT for other in chosen)
