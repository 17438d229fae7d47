"""The one place that splits text into sentences and words, and turns words into terms.

Sentences come from syntok (rules shipped in the package, no downloads), words from NLTK's
Treebank-style tokenizer and stems from the Snowball stemmer: none of them needs NLTK data.
On top of syntok: pieces it cuts after an abbreviation or an ordinal of the article's language
are joined again (each language's record: languages/); sentences that scraped text glued together are cut apart
(glued.py); a dateline, byline, timestamp or photo credit glued to a lede is cut off into a piece of its own
(cleaning.py), so that the lede keeps its own offsets; over-long spans become passages.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from briefing.errors import InputError, too_many_sentences
from briefing.model import Sentence
from briefing.text.cleaning import is_junk_text, junk_cuts
from briefing.text.glued import glued_word_cuts, glued_words, labels_a_part, lone_subjects, opener_cuts, time_cuts
from briefing.text.languages import LANGUAGES, Conventions, conventions, cues, stemmer
from briefing.text.quotations import carried, lost_quotes, open_after, reopened, scare_quote_goes_on
from briefing.text.stamps import masthead_end
from briefing.text.tokens import PlainWordTokenizer
from briefing.text.walk import split as syntok_sentences

_CUES = cues("english")  # English's cues (languages/english_cues.py) read every article, whatever its language

_TOKENIZER = PlainWordTokenizer(replace_not_contraction=False)  # keep tokens verbatim, so offsets hold
# Text without sentence punctuation would be one endless "sentence"; quote it in passages instead.
MAX_SENTENCE_WORDS, PASSAGE_WORDS = 80, 50
# A sentence does not end on a preposition and "?": the "?" is a lost non-breaking space ("on?Monday")
_NO_QUESTION_AFTER = _CUES.lost_space_before
_LOST_SPACE = re.compile(r"\b(?:" + "|".join(_NO_QUESTION_AFTER) + r")\?$")
# Scraped text glues sentences ("said.The", "1999.The", "49%.Virgin", "(1986).He", "PTI.He", "a 'veena'.When"); syntok
# takes those for abbreviations or URLs, and a figure with its unit too ("1.5C. This": _ends_anyway). Cut between the
# full stop (with any quote mark after it) and the capitalized word; a quote mark goes with the sentence whose quotation
# it closes, or else opens the next one. (Each pattern starts at the character it cuts at, and looks behind only then.)
_GLUED = re.compile(
    r"[.!?](?:(?<=[a-z]{2}[.!?])|(?<=[A-Z]{2}[.!?])|(?<=\d[.!?])|(?<=\d%\.)|(?<=\d[A-Za-z][.!?])|(?<=\d[A-Za-z]{2}[.!?])|"
    r"(?<=[)\]\"'”’?][.!?])|(?<=][\"'”’ ][.!?]))"
    + "".join(f"(?<!\\b{word}\\?)" for word in _NO_QUESTION_AFTER)  # "washed out on?Tuesday": a lost space
    + r"\s*(?P<mark>[\"'”’“‘?]?)"
    r"(?=[A-Z][a-z]+\b|[AI] [a-z]|[A-Z]{2,}\b|(?<=[\"'”’“‘?])[A-Z]\b|[A-Z] [A-Z][a-z]|[A-Z]-[a-z])"  # "said.The",
    # "said.A bench", "Dev.READ", "her.?I think", "earlier.E Rajesh, 34, was …" (an initial), "India.E-payments"
)
# "site.com. Nunes", "War II. Not", "around 9.30pm. They" (syntok reads the time as an abbreviation)
_ENDS_ANYWAY = re.compile(r"\w\.(?:com|org|net|gov|edu)$|\][\"'”’ ]$|\b[IVX]{2,}$|\d[.:]\d\d ?[ap]m$")
# "to 140.55. Investors", "of $496.5bn. The" (44 in 33 BBC); not "a 6.1in. OLED", nor "Am 1.5. Tag" (dotted_ordinals)
_DECIMAL_END = re.compile(r"\d\.\d+(?:[A-Za-z]{1,3}(?<!in)(?<!ft)(?<!lb)(?<!oz)(?<!yd)(?<!mi))?$")
# "2017The", "2/5With", a page's JSON ('"ratingValue":"2.5"}}Anees …'), a tweet's link ("https://t.co/8WHaF6ZKFlThe …")
_GLUED_TO_DATA = re.compile(
    r"[A-Z](?=[a-z])(?:(?<=\b(?:19|20)\d\d[A-Z])|(?<=/\d[A-Z])|(?<=\}[A-Z])|(?<=/t\.co/[A-Za-z0-9]{10}[A-Z]))")
# "Tawde said, ?" + "We will …", "… a new hope,?" + "he said.": one sentence, whichever way the mark faces
_ENDS_INSIDE = re.compile(r"(?:[,:]\s*|\w\s+)[\"“”‘’'?«»„]$|, \.$")  # "… Battalion, ." + "Royal …": a lost break
_STRAY_OPENER = re.compile(r"[.!?…)]\s+[\"“‘?«„]$")  # "… to Sinha. ?" + "Things got …": the mark opens the next
_LAST_TOKEN = re.compile(r"(?:^|[\s(\"“‘«„])((?:\w{1,4}\.\s?)*[\w°ºª-]+)\.$")
_ORDINAL = re.compile(r"(?:^|\s)(?:(\w+)\s+)?\d{1,2}\.$")
_GOES_ON = ((re.compile(r"(?<![\d.,])\d{1,3}\.$"), re.compile(r"\d{1,3}(?![\d,.])\s+[a-z]")),  # "clocking 11." + "52 …"
            (re.compile(r"[?!][\"'”’?]?$"), re.compile(r"(?:--|[–—-])\s+[a-z]")))  # "means ?slowly?" + "– to inject …"
# A line break the paste turned into " . " after a word no sentence ends on ("the Cardiff College of . Music and
# Drama", "the country's . Muslims"), or in a name ("of the Marine . Conservation Society", "A British . Assoc…")
_BROKEN_LINE = re.compile(r"(?:^|[\s\"“‘'])([\w'’]+) \.$")  # "labelled ‘the ." + "Unknowns’, were …"
_LONE_WORD = re.compile(r"[A-Z][\w'’-]+\.")  # "the Belfast ." + "Brigade.": no sentence is one such word
_NAME_BROKEN = re.compile(r"(?:\bof the|^An?) (?:[A-Z][\w'’-]+ ){0,3}[A-Z][\w'’-]+ \.$")
_TITLES, _CLOSES_WORD = frozenset(("mr", "mrs", "ms", "dr", "prof")), re.compile(r"[^\s()]{1,20}\)")
_PHRASE_ENDS = cues("english").phrase_ends | _TITLES  # "College of . Music", "Mr . Cameron"
# Words a news sentence never ends on, glued to the next word: a lost space ("ofTexas"), not a lost full stop. Not
# "named", "charged", "behind", "that" or "for", on which one may end ("The victim has not been namedPolice said …")
_NEVER_LAST = frozenset(("a", "an", "the", "of", "and", "or", "at", "whose")) | _TITLES
_FIRST_WORD, _BREAK_AFTER = re.compile(r"[\"“‘«„(]*([\w-]+)"), re.compile(r"[;:,\u2013\u2014)]\s")
_PARAGRAPH_BREAK, _LEADING_DASH = re.compile(r"\n\s*\n"), re.compile(r"(?:--|[–—-])\s+")
_WORD, _NON_SPACE, _TERM_WORD = re.compile(r"\w"), re.compile(r"\S+"), re.compile(r"\w+(?:[-.,'’]\w+)*")


@dataclass(frozen=True)
class _Rules:
    language: str
    conventions: Conventions
    lost_quotes: bool  # the text writes its quote marks as "?"
    glued_words: frozenset[str]  # words glued together where a line break was lost (glued.glued_words)


def split_sentences(text: str, language: str = "english", *, limit: int | None = None) -> tuple[Sentence, ...]:
    """The sentences of ``text``, each with its index, paragraph and offsets in ``text``. Raises
    InputError as soon as there are more than ``limit``: a list or a log, not an article."""
    rules = _Rules(language, conventions(language), lost_quotes(text[:20_000]), glued_words(text))
    sentences: list[Sentence] = []
    for paragraph, (offset, block) in enumerate(_paragraph_spans(text)):
        for start, end in _sentence_spans(block, rules):
            if limit is not None and len(sentences) >= limit:
                raise InputError(too_many_sentences(limit))
            sentences.append(Sentence(text=as_written(block[start:end]), index=len(sentences), paragraph=paragraph,
                                      start=offset + start, end=offset + end))
    return tuple(sentences)


# Read as the spaces they were: a pasted page's line break written " . " inside a sentence, before a word in
# lower case or after a word no sentence ends on ("no stranger to . controversy", "and . Edwards"; not ". . .",
# a caption's closing " .", nor "Reporter . Last updated", maybe two sentences), and a non-breaking space an
# encoding lost to "?" after a word no question ends on ("washed out on?Friday", as _LOST_SPACE reads it)
_LOST_BREAK = re.compile(r"(?<=[^\s.]) \. (?=[^\s.])")
_GLUED_QUESTION_MARK, _LAST_WORD = re.compile(r"(?<=[A-Za-z])\?(?=[A-Za-z])"), re.compile(r"[\w'’]+$")


def as_written(span: str) -> str:
    """A sentence's text as its writer wrote it: the page's whitespace as one space, and its lost line
    breaks and lost spaces left out. Every word and mark else is the source's, at the sentence's offsets."""
    text = " ".join(span.split())
    if " . " in text:  # most sentences have neither: a test of "in" is twenty times cheaper than a sub
        text = _LOST_BREAK.sub(_unbroken, text)
    return _GLUED_QUESTION_MARK.sub(_unspaced, text) if "?" in text else text


def _word_before(found: re.Match[str]) -> str:
    return _word_ending_at(found.string, found.start())


def _word_ending_at(text: str, position: int) -> str:
    before = _LAST_WORD.search(text, max(0, position - 30), position)  # bounded: linear
    return before.group().lower() if before else ""


def _unbroken(found: re.Match[str]) -> str:
    before, after = found.string[max(0, found.start() - 60) : found.start() + 2], found.string[found.end() :]
    lost = after[:1].islower() or before[-3:-2] == "," or _in_a_name(before, after)  # (a sentence's span: bounded)
    return " " if lost or _no_sentence_ends_on(_word_before(found)) else found.group()


def _in_a_name(before: str, after: str) -> bool:  # "of the Marine ." + "Conservation …", "the Belfast ." + "Brigade."
    return _LONE_WORD.fullmatch(after) is not None or (_NAME_BROKEN.search(before) is not None and after[:1].isupper())


def _no_sentence_ends_on(word: str) -> bool:
    """"of", "the", "and", a possessive ("country's"): a full stop after it is a lost line break."""
    return word.lower() in _PHRASE_ENDS or word.endswith(("'s", "’s"))


def _unspaced(found: re.Match[str]) -> str:
    return " " if _word_before(found) in _NO_QUESTION_AFTER else found.group()


def _paragraph_spans(text: str) -> Iterator[tuple[int, str]]:
    position = 0
    for start, end in [*(match.span() for match in _PARAGRAPH_BREAK.finditer(text)), (len(text), len(text))]:
        if text[position:start].strip():
            yield position, text[position:start]
        position = end


def _sentence_spans(block: str, rules: _Rules) -> Iterator[tuple[int, int]]:
    spans = [(tokens[0].offset, tokens[-1].offset + len(tokens[-1].value))
             for tokens in syntok_sentences(_TOKENIZER.segmenter_tokens(block))]
    head = masthead_end(block)
    if head:  # a masthead is one piece of furniture, however many sentences syntok saw in it
        yield len(block) - len(block.lstrip()), head
        spans = [(max(start, head), end) for start, end in spans if end > head]
    opened: frozenset[str] = frozenset()  # quotations open at this point of the paragraph ...
    age = 0  # ... for this many sentences
    for start, end in _rejoined(block, spans, rules):
        if not _WORD.search(block, start, end):  # a lone quote mark or dash is no sentence
            continue
        for piece_start, piece_end in _pieces(block, start, end, rules, opened):
            if not _WORD.search(block, piece_start, piece_end):
                continue  # a full stop or a mark alone between two cuts ("?yóu? [slippery or cunning]" + ".?Bill …")
            if len(block[piece_start:piece_end].split()) > MAX_SENTENCE_WORDS:
                yield from _passages(block, piece_start, piece_end)
            else:
                yield piece_start, piece_end
            opened, age = carried(block[piece_start:piece_end], opened, age, rules.lost_quotes)


def _rejoined(block: str, spans: list[tuple[int, int]], rules: _Rules) -> list[tuple[int, int]]:
    """syntok's spans, joined again where it cut after an abbreviation, an ordinal or a quote
    mark that opens the next sentence's quotation, and with a stray opening mark at a span's end
    handed to the next span."""
    joined: list[tuple[int, int]] = []
    opened, age = frozenset[str](), 0  # quotations open where joined[-1] starts, and for how many spans
    for start, end in spans:
        begin = start
        if joined:
            previous_start, previous_end = joined[-1]
            previous = block[previous_start:previous_end]
            lost_space = start == previous_end and _LOST_SPACE.search(previous, len(previous) - 8)
            if lost_space or _joins(previous, block[start:end], rules) or (  # "not to ?harm? Beijing's …"
                    rules.lost_quotes and scare_quote_goes_on(previous, block[previous_end:end])):
                joined[-1] = (previous_start, end)
                continue
            stray = _STRAY_OPENER.search(previous, len(previous) - 8)  # and read with the quotation open before
            # it: "… take drugs.?What worries Rana is … drugs. ?" + "The dangerous …", the glued "?" closes one
            if stray and not (open_after(head := previous[: stray.end() - 1], lost=rules.lost_quotes)
                              and open_after(head, opened, rules.lost_quotes)):
                joined[-1] = (previous_start, previous_start + stray.start() + 1)
                begin = previous_start + stray.end() - 1
            if rules.lost_quotes:  # only a "?" is read both ways; a text with its marks pays nothing for this
                opened, age = carried(block[joined[-1][0] : joined[-1][1]], opened, age, lost=True)
        dash = _LEADING_DASH.match(block, begin, end)
        if dash and dash.end() < end:  # "Washington (CNN)" + "-- The pilots …": the dash ends the dateline;
            # otherwise it marks an item of a list, and the sentence starts after it
            if joined and is_junk_text(block[joined[-1][0] : begin + len(dash.group().rstrip())]):
                joined[-1] = (joined[-1][0], begin + len(dash.group().rstrip()))
            begin = dash.end()
        joined.append((begin, end))
    return joined


def _joins(previous: str, following: str, rules: _Rules) -> bool:
    """Whether syntok's cut between two spans falls inside one sentence."""
    tail = previous[-60:]  # the end of the span is all that matters, and a search scans
    broken = _BROKEN_LINE.search(tail) if rules.language == "english" else None  # "the College of ." + "Music …"
    in_name = _in_a_name(tail, following)  # the same " ." that as_written reads as a space (_unbroken)
    if _ENDS_INSIDE.search(tail) or (broken is not None and (_no_sentence_ends_on(broken.group(1)) or in_name)) or (
            following.startswith("[sic]")  # "they own her!!" + "[sic]'.": the editor's mark is the quotation's
            or any(end.search(tail) and on.match(following) for end, on in _GOES_ON)):  # a sentence that goes on
        return True
    first = _FIRST_WORD.match(following)
    if not first:
        return False
    word = first.group(1)
    if token := _LAST_TOKEN.search(tail):
        key = token.group(1).replace(" ", "")
        titles, suffix = rules.conventions.titles, rules.conventions.title_suffix
        if key in titles or key.lower() in titles or (suffix and key.endswith(suffix)):
            return True
        if key.lower() in rules.conventions.abbreviations and (word[:1].islower() or word[:1].isdigit()):
            return True
    ordinal = _ORDINAL.search(tail) if rules.conventions.dotted_ordinals else None
    if ordinal:  # "für den 14. März", "der 2. Weltkrieg"; not "auf Platz 3. Danach"
        before = (ordinal.group(1) or "").lower()
        return word.lower() in rules.conventions.months or word[:1].islower() or (
            before in terms_for(rules.language).stop_words)
    return False


