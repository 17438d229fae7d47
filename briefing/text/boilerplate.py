"""Notes to the reader and site boilerplate, read in a sentence written in lower case ("click here",
"this article was amended", "Editing by …", a column's author line): cleaning.py asks of each sentence.

Matched in lower case, which is faster than ignoring case. The phrases that may stand anywhere in the
sentence are grouped by their first character ("c(?:lick here|opyright …)|s(?:ign up …|…)"), so that
the regular expression engine tries at each character the few that start with it rather than all of them
(2.6 times faster); those that open the sentence are matched at its start only."""

from __future__ import annotations

import re
from collections.abc import Iterable

_CLOCK = r"(?:\d{1,2}[:.]\d{2}|\d{4}\b[^.;]{0,12}?\b(?:gmt|bst)|\d{1,2} ?[ap]\.?m\b)"  # "1130 to 1215 GMT"
# a channel by its name, not "sky-watchers", "radio hams" nor "on five consecutive nights"
_TUNE_IN = (r"(?: live)?(?: in the uk)? (?:on|by) (?:bbc|s4c|itv|channel (?:4|5|four|five)|"
            r"sky (?:one|news|sports?|arts|atlantic|movies|cinema|box office)|e4|more4|film4|cbbc|cbeebies|five usa|"
            r"radio \d|bbc iplayer)\b[^.;]{0,80}?\b(?:at|from) " + _CLOCK)
# When to tune in: "Fern Britton Meets Michael Gove can be seen on BBC One at 10:00 GMT on Sunday.", "The Orange
# British Academy Film Awards will be shown on BBC One at 2010 GMT." (a reader's furniture in audit-105): a channel
# and a clock time, so that "… will be broadcast in the US on 19 May." stays news, and not in a relative clause
# ("Strictly, which is broadcast on BBC One at 18:30, drew a record 13 million viewers").
# (its first letter looked for first: the lookbehinds at every character made it cost more than all of _ANYWHERE)
_TUNE_IN_LINE = re.compile(r"\b(?=[ciw])(?<!which )(?<!that )(?<!who )(?:can (?:also )?be (?:seen|watched|heard)|"
                           r"(?:will (?:also )?be |is (?:also )?)(?:shown|broadcast|screened|aired|televised))"
                           + _TUNE_IN)
_ANYWHERE = (
    r"this (?:article|story) (?:was|has been) (?:amended|corrected|updated)",
    r"an earlier version of this (?:article|story)",
    r"opinions expressed (?:in this \w+ )?are (?:solely )?(?:those|his|her|their)",
    r"contributed to this (?:report|story)", r"story highlights", r"just watched", r"must watch",
    r"media playback is (?:not )?supported", r"scroll down for", r"click here", r"all rights reserved",
    r"copyright \d{4}", r"©\s*\d{4}", r"is not responsible for the content of external",
    r"sign up (?:for|to|now)\b", r"subscribe (?:to|now)\b", r"follow (?:us|him|her|me|@ ?\w+) on\b",
    r"share (?:or comment on )?this article", r"get news from the bbc",
    r"or on the bbc iplayer",  # a programme's listing (and when to tune in: _TUNE_IN_LINE)
    r"find out (?:how|more)\b.{0,60}\b(?:guide|here)\b", r"click(?:ing)? on the links? (?:below|above|under|to the)",
    # an outlet asking its readers
    r"do you have a story for", r"have your say\b", r"send us your (?:comments|views|stories|pictures)",
    r"read the (?:full|whole|rest of the) (?:story|article)", r"subscribe today",
    r"support (?:local |independent )?journalism",
    r"a version of this (?:article|review|story|column|essay|report) appear(?:s|ed) in print\b",
)
_OPENING = (
    r"part (?:two|three|[2-9]) (?:will follow|follows)\b",
    r"reviews? of\b[^.]{0,120} will follow (?:on|next|later|tomorrow|shortly|soon)\b",  # "Reviews of … will follow on"
    # a wire's note on what an update changed, and its credits
    r"(?:update\s*\d*\s*:?\s*)?(?:adds|updates|recasts|rewrites|corrects|changes)\b[^.]{0,80}\bpar(?:agraph)?s? \d",
    r"(?:additional )?(?:reporting|writing|editing) by (?:[\w'’-]+ ){0,3}[\w'’-]+(?: in [\w -]+)?\s*(?:;|\.?$)",
    r"(?:match )?report supplied by [\w .'’&-]{1,40}$",  # a wire's credit line: "Report supplied by the PA."
    r"here (?:is|are) (?:what happened|the (?:main |top )?(?:stories|headlines|news)\b)",
    r"(?:well,? )?that(?: (?:brings|concludes) (?:our|my|this|today's) (?:live )?(?:coverage|blog|updates)"
    r"|'?s (?:all|it) (?:for|from) (?:us|me|today))\b",
    # the outlet's own programme or page: "Listen to the full interview on Sport on Five and the BBC Sport website
    # from 1900 GMT.", "The BBC News website takes a look at how …" (bottom lines of 3 BBC notes, audit-80's
    # furniture); not "Watch the debate closely, because …" nor "Engineers at the site took a look at …"
    r"(?:listen|watch|hear) (?:to )?(?:the |our )?(?:full |whole |live )?(?:interview|programme|program|show|"
    r"highlights|coverage|commentary|debate|report)(?: |$)[^.;]{0,80}?\b(?:on|from|at) (?:[^.;]{0,60}?\b)?"
    r"(?:radio|tv|television|website|channel|iplayer|podcast|five live|sport on five|\d{4} (?:gmt|bst)|\d ?[ap]m)\b",
    r"(?:the )?(?:[\w.'’-]+ ){0,3}website (?:takes|took) an? (?:[\w-]+ ){0,3}look at (?:how|what|why|some|the way)\b",
    # a column's author, its last line: "Bill Thompson is a regular …"
    r"[\w.'’-]+(?: [\w.'’-]+){1,3} is an? (?:regular |freelance |contributing |weekly )?(?:columnist|commentator|"
    r"contributor) (?:for|on|at|with)\b",
)


def by_first_character(phrases: Iterable[str]) -> str:
    """One pattern of ``phrases``, each of which starts with a plain character, grouped by that character
    (a phrase that starts with an escape, a class or a group has no one first character: refused)."""
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        if not phrase or phrase[0] in _SYNTAX:
            raise ValueError(f"a phrase must start with a plain character: {phrase!r}")
        groups.setdefault(phrase[0], []).append(phrase[1:])
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


_SYNTAX = frozenset("\\[](){}.*+?^$|")  # the characters that do not stand for themselves in a pattern
_ANYWHERE_PATTERN = re.compile(by_first_character(_ANYWHERE))
_OPENING_PATTERN = re.compile("|".join(_OPENING))


def is_boilerplate(lowered: str) -> bool:
    """Whether a sentence, in lower case, is a note to the reader or the site's boilerplate."""
    return (_OPENING_PATTERN.match(lowered) is not None or _ANYWHERE_PATTERN.search(lowered) is not None
            or _TUNE_IN_LINE.search(lowered) is not None)
