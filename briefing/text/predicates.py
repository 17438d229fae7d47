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
from briefing.text.debts import description_debts
from briefing.text.languages import cues
from briefing.text.languages.english import OUTLOOK
from briefing.text.quotations import FAMILY, marks, open_after, quoted_parts
from briefing.text.specifics import particular

_CUES = cues("english")  # English's cues (languages/english_cues.py) read every article, whatever its language
_FUTURE = OUTLOOK.will  # "will", "is set to", "plans to": English's, read lower-cased

MIN_WORDS = 5  # fewer words than this is a label, a dateline or a caption, not a sentence

Leaning = Literal["connective", "pronoun", "anaphor", "demonstrative", "speaker", "definite", "page"]

_MAY_OPEN = frozenset("\"'“‘([«„¿¡?$£€¥₹#")  # a sentence may begin with these, or a letter or digit
_LIST_ITEM = re.compile(r"\(?\d{1,2}[.)]\s+[A-Z]")
_OPENING_PHRASE = re.compile(r"(?:For|At|From|In|On|With|By|Like|Among|Across|Despite|Without|Beyond|Unlike|Under|"
                             r"Over|Throughout|To) [^,.;:!?\"“”]{0,60}, it\b")  # "For most people, it …"
_LEAD_IN = re.compile(r":\s*\.[\"'”’)»]*$")
_OPENING_WORD = re.compile(r"[\"'“‘(\[«„?]*([A-Za-z]+)")


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
            and not _LIST_ITEM.match(text)  # "1. Running (the Bleep Test)2. A test of strength …": a fact box
            and not _LEAD_IN.search(text)  # "Introduced in 2012, pccs must:.": a list's lead-in, the list unseen
        ))
    )


def story_sentences(
    sentences: Sequence[Sentence], *, strict: bool = True, furniture: frozenset[int] | None = None,
    quoted: Collection[int] = frozenset(), own_words: bool = False,
) -> list[bool]:
    """Per sentence: a real sentence of the story, judged with its neighbours, which also tell
    a photo caption or the rest of an editor's note (cleaning.junk; ``furniture``, when it is known
    already). Not ``strict``: a text in capitals, or without full stops, still has sentences.
    ``quoted``: the sentences inside a quotation; ``own_words``: the cues are the article's own language's
    (languages.has_own_cues), so that the writer's "I" and "we" can be read (writer_musing)."""
    excluded = junk(sentences) if furniture is None else furniture
    fit = [sentence.index not in excluded and _well_formed(sentence, strict=strict) for sentence in sentences]
    if strict:  # these wait for the loose pass: the writer's question (a note says what is so: a feature's
        # opening "Would you believe …?", an interviewer's "Was there a change of heart?"), a sentence that
        # announces what follows it ("Here is how six leading lobbies plan …", "Here's a video from …": in 8 of
        # the 2,956 notes, each a pointer at a list, a video or updates the note does not show) ...
        fit = [real and not points_past_itself(sentence.text)
               and not (own_words and sentence.index not in quoted and writer_musing(sentence))
               for real, sentence in zip(fit, sentences, strict=True)]
        lede = lede_of(fit)
        if _teaser(sentences, fit, lede, own_words=own_words):  # ... a teaser, when the next sentence tells the news
            fit[lede] = False
            lede = lede_of(fit)
        # ... and, but in the lede, a photo the note cannot show and advice to the reader ("You will run
        # back and forth …", a fact box's; a quotation's "you" opens with its quote mark), or a writer speaking
        # to the reader ("The returns can be pretty good when you consider …": readers flagged 16 of 25 such
        # bullets and 11 of 21 such brief sentences after the lede, audits 1-38)
        fit = [real and (index == lede or not (_CUES.photo_asides.search(sentences[index].text)
                                               or _CUES.addressed.match(sentences[index].text)
                                               or _CUES.reader_you.search(_unquoted(sentences[index].text))))
               for index, real in enumerate(fit)]
    return fit


