"""A detector of benchmarks/defects.py, kept apart: a thing named with "the" or "this" that only a
sentence the note does not show brought in. Written without the tool's own rules
(briefing.descriptions), so that it judges them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_SAYS_WHICH = {"of", "who", "whose", "that", "which", "behind", "named", "called", "to"}
_ENDS_PHRASE = _SAYS_WHICH | {"in", "at", "on", "for", "from", "with", "to", "and", "or", "by", "the", "a", "an"}
_VERBISH = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|said|says|told|[a-z]{3,}ed)\b")
_THE_NOUN = re.compile(r"(?<![\w'’-])(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose)((?: [a-z][a-z]*){1,2})(?![\w'’-])")
_NOT_A_REFERENT = {"first", "last", "next", "same", "other", "former", "latter", "rest", "most", "only", "whole",
                   "year", "years", "week", "weeks", "month", "months", "day", "days", "time", "times", "way", "end",
                   "world", "country", "government", "police", "public", "people", "state", "city", "case", "fact",
                   "moment", "morning", "night", "evening", "weekend", "season", "past", "future", "number", "top",
                   "age", "two", "three", "four", "five", "new", "old", "local", "black", "white", "came", "say", "out",
                   "before", "after", "among", "help", "chance", "work", "then", "made", "used", "limit", "without",
                   "aged"}


def unshown_referent(
    texts: Sequence[str], index: int, shown_before: Sequence[int], title: str | None
) -> str | None:
    """ "Sony cancelled it after the hackers threatened …", "The free app comes with …": a thing
    named with "the" or "this" that only a sentence the note does not show brought in ("hackers
    broke into …", "an app"), named neither in the headline nor in what the note showed before. Its
    noun, or None. (Unlike bare_definite, anywhere in the sentence, and only for a thing the
    article did bring in earlier: "the court", first met here, is the one the story is about.)"""
    text = texts[index]
    seen = " ".join([title or "", *(texts[i] for i in shown_before)]).lower()
    earlier = " ".join(texts[:index]).lower()
    for match in _THE_NOUN.finditer(text):
        words = match.group(1).split()
        cut = next((n for n, w in enumerate(words) if w in _ENDS_PHRASE or _VERBISH.match(w)), len(words))
        after = (words[cut:] or text[match.end(1):].split() or [""])[0].strip(",;:")
        if not cut or after in _SAYS_WHICH or text[match.end(1):].startswith(("'s", "’s")):
            continue  # "the remains of …", "the planet's …": it says which
        noun = words[cut - 1]
        stem = noun[:-1] if noun.endswith("s") and len(noun) > 4 else noun
        if (len(stem) >= 3 and noun not in _NOT_A_REFERENT and not noun.endswith(("ly", "ing", "est"))
                and re.search(rf"\b{re.escape(stem)}", earlier) and not re.search(rf"\b{re.escape(stem)}", seen)):
            return noun
    return None
