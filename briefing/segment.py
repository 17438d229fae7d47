"""The one place that splits text into sentences and words, and turns words into terms.

Sentences come from syntok (rules shipped in the package, no downloads), words from NLTK's
Treebank-style tokenizer and stems from the Snowball stemmer: none of them needs NLTK data.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from syntok import segmenter
from syntok.tokenizer import Tokenizer

from .languages import stemmer
from .model import Sentence

_TOKENIZER = Tokenizer(replace_not_contraction=False)  # keep tokens verbatim, so offsets hold
# Text without sentence punctuation would be one endless "sentence"; quote it in passages instead.
MAX_SENTENCE_WORDS = 80
PASSAGE_WORDS = 50
# Scraped text often glues sentences together ("said.The", "committee.?PCB"); syntok takes those
# for abbreviations or URLs. Split there, between a word of three lower-case letters with its full
# stop (and closing quote) and a capitalized word.
_GLUED = re.compile(r"(?<=[a-z]{3}[.!?])[\"'”’?]?(?=[A-Z][A-Za-z])")
_BREAK_AFTER = re.compile(r"[;:,\u2013\u2014)]\s")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_WORD = re.compile(r"\w")


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """The sentences of ``text``, each with its index, paragraph and offsets in ``text``."""
    sentences: list[Sentence] = []
    for paragraph, (offset, block) in enumerate(_paragraph_spans(text)):
        for start, end in _sentence_spans(block):
            sentences.append(
                Sentence(
                    text=" ".join(block[start:end].split()),
                    index=len(sentences),
                    paragraph=paragraph,
                    start=offset + start,
                    end=offset + end,
                )
            )
    return tuple(sentences)


def _paragraph_spans(text: str) -> Iterator[tuple[int, str]]:
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if text[position : match.start()].strip():
            yield position, text[position : match.start()]
        position = match.end()
    if text[position:].strip():
        yield position, text[position:]


def _sentence_spans(block: str) -> Iterator[tuple[int, int]]:
    for tokens in segmenter.split(_TOKENIZER.tokenize(block)):
        start, end = tokens[0].offset, tokens[-1].offset + len(tokens[-1].value)
        if not _WORD.search(block, start, end):  # a lone quote mark or dash is no sentence
            continue
        for piece_start, piece_end in _unglued(block, start, end):
            if len(block[piece_start:piece_end].split()) > MAX_SENTENCE_WORDS:
                yield from _passages(block, piece_start, piece_end)
            else:
                yield piece_start, piece_end


def _unglued(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for match in _GLUED.finditer(text, start, end):
        cut = match.end()
        if start < cut < end:
            yield start, cut
            start = cut
    yield start, end


def _passages(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Cut an over-long span into passages of at most PASSAGE_WORDS words, after a clause
    boundary (; : , dash) in the passage's second half where there is one."""
    while start < end:
        words = list(re.finditer(r"\S+", text[start:end]))
        if len(words) <= PASSAGE_WORDS:
            yield start, end
            return
        limit = start + words[PASSAGE_WORDS - 1].end()
        half = start + words[PASSAGE_WORDS // 2].start()
        breaks = [m.end() - 1 for m in _BREAK_AFTER.finditer(text, half, limit + 1)]
        cut = breaks[-1] if breaks else limit
        yield start, cut
        start = cut + len(text[cut:end]) - len(text[cut:end].lstrip())


class WordTokenizer:
    """Words for sumy and for our own ranking (sumy's sentences ask their tokenizer only for
    ``to_words``)."""

    def __init__(self) -> None:
        from nltk.tokenize import TreebankWordTokenizer

        self._treebank = TreebankWordTokenizer()

    def to_words(self, text: str) -> list[str]:
        return [word for word in self._treebank.tokenize(text) if _WORD.search(word)]


class Terms:
    """Words to comparable terms for one language: lower case, stemmed, stop words dropped."""

    def __init__(self, language: str) -> None:
        from sumy.utils import get_stop_words

        self.language = language
        self.stop_words = frozenset(get_stop_words(language))
        self._stem: Callable[[str], str] = lru_cache(maxsize=65536)(stemmer(language))
        self.tokenizer = WordTokenizer()

    def stem(self, word: str) -> str:
        return self._stem(word.lower())

    def of(self, text: str) -> list[str]:
        """The content terms of a sentence, in order, repeats kept."""
        return [
            self.stem(word)
            for word in self.tokenizer.to_words(text)
            if word.lower() not in self.stop_words and any(c.isalnum() for c in word)
        ]


@lru_cache(maxsize=8)
def terms_for(language: str) -> Terms:
    return Terms(language)
