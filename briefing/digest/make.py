"""The digest: many articles, one note. Articles are grouped into stories (stories.py); each story
gets a brief and key facts drawn from all its articles, every sentence quoted verbatim and
attributed to the input it comes from; nothing is said twice anywhere in the digest.

- A story of one article: that article's single note (make_briefing, unchanged), cut to its depth.
- A story of several: the brief of its most complete and cleanest article (the anchor, see
  _anchor), in which up to EXTRA_SENTENCES places, and at most a third of them, go to the best
  sentences of the other articles that stand alone, are not in the anchor and say something the
  story has not said yet: drawn from their own single notes' briefs, then key facts (what passed
  the single note's checks), round-robin. The lede stays, and so does a word budget. Key facts
  come from every article's own key facts, round-robin from the anchor's, each adding something
  and readable with what the story shows.
- Nothing twice: one NearDuplicates index for the whole digest, stories in their order; a
  sentence near-identical to one already quoted is left out (the first quotation stands).
- Depth follows weight (DEPTH): a story one article tells gets its lead and one key fact, one two
  articles tell two of each, a story of three or more all that was asked; a digest of one story
  briefs it in full.
- Order: stories with more articles first, then the most recent, then input order.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cached_property
from urllib.parse import urlsplit

from briefing.digest.stories import grouped
from briefing.io.fetch import is_url
from briefing.model import Article, Briefing, Sentence
from briefing.options import BriefOptions, DigestOptions
from briefing.read.input_types import parse_article
from briefing.summarize.facts import says_again
from briefing.summarize.pipeline import creation_time, make_briefing
from briefing.text.language_guess import FALLBACK
from briefing.text.languages import AUTO, language_code
from briefing.text.languages.labels import labels_for
from briefing.text.near_duplicates import NearDuplicates, normalized
from briefing.text.predicates import in_longer_quotes, is_candidate, stands_alone
from briefing.text.segment import terms_for

EXTRA_SENTENCES = 2  # at most this many brief sentences of a story come from its other articles
CANDIDATES = 10  # look this far into each other article's own brief and key facts
# Depth follows weight: brief sentences and key facts of a story told by this many articles (a
# story of more: as many as asked). A digest of one story briefs it in full (digest_of).
DEPTH = {1: (1, 1), 2: (2, 2)}


@dataclass(frozen=True)
class Quote:
    """A sentence quoted in the digest, and the input it comes from, as the user named it."""

    sentence: Sentence
    source: str

    @property
    def text(self) -> str:
        return self.sentence.text


@dataclass(frozen=True)
class Story:
    """Articles that tell one story, and what the digest quotes of them."""

    notes: tuple[Briefing, ...]  # its articles' single notes, in input order
    anchor: int = 0  # the place in ``notes`` of its most central, complete and clean article (_anchor)
    roundup: bool = False  # an article alone that retells other stories (stories.Grouping.roundups)
    brief: tuple[Quote, ...] = ()
    facts: tuple[Quote, ...] = ()

    @property
    def title(self) -> str:
        """The lead article's title (its headline, else the lede's opening)."""
        return self.notes[self.anchor].title

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(note.article for note in self.notes)

    @property
    def latest(self) -> str | None:
        return max((a.published for a in self.articles if a.published), default=None)


@dataclass(frozen=True)
class Digest:
    """Everything one digest shows; how it is rendered is not part of it."""

    title: str
    stories: tuple[Story, ...]  # briefed, in order
    more: tuple[Story, ...]  # past --stories: listed by title only
    articles: tuple[Article, ...]  # every article, in input order: the sources list
    options: BriefOptions
    digest_options: DigestOptions
    created: datetime
    title_source: str = "default"  # or "flag" (--title)

    @property
    def dates(self) -> tuple[str, str] | None:
        """The first and last publication dates of the articles, if any says."""
        found = sorted(a.published for a in self.articles if a.published)
        return (found[0], found[-1]) if found else None

    @property
    def outlets(self) -> int:
        """How many outlets the articles come from: publications, or web sites, where known; a file
        that names none is not an outlet of its own."""
        return len({name for article in self.articles if (name := outlet(article))})

    def number(self, source: str) -> int:
        """The place (from 1) in the sources list of the article named ``source``: every
        quotation links to it."""
        return self._numbers[source]

    @cached_property
    def _numbers(self) -> dict[str, int]:
        return {article.source: number for number, article in enumerate(self.articles, start=1)}


def outlet(article: Article) -> str | None:
    """The publication an article comes from, compared without case: its name, else its web site;
    None when neither is known."""
    if article.site:
        return article.site.casefold()
    if article.url and is_url(article.url):
        host = urlsplit(article.url).hostname or article.url
        return host.removeprefix("www.")
    return None


def make_digest(
    articles: Sequence[Article | str],
    options: BriefOptions | None = None,
    digest: DigestOptions | None = None,
) -> Digest:
    """The digest of ``articles`` (Articles, or plain article texts); ``options.title`` titles the
    digest, the other options apply to each story."""
    options = options or BriefOptions()
    per_article = replace(options, title=None, source_url=None, source_name=None)
    # Texts are read as make_briefing reads one: headline, byline and date found, not left in the body.
    found = [parse_article(a, source=f"<text {n}>") if isinstance(a, str) else a for n, a in enumerate(articles, 1)]
    return digest_of([make_briefing(article, per_article) for article in found], options, digest)


def digest_of(notes: Sequence[Briefing], options: BriefOptions, digest: DigestOptions | None = None) -> Digest:
    """The digest of articles already briefed one by one (in input order), as a batch does in its
    workers: grouping and the digest's choices are made here, in one process."""
    digest = digest or DigestOptions()
    if options.language == AUTO:  # the digest's words in the language most of its articles are in
        spoken = Counter(note.options.language for note in notes).most_common(1)
        options = replace(options, language=spoken[0][0] if spoken else FALLBACK)
    grouping = grouped([note.article for note in notes], similarity=digest.similarity, language=options.language)
    stories = []
    for members in grouping.stories:
        told = tuple(notes[i] for i in members)
        anchor = _anchor(told, [[grouping.cosine(i, j) for j in members] for i in members])
        stories.append(Story(told, anchor, roundup=members[0] in grouping.roundups))
    stories.sort(key=lambda story: story.latest or "", reverse=True)  # stable: input order among equals
    stories.sort(key=lambda story: len(story.notes), reverse=True)
    stories.sort(key=lambda story: story.roundup)  # after the stories they retell, which keep their sentences
    limit = digest.stories or len(stories)
    said = NearDuplicates(terms_for(options.language), rarity=grouping.df)  # rare terms first: few candidates
    telling = _stories_telling(stories)
    full = len(stories) == 1
    quoted = [_briefed(story, said, _told_elsewhere(telling, number), full=full)
              for number, story in enumerate(stories[:limit])]
    briefed = tuple(story for story in quoted if story.brief)
    emptied = tuple(story for story, told in zip(stories, quoted, strict=False) if not told.brief)  # listed by title
    title, title_source = options.title, "flag"
    if not title:
        title, title_source = labels_for(language_code(options.language)).t("digest"), "default"
    more = emptied + tuple(stories[limit:])
    return Digest(title, briefed, more, tuple(note.article for note in notes), options, digest, creation_time(),
                  title_source)