def _pieces(text: str, start: int, end: int, rules: _Rules, opened: frozenset[str]) -> Iterator[tuple[int, int]]:
    """The span cut where scraped text glued two sentences together and where junk is glued to
    prose (cleaning.junk_cuts), each piece without the white space around it. ``opened``: the
    quotations open where the span starts."""
    cuts = set()
    reopening = reopened(text, start, end, opened) if rules.lost_quotes else frozenset()
    for match in _GLUED.finditer(text, start, end):
        cut = match.end()
        if _CLOSES_WORD.match(text, cut) and text.count("(", start, cut) > text.count(")", start, cut):
            continue  # "(Parveen Kumar/HT?Photo)": in brackets closed after one word (counted only then: hot)
        if match.group("mark") and not open_after(text[start : match.start("mark")], opened, rules.lost_quotes):
            cut = match.start("mark")  # the mark opens the next sentence's quotation
        elif match.start() in reopening:
            cut = match.start()  # ".??The": the first "?" closes a quotation, the second opens the next one
        elif not (match.group("mark") or cut == match.start() + 1 or _ends_anyway(text, start, match.start(), rules)):
            continue  # "Sinha. Things": syntok saw why not to cut here (an abbreviation)
        elif text[cut + 1 : cut + 2] == " " and labels_a_part(_word_before(match), rules.conventions.titles):
            continue  # "Vol.I of the series", "section 3.A of the act", "Mrs.A Smith": no full stop ends a sentence
        cuts.add(cut)
    cuts.update(match.start() for match in _GLUED_TO_DATA.finditer(text, start, end))
    cuts.update(time_cuts(text, start, end))  # "… for five years.8:17 pm: Bihar …"
    cuts.update(opener_cuts(text, start, end, rules.conventions.glued_openers))
    cuts.update(cut for cut in lone_subjects(text, start, end, rules.conventions.lone_subjects)  # not "and He wants …"
                if (word := _word_ending_at(text, cut - 1)) not in terms_for(rules.language).stop_words
                and word not in rules.conventions.work_nouns)  # nor "the band The xx won …"
    cuts.update(cut for cut in glued_word_cuts(text, start, end, rules.glued_words)  # not "the purpose ofNew Labour":
                if _word_ending_at(text, cut) not in _NEVER_LAST)  # a lost space, not a lost full stop
    piece_start = start
    for cut in sorted(cuts):
        for junk_cut in junk_cuts(text, piece_start, cut):
            yield from _trimmed(text, piece_start, junk_cut)
            piece_start = junk_cut
        yield from _trimmed(text, piece_start, cut)
        piece_start = cut
    for junk_cut in junk_cuts(text, piece_start, end):
        yield from _trimmed(text, piece_start, junk_cut)
        piece_start = junk_cut
    yield from _trimmed(text, piece_start, end)


