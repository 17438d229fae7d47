"""One article's sentences as the text layer sees them, worked out once: which are the story's
real sentences, which are furniture, which stand inside a longer quotation, and which names
and described things each owes to an earlier sentence. Ranking, selection, the key facts and
what's next are all handed this one Analysis; none of them asks again."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from briefing.model import Sentence
from briefing.text.cleaning import junk
from briefing.text.debts import description_debts, name_debts
from briefing.text.languages import has_own_cues
from briefing.text.predicates import in_longer_quotes, lede_of, points_past_itself, story_sentences
from briefing.text.segment import Terms


@dataclass(frozen=True)
class Analysis:
    sentences: tuple[Sentence, ...]
    terms: Terms
    title: str | None  # the headline the note shows, on which the lede may lean
    furniture: frozenset[int]  # captions, credits, bylines, stamps, boilerplate (cleaning.junk)
    fit: tuple[bool, ...]  # per sentence: a real sentence of the story (predicates.story_sentences)
    quoted: frozenset[int]  # sentences inside a quotation that runs beyond them
    debts: tuple[frozenset[str], ...]  # surnames and described things ("the hackers") owed to an earlier sentence

    @property
    def titled(self) -> bool:
        return bool(self.title)

    @property
    def lede(self) -> int:
        """The story's first sentence: everything before it is furniture. A feature that opens on the
        writer's question ("If kings and queens … why shouldn't they get to retire, too?") opens there,
        though no note shows it: the statement after it leans on it as on any sentence ("It's not
        traditional …" is no lede whose "it" points ahead). So does a story that opens on what it announces
        ("Here's a final submission from …:" | "It was escalated to the university …")."""
        first = lede_of(self.fit)
        opening = next((index for index in range(first) if index not in self.furniture), first)
        return opening if points_past_itself(self.sentences[opening].text) else first

    @cached_property
    def loose(self) -> tuple[bool, ...]:
        """The story's sentences judged loosely (a text in capitals, or without full stops), for a
        brief that the strict reading leaves short."""
        return tuple(story_sentences(self.sentences, strict=False, furniture=self.furniture))


def analyse(sentences: Sequence[Sentence], terms: Terms, *, title: str | None = None) -> Analysis:
    """The Analysis of an article's ``sentences`` under the headline ``title``."""
    sentences = tuple(sentences)
    furniture = junk(sentences)
    quoted = in_longer_quotes(sentences)
    fit = tuple(story_sentences(sentences, furniture=furniture, quoted=quoted,
                                own_words=has_own_cues(terms.language)))
    owed = description_debts(sentences, title=title or "", fit=fit)
    debts = tuple(names | things for names, things in zip(name_debts(sentences), owed, strict=True))
    return Analysis(sentences, terms, title, furniture, fit, quoted, debts)