def _anchor(notes: Sequence[Briefing], cosines: Sequence[Sequence[float]]) -> int:
    """The place of the story's most central, complete and clean account: the most like the
    others (the sum of its cosines to them), so that a round-up or a follow-up that also tells
    other news does not lead; then the most words in real sentences (is_candidate: not captions,
    bylines or an outlet's lines), so that the original leads rather than a copy wrapped in an
    outlet's lines, and a full account rather than a rewrite that keeps half of it; then the
    fewest words in lines that are not; then the first."""
    if len(notes) == 1:
        return 0

    def rank(number: int) -> tuple[float, int, int, int]:
        real = sum(sentence.words for sentence in notes[number].sentences if is_candidate(sentence))
        other = sum(sentence.words for sentence in notes[number].sentences) - real
        return round(sum(cosines[number]), 6), real, -other, -number

    return max(range(len(notes)), key=rank)


def _stories_telling(stories: Sequence[Story]) -> defaultdict[str, set[int]]:
    """Which stories (by place) have each sentence, word for word, in one of their articles."""
    told: defaultdict[str, set[int]] = defaultdict(set)
    for number, story in enumerate(stories):
        for note in story.notes:
            for sentence in note.sentences:
                told[normalized(sentence.text)].add(number)
    return told


def _told_elsewhere(telling: defaultdict[str, set[int]], number: int) -> Callable[[str], bool]:
    return lambda text: bool(telling[normalized(text)] - {number})


