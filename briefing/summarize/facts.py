"""Key facts: sentences outside the brief that carry something concrete.

A bullet should give the reader a specific they can quote (a number, a date, an amount, a name),
stand on its own, and not repeat the brief or another bullet. Candidates are the method's best
ranked sentences, nearer the top of the story preferred, so the facts follow the same judgement of
importance as the brief and, as news does, put first what matters most.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence, Set

from briefing.model import Sentence
from briefing.text.analysis import Analysis
from briefing.text.clauses import has_verb
from briefing.text.debts import names_shown
from briefing.text.languages import cues
from briefing.text.predicates import leaning, stands_alone
from briefing.text.quotations import lost_quotes, marks, open_after
from briefing.text.segment import Terms
from briefing.text.specifics import names, specifics

_CUES = cues("english")  # English's cues (languages/english_cues.py) read every article, whatever its language

CANDIDATES = 60  # look this far down the ranking: bounded work on long texts
LONG_BULLET_WORDS = 40
OVERLAP_LIMIT = 0.5  # share of a bullet's terms already said by one brief sentence or another bullet ...
BRIEF_OVERLAP_LIMIT = 0.5  # ... or by the brief as a whole, when the bullet adds no number or name
KEYWORD_SENTENCES = 300  # keywords come from this many first sentences
# Readers of 208 notes (benchmarks/readers) found 5% of bullets from the story's 4th to 6th sentence
# defective, 15% from the 7th to 10th and 28-31% from later ones, mostly leaning on what the note does
# not show: news puts its facts first, and a late sentence leans on more. So a bullet's score falls
# with its distance from the lede (at most POSITION_CAP sentences' worth), and one that continues a
# sentence already shown gains RUN_BONUS (12% defective against 24%). Weighed so that, by the readers'
# rates per position, about 13% of bullets would be defective where the ranking alone gave 17%
# (0.1 and 0.5: 14%; doubling the weight again: 12.8%).
POSITION_WEIGHT, POSITION_CAP, RUN_BONUS = 0.25, 20, 1.0
# Past POSITION_CAP the weighing gives out: readers of audits 20-42 found 28 of 73 bullets (38%) from
# further than this from the lede defective when the sentence before them was not shown, against 12% of
# all bullets. Such a sentence is no bullet; the list is left shorter instead.
FAR_FROM_LEDE = POSITION_CAP
# A bullet that opens on a quotation reads out of context unless the sentence before it is shown or it names
# its speaker: of such bullets shown without the sentence before them, readers of audits 1-72 flagged 51 of 110
# that name nobody in full or by title ("'Christopher is really involved,' Burberry told MailOnline.", "…, a
# source told the magazine.", "…, said Souness.": whose words, about what, or the story's last sentence again)
# against 5 of 55 that do ("…," said Paul King, chief security architect at Cisco. / said Mr Nath.), and 56 of
# 257 read after the sentence before them. Only in English, whose readers these were and whose names and titles
# the test knows.
_TITLED_NAME = re.compile(r"\b(?:Mrs?|Ms|Miss|Dr|Prof|Sir|Lord|Lady)\.? [A-Z]")  # "said Mr Nath"
_LAST_WORD = re.compile(r"(\w+)\s+$")
_NOT_BEFORE_SPEAKER = frozenset("the a an in at of on from to for by with near".split())

_DIGITS = re.compile(r"\d[\d,.]*")
_QUESTION = re.compile(r"[\w)]\?[\"”’']*$")  # ends on a question (not on a quotation's "?" for a lost mark)
_TRAILS_OFF = re.compile(r"(?:\.\.\.|…)[\"”’']*$")


def select_facts(
    analysis: Analysis, ranking: Sequence[int], brief: Sequence[Sentence], *, count: int
) -> tuple[Sentence, ...]:
    """Up to ``count`` key facts, in article order, none of them in the brief; fewer when the
    article has fewer sentences that carry a specific, stand on their own and say something the
    brief has not. A bullet must stand on its own after the brief (and the headline, when
    the analysis says the note shows one)."""
    if count == 0:
        return ()
    sentences, terms, fit, quoted, debts = (analysis.sentences, analysis.terms, analysis.fit, analysis.quoted,
                                           analysis.debts)
    titled, lede = analysis.titled, analysis.lede
    in_brief = {sentence.index for sentence in brief}
    brief_terms = [set(terms.of(sentence.text)) for sentence in brief]
    brief_all = set().union(*brief_terms)
    brief_text = " ".join(sentence.text for sentence in brief)
    top = [index for index in ranking[:CANDIDATES] if index not in in_brief]
    first_person_piece = _first_person(sentences[lede].text)  # an author who writes "I" throughout
    scored = _candidates(sentences, top, fit=fit, quoted=quoted, terms=terms, brief_all=brief_all,
                         brief_text=brief_text, first_person_piece=first_person_piece, lede=lede)
    quotations = ({index for _score, index, _own in scored if _quotes_unnamed(sentences[index].text)}
                  if terms.language == "english" else set())  # English's readers, English's names and titles
    chosen: dict[int, Sentence] = {}
    shown, said = set(in_brief), list(brief_terms)
    while len(chosen) < count:  # the best left that stands alone; a bullet may give the next its context
        ordered = sorted(scored, key=lambda item: (-(item[0] + RUN_BONUS * (item[1] - 1 in shown)), item[1]))
        for _score, index, own in ordered:
            sentence = sentences[index]
            if index in chosen or (index - 1 not in shown and (index - lede > FAR_FROM_LEDE or index in quotations)):
                continue  # deep in the story, or a quotation by nobody named, read without the sentence before it
            if not stands_alone(sentence, shown, titled=titled, lede=lede) or not names_shown(
                    sentences, index, debts, shown):
                continue
            if says_again(own, said) or not _reads_on(sentences, index, chosen, in_brief):
                continue
            chosen[index] = sentence
            shown.add(index)
            said.append(own)
            break
        else:
            break
    return tuple(chosen[index] for index in sorted(chosen))


def _reads_on(sentences: Sequence[Sentence], index: int, chosen: Collection[int], in_brief: Collection[int]) -> bool:
    """Whether a bullet that leans on the sentence before it still follows that sentence in the note, and keeps
    such a bullet where it is. A bullet reads on from the bullet right above it, or, as the first bullet, from the
    brief's last sentence; readers of 30 audits flagged 5% of bullets that lean on the brief's last sentence from
    the top of the list, against 26% of those that lean on a brief sentence from further away (25 of 96)."""
    last = max(in_brief, default=-1)

    def leans_on_brief(position: int) -> bool:
        return position - 1 in in_brief and leaning(sentences[position]) not in (None, "definite", "page")

    if leans_on_brief(index) and (index - 1 != last or any(other < index for other in chosen)):
        return False
    return not any(other > index and leans_on_brief(other) for other in chosen)  # it would come between


def _candidates(
    sentences: Sequence[Sentence], top: Sequence[int], *, fit: Sequence[bool], quoted: frozenset[int], terms: Terms,
    brief_all: set[str], brief_text: str, first_person_piece: bool, lede: int,
) -> list[tuple[float, int, set[str]]]:
    """The sentences that may be key facts, best first, with their terms: each carries a
    specific, is a whole sentence of the story, names its speaker, and adds to the brief."""
    scored = []
    for position, index in enumerate(top):
        sentence = sentences[index]
        detail = specifics(sentence)
        if not detail or not fit[index] or index in quoted:
            continue  # a bullet without a number, date, amount or name is not a key fact
        if not has_verb(sentence.text, english=None if terms.language == "english" else False):
            continue  # "£21 for 908g, Fortnum & Mason.": a fragment, not a fact
        if not first_person_piece and _first_person(sentence.text) and not _attributed(sentence.text):
            continue  # "We had to fund it ourselves …": a quotation whose speaker the bullet does not name
        if _QUESTION.search(sentence.text):
            continue  # "Has the cheap data affected the plan in any way?": an interviewer's question, no fact
        if open_after(sentence.text) or _TRAILS_OFF.search(sentence.text):
            continue  # "Boies called the hacks 'a state sponsored … employees.", "Anything you can do Mr Putin...": cut
        if leaning(sentence) == "speaker":
            continue  # "'…,' he said": readers lost the speaker of 6 of 11 such bullets, even after the one before
        own = set(terms.of(sentence.text))
        if not own or (len(own & brief_all) / len(own) >= BRIEF_OVERLAP_LIMIT
                       and not _adds_detail(sentence, brief_text)):
            continue  # the brief said it already, in other words
        score = detail + 1.5 * (1 - position / len(top))
        if sentence.words > LONG_BULLET_WORDS:
            score -= 2
        score -= sentence.words / 100  # among equals, the shorter wins
        score -= POSITION_WEIGHT * min(POSITION_CAP, max(0, index - lede))
        scored.append((score, index, own))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return scored


def _quotes_unnamed(text: str) -> bool:
    """Whether the sentence opens on a quotation (a "?" may stand for its mark: "?We will …") and its words
    outside quotation marks name the speaker neither in full nor by title ("…," said Mr Nath. / said mr crabb.).
    A full name after "the", "a" or a preposition is a paper, a body or a place ("told the Sunday Times", "a
    Downing Street spokesman said", "in New Delhi"), not a speaker."""
    found = marks(text, lost=lost_quotes(text))
    if not found or found[0].position or found[0].kind != "open":
        return False
    outside, inside, end = [], False, 0
    for mark in found:  # the writer's words: what no pair of marks encloses ("…," said X, calling it "a disgrace")
        if mark.kind == "open" and not inside:
            outside.append(text[end : mark.position])
            inside = True
        elif mark.kind != "open" and inside:
            inside, end = False, mark.position + 1
    words = " ".join([*outside, "" if inside else text[end:]])
    return not (any(_speaker(words, name) for name in _CUES.full_names.finditer(words))
                or _TITLED_NAME.search(words)
                or _CUES.name_after_title.search(words))  # "said mr crabb" (not "the lady next door")


def _speaker(words: str, name: re.Match[str]) -> bool:
    """Whether a full name found in the writer's words may be a person's: no body's ("Rajya Sabha", surname
    among the cues' not_surnames) nor a name after a determiner or a preposition."""
    before = _LAST_WORD.search(words, 0, name.start())
    return name.group(1) not in _CUES.not_surnames and not (
        before is not None and before.group(1).lower() in _NOT_BEFORE_SPEAKER)


def _attributed(text: str) -> bool:
    """Whether the sentence marks its speech: quotation marks (not an apostrophe, as in "We’re")
    or a speech verb."""
    return bool(marks(text)) or _CUES.speech_verbs.search(text) is not None


def _first_person(text: str) -> bool:
    """Whether the sentence speaks in the first person ("I", "we", "our")."""
    return _CUES.first_person.search(text) is not None


def says_again(own: Set[str], said: Iterable[Set[str]], limit: float = OVERLAP_LIMIT) -> bool:
    """Whether more than ``limit`` of a sentence's terms were said by one of ``said``. Measured
    against the smaller set, so a long sentence that contains a chosen short one (or a short one
    contained in the brief) counts as saying the same thing."""
    return any(len(own & other) / max(1, min(len(own), len(other))) > limit for other in said)


def _adds_detail(sentence: Sentence, brief_text: str) -> bool:
    """Whether the sentence has a number or a name that the brief does not."""
    details = _DIGITS.findall(sentence.text) + names(sentence.text)
    return any(detail.rstrip(".,") not in brief_text for detail in details)


_KEYWORD = re.compile(r"(?<![\w'’-])[^\W\d_]{3,}(?![\w'’-])")  # a word of letters alone, three or more


def key_terms(sentences: Sequence[Sentence], terms: Terms, *, count: int = 8) -> tuple[str, ...]:
    """The article's most used content words (as written most often), for the PDF's keywords.
    Only the first KEYWORD_SENTENCES sentences are read: keywords of a book are no use anyway."""
    frequency: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    for sentence in sentences[:KEYWORD_SENTENCES]:
        for word in _KEYWORD.findall(sentence.text):
            if word.lower() in terms.stop_words:
                continue
            stem = terms.stem(word)
            frequency[stem] += 1
            spellings.setdefault(stem, Counter())[word] += 1
    ranked = sorted(frequency, key=lambda stem: -frequency[stem])  # stable: first seen wins ties
    return tuple(spellings[stem].most_common(1)[0][0] for stem in ranked[:count] if frequency[stem] > 1)
