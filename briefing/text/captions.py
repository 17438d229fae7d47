"""Lines that are furniture by their shape alone: a label caption ("Retread: David Cameron with
Samantha yesterday."), a team sheet or a list of scores, a live commentary's line in a lower-cased
text; and where a caption glued to the lede ends ("… (pictured) Police said …"). cleaning.py asks,
sentence by sentence."""

from __future__ import annotations

import re

from briefing.text.clauses import has_verb, is_english
from briefing.text.languages import cues

_CUES = cues("english")  # English's cues (languages/english_cues.py) read every article, whatever its language

MAX_LABEL_WORDS = 4  # "Final embrace:", "Skipping chipotle:"; a longer label is a clause
MAX_LABEL_CAPTION_WORDS = 12  # "Sweet life: The Duchess of Cornwall." is a caption; longer is prose
TEAM_SHEET_COMMAS = 4  # "Cech, Ferreira, Carvalho, Terry, Gallas (Huth 80), …"
SCORES = 3  # "Ayr United 1-4 Greenock Morton Dunfermline 1-1 Dundee United …"
_LABEL_CAPTION = re.compile(r"[\"“‘']?[A-Z][\w'’” -]{0,25}: (?:[A-Z\"“‘']|[a-z])")  # "'Invasion': The latest …"
_SCORE = re.compile(r"\d(?<!\w\d)\d{0,2}-\d{1,3}\b")  # "1-4"; its first digit first, so the engine skips ahead
_WHERE = "pictured|left|right|above|below|centre|center|inset|top|bottom"  # a caption's "(pictured)", "(left)"
# A caption glued to the lede where its line break was lost: "… barely recognisable (pictured) Police said …"
_CAPTION_SEAM = re.compile(
    rf"\((?:{_WHERE}|second (?:left|right)|far (?:left|right))(?:,? (?:left|right|above|below))?(\))\s+"
    r"(?=[A-Z][a-z]+\s)"
)
_CAPTION_END = re.compile(rf"\((?:{_WHERE})\)$")  # "… the bishop is located (pictured)": no full stop


def caption_seam(text: str, start: int, end: int) -> int | None:
    """Where a caption glued to the prose after it ends in ``text[start:end]`` (after its "(pictured)"), if it does."""
    seam = _CAPTION_SEAM.search(text, start, end)
    return seam.end(1) if seam else None


def ends_as_caption(text: str) -> bool:
    """Whether a sentence ends on where its photo's subject stands, as a caption's last words do, with no full stop."""
    return _CAPTION_END.search(text) is not None


def looks_labelled(text: str) -> bool:
    """Whether the line opens on a short label and a colon ("Final embrace: …")."""
    return _LABEL_CAPTION.match(text) is not None


def team_sheet(text: str, words: list[str]) -> bool:
    """ "Cech, Ferreira, Carvalho, Terry (Huth 80), …", "Ayr 1-4 Morton Dundee 1-1 Hibs …": names
    and commas or scores, hardly a word in lower case."""
    return (
        (text.count(", ") >= TEAM_SHEET_COMMAS or ("-" in text and len(_SCORE.findall(text)) >= SCORES))
        and sum(word[:1].islower() for word in words) <= len(words) / 8
        and sum(word[:1].isupper() for word in words) >= len(words) / 2
    )


# A live commentary's line where the text lost its capitals ("Second half ends, macclesfield town 0, dover
# athletic 0.", "Foul by sean raggett (dover athletic).", "Chris sutherland replaces chris holroyd."):
# cleaning.py reads these lines by their capitals in a text that has them
_LOWER_COMMENTARY = re.compile(
    r"(?:match ends|(?:first|second) half (?:begins|ends)|(?:half|full) time|attempt (?:missed|saved|blocked)|goal!)\b|"
    r"assisted by (?:[\w.'-]+ ){1,3}(?:with|following)\b|(?:corner|substitution|offside|delay (?:in match|over)),|"
    r"(?:foul|hand ball|dangerous play|penalty (?:conceded|saved|missed)) by [^()]{2,40} \(|"
    r"[^()]{2,40} \([^()]{2,40}\) (?:is shown the|wins a (?:free kick|penalty)|hits the|is caught offside|"
    r"(?:right|left) footed shot|header)\b|(?:[\w.'-]+ ){1,3}replaces [\w.'-]+(?: [\w.'-]+){0,2}\.$|"
    r"[^()]{2,40} tries a through ball\b|(?:[a-z.'-]+ ){1,4}\d{1,2}, (?:[a-z.'-]+ ){1,4}\d{1,2}\.$",
    re.IGNORECASE)


def lower_commentary(text: str) -> bool:
    """A live commentary's line in a text written in lower case but for each sentence's first letter."""
    rest = text[1:]
    return rest == rest.lower() and _LOWER_COMMENTARY.match(text) is not None


def label_caption(text: str, words: list[str]) -> bool:  # noqa: PLR0911
    """ "Sweet life: The Duchess of Cornwall.": a short label, a colon and a noun phrase."""
    if not _LABEL_CAPTION.match(text):
        return False
    label, caption = text.split(":", 1)
    if len(label.split()) > MAX_LABEL_WORDS or _CUES.label_speech.search(label):
        return False  # "Mr Smith said: 'We …'" is a quotation, not a caption
    if not is_english(text):
        return False  # the verb tests below know English only
    if caption[1:2].islower() and has_verb(label, english=True):
        return False  # "There is one problem: the cost." is prose
    if not has_verb(label.lower(), plural_s=False, english=True) and label.lower() not in _CUES.discourse_labels:
        return True  # "Final embrace: These special sessions …", "Andrew Moss: He will be paid …"
    if not has_verb(caption, english=True):
        return True  # "Retread: David Cameron with Samantha yesterday."
    return len(words) <= MAX_LABEL_CAPTION_WORDS and all(
        word.strip(".,;!?\"'”’").lower() in _CUES.caption_filler for word in caption.split() if word[:1].islower())