def _briefed(story: Story, said: NearDuplicates, elsewhere: Callable[[str], bool], *, full: bool) -> Story:
    """``elsewhere``: whether a sentence is told in another story's article too (a round-up's
    line about other news), which another article may not lend this story."""
    anchor = story.notes[story.anchor]
    others = [note for note in story.notes if note is not anchor]
    quoted = in_longer_quotes(anchor.sentences)  # a quotation its brief shows whole stays whole
    if others:
        brief = _with_others(anchor, others, said, elsewhere, quoted=quoted)
        facts = _facts(anchor, others, brief, said, elsewhere)
    else:
        brief = [Quote(s, anchor.article.source) for s in anchor.brief]
        facts = [Quote(s, anchor.article.source) for s in anchor.facts]
    if story.roundup:  # what it retells of other stories is theirs, said or not at their depth
        brief = [quote for quote in brief if not elsewhere(quote.text)]
        facts = [quote for quote in facts if not elsewhere(quote.text)]
    sentences, count = (None, None) if full else DEPTH.get(len(story.notes), (None, None))
    kept = _unsaid(brief, said, sentences, quoted=(anchor.article.source, quoted))
    return replace(story, brief=kept, facts=_unsaid(_readable(facts, kept, anchor), said, count))


def _readable(facts: Sequence[Quote], brief: Sequence[Quote], anchor: Briefing) -> list[Quote]:
    """The facts that still read with the brief a story's depth kept of their article."""
    shown: dict[str, set[int]] = {}
    for quote in brief:
        shown.setdefault(quote.source, set()).add(quote.sentence.index)
    titled = {anchor.article.source: bool(anchor.article.title)}
    return [quote for quote in facts
            if stands_alone(quote.sentence, shown.get(quote.source, set()), titled=titled.get(quote.source, False))]


def _unsaid(quotes: Sequence[Quote], said: NearDuplicates, limit: int | None = None, *,
            quoted: tuple[str, frozenset[int]] = ("", frozenset())) -> tuple[Quote, ...]:
    """The quotes no earlier one in the digest said, up to ``limit`` (the story's depth), each then marked as said.
    A quotation over several sentences of one source (``quoted``: the source and its sentences inside such
    quotations) counts and goes as one: a depth of two cut a brief that showed a quotation whole after its first
    sentence."""
    units: list[list[Quote]] = []
    for quote in quotes:
        last = units[-1][-1] if units else None
        index = quote.sentence.index
        together = (last is not None and quote.source == last.source == quoted[0]
                    and last.sentence.index == index - 1 and {index - 1, index} <= quoted[1])
        units.append([*units.pop(), quote] if together else [quote])
    kept: list[Quote] = []
    taken = 0
    for unit in units:
        if taken == limit:
            break
        if not any(said.seen(quote.text) for quote in unit):
            for quote in unit:
                said.add(quote.text)
            kept += unit
            taken += 1
    return tuple(kept)


