"""What on a news page is not the story: photo captions and credits, bylines, timestamps,
datelines, editor's notes, "Label: " captions, embeds, line-ups and site boilerplate.

Two uses. The segmenter cuts such text off the prose it is glued to ("Rome (CNN) The pope …",
"Photograph: Ann Lee/Getty Images The man …", "By Ann Lee, USA TODAY The race …"), so that the
lede is a sentence of its own with its own offsets and nothing is rewritten (``junk_cuts``).
Then ``junk`` names the sentences that are such text, which no method may show. A sentence that
merely contains "pictured" or a clock time is prose: only a whole stamp, dateline or credit is
junk. Whole lines of browser chrome were already dropped when the page was parsed (page_junk.py);
the same test catches such a line when it arrives inside a paragraph."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.model import Sentence
from briefing.read.page_junk import is_page_junk
from briefing.text.boilerplate import is_boilerplate
from briefing.text.captions import (
    caption_seam,
    ends_as_caption,
    label_caption,
    looks_labelled,
    lower_commentary,
    team_sheet,
)
from briefing.text.languages import cues
from briefing.text.stamps import HAS_TIME, STAMP, masthead_end, opens_masthead

_CUES = cues("english")  # English's cues (languages/english_cues.py) read every article, whatever its language

CREDIT_WORDS = 12  # a photo credit is at most this many words

_HT_CREDIT = r"HT[ ?](?:[Pp]hoto|PHOTO|FILE|[Ff]ile(?: [Pp]hoto)?)"  # "(HT Photo)", "(HT?FILE)": "?" a lost space
_AGENCY = r"(?:CNN(?: Business| Money)?|AP|Reuters|AFP|PTI|IANS|ANI|UNI|Xinhua|dpa|EFE|Bloomberg|UPI|TASS|Yonhap|Kyodo)"
# What follows a cut: the lede's first character, or nothing; never a cut inside a word.
_LEDE = r"(?:(?<!\w)|(?!\w))(?=\s*(?:[A-Z0-9\"“‘'«„?]|$))"
_NAME = r"[A-Z][a-z'’-]+(?:\s+[A-Z]\.)*(?:\s+(?:de|van|von|der|da|di|del|al|bin|le|la|du))?\s+[A-Z][A-Za-z'’-]+"
# Glued in front of a lede; each is cut off as a piece of its own (junk_cuts).
_PREFIXES = (
    # WASHINGTON —, LONDON, England (CNN) --, NEW YORK:, LONDON-The (not "EADS - Airbus' majority owner - admitted
    # …", nor "US-German carmaker …", "COVID-19 cases …", "NATO–Russia talks …": a hyphen or an en dash glued to
    # both words joins a compound, unless a lede's first word follows it)
    re.compile(rf"[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){{0,3}},?\s*(?:\({_AGENCY}\)\s*)?"
               rf"(?:(?:—|--|(?<=\s)[-–]|[-–](?=\s|$|{_CUES.lede_openers.pattern}))"
               rf"(?![^.!?\n]{{1,60}}?\s(?:—|–|--|-)\s)|:)\s*{_LEDE}"),
    # (CNN), Rome (CNN), New Delhi, Aug 2 (PTI), Amethi (UP), Jul 30 (PTI)
    re.compile(rf"(?:(?:[A-Z][\w.'’-]*|\d{{1,2}}|\([A-Z][\w.]{{,5}}\)),?\s+){{0,5}}\({_AGENCY}\)\s*(?:[-—–:]+\s*)?{_LEDE}"),
    # By Ann Lee, USA TODAY | By Ann Lee and Bo Kim for MailOnline | By Daily Mail Reporter
    re.compile(
        rf"By\s+(?:{_NAME}|(?:Daily Mail|MailOnline|Associated Press|Press Association|{_AGENCY})"
        rf"(?:\s+(?:Reporter|Staff(?: Writer)?|Correspondent))?)(?:\s*(?:,|and|&)\s+{_NAME})*"
        r"(?:\s*,\s*[A-Z][A-Za-z.]*(?:\s+[A-Z]{2,}[A-Za-z.]*)*|\s+[Ff]or\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
        rf"\s*\|?\s*{_LEDE}"
    ),
    # By DEXTER FORDMAY 9, 2014 MALIBU, CALIF.: a byline in capitals with the date glued on, and a dateline
    re.compile(
        r"By\s+[A-Z][A-Z'’.-]*(?:\s+[A-Z][A-Z'’.-]*){0,3}?\s*(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)"
        r"[A-Z]*\.?\s+\d{1,2},\s+\d{4}(?:\s+[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2},\s*[A-Z][A-Z.]+)?"
        rf"\s*[—–-]?\s*{_LEDE}"
    ),
    STAMP,  # 12/28/2015 AT 04:50 PM EST | Updated at 6.48am BST 06:23 | PUBLISHED: 07:55 EST, 3 June 2014 | …
    re.compile(rf"(?:Follow )?(?:the )?(?:[Ll]atest|[Ll]ive) (?:updates|coverage) here\s*{_LEDE}"),  # a link's text
    # (Chris Pizzello/Invision/AP), (AFP), (HT Photo)
    re.compile(
        rf"\((?:[^()]{{1,40}}/[^()]{{1,40}}|AFP|AP|Reuters|REUTERS|PTI|IANS|ANI|EPA|{_HT_CREDIT}|"
        rf"Getty(?: Images)?|File|File photo|Photo[^()]{{0,40}}|Representa\w+ image|Image[^()]{{0,40}}|"
        rf"Courtesy[^()]{{0,40}})\)\s*{_LEDE}"
    ),
)
_CREDIT_LABEL = re.compile(
    r"(?:Photograph|Photo(?: credit| courtesy)?|Picture|Pic|Image|Illustration|Graphic|Credit)s?\s*:\s*(?=[A-Z])"
)
_AGENCIES = re.compile(
    r"(?:Getty Images|AP Photo|AP|AFP|EPA|Reuters|PA(?: Wire| Images)?|Rex(?:/Shutterstock)?|Shutterstock|"
    r"Alamy(?: Stock Photo)?|Corbis|(?:The )?Guardian|(?:The )?Observer|Bloomberg|NurPhoto|SOPA Images|"
    r"LightRocket|Anadolu Agency|Xinhua|Sipa|ZUMA Wire|Zuma|Invision|Barcroft Media|WireImage|FilmMagic|Redferns|"
    r"dpa|TASS|PTI|ANI|HT Photo|BBC|NASA|Handout|Facebook|Twitter|Instagram)\b"
)
_CREDIT_WORD = re.compile(r"\s*(?:[A-Z][\w.'’&-]*|/|for\b|the\b|via\b|and\b|of\b)")
# Every alternative starts with a literal character, so that the regular expression engine can skip ahead to
# the places where one may match: five times faster than a leading \b. A lookahead of their first characters
# (tests/test_cleaning.py derives them) lets _JUNK skip the other places: four times faster again.
_LINK_WORDS = r"(?:ALSO READ|Also [Rr]ead|READ MORE|Read [Mm]ore|READ|Read|WATCH|Watch)[\s?]*[|:]"  # a link's "READ:"
_JUNK = re.compile(
    "(?=[(/ABCEFGILPRSTUWip])(?:" + "|".join((
        r"(?:Photograph|Photo(?: credit| courtesy)?|Picture|Pic|Image|Illustration|Graphic|Credit)s?\s*:\s*(?=[A-Z])",
        r"Getty Images|/Getty\b|(?:AFP|AP|EPA|Reuters|PA)/[A-Z]|/(?:AFP|AP|EPA|Reuters)\b|Shutterstock|Rex Features",
        r"\((?:Photo|Image|Picture|File photo|Representa\w+ image)\b|Image (?:copyright|caption)\b",
        r"(?:[Ii]n this|This) (?:photo|picture|image|file photo|handout photo)\b(?: \w+)? "
        r"(?:released|provided|taken|made available)\b|\bin a (?:still|screen ?grab) from (?:the|a|his|her)\b",
        # a photo's positions: "(left)", "(second right)"; not "(pictured)", which prose uses too
        r"\((?:left|right|centre|center|far left|far right|second (?:left|right|from (?:left|right))|L|R|top|"
        r"bottom|inset|above|below)\)",
        r"By [A-Z][a-z]+(?: [A-Z]\.)? [A-Z][a-z'-]+\s*,\s*[A-Z]",
        r"(?:Updated|Published|Posted|Last updated|First published)\s*(?:on|at)?\s*:\s*\S",
        r"A post shared by|pic\.twitter\.com|/t\.co/\w|\(@\w+\)\s*(?:on )?[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}",  # embeds
        _LINK_WORDS,
    )) + ")"
)
_DATELINE_INSIDE = re.compile(  # "… the airport. New Delhi, Aug 2 (PTI) Bomb squads …", tested when there is a "("
    rf"[A-Z][a-z]+(?: [A-Z][a-z]+)?, (?:[A-Z][a-z]{{2,8}}\.? \d{{1,2}}|\d{{1,2}} [A-Z][a-z]{{2,8}})\s*\({_AGENCY}\)")
_EDITORS_NOTE = re.compile(r"[Ee]ditor'?s'? [Nn]ote\b|EDITOR'?S'? NOTE\b")
# A link's label alone ("READ:"): the sentence after it is the headline it links to
_LINK_LABEL = re.compile(_LINK_WORDS)
# A subheading in capitals before its sentence: glued to it ("SHARMA FIGHTING FOR LIFESharma is …"), or of
# three words or more and a space before it ("PIL AND THE CASE A letter had been …"; "UK PM Theresa May" is prose)
_HEADING = re.compile(r"[A-Z0-9][A-Z0-9 ,'’&-]{2,60}[A-Z0-9]")
_CAPS_WORD = r"[A-Z]{2,}(?:['’][A-Z]+)?"  # "REPLY", "GOVERNMENT'S"
_GLUED_HEADING = re.compile(
    rf"{_CAPS_WORD}(?:[ '’-]{_CAPS_WORD})+(?=[A-Z][a-z])"
    rf"|{_CAPS_WORD}(?: {_CAPS_WORD}){{2,}}(?= (?:[A-Z][a-z]|[AI] [a-z]))")
_JUNK_START = re.compile(  # line-ups and results, live commentary, caption labels, an editor's note, "U.S. Navy
    r"(?:[A-Z][A-Z.]+ )(?:[A-Z][\w.'’-]* ){0,2}(?:image|photo|picture)s? of\b|"  # image of pirates …" (a credit's)
    r"(?:Match ends|(?:First|Second) Half (?:begins|ends)|Half Time|Full Time|Attempt (?:missed|saved|blocked)|"
    r"Corner|Substitution|Offside|Delay (?:in match|over)|Goal!)(?:[,.!]| [A-Z])|Lineups are announced and players|"
    r"(?:Foul|Hand ball|Dangerous play|Penalty (?:conceded|saved|missed)) by [A-Z]|"
    r"[A-Z][^.()]{2,40} \([^()]{2,40}\) (?:is shown the (?:yellow|red) card|wins a free kick|hits the (?:left|right) "
    r"post|is caught offside)\b|"
    r"(?:Subs?(?: [Nn]ot [Uu]sed)?|Referee|Ref|Att|Attendance|Booked|Goals?|Sent off|Scorers?|Sin bin|Tries|"
    r"Cons|Pens|Replacements|Reserves|Pictured|Above|Below|Top|Bottom|Left|Right|Inset|Main picture|"
    r"Main image|In pictures|In video)\s*:|[Ee]ditor'?s'? [Nn]ote\b|EDITOR'?S'? NOTE\b"
)
_EMAIL = re.compile(r"(?:^|\s)[\w.-]+@[\w-]+\.[\w.]+")
# A result or the scorers on a line of their own: "Eastleigh 0, Macclesfield Town 1.", "Riise 1, Nunez 113."
_SCORE_LINE = re.compile(r"(?:[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,4} \d{1,3}(?:, |\.?$)){2,}")
# A review's rating, cut off the sentence glued to it ("Rating - 1/5A spectre looms …", "Rating: 3/10The …"), and its
# credits: a line that opens on the rating, or labels glued on ("… PlanetsDirector - Luc BessonCast - …"); and a page's
# JSON-LD left in a sentence ('… music.","inLanguage":"en"'). The labels are looked for first: "in" is cheaper
_RATING = re.compile(r"Rating\s*[-–:]\s*\d+(?:\.\d)?\s*/\s*\d+(?=\s*[A-Z\"“‘']|\s*$)")
_REVIEW_CREDITS = re.compile(rf"{_RATING.pattern}|.*?(?<=[a-z])(?:Director|Cast|Starring)\s*[-–:]\s*[A-Z]")
_CREDIT_LABELS, _PAGE_DATA = ("Rating", "Director", "Cast", "Starring"), re.compile(r'","[\w@]+":|"@(?:type|context)"')

# What follows a caption, or the text of an embedded post: a credit or the post's signature.
_CREDIT_LINE = re.compile(
    rf"\((?:AFP|AP|Reuters|REUTERS|PTI|IANS|ANI|{_HT_CREDIT}|Photo[^)]{{0,40}}|Getty[^)]{{0,20}}|File|EPA|"
    r"[A-Z][\w. ]{1,30}/[^()]{1,40})\)|(?:Photograph|Photo|Picture|Image)s?\s*:|A post shared by|"
    r"(?:[\w.'’-]+\s+){0,4}\(@\w+\)\s*(?:on )?[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}"
)
_HANDLES = re.compile(r"(?<!\w)[#@]\w")


def junk_cuts(text: str, start: int, end: int) -> list[int]:
    """Where to cut the span ``text[start:end]`` so that junk glued to prose becomes a piece of its
    own: after each dateline, byline, timestamp or credit at its start, after a subheading in
    capitals glued to it, and after a photo credit inside it."""
    cuts = []
    last = len(text[:end].rstrip())
    position = start
    while (prefix := _prefix(text, position, end)) is not None:
        cut = position + len(prefix.group().rstrip())
        if cut >= last:
            break  # the whole span is junk: nothing to cut off
        cuts.append(cut)
        position = prefix.end()
        while position < end and text[position].isspace():
            position += 1
    credit = _CREDIT_LABEL.search(text, position, end)
    credit_end = _credit_end(text, credit.end(), end) if credit else None
    if credit_end is not None and credit_end < last:
        cuts.append(credit_end)
    heading = _GLUED_HEADING.match(text, position, end)
    if heading:
        cuts.append(heading.end())
    seam = caption_seam(text, position, end)
    if seam is not None and seam < last:
        cuts.append(seam)
    if "Rating" in text[position:end] and (rating := _RATING.search(text, position, end)) and rating.end() < last:
        cuts.append(rating.end())  # "Rating - 1/5" | "A spectre looms …"
    restart = _restart(text, position, end)
    if restart is not None and restart < last:
        cuts.append(restart)
    return sorted(set(cuts))


def _restart(text: str, start: int, end: int) -> int | None:
    """Where a caption glued to the paragraph it repeats ends: the span's first words written
    again after a word with no full stop ("… stolen from a hotel parking lot An FBI agent's
    sniper rifle was ripped out …"). None when the span does not repeat its opening."""
    opening = _opening(text, start, end)
    if opening is None:
        return None
    found = text.find(opening, start + len(opening), end)
    if found < 0 or not (text[found - 1].isspace() and text[found - 2 : found].strip()[-1:].isalnum()):
        return None
    return found


_NO_FULL_STOP = re.compile(r"\S\s+\.$")  # "… against France and Chile .": a line that had no full stop
_OPENING_WORDS = re.compile(r"[A-Z][\w'’-]*(?: [\w'’-]+){3}")
MIN_LEDE_WORDS = 8  # a shorter line above the story is a heading or a label, not its lede
MIN_RESTART_CHARACTERS = 16  # the repeated opening must say something ("An FBI agent's sniper")
# A line or two this short between two captions (or embedded posts) is more of them: "The head-on crash
# took place in October 2013." between a photo's caption and the next photo's; a tweet's second line
ISLAND_WORDS, ISLAND_SENTENCES = 15, 2


def _prefix(text: str, position: int, end: int) -> re.Match[str] | None:
    for pattern in _PREFIXES:
        match = pattern.match(text, position, end)
        if match and match.end() > position and (pattern is not STAMP or HAS_TIME.search(match.group())):
            return match
    return None


def _credit_end(text: str, position: int, end: int) -> int | None:
    """Where a photo credit that starts at ``position`` ends and the prose glued to it begins: after
    a known agency, or before a word that opens a sentence. None when it cannot be told."""
    words: list[re.Match[str]] = []
    while len(words) < CREDIT_WORDS and (word := _CREDIT_WORD.match(text, position, end)):
        words.append(word)
        position = word.end()
    for number, word in enumerate(words):
        if number and words[number - 1].group().strip() != "/":
            continue  # an agency comes first or after a slash: "Photograph: Ann Lee/Getty Images"
        agency = _AGENCIES.match(text, word.end() - len(word.group().lstrip()), end)
        if agency and re.match(_LEDE, text[agency.end() : end]):
            return agency.end()
    for number, word in enumerate(words[1:], start=1):
        if _CUES.lede_openers.match(text, word.start(), end):
            return words[number - 1].end()
    return None


def junk(sentences: Sequence[Sentence]) -> frozenset[int]:
    """Indices of the sentences that are not the story's prose (see the module's docstring).
    Worked out once per article (analysis.py), for ranking, selection and the key facts."""
    found: set[int] = set()
    note_paragraph = -1
    story = False  # whether a sentence of the story came before
    bold_lede, kept = None, -1  # a lede kept without its full stop; the last sentence that is no furniture
    for index, sentence in enumerate(sentences):
        # A line that had no full stop is a caption or a subheading, but for the lede, which some
        # sites print in bold without one ("… who was dying of cancer .")
        lede = not story and _may_be_lede(sentence.text)  # asked only until the story begins
        no_stop = _NO_FULL_STOP.search(sentence.text) is not None
        bold_lede = index if lede and no_stop else bold_lede
        unstopped = no_stop and not lede
        story = story or lede
        linked = index > 0 and _LINK_LABEL.fullmatch(sentences[index - 1].text.strip()) is not None  # after "READ:"
        heading = _HEADING.fullmatch(sentence.text) is not None  # "SHARMA FIGHTING FOR LIFE"
        if sentence.paragraph == note_paragraph or unstopped or linked or heading or is_junk_text(sentence.text):
            found.add(index)
            if _EDITORS_NOTE.match(sentence.text):
                note_paragraph = sentence.paragraph  # the rest of an editor's note is the note too
        elif index + 1 < len(sentences) and (
            _CREDIT_LINE.match(sentences[index + 1].text) or _repeated_by(sentence.text, sentences[index + 1].text)
        ):
            found.add(index)  # a photo caption: the sentence right before its credit, or repeated after it
        if index not in found:
            kept = index
        elif kept == bold_lede and opens_masthead(sentence.text):  # "… a full sex change . By Ann Lee ."
            found.add(kept)  # the page's highlights above its masthead; the story's lede is below it
            bold_lede, story = None, False
    return frozenset(found | _islands(sentences, found))


def _islands(sentences: Sequence[Sentence], found: set[int]) -> set[int]:
    """Short sentences, at most ISLAND_SENTENCES in a row, with furniture on both sides, once the
    story has begun (a short lede between a masthead and a caption is the story's)."""
    islands: set[int] = set()
    begun = False
    index = 0
    while index < len(sentences):
        if index in found:
            index += 1
            continue
        end = index
        while end < len(sentences) and end not in found:
            end += 1
        run = range(index, end)
        if (begun and index - 1 in found and end < len(sentences) and len(run) <= ISLAND_SENTENCES
                and all(sentences[i].words <= ISLAND_WORDS for i in run)):
            islands.update(run)
        begun = True
        index = end
    return islands


def _may_be_lede(text: str) -> bool:
    return not (is_junk_text(text) or looks_labelled(text) or len(text.split()) < MIN_LEDE_WORDS)


def _repeated_by(text: str, following: str) -> bool:
    """A line without a full stop whose opening the next sentence writes again: a caption."""
    if text.rstrip("\"'”’)").endswith((".", "!", "?", "…")):
        return False
    opening = _opening(text, 0, len(text))
    return opening is not None and following.startswith(opening)


def _opening(text: str, start: int, end: int) -> str | None:
    """The first four words from ``start``, when they say enough to be recognised written again."""
    opening = _OPENING_WORDS.match(text, start, end)
    return opening.group() if opening and len(opening.group()) >= MIN_RESTART_CHARACTERS else None


def is_junk_text(text: str) -> bool:
    """Whether one sentence, read alone, is a caption, credit, byline, stamp, dateline, note,
    embed, line-up or boilerplate rather than prose."""
    prefix = _prefix(text, 0, len(text))
    words = text.split()
    return (
        bool(prefix and len(prefix.group().rstrip()) >= len(text.rstrip()))  # a whole dateline, byline, stamp
        or masthead_end(text) >= len(text.rstrip())
        or ends_as_caption(text)
        or bool(_JUNK.search(text) or _JUNK_START.match(text)) or is_boilerplate(text.lower())
        or is_page_junk(text)
        or bool("(" in text and _DATELINE_INSIDE.search(text))
        or bool("@" in text and _EMAIL.search(text))
        or bool(text.rstrip(".")[-1:].isdigit() and _SCORE_LINE.fullmatch(text))  # "… Macclesfield Town 1."
        or bool(any(label in text for label in _CREDIT_LABELS) and _REVIEW_CREDITS.match(text))
        or bool('":' in text and _PAGE_DATA.search(text))
        or (("@" in text or "#" in text) and len(_HANDLES.findall(text)) >= 2)  # an embedded post
        or label_caption(text, words)
        or team_sheet(text, words) or lower_commentary(text)
    )
