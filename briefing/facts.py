"""Key facts: sentences outside the brief that carry something concrete.

A bullet should give the reader a specific they can quote (a number, a date, an amount, a name),
stand on its own, and not repeat the brief or another bullet. Candidates are the method's best
ranked sentences, so the facts follow the same judgement of importance as the brief.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .model import Sentence
from .predicates import in_longer_quotes, is_candidate, leans_on_previous
from .segment import Terms

CANDIDATES = 60  # look this far down the ranking: bounded work on long texts
LONG_BULLET_WORDS = 40
OVERLAP_LIMIT = 0.5  # share of a bullet's terms already said by the brief or another bullet
KEYWORD_SENTENCES = 300  # keywords come from this many first sentences

_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow"
).split()
_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|"
                     r"million|billion|trillion|dozen|half|per ?cent)\b", re.IGNORECASE)
_DATE = re.compile(r"\b(?:" + "|".join(_MONTHS) + r")\b", re.IGNORECASE)
_MONEY = re.compile(r"[$£€¥₹]|\b(?:dollars?|pounds?|euros?|bn|m)\b")
_CAPITALIZED = re.compile(r"(?<=[\s(\"“'‘])[A-Z][\w'’.-]*[A-Za-z]")


def specifics(sentence: Sentence) -> int:
    """How many kinds of concrete detail the sentence carries (0-4): number, date, money, name."""
    text = sentence.text
    names = [word for word in _CAPITALIZED.findall(text) if word not in ("I", "I'm", "I've")]
    return sum(
        bool(found)
        for found in (_NUMBER.search(text), _DATE.search(text), _MONEY.search(text), names)
    )


def select_facts(
    sentences: Sequence[Sentence],
    ranking: Sequence[int],
    brief: Sequence[Sentence],
    *,
    count: int,
    terms: Terms,
) -> tuple[Sentence, ...]:
    """Up to ``count`` key facts, in article order, none of them in the brief; fewer when the
    article has fewer sentences that carry a specific."""
    if count == 0:
        return ()
    in_brief = {sentence.index for sentence in brief}
    said = [set(terms.of(sentence.text)) for sentence in brief]
    top = [index for index in ranking[:CANDIDATES] if index not in in_brief]
    quoted = in_longer_quotes(sentences)
    scored = []
    for position, index in enumerate(top):
        sentence = sentences[index]
        detail = specifics(sentence)
        if not detail or not is_candidate(sentence) or index in quoted:
            continue  # a bullet without a number, date, amount or name is not a key fact
        importance = 1 - position / len(top)
        score = detail + 1.5 * importance
        if leans_on_previous(sentence):
            score -= 1.5
        if sentence.words > LONG_BULLET_WORDS:
            score -= 2
        score -= sentence.words / 100  # among equals, the shorter wins
        scored.append((score, index))
    chosen: list[Sentence] = []
    for _score, index in sorted(scored, key=lambda pair: (-pair[0], pair[1])):
        if len(chosen) == count:
            break
        sentence = sentences[index]
        own = set(terms.of(sentence.text))
        # Measured against the smaller set, so a long sentence that contains a chosen short one
        # (or a short one contained in the brief) counts as saying the same thing.
        if own and any(len(own & other) / max(1, min(len(own), len(other))) > OVERLAP_LIMIT for other in said):
            continue
        chosen.append(sentence)
        said.append(own)
    return tuple(sorted(chosen, key=lambda sentence: sentence.index))


def key_terms(sentences: Sequence[Sentence], terms: Terms, *, count: int = 8) -> tuple[str, ...]:
    """The article's most used content words (as written most often), for the PDF's keywords.
    Only the first KEYWORD_SENTENCES sentences are read: keywords of a book are no use anyway."""
    frequency: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    for sentence in sentences[:KEYWORD_SENTENCES]:
        for word in terms.tokenizer.to_words(sentence.text):
            if len(word) < 3 or not word.isalpha() or word.lower() in terms.stop_words:
                continue
            stem = terms.stem(word)
            frequency[stem] += 1
            spellings.setdefault(stem, Counter())[word] += 1
    ranked = sorted(frequency, key=lambda stem: -frequency[stem])  # stable: first seen wins ties
    return tuple(spellings[stem].most_common(1)[0][0] for stem in ranked[:count] if frequency[stem] > 1)