def _with_others(anchor: Briefing, others: Sequence[Briefing], said: NearDuplicates,
                 elsewhere: Callable[[str], bool], *, quoted: frozenset[int]) -> list[Quote]:
    """The anchor's brief with up to EXTRA_SENTENCES (and at most a third) of its places, never
    the lede's, given to the other articles' best sentences that stand alone, are not in the
    anchor and add something; within the word budget when the length is one."""
    kept = list(anchor.brief)
    places = min(EXTRA_SENTENCES, len(kept) // 3)
    budget = anchor.options.words
    position = {index: place for place, index in enumerate(anchor.ranking)}
    in_anchor = NearDuplicates(said.terms, rarity=said.rarity)  # what a copy repeats of the anchor is not news
    for sentence in anchor.sentences:
        in_anchor.add(sentence.text)
    extras: list[Quote] = []
    # Only what each article's own note chose (its brief, then its key facts): what passed the
    # single note's checks, not its filler ("Read the full story on our website.").
    pools = [[*note.brief, *(fact for fact in note.facts if fact not in note.brief)] for note in others]
    quoted_there = [in_longer_quotes(note.sentences) for note in others]
    for depth in range(CANDIDATES):
        for number, pool in enumerate(pools):
            if len(extras) == places or depth >= len(pool):
                continue
            sentence = pool[depth]
            own = said.term_set(sentence.text)
            chosen_terms = [said.term_set(s.text) for s in kept] + [said.term_set(q.text) for q in extras]
            if (not is_candidate(sentence) or sentence.index in quoted_there[number]
                    or not stands_alone(sentence, (), titled=False) or said.seen(sentence.text)
                    or not own or says_again(own, chosen_terms) or in_anchor.seen(sentence.text)
                    or elsewhere(sentence.text)):
                continue
            dropped = _droppable(kept, position, titled=bool(anchor.article.title), quoted=quoted)
            if dropped is None:
                return [Quote(s, anchor.article.source) for s in kept] + extras
            words = sum(s.words for s in kept) + sum(q.sentence.words for q in extras) - dropped.words
            if budget is not None and words + sentence.words > budget:
                continue
            kept.remove(dropped)
            extras.append(Quote(sentence, others[number].article.source))
    return [Quote(s, anchor.article.source) for s in kept] + extras


def _droppable(kept: list[Sentence], position: dict[int, int], *, titled: bool,
               quoted: frozenset[int]) -> Sentence | None:
    """The anchor's lowest-ranked brief sentence but the first whose leaving keeps the others
    readable (none leans on it), and none of a quotation the brief shows whole (``quoted``)."""
    for sentence in sorted(kept[1:], key=lambda s: -position.get(s.index, len(position))):
        if sentence.index in quoted:
            continue
        rest = [s for s in kept if s is not sentence]
        shown = {s.index for s in rest}
        if all(stands_alone(s, {i for i in shown if i < s.index}, titled=titled) for s in rest[1:]):
            return sentence
    return None


def _facts(
    anchor: Briefing, others: Sequence[Briefing], brief: Sequence[Quote], said: NearDuplicates,
    elsewhere: Callable[[str], bool],
) -> list[Quote]:
    """Up to the asked number of key facts from all the story's articles' own key facts,
    round-robin from the anchor's, each saying something the brief and the facts chosen have not
    and readable with what the story shows of its own article."""
    count = anchor.options.facts
    chosen_terms = [said.term_set(q.text) for q in brief]
    shown: dict[str, set[int]] = {}
    for quote in brief:
        shown.setdefault(quote.source, set()).add(quote.sentence.index)
    chosen: list[Quote] = []
    lists = [anchor, *others]
    for depth in range(max((len(note.facts) for note in lists), default=0)):
        for note in lists:
            if len(chosen) == count or depth >= len(note.facts):
                continue
            sentence, source = note.facts[depth], note.article.source
            own = said.term_set(sentence.text)
            if (said.seen(sentence.text) or not own or says_again(own, chosen_terms)
                    or (note is not anchor and elsewhere(sentence.text))
                    or not stands_alone(sentence, shown.get(source, set()), titled=note is anchor)):
                continue
            chosen.append(Quote(sentence, source))
            chosen_terms.append(own)
            shown.setdefault(source, set()).add(sentence.index)
    order = {note.article.source: place for place, note in enumerate(lists)}
    return sorted(chosen, key=lambda q: (order[q.source], q.sentence.index))