def _teaser(sentences: Sequence[Sentence], fit: Sequence[bool], lede: int, *, own_words: bool) -> bool:
    """A feature's teaser, which the story opens after when the next sentence stands on its own. Either
    "For most people, it has become a travel essential." / "Taking your smartphone or tablet away …": a
    lede whose "it" after an opening phrase only the next sentence names (readers flagged 9 of 9 such ledes
    they met, audits 2-33). Or, read in English's own words (``own_words``), a lede that tells nothing before
    one that tells news and neither answers it nor names what it introduced ("the test"): "The secret to
    staying slim could be in saliva." / "Researchers have found that a gene …". When the next sentence leans
    on the teaser ("From terrifying roars …, it can …" / "This incredible software …"), the two read as a run."""
    if lede + 1 >= len(sentences):  # nothing after the lede to open on
        return False
    text, after = sentences[lede].text, sentences[lede + 1]
    if not fit[after.index] or leaning(after) is not None:
        return False
    if _fronted_it(text) and _OPENING_PHRASE.match(text):  # a phrase, not "Re-using phones is green, it …"
        return True
    return (own_words and tells_nothing(text) and not tells_nothing(after.text)
            and not _CUES.answers_back.search(after.text)
            and not description_debts((sentences[lede], after))[1]  # "… the test …": a thing the lede introduced
            and stands_alone(sentences[lede], (), titled=False, lede=lede)  # a headline is not known here: the
            and stands_alone(after, (), titled=False, lede=after.index))  # strict reading, without one


def tells_nothing(text: str) -> bool:
    """Whether an English sentence tells no news: nothing happened or will (Cues.news_signs, Outlook.will),
    nothing in particular is named (no name, figure or amount, nor a first word that is no common word:
    specifics.particular) and nobody speaks. "Soon you could go hunting via the net.", "Looks like it's a bad
    time to be …"; not "Two men are in hospital after a crash." nor "A common painkiller can raise the risk of
    a heart attack, research suggests." A lede of this kind before a sentence that tells the news is a teaser:
    outside XSum, readers flagged 31 of the 54 readings of such bottom lines (audits 1-69; 9% of the others),
    as misleading or leaning on what follows. An opinion piece's thesis has this form too ("A ban on phones
    in schools would be a mistake."): the sentence after it must tell news and not take up its words."""
    lowered = text.lower()
    return (_CUES.news_signs.search(lowered) is None and _FUTURE.search(lowered) is None
            and _CUES.speech_verbs.search(text) is None and not particular(text))


def writer_musing(sentence: Sentence) -> bool:
    """ "These days we pick up a packet of frozen prawns …", "My mom was always sports mad …", "With
    divorce fast becoming the norm it seems true love is harder … to find these days": a feature's or an
    essay's sentence in the writer's own voice ("I", "me", "my", "we", "these days", "nowadays", before any
    quotation opens) that names nothing in particular (no name, figure or amount: text.specifics.particular)
    and reports nobody's words ("They said we were losing species …"). It tells no news: readers flagged
    18 of the 29 brief sentences of this kind they read, mostly as misleading bottom lines (four sentences of
    three features, read again and again in audits 2-57). Like the writer's question, it waits for the loose
    pass."""
    text = sentence.text
    if _CUES.musings.search(text) is None:  # the cheap question first: most sentences have none of these words
        return False
    opened = [mark.position for mark in marks(text) if mark.kind == "open"]  # 'We …' (the Mail's marks) ...
    writer = _unquoted(text[: opened[0]] if opened else text)  # ... and "?I thought …" (a text's lost marks)
    return (_CUES.musings.search(writer) is not None and _CUES.speech_verbs.search(text) is None
            and not particular(text))


def _fronted_it(text: str) -> bool:
    """Whether the sentence's subject is an "it" after an opening phrase ("From terrifying roars …, it can …")."""
    fronted = _CUES.fronted_pronouns.match(text)
    return fronted is not None and fronted.group().endswith(" it")


def rhetorical_question(text: str) -> bool:
    """A question the writer asks, not one quoted: "Would you believe that these photos were taken
    by a kayaker?", "Do you suffer from FOMO (known as "fear of missing out")?" (a text that writes
    its quote marks as "?" has more than one; a quotation's question ends inside its marks). A question
    asks rather than tells: no brief sentence or bullet (found in 14 of 2,956 briefs when only a feature's
    opening questions were left out: "But what did the Spanish press make of the affair?")."""
    asked = _ASKED.search(text) if text.count("?") == 1 else None
    return asked is not None and not open_after(text) and not (
        asked.group(1) and _reported(text[: asked.start(1)], FAMILY[asked.group(1)]))


