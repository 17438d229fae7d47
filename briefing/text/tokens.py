"""syntok's tokens, with its walk spared for plain words.

syntok's Tokenizer walks every chunk of text between spaces in Python: it looks for the first and
the last letter or digit, tokenizes what lies outside them one character at a time and splits what
lies inside at its separators (a lowercase-uppercase transition, an apostrophe, a bracket, a hyphen
between words). Most chunks are a plain word ("minister") or a plain word and one mark ("said,"),
whose tokens are known at a glance; at 60,000 words the walk is 0.2 s of syntok's 0.5 s.

So a chunk of letters and digits in which syntok's own separator pattern finds nothing becomes one
token here, and such a chunk and one mark two tokens. Every other chunk goes through syntok's code,
alone: its tokens depend on nothing outside the chunk but the spacing before it, which stays the same.
The tokens (value, spacing, offset) are syntok's own: tests/test_segment.py compares them.
"""

from __future__ import annotations

from collections.abc import Iterator

from syntok.tokenizer import Token, Tokenizer

_SEPARATOR = Tokenizer._separation.search  # syntok's own pattern, so the tokens agree


class PlainWordTokenizer(Tokenizer):
    """syntok's Tokenizer (same options, same tokens), faster on plain words."""

    def tokenize(self, text: str, base_offset: int = 0) -> Iterator[Token]:
        if base_offset:
            yield from super().tokenize(text, base_offset)
            return
        offset = 0  # where the spacing before the next chunk starts
        for chunk in Tokenizer._spaces.finditer(text):
            word, (start, end) = chunk.group(), chunk.span()
            if word.isalnum() and _unseparated(word):  # "minister"
                yield Token(text[offset:start], word, start)
            elif not word[-1].isalnum() and word[:-1].isalnum() and _unseparated(word[:-1]):
                yield Token(text[offset:start], word[:-1], start)  # "said,"
                yield Token("", word[-1], end - 1)
            else:  # "(AFP)", "didn't", "iPhone", "well-known": syntok's walk, on this chunk alone
                for token in super().tokenize(text[offset:end]):
                    token.update(offset)
                    yield token
            offset = end
        if offset < len(text):
            yield Token(text[offset:], "", len(text))


def _unseparated(word: str) -> bool:
    """Whether syntok's separator pattern finds nothing in ``word``, a run of letters and digits. There
    the pattern finds a small letter before a capital ("iPhone") or an apostrophe that Unicode counts as
    a letter ("ʼ"): neither is in an ASCII word with no capital after its first letter, nor in one all in
    capitals or digits, which most words are; the others ask the pattern itself, syntok's own."""
    if word.isascii() and (word[1:].islower() or word.isupper() or word.isdigit()):
        return True
    return _SEPARATOR(word) is None
