"""cleaning.py's pattern of captions and credits opens on a lookahead of its alternatives' first characters,
so that the regular expression engine skips every place where none can match. The class is written by hand;
this derives each alternative's possible first characters from the parsed pattern and checks that the class
holds them all, so that an alternative added later cannot be skipped over. boilerplate.py groups its phrases
by their first character: the grouped pattern finds what the plain alternation finds."""

import random
import re
import re._constants as sre
import re._parser as sre_parser

import pytest
from briefing.text import boilerplate, cleaning


def _first_characters(items) -> tuple[set[str], bool]:
    """The characters a match of the parsed ``items`` may start with, and whether it may match nothing."""
    found: set[str] = set()
    for op, value in items:
        if op is sre.LITERAL:
            return found | {chr(value)}, False
        if op is sre.IN:
            for kind, member in value:
                if kind is sre.LITERAL:
                    found.add(chr(member))
                elif kind is sre.RANGE:
                    found.update(chr(code) for code in range(member[0], member[1] + 1))
                else:
                    raise AssertionError(f"a class the test cannot enumerate: {kind}")
            return found, False
        if op is sre.SUBPATTERN:
            first, empty = _first_characters(value[-1])
        elif op is sre.BRANCH:
            parts = [_first_characters(branch) for branch in value[1]]
            first, empty = set().union(*(part[0] for part in parts)), any(part[1] for part in parts)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            first, empty = _first_characters(value[2])
            empty = empty or value[0] == 0
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # takes no character: the next item starts the match
        else:
            raise AssertionError(f"an alternative that may start with any character: {op}")
        found |= first
        if not empty:
            return found, False
    return found, True


def test_the_lookahead_holds_the_first_character_of_every_alternative():
    (lookahead, alternatives) = sre_parser.parse(cleaning._JUNK.pattern).data
    assert lookahead[0] is sre.ASSERT
    allowed, _ = _first_characters(lookahead[1][1])
    first, may_be_empty = _first_characters([alternatives])
    assert not may_be_empty
    assert first <= allowed, f"add {''.join(sorted(first - allowed))!r} to the lookahead"
    assert allowed <= first, f"{''.join(sorted(allowed - first))!r} starts no alternative"


def test_the_patterns_find_what_they_found_before_the_lookahead():
    for text in ("Photograph: Ann Lee/Getty Images", "Pictures: Reuters", "(Photo: AP)", "By Ann Lee, USA TODAY",
                 "A post shared by Ann (@ann) on Jan 2, 2024", "ALSO READ: the story", "Shutterstock"):
        assert cleaning._JUNK.search(text), text
    for text in ("click here to read more", "Part two follows tomorrow.", "Editing by Ann Lee",
                 "Additional reporting by Ann Lee in Paris", "here are the main stories", "© 2024 the paper",
                 "Bill Thompson is a regular commentator on the BBC News website."):
        assert boilerplate.is_boilerplate(text.lower()), text
    assert not cleaning._JUNK.search("The photographer said the picture was taken in Rome.")
    assert not boilerplate.is_boilerplate("he said he would click on the link if asked; part of it was here.")


def test_phrases_grouped_by_their_first_character_match_as_the_plain_alternation_does():
    phrases = [r"click here", r"click(?:ing)? on the links? (?:below|above)", r"copyright \d{4}", r"©\s*\d{4}",
               r"sign up (?:for|to)\b", r"subscribe (?:to|now)\b", r"share this article", r"c\w+ x"]
    grouped, plain = re.compile(boilerplate.by_first_character(phrases)), re.compile("|".join(phrases))
    pieces = ("click", " ", "here", "ing", "on the", "link", "links", "below", "copyright", "2024", "©", "sign up",
              "for", "to", "subscribe", "now", "share this article", "cx", "c", "x", "s")
    generator = random.Random(3)
    for _ in range(20_000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(0, 12)))
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_boilerplates_own_phrases_grouped_match_as_their_plain_alternation_does():
    phrases = boilerplate._ANYWHERE
    grouped, plain = re.compile(boilerplate.by_first_character(phrases)), re.compile("|".join(phrases))
    pieces = ("click", "here", "ing", " ", "on the links below", "copyright 2024", "© 2024", "sign up for",
              "subscribe to", "story highlights", "just watched", "follow us on", "read the full story",
              "have your say", "x", "s", "c")
    generator = random.Random(5)
    for _ in range(20_000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(0, 10)))
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)], text
    with pytest.raises(ValueError, match="plain character"):
        boilerplate.by_first_character([r"\bfoo bar"])
