"""What a reader sees in one sentence, judged alone: is it a real sentence of the story, does it
lean on a sentence the note may not show, is it part of a longer quotation.

Ranking, selection and key facts all ask these questions, whatever the method, so they live here
rather than inside one method.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Literal

from briefing.model import Sentence
from briefing.text.cleaning import is_junk_text, junk
from briefing.text.quotations import marks, quoted_parts

MIN_WORDS = 5  # fewer words than this is a label, a dateline or a caption, not a sentence

Leaning = Literal["connective", "pronoun", "anaphor", "speaker", "definite"]

DANGLING_OPENERS = frozenset(
    """he she it they them his her its their this that these those such however but and also
    yet so still meanwhile instead moreover furthermore nevertheless nonetheless besides
    then thus hence therefore otherwise likewise similarly later another both
    nor or afterwards now there here""".split()  # not "former": "Former Holland forward Patrick Kluivert …"
)
_MAY_OPEN = frozenset("\"'“‘([«„¿¡?$£€¥₹#")  # a sentence may begin with these, or a letter or digit
_PERSONAL = frozenset("he she it they them his her its their".split())
_OPENING_WORD = re.compile(r"[\"'“‘(\[«„?]*([A-Za-z]+)")
_CONNECTIVE_PHRASE = re.compile(
    r"(?:In (?:addition(?! to)|turn|contrast|response(?! to)|return|other words|the meantime|that case|this case|"
    r"doing so)|As a result|As such|At the same time|On the other hand|Even (?:so|then)|That said|After all|"
    r"(?:Despite|Apart from|After|Because of|Due to|Before|Since|Until|By) (?:this|that|then)|Not only that|"
    r"By contrast|For (?:his|her|their|its|our) part|For (?:instance|example)|To that end|With that|"
    r"Of (?:these|those|them)|Among (?:them|those|these)|One of (?!the (?:most|\w+est)\b|[A-Z]\w*['’]s\b)|"
    r"One (?:[a-z]+ed|held|said|told|was|had|took|went|came|got|made|gave|saw|wrote|left|put|found|kept|became|"
    r"began|fell|stood|sat|won|lost|brought|thought|felt|knew|is|has)\b)"  # "One can hardly …" is anyone
)
# Openers that lean on nothing: the expletive "it", a time deixis, the existential "there".
_NOT_LEANING = re.compile(
    r"(?:It(?: i|['’])s| was| has been| will be| would be| remains| seems| appears) (?:not )?(?:yet )?(?:clear|unclear|"
    r"likely|unlikely|expected|understood|thought|believed|feared|hoped|estimated|reported|possible|impossible|"
    r"important|hard|difficult|time|now|the (?:first|second|third|latest|biggest|largest))\b|It(?:['’]s| has) become\b|"
    r"(?:This|That|These|Next|Last) (?:year|week|month|season|summer|winter|spring|autumn|weekend|morning|evening|"
    r"afternoon|time)\b|These days\b|Those (?:who|with|in|at|aged)\b|So far\b|Later (?:this|that|in the) "
    r"(?:year|month|week|season)\b|There(?:['’]s| (?:is|are|was|were|have|has|had|will|would|could|may|might|"
    r"should|must)\b)|Here(?:['’]s| is| are)\b|Both [A-Z][\w-]* (?:and|&)\b|Now (?:in its|aged|that)\b|"
    # what the page shows, not what the text said: "This is the moment …", "These extraordinary images show …"
    r"This is (?:the moment|what|how|why|where|when|the (?:shocking|dramatic|incredible|extraordinary))\b|"
    r"(?:These|This|Those) (?:[\w’'-]+ ){0,3}(?:images?|pictures?|photos?|photographs?|snaps?|shots?|videos?|"
    r"footage|clips?|scenes?)\b",
    re.IGNORECASE,
)
_ANAPHOR = re.compile(
    r"The (?:\d+-year-old|pair|duo|trio|couple|latter|former|two|three|four|five|same|accused(?! of))\b|"
    # a nationality for a person already named: "The Russian turned his ankle …" (not "The Indian team")
    r"The [A-Z][a-z]+(?:ian|ean|an|ese|ish|ch|i) (?=(?:[a-z]+ed|hit|won|lost|beat|fell|said|says|was|is|has|had|"
    r"will|would|added|adds|insisted|made|took|got|came|went|struggled|admitted)\b)"
)
_DEFINITE = re.compile(  # "The company", "The city": an introduction the reader may have missed
    r"The (?:[a-z]+ )?(?:company|firm|group|club|side|team|star|actor|actress|singer|player|striker|defender|"
    r"midfielder|winger|forward|goalkeeper|minister|man|woman|boy|girl|victim|suspect|agency|board|move|"
    r"decision|deal|incident|report|plan|bill|film|airline|bank|giant|body|city|country|state|network|programme|"
    r"program|project|event|leader|official|spokesman|spokeswoman|MP|chief|boss|coach|manager|director|veteran|"
    r"teenager|child|device|product|service|site|app|book|show|series|brothers|sisters|victims|men|women)\b"
    # … unless the phrase itself says who: "The man accused of the shooting", "The firm behind the app"
    r"(?! (?:who|that|accused|charged|suspected|convicted|named|called|known|dubbed|behind|based|owned|run|led|"
    r"involved|responsible|of)\b)"
)
_SPEAKER_ONLY = re.compile(  # the attribution of a quotation the reader never saw: "Yadav told ANI in Lucknow."
    r"(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|told|tells|added|adds|wrote|writes)"
    r"(?:\s+(?:[A-Z][\w.-]*|reporters|journalists|the media))*(?:\s+(?:in|at|on|to|during|while|after)\s+"
    r"[\w' -]{1,30})?\.$"
)
_PRONOUN_SPEAKER = re.compile(
    r"[\"”’'?,],?\s+(?:he|she|they)\s+(?:said|says|added|adds|told|tells|wrote|explained|insisted|continued|"
    r"argued|warned|stressed|noted|asked|replied|admitted|claimed|declared|recalled)\b|"
    r"^[\"“‘'«„]?(?:He|She|They) (?:said|says|added|told \w+|wrote)\s*[,:]?\s*[\"“‘'?«„]"
)
SPEECH_VERB = re.compile(
    r"\b(?:said|says|told|tells|added|adds|wrote|writes|explained|insisted|continued|argued|warned|stressed|"
    r"noted|asked|replied|admitted|claimed|declared|recalled|according to)\b"
)


def is_candidate(sentence: Sentence) -> bool:
    """A real sentence of the story: long enough, ends like a sentence, not shouting, not a
    fragment, not boilerplate or a caption (cleaning.is_junk_text)."""
    return _well_formed(sentence) and not is_junk_text(sentence.text)


def _well_formed(sentence: Sentence, *, strict: bool = True) -> bool:
    text = sentence.text
    return (
        sentence.words >= MIN_WORDS
        and not (text[:1].islower() and not text[1:2].isupper())  # a fragment, not "iPhone sales …"
        and (text[:1].isalnum() or text[:1] in _MAY_OPEN)  # not ". Let me tell you …"
        and (not strict or (
            text.rstrip("\"'”’)»").endswith((".", "!", "?", "…"))
            and any(character.islower() for character in text)
        ))
    )


def story_sentences(
    sentences: Sequence[Sentence], *, strict: bool = True, furniture: frozenset[int] | None = None
) -> list[bool]:
    """Per sentence: a real sentence of the story, judged with its neighbours, which also tell
    a photo caption or the rest of an editor's note (cleaning.junk; ``furniture``, when it is known
    already). Not ``strict``: a text in capitals, or without full stops, still has sentences."""
    excluded = junk(sentences) if furniture is None else furniture
    fit = [sentence.index not in excluded and _well_formed(sentence, strict=strict) for sentence in sentences]
    if strict:  # these wait for the loose pass: a feature's opening question (a note says what is so) ...
        lede = lede_of(fit)
        if fit and fit[lede] and rhetorical_question(sentences[lede].text):
            fit[lede] = False
            lede = lede_of(fit)
        fit = [real and (index == lede or not _PHOTO_ASIDE.search(sentences[index].text))
               for index, real in enumerate(fit)]  # ... and a photo the note cannot show, but in the lede
    return fit


def rhetorical_question(text: str) -> bool:
    """A question the writer asks, not one quoted: "Would you believe that these photos were taken
    by a kayaker?" (a text that writes its quote marks as "?" has more than one). Only an opening
    question is left out: later ones are as often a quotation whose marks were lost."""
    return text.count("?") == 1 and _ASKED.search(text) is not None and not marks(text)


_ASKED = re.compile(r"[\w)]\?$")


# "Philip Hammond, pictured with John Kerry today, warned …", "kalaba (pictured) hammered home …"
_PHOTO_ASIDE = re.compile(
    r",\s+(?:pictured|seen here|shown here)\b[^,]{0,80},|\((?:pictured|above|left|right)\b[^)]*\)"
)


def leaning(sentence: Sentence) -> Leaning | None:
    """Why the sentence needs one before it, if it does: a connective ("But", "For instance",
    "One of them"), a pronoun ("He", "Their"), an anaphor ("The 34-year-old", "The pair"), a
    speaker the reader never saw ("…," he said; "Yadav told ANI."; a bare quotation), or a
    definite description that needs an introduction ("The company")."""
    text = sentence.text
    body = text.lstrip("\"'“‘([«„? ")
    if _NOT_LEANING.match(body):
        return None
    if _SPEAKER_ONLY.match(text) or _PRONOUN_SPEAKER.search(text) or _bare_quotation(text):
        return "speaker"
    first = _OPENING_WORD.match(text)
    word = first.group(1).lower() if first else ""
    if word in DANGLING_OPENERS:
        return "pronoun" if word in _PERSONAL else "connective"
    kinds: tuple[tuple[re.Pattern[str], Leaning], ...] = (
        (_CONNECTIVE_PHRASE, "connective"), (_ANAPHOR, "anaphor"), (_DEFINITE, "definite"))
    return next((kind for pattern, kind in kinds if pattern.match(body)), None)


def _bare_quotation(text: str) -> bool:
    """A whole sentence in quote marks with nobody named as saying it."""
    found = marks(text)
    return (
        len(found) >= 2
        and found[0].position == 0
        and found[0].kind == "open"
        and found[-1].kind != "open"
        and not text[found[-1].position + 1 :].strip(" .,;:!?…")
        and not SPEECH_VERB.search(text)
    )


def leans_on_previous(sentence: Sentence) -> bool:
    """Opens with something whose meaning is in the sentence right before."""
    kind = leaning(sentence)
    return kind is not None and kind != "definite"


def stands_alone(sentence: Sentence, shown: Collection[int], *, titled: bool, lede: int = 0) -> bool:
    """Whether a reader understands the sentence given the sentences ``shown`` before it in the
    note (and a headline when ``titled``): whatever it leans on must be shown. The lede (the
    story's first sentence, at index ``lede``; what comes before it is furniture) has nothing to
    lean on but the headline, so its "it" is an expletive or points ahead, its "He" is named
    later in it, and its "These images" are the page's (lede_stands)."""
    kind = leaning(sentence)
    if kind is None and not titled and opens_on_bare_definite(sentence.text) and not any(
            index < sentence.index for index in shown):
        kind = "definite"  # the note's first sentence: "The city in western Germany …" says nothing of which
    if kind is None or sentence.index - 1 in shown:
        return True
    if sentence.index <= lede:
        return titled or _lede_stands(sentence, kind)
    if kind == "definite":
        return titled or any(index < sentence.index for index in shown)
    return False


def _lede_stands(sentence: Sentence, kind: Leaning) -> bool:
    """A lede's pronoun stands when it is an expletive "it" ("It's crunch time …") or points ahead
    to a name in the same sentence ("He may not be playing much, but Anders Lindegaard …"); a
    connective, an anaphor or a definite description has nothing to point back to."""
    text = sentence.text
    if kind != "pronoun":
        return False
    return _EXPLETIVE_IT.match(text) is not None or (
        not text.startswith(("It ", "Its ")) and _NAMED_LATER.search(text, 3) is not None)


_EXPLETIVE_IT = re.compile(
    r"It(?:['’]s| is| was| will be| has been) (?:a|an|the|not|just|only|time|crunch|all|no|never|hard|easy|rare|"
    r"unusual|difficult|impossible|one|every)\b|It (?:looks|seems|appears|takes|pays|helps)\b"
)
_NAMED_LATER = re.compile(r"(?<![.!?]\s)\b[A-Z][a-z'’-]+ [A-Z][a-z'’-]+")  # "He may not … but Anders Lindegaard …"
# A lede without a headline that opens on "the" and a common noun leans on what the reader never saw
# ("The city in western Germany is …", "The 24-hour industrial action is …"), unless the phrase says
# what it is ("The boss of HSBC", "The man who …") or names the one such thing there is.
_PHRASE_ENDS = frozenset("of who whose that which behind accused charged named called in at on for from with to "
                         "and or by the a an".split())
_SAYS_WHICH = frozenset("of who whose that which behind accused charged named called to".split())
_PLACED = frozenset("at in from for on".split())
_ONLY_ONE = frozenset("government police public world economy president pope queen king prime army military "
                      "weather internet nation sun moon".split())
_PHRASE_WORD = re.compile(r"[\w'’-]+|,")


def opens_on_bare_definite(text: str) -> bool:
    """Whether the sentence opens on a definite description that needs an introduction (above)."""
    body = text.lstrip("\"'“‘([«„ ")
    if body.startswith("According to ") and "," in body[:60]:
        body = body.split(",", 1)[1].lstrip()  # "According to companies house, the business was …"
    words = _PHRASE_WORD.findall(body[:120])
    if not words or words[0] not in ("The", "the"):
        return False
    phrase: list[str] = []
    for word in words[1:4]:
        if word == "," or word in _PHRASE_ENDS or not (word[0].islower() or word[0].isdigit()):
            break
        phrase.append(word)
    following = words[1 + len(phrase) : 3 + len(phrase)]
    says_which = bool(following) and (following[0] in _SAYS_WHICH or (  # "The coordinator at Royal Docks School"
        following[0] in _PLACED and len(following) > 1 and following[1][:1].isupper()))
    return bool(phrase) and not says_which and not _ONLY_ONE.intersection(phrase)


# A person's full name ("Ahmed Dawoud", "Christopher Bailey") and the bare surname used after it
_FULL_NAME = re.compile(
    r"\b(?!(?:Mr|Mrs|Ms|Dr|Miss|Sir|Lord|Lady|Prof|Mister)\b)[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?\s+([A-Z][a-z'’-]{2,})\b"
    r"(?!\s+[A-Z])"
)
_CAPITALIZED = re.compile(r"(?<![\w'’.-])([A-Z][a-z'’-]{2,})\b")
_POSSESSIVE = re.compile(r"['’]s?$")  # "Dawoud's", "Jones'"
_NOT_SURNAMES = frozenset(
    """Minister Court House Office Party Council Department Police Secretary University Street Road Club United
    City Government Ministry Committee Commission Union Airport Station Hospital School Church Bank Group Company
    League Cup Association Agency Service Board Authority Foundation Institute Centre Center Museum Park Square
    Times Post News Mail Press Guardian Telegraph Journal Review Festival Awards Games Championship Trophy Prize
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August
    September October November December The This That These Those""".split()
)


def name_debts(sentences: Sequence[Sentence]) -> list[frozenset[str]]:
    """Per sentence, the surnames it uses bare ("Dawoud resigned …") whose full name ("Ahmed
    Dawoud") only an earlier sentence wrote: a reader who is not shown that sentence does not know
    who is meant."""
    introduced: set[str] = set()
    debts = []
    for sentence in sentences:
        text = sentence.text
        full = {match.group(1) for match in _FULL_NAME.finditer(text)}
        bare = {_POSSESSIVE.sub("", word) for word in _CAPITALIZED.findall(text)} - full - _NOT_SURNAMES
        debts.append(frozenset(name for name in bare if name in introduced))
        introduced |= full - _NOT_SURNAMES
    return debts


def names_shown(sentences: Sequence[Sentence], index: int, debts: Sequence[frozenset[str]],
                shown: Collection[int]) -> bool:
    """Whether every surname sentence ``index`` owes (name_debts), or the noun of a description it
    owes in lower case (descriptions.description_debts), is written in a sentence shown before it."""
    return all(any(_writes(sentences[other].text, name) for other in shown if other < index) for name in debts[index])


def _writes(text: str, word: str) -> bool:
    """Whether ``text`` writes a surname as it is, or a noun in lower case at the start of a word
    ("men" in "the men", not in "members"; "app" in "apps")."""
    if word[:1].isupper():
        return word in text
    return re.search(rf"(?<![a-z]){re.escape(word)}", text.lower()) is not None


def lede_of(fit: Sequence[bool]) -> int:
    """The index of the story's first sentence: everything before it is furniture."""
    return next((index for index, real in enumerate(fit) if real), 0)


def in_longer_quotes(sentences: Sequence[Sentence]) -> frozenset[int]:
    """Indices of sentences that are part of a quotation running beyond them (quotes.quoted_parts),
    so that quoting one of them alone would cut the quotation (analysis.py asks once per article)."""
    return quoted_parts([s.text for s in sentences], [s.paragraph for s in sentences])
