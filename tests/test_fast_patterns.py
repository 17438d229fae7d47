"""Patterns written to match their first character first (so that the regular expression engine skips
ahead to it, several times faster) find what their plain forms find: the same matches and groups, on
sentences of every kind the patterns are for and on random strings of the characters they turn on."""

import random
import re

import pytest
from briefing.text import captions, debts, predicates
from briefing.text.languages import cues

ENGLISH = cues("english")

# Each fast pattern, its plain form, and the pieces random strings are made of.
NAMES = ("M", "a", "c", "O", "'", "’", "D", "S", "L", "P", "i", "r", "s", "o", "d", "y", "f", "e", "x", " ", "  ",
         ".", "-", "\n", "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Lord", "Lady", "Prof", "Mister", "Sr", "Dir", "Smith",
         "Ann", "J.", "Mac", "Mc", "Neill", "mr", "mrs", "dr", "sir", "lord", "lady", "prof", "ms", "smith", "o'neill",
         "_", "1")
CASES = {
    "full names": (ENGLISH.full_names, r"\b(?!(?:Mr|Mrs|Ms|Dr|Miss|Sir|Lord|Lady|Prof|Mister)\b)[A-Z][a-z'’-]+"
                   r"(?:\s+[A-Z]\.)?\s+((?:Ma?c|O['’])?[A-Z][a-z'’-]{2,})\b(?!\s+[A-Z])", NAMES),
    "a name after a title": (ENGLISH.name_after_title, r"\b(?:mr|mrs|ms|dr|prof)\.?\s+([a-z][\w'’-]+)",
                             NAMES),
    "a capitalized word": (debts._CAPITALIZED, r"(?<![\w'’.-])((?:Ma?c|O['’])?[A-Z][a-z'’-]{2,})\b", NAMES),
    "a description": (ENGLISH.described, r"(?<![\w'’-])(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose)"
                      r"(?=((?: [a-z][a-z-]+){1,3})(?:\W|$))",
                      ("T", "t", "h", "e", "is", "ese", "ose", "The", "This", "these", " ", "  ", "a", "b-c", "'", "’",
                       "-", ".", ",", "men", "1", "\n", "é")),
    "an opening mark": (predicates._OPENING_MARK, r"[\"“‘«„]|(?:^|(?<=\s))\?(?=[A-Za-z])",
                        ("?", '"', "“", "‘", "«", "„", "'", " ", "\n", "a", "Z", "1", "x?", "?a")),
    "the writer musing": (ENGLISH.musings, r"\b(?:I|me|[Mm]y|[Ww]e|[Tt]hese days|[Nn]owadays)\b",
                          ("I", "i", "m", "M", "e", "y", "w", "W", "t", "T", "hese", " days", "n", "N", "owadays", " ",
                           "'", "’", "-", "_", "1", "é", "a", ".")),
    "a score": (captions._SCORE, r"\b\d{1,3}-\d{1,3}\b", ("1", "12", "123", "1234", "-", " ", "a", "_", "٣", "–")),
}
SENTENCES = (
    "Robin McBryde and Martin O'Neill met Mr Dawoud, Dr Ann Lee and Sir Alex Ferguson in the Mac Lab.",
    "mr fallon said that lady smith and prof. jones had seen this app and these three men.",
    "Tawde said, ?We will see.? The team won 3-1, 10-2 and 100-99 (12-345).",
)


@pytest.mark.parametrize("name", CASES)
def test_a_pattern_written_for_speed_finds_what_its_plain_form_finds(name):
    fast, plain, pieces = CASES[name]
    plain = re.compile(plain)

    def found(pattern, text):
        return [(match.span(), match.groups()) for match in pattern.finditer(text)]

    generator = random.Random(name)
    texts = [*SENTENCES, *("".join(generator.choice(pieces) for _ in range(generator.randint(0, 30)))
                           for _ in range(20_000))]
    assert [found(fast, text) for text in texts] == [found(plain, text) for text in texts]
