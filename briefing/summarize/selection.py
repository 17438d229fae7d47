"""From a ranking to a brief: the best-ranked sentences within the length setting."""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing.model import Sentence
from briefing.text.analysis import Analysis
from briefing.text.debts import names_shown
from briefing.text.predicates import speaker_unseen, stands_alone
from briefing.text.quotations import quotations_in

if TYPE_CHECKING:
    from briefing.options import BriefOptions

# A quotation the splitter cuts into sentences takes one place in the brief, as one sentence would, when it is
# no longer in all than one long sentence (newsrank's long_words): '"We got a call at 9:30 am. We sent two
# tenders," said an official.' Counted as two, it could only fill the brief's last two places, so the brief
# took a weaker sentence instead of the quotation a reader of the story remembers. Quotations side by side, one
# run of quoted sentences, take a place each; a quotation of more than three sentences ("We will build it. The town
# has waited. …", eight of them, would make a brief of 3 places 10 sentences long) takes a place a sentence, as does
# one still open where the run ends (never seen to close: its end is out of the run).
QUOTATION_PLACE_WORDS, QUOTATION_PLACE_SENTENCES = 60, 3


def brief_length(options: BriefOptions, sentence_count: int) -> int:
    """How many sentences the brief may hold (a word budget is applied while selecting)."""
    if options.sentences is not None:
        return min(options.sentences, sentence_count)
    if options.ratio is not None:
        return min(sentence_count, max(1, round(options.ratio * sentence_count)))
    return sentence_count


def select(
    analysis: Analysis,
    ranking: Sequence[int],
    options: BriefOptions,
    *,
    readable: bool = False,
    lede_first: bool = True,
) -> tuple[Sentence, ...]:
    """The brief: the best-ranked sentences within the length setting, in article order.

    A word budget takes whole sentences in rank order, skipping those that no longer fit, and
    always at least one. A quotation over several sentences takes one place of the length setting
    when it is short (_run_places), else a place a sentence. ``readable`` takes
    only sentences a reader understands in the brief: real sentences of the story (not a caption,
    byline or boilerplate), none that is part of a longer quotation, and none that leans on a
    sentence the brief does not show. A sentence
    skipped because the one it leans on was not chosen yet is taken up again, in its rank, as
    soon as that one is chosen. Only if that leaves the brief short of its sentence count (or
    empty) are the others taken, in rank order: first those that merely lack the form of a
    sentence (a text in capitals, or without full stops), then whole quotations and sentences
    together with the one they lean on, as far as the count allows; any others only when that
    leaves the brief empty (a shorter brief says so in the note). The ``analysis``
    says which sentences are the story's, which are quoted, what each owes, and whether the note
    shows a headline, on which the article's first sentence may lean. ``lede_first``: the lede, where it
    stands alone, is taken first (newsrank's news prior; another method's ranking is left its own).
    """
    sentences, fit, quoted, debts, titled, lede = (analysis.sentences, analysis.fit, analysis.quoted, analysis.debts,
                                                   analysis.titled, analysis.lede)
    limit = brief_length(options, len(sentences))
    budget = options.words
    if not readable:
        picked = _in_rank_order(sentences, ranking, limit, budget)
        return tuple(picked[index] for index in sorted(picked))
    runs = _quotation_runs(quoted)
    if lede_first and fit and fit[lede] and lede not in quoted and stands_alone(
            sentences[lede], (), titled=titled, lede=lede):
        ranking = [lede, *(index for index in ranking if index != lede)]  # the lede is the bottom line
    chosen: dict[int, Sentence] = {}
    taken = _take_readable(sentences, ranking, fit=fit, runs=runs, chosen=chosen, taken=0, limit=limit, budget=budget,
                           titled=titled, lede=lede, debts=debts)
    if taken < limit and not (budget is not None and chosen):  # a word budget is a ceiling, not a count
        taken = _take_readable(sentences, ranking, fit=analysis.loose, runs=runs, chosen=chosen, taken=taken,
                               limit=limit, budget=budget, titled=titled, lede=lede, debts=debts)
        if taken < limit and budget is None:
            _take_whole(sentences, ranking, runs=runs, chosen=chosen, taken=taken, limit=limit, titled=titled,
                        lede=lede)
        if not chosen:  # a brief shorter than asked (the note says so) rather than a cut quotation or a dangling "He"
            chosen.update(_in_rank_order(sentences, ranking, limit, budget))
    return tuple(chosen[index] for index in sorted(chosen))