def _reported(text: str, family: str) -> bool:
    """Whether the quotation that ends ``text`` is someone's reported words: 'Corbyn asked Theresa May: "Why are
    4,000 nurses using food banks' (a speech verb, or a colon or comma right before its opening mark), not the
    writer's word in quote marks ('… what counts as an online "threat')."""
    opening = next((mark.position for mark in reversed(marks(text)) if mark.family == family
                    and mark.kind in ("open", "either")), -1)  # the quotation's opening mark
    before = text[:opening].rstrip()
    return opening > 0 and (before.endswith((":", ",")) or _CUES.speech_verbs.search(before) is not None)


# a question mark after a closing quote mark (group 1) is the writer's: 'What constitutes an online "threat"?'
_ASKED = re.compile(r"[\w)]([\"”’']?)\?$")


def points_past_itself(text: str) -> bool:
    """The writer's question (rhetorical_question), or a sentence that announces what follows it, not in a
    quotation ("Here is how six leading lobbies plan …", "Here's a video from …", "Here are the updates:"):
    alone it tells nothing, and a story that opens on one opens there (Analysis.lede)."""
    return rhetorical_question(text) or _CUES.points_ahead.match(text) is not None


def leaning(sentence: Sentence) -> Leaning | None:
    """Why the sentence needs one before it, if it does: a connective ("But", "For instance",
    "One of them"), a pronoun ("He", "Their"), an anaphor ("The 34-year-old", "The pair"), a
    speaker the reader never saw ("…," he said; "Yadav told ANI."; a bare quotation), a
    definite description that needs an introduction ("The company"), a demonstrative inside the
    sentence ("… reported that this shipment was …"), or the page's picture ("This is the moment …"),
    which only a lede may point at."""
    text = sentence.text
    body = text.lstrip("\"'“‘([«„? ")
    if _CUES.page_openers.match(body):
        return "page"  # "This is the moment …": only a lede may point at it
    if _CUES.bare_speakers.match(text) or _CUES.pronoun_speakers.search(text) or _bare_quotation(text):
        return "speaker"  # before the openers that stand: "'There was only one man …,' he said."
    if _CUES.standalone_openers.match(body):
        return None
    first = _OPENING_WORD.match(text)
    word = first.group(1).lower() if first else ""
    if word in _CUES.openers:
        return "pronoun" if word in _CUES.pronouns else "connective"
    if _CUES.additives.search(_unquoted(text)):  # a quotation's "also" is the speaker's; the writer's before it
        # adds to what came before: 'Joel Warwick also tried to kiss her and asked her to "bend over" …'
        return "connective"
    kinds: tuple[tuple[re.Pattern[str], Leaning], ...] = (
        (_CUES.connectives, "connective"), (_CUES.anaphors, "anaphor"), (_CUES.definites, "definite"),
        (_CUES.fronted_pronouns, "pronoun"))
    found = next((kind for pattern, kind in kinds if pattern.match(body)), None)
    # "The ABC reported that this shipment was …": a thing the sentence before named (not inside a quotation:
    # the speaker's "this" points at what the speaker sees). Readers flagged 17 of 39 such bullets shown without
    # the sentence before (audits 1-35)
    return found or ("demonstrative" if _CUES.demonstratives.search(_unquoted(text)) else None)


def _unquoted(text: str) -> str:
    """The sentence up to its first opening quote mark (or a "?" that stands for one, "… said, ?We …"): the
    writer's words, not a speaker's."""
    opening = _OPENING_MARK.search(text)
    return text[: opening.start()] if opening else text


# A quote mark, or a "?" for one at the start or after a space, before a letter. The first character is
# matched first, so that the engine skips to where one is: eight times faster than "^" or a lookbehind first.
_OPENING_MARK = re.compile(r"[\"“‘«„?](?:(?<=\?)(?<!\S\?)(?=[A-Za-z])|(?<!\?))")


def _bare_quotation(text: str) -> bool:
    """A whole sentence in quote marks with nobody named as saying it."""
    found = marks(text)
    return (
        len(found) >= 2
        and found[0].position == 0
        and found[0].kind == "open"
        and found[-1].kind != "open"
        and not text[found[-1].position + 1 :].strip(" .,;:!?…")
        and not _CUES.speech_verbs.search(text)
    )


