"""syntok's sentence segmenter, with its walk spared over plain words.

syntok's segmenter is a machine of states that reads a paragraph's tokens one at a time: after each
word inside a sentence it hands control back to its loop, which asks the state whether a sentence
ended, and the next state asks the token after it whether it is a full stop, a question mark or an
opening bracket. Most tokens are plain words inside a sentence, for which the answer is always "no";
at 60,000 words that walk is about 0.1 s of the segmenter's 0.2 s.

So the state inside a sentence moves here from word to word in one loop, asking of each next token
only what syntok's state asks (a terminal, "(" or an opening bracket), and hands every decision to
syntok's own code: where a sentence ends after a terminal, and how bracketed text is skipped. The
sentences (the same tokens, cut at the same places) are syntok's own: tests/test_segment.py compares
them on hard cases and on the sample.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from syntok._segmentation_states import Begin, End, FirstToken, InnerToken, State, Terminal
from syntok.tokenizer import Token

_TERMINALS, _OPENING_BRACKETS = State.terminals, State.opening_brackets


def split(tokens: Iterator[Token]) -> list[list[Token]]:
    """The sentences of a paragraph's ``tokens``, as ``syntok.segmenter.split`` gives them."""
    sentences = []
    for state in _Begin(tokens):
        if state.at_sentence:
            history = state.collect_history()
            if history and (len(history) > 1 or history[0].value):
                sentences.append(history)
    return sentences


def _ours(state: Any, current: Any) -> Any:
    """A state syntok's code returned, as the state of this module that behaves the same: syntok's
    own classes would build syntok's own next states, and with them its walk."""
    if state is current or isinstance(state, _Terminal):
        return state
    if isinstance(state, Terminal):
        return _Terminal(state._stream, state._queue, state._history)
    raise TypeError(f"syntok returned an unknown state: {type(state).__name__}")  # a newer syntok: see pyproject


class _Begin(Begin):
    def __next__(self) -> Any:
        if self.is_empty:
            return End(self._stream, self._queue, self._history)
        return _First(self._stream, self._queue, self._history)


class _First(FirstToken):
    """syntok's FirstToken.__next__, building this module's states."""

    def __next__(self) -> Any:
        if (not self.is_empty or self._fetch_next()) and (
                self.next_is_an_opening_bracket and self._skip_bracketed_text() and len(self._history) > 3
                and not self.next_is_lowercase):
            return _Terminal(self._stream, self._queue, self._history)  # a sentence in brackets, whole
        if not self.is_empty or self._fetch_next():
            self._move()  # do not skip a bracket that opens the sentence
            if self.next_is_a_terminal:
                return _ours(self._move_and_maybe_extract_terminal(), self)
            return _Inner(self._stream, self._queue, self._history)
        return End(self._stream, self._queue, self._history)


class _Inner(InnerToken):
    """syntok's InnerToken, moving over plain words without returning to the loop: where syntok's
    state returns itself, to be asked again at once, this one goes on."""

    def __next__(self) -> Any:
        while True:
            queue: list[Token] = self._State__queue  # syntok's own queue and history (name-mangled); a fetch
            if not queue and not self._fetch_next():  # appends to this list, a bracket's skip replaces it
                return End(self._stream, self._queue, self._history)
            self._State__history.append(queue.pop(0))  # syntok's _move ...
            if not queue and not self._fetch_next():
                return self  # the paragraph's last token: the loop asks again and ends
            value = queue[0].value
            if value in _OPENING_BRACKETS:  # ... and _move_and_skip_bracketed_text
                self._skip_bracketed_text()
                if not self._State__queue and not self._fetch_next():
                    return self
                value = self._State__queue[0].value
            if value in _TERMINALS or value == "(" or value in _OPENING_BRACKETS:
                state = self._move_and_maybe_extract_terminal()
                if state is not self:
                    return _ours(state, self)


class _Terminal(Terminal):
    def __next__(self) -> Any:
        if not self.is_empty or self._fetch_next():
            return _First(self._stream, self._queue, self._history)
        return End(self._stream, self._queue, self._history)
