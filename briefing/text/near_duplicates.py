"""Near-identical sentences: was this sentence, or one saying the same in nearly the same words,
seen already? The digest asks it of every sentence it quotes, so that nothing appears twice.

Two sentences are near-identical when their normalized texts are equal, or their sets of stemmed
content terms (stop words out, numbers kept whole) have a Jaccard similarity of at least
``jaccard`` (0.6), or the smaller set (of at least ``min_terms`` terms and half the larger) lies
within the larger for at least ``containment`` (0.9) of its terms: a clause cut off; and, when
both hold figures, they hold the same ones (one template filled in for two towns is two facts). On 130
sentences edited as syndicated copies edit them (said/says, per cent/%, a clause dropped) 0.6
finds 129; the negatives it matches among 55,547 pairs of different sentences are mostly real
repeats (benchmarks/digest.py, REPORT of issue 14).

No all-pairs comparison: an exact prefix filter (Bayardo et al. 2007) gives the candidates. Sets
that pass share one of the query's few first terms in a fixed order, or the query holds one of the
indexed set's few first terms; rarest first when document frequencies are known.
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Hashable, Iterable, Mapping
from functools import lru_cache

from briefing.text.segment import Terms, terms_for

JACCARD = 0.6
CONTAINMENT = 0.9
MIN_TERMS = 5
# Words: 0.6%, 6,000 and don't whole, any case (some text is lower-cased throughout).
_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"\d+(?:[.,:]\d+)*[^\W_]*|[^\W_]+(?:['’][^\W_]+)*")


def content_terms(text: str, terms: Terms) -> list[str]:
    """Stemmed content words, repeats kept, numbers whole."""
    return [terms.stem(word) for word in _WORD.findall(text.lower()) if word not in terms.stop_words]


def _numbers(terms: frozenset[str]) -> frozenset[str]:
    """The runs of digits in a sentence's terms: what a copy's wording edits keep (95m, 95 million)."""
    return frozenset(run for term in terms for run in _DIGITS.findall(term))


def normalized(sentence: str) -> str:
    """The sentence's words, lower case, one space apart: punctuation and spacing do not count."""
    return " ".join(_WORD.findall(sentence.lower()))


class NearDuplicates:
    """An index of sentences: ``add`` a sentence under any key; ``matches`` gives the keys of every
    near-identical sentence added so far, ``seen`` whether there is one."""

    def __init__(
        self,
        terms: Terms | None = None,
        *,
        rarity: Mapping[str, int] | None = None,
        jaccard: float = JACCARD,
        containment: float | None = CONTAINMENT,
        min_terms: int = MIN_TERMS,
    ) -> None:
        self.terms = terms or terms_for("english")
        self.rarity = rarity or {}
        self.jaccard, self.containment, self.min_terms = jaccard, containment, min_terms
        self._exact: dict[str, list[int]] = {}
        self._sets: list[frozenset[str]] = []
        self._keys: list[Hashable] = []
        self._by_term: dict[str, list[int]] = {}  # every term of every sentence
        self._by_prefix: dict[str, list[int]] = {}  # each sentence's prefix terms only
        self.term_set = lru_cache(maxsize=65536)(self._terms_of)

    def _terms_of(self, sentence: str) -> frozenset[str]:
        return frozenset(content_terms(sentence, self.terms))

    def add(self, sentence: str, key: Hashable = None) -> None:
        number = len(self._sets)
        own = self.term_set(sentence)
        self._sets.append(own)
        self._keys.append(key)
        self._exact.setdefault(normalized(sentence), []).append(number)
        for term in own:
            self._by_term.setdefault(term, []).append(number)
        if self.containment is not None:
            for term in self._prefix(own, self.containment):
                self._by_prefix.setdefault(term, []).append(number)

    def matches(self, sentence: str) -> list[Hashable]:
        own = self.term_set(sentence)
        found = set(self._exact.get(normalized(sentence), ()))
        candidates: set[int] = set()
        for term in self._prefix(own, min(self.jaccard, self.containment or 1.0)):
            candidates.update(self._by_term.get(term, ()))
        for term in own:
            candidates.update(self._by_prefix.get(term, ()))
        found.update(number for number in candidates if self.similar(own, self._sets[number]))
        return [self._keys[number] for number in sorted(found)]

    def seen(self, sentence: str) -> bool:
        return bool(self.matches(sentence))

    def similar(self, a: frozenset[str], b: frozenset[str]) -> bool:
        """The two tests on term sets (the early exit holds for jaccard >= 0.5)."""
        smaller, larger = (len(a), len(b)) if len(a) <= len(b) else (len(b), len(a))
        if not smaller or 2 * smaller < larger:
            return False
        shared = len(a & b)
        alike = shared >= self.jaccard * (len(a) + len(b) - shared) or (
            self.containment is not None and smaller >= self.min_terms and shared >= self.containment * smaller)
        if not alike:
            return False
        # One template, other figures: "£40 million for Kelsby" is not "£60 million for Portmere".
        first, second = _numbers(a), _numbers(b)
        return first == second or not first or not second

    def _prefix(self, own: Iterable[str], share: float) -> list[str]:
        """The floor(|set| * (1 - share)) + 1 first terms in a fixed order (rarest first when
        ``rarity`` is known, then by CRC-32): any fixed order makes the filter exact."""
        rarity = self.rarity
        ordered = sorted(own, key=lambda term: (rarity.get(term, 0), zlib.crc32(term.encode()), term))
        return ordered[: math.floor(len(ordered) * (1 - share) + 1e-9) + 1]