def speaker_unseen(sentences: Sequence[Sentence], first: int, last: int, shown: Collection[int], lede: int) -> bool:
    """Whether a quotation over sentences ``first`` to ``last`` opens a sentence and names nobody as
    saying it ("i want to thank …" / "i'm really looking forward …"; "…," he stated names nobody): its
    speaker is named before it, in a sentence the note must show (the lede has none before it)."""
    if first <= lede or first - 1 in shown:
        return False
    found = marks(sentences[first].text)
    return bool(found) and found[0].position == 0 and found[0].kind == "open" and not any(
        _CUES.speech_verbs.search(text) and not _CUES.pronoun_speakers.search(text)
        for text in (sentences[index].text for index in range(first, last + 1)))


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
    if kind is None or (sentence.index - 1 in shown and not (kind == "page" and _points_at_picture(sentence.text))):
        return True
    if sentence.index <= lede:
        return titled or _lede_stands(sentence, kind)
    if kind == "definite":
        return titled or any(index < sentence.index for index in shown)
    return False


def _points_at_picture(text: str) -> bool:
    """Whether the sentence points at a picture the note cannot show ("This was David Cameron yesterday as he got
    a full soaking …", "These heart-breaking snaps …"): after the lede, readers flagged 14 of the 24 such sentences
    they read, every one after the sentence before it (audits 1-106). Not a speaker's ('"These scenes are
    unacceptable," said …'), nor "This is why …", which points at the text."""
    return _CUES.pictured.match(text) is not None and _CUES.speech_verbs.search(text) is None


def _lede_stands(sentence: Sentence, kind: Leaning) -> bool:
    """A lede's pronoun stands when it is an expletive "it" ("It's crunch time …"), an "it" after an
    opening phrase, which points ahead as a feature's opening does ("From terrifying roars …, it can
    transform any voice" / "This software …"), or points ahead to a name in the same sentence ("He
    may not be playing much, but Anders Lindegaard …"), and an
    "it" that speaks is the lede's own subject; a connective, an anaphor or a definite description
    has nothing to point back to."""
    text = sentence.text
    if kind in ("page", "demonstrative"):  # "These extraordinary images show …": the lede tells what the page
        return True  # shows; "Amethi (UP), Jul 30 (PTI)" | "Brothers in this district …": its dateline or headline
    if kind == "speaker":  # "Sony will show the film on 200 screens, it said": the lede's own subject speaks
        found = _CUES.pronoun_speakers.search(text)
        return found is not None and " it " in found.group()
    if kind != "pronoun":
        return False
    return _CUES.expletives.match(text) is not None or _fronted_it(text) or (
        not text.startswith(("It ", "Its ")) and _NAMED_LATER.search(text, 3) is not None)


_NAMED_LATER = re.compile(r"(?<![.!?]\s)\b[A-Z][a-z'’-]+ [A-Z][a-z'’-]+")  # "He may not … but Anders Lindegaard …"
_PHRASE_WORD = re.compile(r"[\w'’-]+|,")


def opens_on_bare_definite(text: str) -> bool:
    """Whether the sentence opens on a definite description that needs an introduction. A lede
    without a headline that opens on "the" and a common noun leans on what the reader never saw
    ("The city in western Germany is …", "The 24-hour industrial action is …"), unless the phrase
    says what it is ("The boss of HSBC", "The man who …") or names the one such thing there is."""
    body = text.lstrip("\"'“‘([«„ ")
    if body.startswith("According to ") and "," in body[:60]:
        body = body.split(",", 1)[1].lstrip()  # "According to companies house, the business was …"
    words = _PHRASE_WORD.findall(body[:120])
    if not words or words[0] not in ("The", "the"):
        return False
    phrase: list[str] = []
    for word in words[1:4]:
        if word == "," or word in _CUES.phrase_ends or not (word[0].islower() or word[0].isdigit()):
            break
        phrase.append(word)
    following = words[1 + len(phrase) : 3 + len(phrase)]
    says_which = bool(following) and (following[0] in _CUES.says_which or (  # "The coordinator at Royal Docks School"
        following[0] in _CUES.placed and len(following) > 1 and following[1][:1].isupper()))
    return bool(phrase) and not says_which and not _CUES.only_one.intersection(phrase)


def lede_of(fit: Sequence[bool]) -> int:
    """The index of the story's first sentence: everything before it is furniture."""
    return next((index for index, real in enumerate(fit) if real), 0)


def in_longer_quotes(sentences: Sequence[Sentence]) -> frozenset[int]:
    """Indices of sentences that are part of a quotation running beyond them (quotes.quoted_parts),
    so that quoting one of them alone would cut the quotation (analysis.py asks once per article)."""
    return quoted_parts([s.text for s in sentences], [s.paragraph for s in sentences])
