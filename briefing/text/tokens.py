"""syntok's tokens for its segmenter, with its walk spared for plain words.

syntok's Tokenizer walks every chunk of text between spaces in Python: it looks for the first and
the last letter or digit, tokenizes what lies outside them one character at a time and splits what
lies inside at its separators (a lowercase-uppercase transition, an apostrophe, a bracket, a hyphen
between words). Most chunks are a plain word ("minister") or a plain word and one mark ("said,"),
whose tokens are known at a glance; at 60,000 words the walk is 0.2 s of syntok's 0.5 s.

So a chunk of letters and digits in which syntok's own separator pattern finds nothing becomes one
token here, and such a chunk and one mark two tokens. Every other chunk goes through syntok's code,
alone: its tokens depend on nothing outside the chunk but the spacing before it, which stays the same.

The segmenter (walk.py) needs fewer tokens still: it asks what a token is only next to a terminal or a
bracket, and inside brackets. So the inner words of a run of plain words outside brackets (all but the
first and the last) are one token, and most words of a text need no token of their own. Every other
token is syntok's own (value, spacing, offset), and the sentences found in them begin and end where
syntok's do: tests/test_segment.py compares both.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from syntok._segmentation_states import State
from syntok.tokenizer import Token, Tokenizer

_SEPARATOR = Tokenizer._separation.search  # syntok's own pattern, so the tokens agree
_OPENING, _CLOSING = State.opening_brackets, State.closing_brackets  # the brackets syntok's segmenter matches
MIN_RUN = 4  # a run of fewer plain words gains nothing from being joined
_SPACES_APART = re.compile("[\u200b\x1c-\x1f]")  # where syntok's spaces and str.split's differ


class PlainWordTokenizer(Tokenizer):
    """syntok's Tokenizer (same options), with the tokens its segmenter needs, faster (``segmenter_tokens``)."""

    def segmenter_tokens(self, text: str) -> Iterator[Token]:
        """syntok's tokens of ``text``, but for the inner words of each run of plain words outside
        brackets, which are one token (see the module's docstring)."""
        offset = 0  # where the spacing before the next chunk starts
        run: list[tuple[int, int, int]] = []  # the run of plain words so far: (spacing, start, end) of each
        depth = 0  # brackets open, as syntok's segmenter counts them: any closing one closes the last opened
        for word, start, end in _chunks(text):
            if not depth and word.isalnum() and _unseparated(word):
                run.append((offset, start, end))
            else:
                yield from _run_tokens(text, run)
                run = []
                for token in self._chunk(text, offset, start, end, word):
                    if token.value in _OPENING:
                        depth += 1
                    elif depth and token.value in _CLOSING:
                        depth -= 1
                    yield token
            offset = end
        yield from _run_tokens(text, run)
        if offset < len(text):
            yield Token(text[offset:], "", len(text))

    def _chunk(self, text: str, offset: int, start: int, end: int, word: str) -> Iterator[Token]:
        """The tokens of a chunk that is not one plain word, with the spacing before it from ``offset``."""
        if not word[-1].isalnum() and word[:-1].isalnum() and _unseparated(word[:-1]):
            yield Token(text[offset:start], word[:-1], start)  # "said,"
            yield Token("", word[-1], end - 1)
        else:  # "(AFP)", "didn't", "iPhone", "well-known": syntok's walk, on this chunk alone
            for token in super().tokenize(text[offset:end]):
                token.update(offset)
                yield token


def _chunks(text: str) -> Iterator[tuple[str, int, int]]:
    """The runs of characters between spaces, as syntok's pattern finds them, with their offsets. str.split
    finds them faster, where it reads the same characters as spaces: everywhere but in a text with a
    zero-width space (syntok's space, not Python's) or one of four control characters (the reverse)."""
    if _SPACES_APART.search(text):
        yield from ((chunk.group(), *chunk.span()) for chunk in Tokenizer._spaces.finditer(text))
        return
    position, find = 0, text.find
    for word in text.split():
        start = find(word, position)
        position = start + len(word)
        yield word, start, position


def _run_tokens(text: str, run: list[tuple[int, int, int]]) -> Iterator[Token]:
    """A run of plain words as tokens: its first and its last word each a token (the segmenter asks what
    they are, beside a terminal), the words between them one token, which it only moves over."""
    if len(run) < MIN_RUN:
        for spacing, start, end in run:
            yield Token(text[spacing:start], text[start:end], start)
        return
    (spacing, start, end), (inner_spacing, inner_start, _), (_, _, inner_end) = run[0], run[1], run[-2]
    yield Token(text[spacing:start], text[start:end], start)
    yield Token(text[inner_spacing:inner_start], text[inner_start:inner_end], inner_start)
    spacing, start, end = run[-1]
    yield Token(text[spacing:start], text[start:end], start)


def _unseparated(word: str) -> bool:
    """Whether syntok's separator pattern finds nothing in ``word``, a run of letters and digits. There
    the pattern finds a small letter before a capital ("iPhone") or an apostrophe that Unicode counts as
    a letter ("ʼ"): neither is in an ASCII word with no capital after its first letter, nor in one all in
    capitals or digits, which most words are; the others ask the pattern itself, syntok's own."""
    if word.isascii() and (word[1:].islower() or word.isupper() or word.isdigit()):
        return True
    return _SEPARATOR(word) is None
