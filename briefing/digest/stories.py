"""Stories: which articles of a digest tell the same story.

Each article gets a unit tf-idf vector of its stemmed content words (headline and body), weight
(1 + ln tf) * ln((N + PRIOR_DOCS) / df) with df over the digest's articles (PRIOR_DOCS absent
articles keep a digest of two copies meaningful), and a second vector, with the same weights, of
its headline and ledes (its first LEDE_SENTENCES real sentences). Two articles are linked when
- cosine >= ``similarity`` (0.45) AND lede cosine >= LEDE_COSINE (0.4): copies, and follow-ups
  that retell the event in their opening; whole-article similarity alone would also join distinct
  stories told from one template (two team selections, two arrests at one airport); or
- a lede sentence of one is near-identical to one of the other's (Jaccard of terms >= 0.8) and
  cosine >= LEDE_THRESHOLD (0.15): a rewrite that keeps the lede over other paragraphs; or
- half of the smaller article's sampled 5-term shingles (Broder's containment, one hash in
  SHINGLE_SAMPLE) are in the other and cosine >= 0.3: a copy, or an update with a new top over
  the same body.
A lede sentence or shingle found in more than LEDE_MAX_SHARE of the articles is boilerplate and
links nothing. ``similarity`` moves the floors of the last two rules too (0.15 and 0.3 at the
default, 1 at 1), so that raising it merges fewer whatever links two articles. Stories are the
connected components of the links, but for round-ups: an article linked to two articles that
have next to nothing in common (cosine < ROUNDUP_COSINE) retells distinct stories (a round-up of
the day, an earlier digest read back); it is a story alone, its links left out.

Cost: no all-pairs comparison. Candidates share one of each other's SIGNATURE_TERMS top-weighted
terms (an inverted index; a term in more than MAX_POSTINGS signatures marks no story) or a lede
sentence; only candidates are compared. About 1 ms per article at 2,000 articles
(benchmarks/digest.py measures the grouping and the cost).
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from briefing.options import DigestOptions
from briefing.text.cleaning import is_junk_text
from briefing.text.near_duplicates import NearDuplicates, content_terms
from briefing.text.segment import Terms, terms_for

SIMILARITY = DigestOptions.similarity  # the default of --similarity: tf-idf cosine of two articles of one story
LEDE_COSINE = 0.4  # ... and of their headlines and ledes
LEDE_THRESHOLD = 0.15  # cosine enough for two articles that share a lede sentence
PRIOR_DOCS = 50
LEDE_SENTENCES = 2
LEDE_CHARS = 1500  # ledes are looked for in the opening of the text only
LEDE_MIN_WORDS = 5
LEDE_MAX_SHARE = 0.05
LEDE_JACCARD = 0.8  # stricter than for sentences in general: fewer candidates to check
SHARED_TEXT = 0.5  # sampled shingles of the smaller article found in the other ...
SHARED_TEXT_COSINE = 0.3  # ... with at least this cosine (shared boilerplate is not a story)
MIN_SHINGLES = 8  # an article with fewer sampled shingles shares no text
SHINGLE_TERMS = 5
SHINGLE_SAMPLE = 4  # keep the shingles whose CRC-32 is a multiple of this (Broder's mod-m sample)
SIGNATURE_TERMS = 10
MAX_POSTINGS = 200
ROUNDUP_COSINE = 0.2  # an article linked to two with less in common than this retells distinct stories
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+")  # any case: some text is lower-cased


class Told(Protocol):
    """What grouping reads of an article (model.Article has it)."""

    @property
    def text(self) -> str: ...

    @property
    def title(self) -> str | None: ...


@dataclass(frozen=True)
class Link:
    """A compared pair of articles (first < second) and what could link them."""

    first: int
    second: int
    cosine: float  # of the whole articles
    lede_cosine: float  # of headline and ledes
    same_lede: bool  # a near-identical lede sentence
    shared_text: float  # share of the smaller article's sampled shingles found in the other


def group(articles: Sequence[Told], *, similarity: float = SIMILARITY, language: str = "english") -> list[list[int]]:
    """The indices of each story's articles, in input order; stories in order of first appearance."""
    return grouped(articles, similarity=similarity, language=language).stories


@dataclass(frozen=True)
class Grouping:
    stories: list[list[int]]  # as group() gives them
    df: Counter[str]  # each term's document frequency among the articles (NearDuplicates looks at rare ones first)
    roundups: frozenset[int]  # articles linked to two that share nothing (round-ups), each a story alone
    vectors: list[dict[str, float]]  # each article's unit tf-idf vector

    def cosine(self, first: int, second: int) -> float:
        return _cosine(self.vectors[first], self.vectors[second])