def _take_whole(
    sentences: Sequence[Sentence],
    ranking: Sequence[int],
    *,
    runs: dict[int, tuple[int, int]],
    chosen: dict[int, Sentence],
    taken: int,
    limit: int,
    titled: bool,
    lede: int,
) -> None:
    """Add to ``chosen``, in rank order, sentences that do not stand alone together with what
    they need, where the count allows: a whole quotation, or a sentence with the one it leans on.
    ``taken``: the places of the length setting ``chosen`` fills."""
    allowed = set(ranking)  # no caption or boilerplate, even to complete a unit
    refused: set[tuple[int, int]] = set()  # runs that would not fit: each looked at once, not once a sentence

    def stands(first: int, last: int) -> bool:
        return stands_alone(sentences[first], chosen, titled=titled, lede=lede) and not speaker_unseen(
            sentences, first, last, chosen, lede)

    for index in ranking:
        if taken == limit:
            return
        if index in chosen:
            continue
        run = first, last = runs.get(index, (index, index))
        if run in refused or _run_places(sentences, run) > limit - taken:
            refused.add(run)  # the whole quotation would not fit, now or once the brief holds more
            continue
        for _ in range(2):  # the sentence the unit's first one leans on (or names its speaker), and the one before
            if first == 0 or first - 1 in runs or stands(first, last):
                break  # (not into another quotation: its end alone would be a cut quotation)
            first -= 1
        unit = [i for i in range(first, last + 1) if i not in chosen]
        places = _places(sentences, unit, run)
        if all(i in allowed for i in unit) and taken + places <= limit and stands(first, last):
            chosen.update((i, sentences[i]) for i in unit)
            taken += places


def _quotation_runs(quoted: frozenset[int]) -> dict[int, tuple[int, int]]:
    """For each sentence in a quotation, the first and last sentence of its run of quoted
    sentences, worked out once (walking the run for each sentence took quadratic time on a text
    that is one long quotation)."""
    runs: dict[int, tuple[int, int]] = {}
    ordered = sorted(quoted)
    start = 0
    for position, index in enumerate(ordered):
        if position + 1 == len(ordered) or ordered[position + 1] != index + 1:
            run = (ordered[start], index)
            runs.update((member, run) for member in ordered[start : position + 1])
            start = position + 1
    return runs


def _places(sentences: Sequence[Sentence], unit: Sequence[int], run: tuple[int, int]) -> int:
    """The places ``unit`` (sentences not yet chosen) takes in the brief: one a sentence, but one a quotation for
    ``run``, quoted sentences, when the unit holds the run whole and _run_places allows."""
    first, last = run
    whole = last > first and sum(first <= i <= last for i in unit) == last - first + 1
    return len(unit) - (last - first + 1) + _run_places(sentences, run) if whole else len(unit)


def _run_places(sentences: Sequence[Sentence], run: tuple[int, int]) -> int:
    """The places a whole run of quoted sentences takes: one for each quotation it holds when it is no longer than
    QUOTATION_PLACE_WORDS, has no more than QUOTATION_PLACE_SENTENCES sentences a quotation and closes its last;
    else one a sentence."""
    first, last = run
    size = last - first + 1
    if size > 1 and sum(sentences[i].words for i in range(first, last + 1)) <= QUOTATION_PLACE_WORDS:
        count, still_open = quotations_in([sentences[i].text for i in range(first, last + 1)])
        if count and not still_open and size <= QUOTATION_PLACE_SENTENCES * count:
            return count
    return size