def _ends_anyway(text: str, start: int, stop: int, rules: _Rules) -> bool:
    """Whether a sentence ends at the full stop at ``stop`` though syntok saw a reason not to end it there."""
    window = max(start, stop - 30)  # bounded: linear
    return _ENDS_ANYWAY.search(text, window, stop) is not None or (
        not rules.conventions.dotted_ordinals and _DECIMAL_END.search(text, window, stop) is not None)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    piece = text[start:end]
    if stripped := piece.strip():
        begin = start + len(piece) - len(piece.lstrip())
        yield begin, begin + len(stripped)


def _passages(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Cut an over-long span into passages of at most PASSAGE_WORDS words, after a clause
    boundary (; : , dash) in the passage's second half where there is one."""
    while start < end:  # each step reads only its own passage: linear in the span's length
        words = list(islice(_NON_SPACE.finditer(text, start, end), PASSAGE_WORDS + 1))
        if len(words) <= PASSAGE_WORDS:
            yield start, end
            return
        limit = words[PASSAGE_WORDS - 1].end()
        half = words[PASSAGE_WORDS // 2].start()
        breaks = [m.end() - 1 for m in _BREAK_AFTER.finditer(text, half, limit + 1)]
        cut = breaks[-1] if breaks else limit
        yield start, cut
        start = cut
        while start < end and text[start].isspace():
            start += 1


class WordTokenizer:
    """Words for sumy and for our own ranking (sumy's sentences ask their tokenizer only for ``to_words``)."""

    def __init__(self) -> None:
        from nltk.tokenize import TreebankWordTokenizer

        self._treebank = TreebankWordTokenizer()

    def to_words(self, text: str) -> list[str]:
        return [word for word in self._treebank.tokenize(text) if _WORD.search(word)]


class Terms:
    """Words to comparable terms for one language: lower case, stemmed, stop words dropped."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.stop_words = LANGUAGES[language].stop_words()
        self._stem: Callable[[str], str] = lru_cache(maxsize=65536)(stemmer(language))
        self._term: Callable[[str], str | None] = lru_cache(maxsize=65536)(self._term_of)  # per word as written
        self.tokenizer = WordTokenizer()

    def stem(self, word: str) -> str:
        return self._stem(word.lower())

    def of(self, text: str) -> list[str]:
        """The content terms of a sentence, in order, repeats kept. Words here are runs of letters
        and digits joined by inner hyphens, points, commas or apostrophes ("year-earlier",
        "1.13bn", "don't"): a term needs no finer tokens, and a regular expression is a dozen
        times faster than the Treebank tokenizer, which ranking would otherwise spend half its
        time in."""
        return [term for word in _TERM_WORD.findall(text) if (term := self._term(word)) is not None]

    def _term_of(self, word: str) -> str | None:
        """A word's term, or None for a stop word."""
        lower = word.lower()
        return None if lower in self.stop_words else self._stem(lower)


@lru_cache(maxsize=8)
def terms_for(language: str) -> Terms:
    return Terms(language)