def grouped(articles: Sequence[Told], *, similarity: float = SIMILARITY, language: str = "english") -> Grouping:
    """The stories, as group() gives them, with what the digest needs besides."""
    parent = list(range(len(articles)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    compared, df, vectors = links(articles, language=language)
    strong = [link for link in compared if linked(link, similarity=similarity)]
    roundups = _roundups(strong, vectors)
    for link in strong:
        if link.first not in roundups and link.second not in roundups:
            a, b = root(link.first), root(link.second)
            parent[max(a, b)] = min(a, b)  # the root is the story's first article
    found: dict[int, list[int]] = {}
    for index in range(len(articles)):
        found.setdefault(root(index), []).append(index)
    return Grouping(list(found.values()), df, roundups, vectors)


def _roundups(strong: Sequence[Link], vectors: Sequence[dict[str, float]]) -> frozenset[int]:
    """Articles linked to two articles that have next to nothing in common: a round-up of the
    day's news, or an earlier digest read back, which would otherwise join distinct stories."""
    partners: dict[int, list[int]] = {}
    for link in strong:
        partners.setdefault(link.first, []).append(link.second)
        partners.setdefault(link.second, []).append(link.first)
    return frozenset(
        article for article, linked_to in partners.items()
        if any(_cosine(vectors[a], vectors[b]) < ROUNDUP_COSINE
               for position, a in enumerate(linked_to) for b in linked_to[position + 1 :]))


def linked(link: Link, *, similarity: float = SIMILARITY) -> bool:
    """Whether two articles tell one story. ``similarity`` moves every rule's cosine floor, so
    that a higher setting merges fewer whichever rule links them."""
    return (
        (link.cosine >= similarity and link.lede_cosine >= LEDE_COSINE)
        or (link.same_lede and link.cosine >= _floor(LEDE_THRESHOLD, similarity))
        or (link.shared_text >= SHARED_TEXT and link.cosine >= _floor(SHARED_TEXT_COSINE, similarity))
    )


def _floor(default: float, similarity: float) -> float:
    """A rule's cosine floor at ``similarity``: ``default`` at the default setting, 1 at 1 (only
    the same text), in proportion below the default; linear in between."""
    if similarity <= SIMILARITY:
        return default * similarity / SIMILARITY
    return default + (1 - default) * (similarity - SIMILARITY) / (1 - SIMILARITY)


def links(
    articles: Sequence[Told], *, language: str = "english"
) -> tuple[list[Link], Counter[str], list[dict[str, float]]]:
    """Every candidate pair, with what could link it; each term's document frequency; each
    article's unit tf-idf vector."""
    terms = terms_for(language)
    term_lists = [content_terms(f"{article.title or ''}\n{article.text}", terms) for article in articles]
    df: Counter[str] = Counter()
    for term_list in term_lists:
        df.update(set(term_list))
    vectors = _vectors(term_lists, df)
    opening = [ledes(article.text) for article in articles]
    lede_vectors = _vectors([content_terms(" ".join([article.title or "", *found]), terms)
                             for article, found in zip(articles, opening, strict=True)], df)
    candidates: dict[tuple[int, int], bool] = {}
    postings: dict[str, list[int]] = {}
    for index, vector in enumerate(vectors):
        for term in sorted(vector, key=lambda t: (-vector[t], t))[:SIGNATURE_TERMS]:
            postings.setdefault(term, []).append(index)
    for members in postings.values():
        if 1 < len(members) <= MAX_POSTINGS:
            for position, first in enumerate(members):
                for second in members[position + 1 :]:
                    candidates.setdefault((first, second), False)
    for first, second in _shared_ledes(opening, terms, df, len(articles)):
        candidates[(first, second)] = True
    shingles = _shingles(term_lists)
    return [Link(i, j, _cosine(vectors[i], vectors[j]), _cosine(lede_vectors[i], lede_vectors[j]), same,
                 len(shingles[i] & shingles[j]) / max(1, min(len(shingles[i]), len(shingles[j]))))
            for (i, j), same in candidates.items()], df, vectors


def ledes(text: str, count: int = LEDE_SENTENCES) -> list[str]:
    """The first ``count`` real sentences of the opening: no byline, header, caption or
    boilerplate line. A plain regular-expression split: copies split alike, and syntok would
    cost more than all the rest of the grouping."""
    found = []
    for line in text[:LEDE_CHARS].splitlines():
        for sentence in _SENTENCE_END.split(line.strip()):
            words = sentence.split()
            if (len(words) >= LEDE_MIN_WORDS and sentence.rstrip("\"'”’)").endswith((".", "!", "?"))
                    and not is_junk_text(sentence)):
                found.append(" ".join(words))
                if len(found) == count:
                    return found
    return found


def _shingles(term_lists: list[list[str]]) -> list[set[int]]:
    """A sample of each article's runs of SHINGLE_TERMS content terms (hashed), without those
    more than LEDE_MAX_SHARE of the articles share (boilerplate). Too short an article has none."""
    sampled = []
    for term_list in term_lists:
        hashes = (zlib.crc32(" ".join(term_list[k : k + SHINGLE_TERMS]).encode())
                  for k in range(len(term_list) - SHINGLE_TERMS + 1))
        sampled.append({value for value in hashes if value % SHINGLE_SAMPLE == 0})
    counts = Counter(value for shingles in sampled for value in shingles)
    limit = max(3, LEDE_MAX_SHARE * len(term_lists))
    kept = [{value for value in shingles if counts[value] <= limit} for shingles in sampled]
    return [shingles if len(shingles) >= MIN_SHINGLES else set() for shingles in kept]


def _vectors(term_lists: list[list[str]], df: Mapping[str, int]) -> list[dict[str, float]]:
    total = len(term_lists) + PRIOR_DOCS
    vectors = []
    for term_list in term_lists:
        weights = {t: (1 + math.log(n)) * math.log(total / df[t]) for t, n in Counter(term_list).items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        vectors.append({t: w / norm for t, w in weights.items()})
    return vectors


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(b) < len(a):
        a, b = b, a
    return sum(weight * b[term] for term, weight in a.items() if term in b)


def _shared_ledes(opening: list[list[str]], terms: Terms, df: Mapping[str, int], count: int) -> set[tuple[int, int]]:
    index = NearDuplicates(terms, rarity=df, jaccard=LEDE_JACCARD, containment=None)
    for number, sentences in enumerate(opening):
        for sentence in sentences:
            index.add(sentence, number)
    limit = max(3, LEDE_MAX_SHARE * count)
    pairs: set[tuple[int, int]] = set()
    for number, sentences in enumerate(opening):
        for sentence in sentences:
            others = set(index.matches(sentence))
            if len(others) <= limit:  # more is boilerplate, not a story's lede
                pairs.update((other, number) for other in others if isinstance(other, int) and other < number)
    return pairs
