"""The one place that splits text into sentences and words, and turns words into terms.

Sentences come from syntok (rules shipped in the package, no downloads), words from NLTK's
Treebank-style tokenizer and stems from the Snowball stemmer: none of them needs NLTK data.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from syntok import segmenter
from syntok.tokenizer import Tokenizer

from .model import Sentence

_TOKENIZER = Tokenizer(replace_not_contraction=False)  # keep tokens verbatim, so offsets hold
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
        if _WORD.search(block, start, end):  # a lone quote mark or dash is no sentence
            yield start, end


class WordTokenizer:
    """Words for sumy and for our own ranking. Also a sumy tokenizer (``to_sentences``, ``to_words``)."""

    def __init__(self) -> None:
        from nltk.tokenize import TreebankWordTokenizer

        self._treebank = TreebankWordTokenizer()

    def to_words(self, text: str) -> list[str]:
        return [word for word in self._treebank.tokenize(text) if _WORD.search(word)]

    def to_sentences(self, text: str) -> tuple[str, ...]:
        return tuple(sentence.text for sentence in split_sentences(text))


class Terms:
    """Words to comparable terms for one language: lower case, stemmed, stop words dropped."""

    def __init__(self, language: str) -> None:
        from sumy.nlp.stemmers import Stemmer
        from sumy.utils import get_stop_words

        self.language = language
        self.stop_words = frozenset(get_stop_words(language))
        self._stem = lru_cache(maxsize=65536)(Stemmer(language))
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