def places(analysis: Analysis, brief: Sequence[Sentence]) -> int:
    """The places of the length setting that ``brief`` takes: one a sentence, but one a quotation in a whole run of
    quoted sentences that _run_places finds short."""
    chosen = {sentence.index: sentence for sentence in brief}
    return _taken(analysis.sentences, chosen, _quotation_runs(analysis.quoted))


def _taken(sentences: Sequence[Sentence], chosen: dict[int, Sentence], runs: dict[int, tuple[int, int]]) -> int:
    """The places the sentences ``chosen`` take in the brief."""
    units: dict[tuple[int, int], list[int]] = {}
    for index in sorted(chosen):
        units.setdefault(runs.get(index, (index, index)), []).append(index)
    return sum(_places(sentences, unit, run) for run, unit in units.items())


def _take_readable(
    sentences: Sequence[Sentence],
    ranking: Sequence[int],
    *,
    fit: Sequence[bool],
    runs: dict[int, tuple[int, int]],
    chosen: dict[int, Sentence],
    taken: int,
    limit: int,
    budget: int | None,
    titled: bool,
    lede: int,
    debts: Sequence[frozenset[str]],
) -> int:
    """Add to ``chosen`` the best-ranked sentences that fit and stand alone, in rank order; a
    quotation over several sentences only whole, where the count allows; a sentence skipped for
    want of the one it leans on is taken up again, in its rank, as soon as that one is chosen.
    ``taken``: the places ``chosen`` fills; returned as they are when it is done."""
    def readable_here(first: int, last: int) -> bool:  # a sentence or whole quotation, given those chosen
        return (stands_alone(sentences[first], chosen, titled=titled, lede=lede)
                and names_shown(sentences, first, debts, chosen)
                and not speaker_unseen(sentences, first, last, chosen, lede))

    words = sum(sentence.words for sentence in chosen.values())
    refused: set[tuple[int, int]] = set()  # quotations too long for the brief, or not all real sentences
    waiting: list[tuple[int, int]] = []  # (rank, index) of sentences skipped for want of context
    ready: list[int] = []  # ranks of waiting sentences whose context is now chosen (a heap)
    position = 0
    while taken < limit and (ready or position < len(ranking)):
        if ready and (position >= len(ranking) or ready[0] < position):
            index = ranking[heapq.heappop(ready)]
        else:
            index = ranking[position]
            position += 1
        if index in chosen or not fit[index]:
            continue
        first, last = runs.get(index, (index, index))
        if (first, last) in refused:
            continue  # each sentence of a long quotation would cost the same look again
        unit = [i for i in range(first, last + 1) if i not in chosen]
        unit_words = sum(sentences[i].words for i in unit)
        places = _places(sentences, unit, (first, last))
        if taken + places > limit or not all(fit[i] for i in unit) or (
                budget is not None and words + unit_words > budget):
            if last > first:
                refused.add((first, last))  # it only grows less likely to fit as the brief fills
            continue
        if not readable_here(first, last):
            waiting.append((position - 1, index))
            continue
        chosen.update((i, sentences[i]) for i in unit)
        words += unit_words
        taken += places
        for entry in [entry for entry in waiting if readable_here(*runs.get(entry[1], (entry[1], entry[1])))]:
            waiting.remove(entry)
            heapq.heappush(ready, entry[0])
    return taken


def _in_rank_order(
    sentences: Sequence[Sentence], ranking: Sequence[int], limit: int, budget: int | None
) -> dict[int, Sentence]:
    chosen: dict[int, Sentence] = {}
    words = 0
    for index in ranking:
        if len(chosen) == limit:
            break
        sentence = sentences[index]
        if budget is not None and words + sentence.words > budget:
            continue
        chosen[index] = sentence
        words += sentence.words
    if not chosen and ranking:  # no sentence fits the word budget: the best one, whole
        chosen[ranking[0]] = sentences[ranking[0]]
    return chosen

