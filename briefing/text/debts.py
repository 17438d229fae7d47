"""What a sentence owes to an earlier one: a surname used bare ("Dawoud resigned …") whose full name only
an earlier sentence wrote, and a definite description ("the hackers", "The free app", "this shipment")
whose thing only an earlier sentence introduced ("hackers broke into …", "an app that …"). A reader
shown the sentence without that one (or a headline naming the thing) asks "who?" or "which hackers?".
Worked out once per article (analysis.py), and checked the same way: the word must be written in a
sentence shown before it (names_shown).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from briefing.model import Sentence
from briefing.text.languages import cues
from briefing.text.quotations import open_after

_CUES = cues("english")  # English's cues (languages/english_cues.py) read every article, whatever its language

# a description that goes on to say which one it is: "the app that …", "the hackers behind …"
_SAYS_WHICH = re.compile(r"\s*(?:" + "|".join(sorted(_CUES.description_ends)) + r")\b")
# where the words that may be a description's noun end: "the council hopes …", "the app that …"
_NOT_NOUNS = _CUES.description_function_words | _CUES.description_ends | _CUES.subject_verbs
MIN_NOUN = 3  # "the app", "the man"


def description_debts(
    sentences: Sequence[Sentence], *, title: str = "", fit: Sequence[bool] | None = None
) -> list[frozenset[str]]:
    """Per sentence, the head nouns of its definite descriptions that an earlier sentence of the
    story (``fit``) introduced and the headline does not name. Lower case, to be found in the text
    of a sentence shown before it (names_shown)."""
    headline = title.lower()
    introduced: set[str] = set()
    debts = []
    for sentence in sentences:
        text = sentence.text
        owed = set()
        for candidates in descriptions(text):
            known = [word for word in candidates if word in introduced]
            if known and known[-1] not in headline:
                owed.add(known[-1])  # "the free app": the noun is the last word the story wrote before
        owed.update(_cited(text, headline) if introduced else ())  # past the lede, which has nothing to lean on
        debts.append(frozenset(owed))
        if fit is None or fit[sentence.index]:
            introduced.update(_nouns(text.lower()))
    return debts


def _cited(text: str, headline: str) -> set[str]:
    """A document the sentence cites as its source in the writer's words, which neither the headline nor the
    sentence itself names before: "Global warming has thawed ground …, the report said." leans on a report the
    note must show before it, or never did (readers flagged 17 of 19 readings of such sentences shown without
    one, against 1 of 31 shown after it, audits 1-106). Owed as the words any of which names it ("study|research|
    …": a lede's "research published in the BMJ" is the study a later sentence cites)."""
    owed = set()
    for match in _CUES.cited.finditer(text):
        if open_after(text[: match.start() + 1]):  # read past a closing mark it begins on
            continue  # "… the mortgage approvals data," said Mark Miller: his words
        noun = (match.group(1) or match.group(2)).split()[-1]
        names = _SAME_SOURCE.get(noun, noun)
        before = text[: match.start()].lower()  # "… published its review …, and the review found …"
        if not any(_writes(place, names) for place in (before, headline)):
            owed.add(names)
    return owed


# a document's other names: a debt of "study" is paid by a shown "research" or "paper", one of "report" by a shown
# "study", not by "research" ("The Koreans say research could begin this year." names no report)
_SAME_SOURCE = {
    "report": "report|study|studies|analysis|review|audit",
    "study": "study|studies|research|paper|report|analysis",
    "research": "research|study|studies|paper",
    "analysis": "analysis|study|studies|report|research",
    **dict.fromkeys(("review", "audit"), "review|audit|report"),
    "paper": "paper|study|studies|research|newspaper|magazine|journal",
    **dict.fromkeys(("survey", "poll"), "survey|poll"),
    **dict.fromkeys(("statement", "release"), "statement|release|announcement"),
    **dict.fromkeys(("complaint", "lawsuit", "filing", "indictment", "affidavit"),
                    "complaint|lawsuit|suit|filing|indictment|affidavit|charges|case"),
}


def descriptions(text: str) -> list[list[str]]:
    """The sentence's definite descriptions that do not say which one they are, each as the words
    that may be its noun (at most two after the determiner: no tagger tells a noun from a verb)."""
    found = []
    for match in _CUES.described.finditer(text):
        kept: list[str] = []
        for word in match.group(1).split():
            if word in _NOT_NOUNS or len(kept) == 2:
                break
            kept.append(word)
        rest = text[match.start(1) + len(" ".join(["", *kept])):]
        if _SAYS_WHICH.match(rest):
            continue
        candidates = [word for word in kept if word not in _CUES.not_heads and len(word) >= MIN_NOUN
                      and not word.endswith(("ly", "ing", "ed"))]
        if candidates and kept[0] not in _CUES.not_heads:
            found.append(candidates)
    return found


_WORD = re.compile(r"[a-z][a-z-]+")


def _nouns(lowered: str) -> set[str]:
    function_words = _CUES.description_function_words
    return {word for word in _WORD.findall(lowered) if len(word) >= MIN_NOUN and word not in function_words}


# "Dawoud", "McBryde", "O'Neill": the capital first, then what may come before it and after (see english_cues.py)
_CAPITALIZED = re.compile(r"([A-Z](?<![\w'’.-][A-Z])(?:(?<=M)a?c[A-Z]|(?<=O)['’][A-Z]|)[a-z'’-]{2,})\b")
_POSSESSIVE = re.compile(r"['’]s?$")  # "Dawoud's", "Jones'"
_WRITTEN_WORD = re.compile(r"[a-z][\w'’-]*")
_OPENING_MARKS = "\"'“‘«„`?([ "  # before a sentence's first word, as specifics.names skips them
_OPENING_TITLE = re.compile(r"(?:Mrs?|Ms|Dr|Prof)\.?\s+[a-z]")


def titled_names(text: str) -> list[str]:
    """In a lower-cased text, the names after a title ("… said mr fallon"), and after Mr, Mrs, Ms, Dr or Prof
    opening the sentence ("Mr kerry said …": the capital is the sentence's) when nothing else in it has a
    capital. In a text with its capitals ("Mr da Silva said …") the full names say who is meant; a sentence's
    "Lord knows …" or "Lady luck …" names nobody."""
    first = len(text) - len(text.lstrip(_OPENING_MARKS))
    if _OPENING_TITLE.match(text, first) and text[first + 1 :].islower():
        text = text[:first] + text[first].lower() + text[first + 1 :]
    return [_POSSESSIVE.sub("", name) for name in _CUES.name_after_title.findall(text)]  # "mr edwards' website"


def name_debts(sentences: Sequence[Sentence]) -> list[frozenset[str]]:
    """Per sentence, the surnames it uses bare ("Dawoud resigned …") whose full name ("Ahmed
    Dawoud") only an earlier sentence wrote: a reader who is not shown that sentence does not know
    who is meant. In a lower-cased text ("mr fallon said …"), a name after a title that an earlier
    sentence wrote."""
    introduced: set[str] = set()
    written: set[str] = set()  # every word before, in lower case: a lower-cased text hides its full names ...
    read = 0  # ... of the sentences before this one, read only when a title asks (most texts never do)
    debts = []
    for position, sentence in enumerate(sentences):
        text = sentence.text
        named = list(_CUES.full_names.finditer(text))
        full = {_POSSESSIVE.sub("", match.group(1)) for match in named}  # "Jackie Milburn's"
        first = {match.group().split()[0] for match in named}  # "his wife Becki Anderson": not a bare "Becki"
        bare = {_POSSESSIVE.sub("", word) for word in _CAPITALIZED.findall(text)} - full - first - _CUES.not_surnames
        titled = set(titled_names(text))  # "mr fallon", lower-cased
        if titled:
            written.update(_POSSESSIVE.sub("", word) for earlier in sentences[read:position]  # "fallon's" writes him
                           for word in _WRITTEN_WORD.findall(earlier.text.lower()))
            read = position
        debts.append(frozenset({name for name in bare if name in introduced} | (titled & written)))
        introduced |= full - _CUES.not_surnames
    return debts


def names_shown(sentences: Sequence[Sentence], index: int, debts: Sequence[frozenset[str]],
                shown: Collection[int]) -> bool:
    """Whether every surname sentence ``index`` owes (name_debts), or the noun of a description it
    owes in lower case (description_debts), is written in a sentence shown before it."""
    return all(any(_writes(sentences[other].text, name) for other in shown if other < index) for name in debts[index])


def _writes(text: str, word: str) -> bool:
    """Whether ``text`` writes a surname as it is, or a noun in lower case at the start of a word
    ("men" in "the men", not in "members"; "app" in "apps"), or one of the nouns of a debt that has several
    ("study|research|…")."""
    if "|" in word:  # whole words: "Researchers at …" name no research
        return re.search(rf"(?<![a-z])(?:{word})s?(?![a-z])", text.lower()) is not None
    if word[:1].isupper():
        return word in text
    return re.search(rf"(?<![a-z]){re.escape(word)}", text.lower()) is not None
