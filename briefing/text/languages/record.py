"""What a language is to briefing: one record (``Language``) holding everything that differs between
languages, and the parts it is made of.

- how to stem its words and which are its stop words (``stems``, ``stop_words``);
- what a full stop may mean in it, beyond what syntok knows (``splitting``: titles, abbreviations,
  months, dotted ordinals; see ``Conventions``);
- the note's own words in it (``labels``), the words that make a number a figure (``scale_words``)
  and the CLDR locales Babel writes its numbers and dates with;
- the cues the text layer reads sentences by (``cues``: openers, pronouns, connectives, speech
  verbs, months …) and the signs of what happens next (``outlook``). Only English has them so far:
  the text layer reads English's cues whatever the article's language, as it always has, and a
  language without an outlook gets no "What's next" section.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

Stem = Callable[[str], str]


def words(text: str) -> frozenset[str]:
    """The words of a list written as one string: ``words("Dr Prof Mr")``."""
    return frozenset(text.split())


# Titles shared by most languages written in Latin letters (as usually written: see Conventions)
LATIN_TITLES = words("Dr Prof Mr Mrs Ms St Mt Nr")


@dataclass(frozen=True)
class Conventions:
    """What a full stop may mean in a language, beyond what syntok knows.

    syntok splits after a full stop that it does not know as an abbreviation when a capital or a
    number follows, which cuts "für den 14. März", "Hauptstr. 5", "il sig. Rossi" or "Rs. 1 billion"
    in two. The segmenter (segment.py) joins such pieces again with these: titles stand before a
    name or a number and never end a sentence; other abbreviations may end one, so a piece is joined
    after them only when the next begins in lower case or with a number; in languages that write
    ordinals with a full stop, "14." before a month (or before a word in lower case) is a date or an
    ordinal, not the end of a sentence. Titles are spelt as usually written (a capitalized one also
    matches at a sentence's start); other keys are lower case; inner spaces are removed ("z. B." →
    "z.b").
    """

    # before a name or a number, never at a sentence's end: Dr., Sr., M., Nr., sig., p. (as usually
    # written: "art" is a word, "Art." before a number an article of a law)
    titles: frozenset[str]
    abbreviations: frozenset[str]  # may end a sentence: etc., usw., z. B.
    months: frozenset[str]  # month names and their abbreviations, lower case
    dotted_ordinals: bool = False  # "14. März", "5. května": a number with a full stop is an ordinal
    title_suffix: str = ""  # any abbreviation ending so is a title too: German "Hauptstr.", "Bahnhofstr."
    # capitalized function words that scraped text glues to the word before ("Andhra PradeshThe …")
    glued_openers: tuple[str, ...] = ()
    # subject pronouns (and English's "The") the language capitalizes inside a sentence only in names and titles: one
    # after a word that is no function word, a word in lower case after it, opens a sentence whose line break and full
    # stop were lost ("a favourite client She never complained …", "… and Sainik Farms The farmhouses are …")
    lone_subjects: tuple[str, ...] = ()
    # words after which a lone subject names a band or a work written in sentence case ("the band The xx won …",
    # "the film The lunchbox"), not the start of a sentence
    work_nouns: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Cues:
    """The words and phrases the text layer reads a sentence by: does it lean on the one before,
    who speaks in it, is it a caption, does it carry a date or a number. Patterns are compiled
    here with the flags they need; the text layer only applies them."""

    # predicates: what a sentence that leans on the one before opens with
    openers: frozenset[str]  # lower case: "he", "however", "meanwhile"
    pronouns: frozenset[str]  # the personal ones among the openers
    fronted_pronouns: re.Pattern[str]  # "An engineer by trade, he's …": a pronoun after an opening phrase
    connectives: re.Pattern[str]  # "In addition", "As a result", "One of them"
    standalone_openers: re.Pattern[str]  # lean on nothing: "It is unclear", "This week", "There are"
    page_openers: re.Pattern[str]  # point at the page: "This is the moment …", "These images show …"
    pictured: re.Pattern[str]  # of those, what only a picture shows: never shown after the lede
    addressed: re.Pattern[str]  # advice to the reader, a fact box's: "You will run back and forth …"
    reader_you: re.Pattern[str]  # the reader spoken to inside a sentence: "… when you consider that …"
    points_ahead: re.Pattern[str]  # announces what follows it: "Here is how …", "Here are the updates:"
    anaphors: re.Pattern[str]  # "The 34-year-old", "The pair"
    definites: re.Pattern[str]  # "The company": an introduction the reader may have missed
    expletives: re.Pattern[str]  # "It's time", "It seems": a lede's "it" that points at nothing
    # lower case: what happened ("was", "has overtaken", "is removing", "now"), a count, a report ("say experts")
    news_signs: re.Pattern[str]
    answers_back: re.Pattern[str]  # a sentence that answers the one before: "… found out why", "That is what …"
    additives: re.Pattern[str]  # "is also", "also heard": adds to something said before
    demonstratives: re.Pattern[str]  # "this shipment", "these sessions" inside a sentence: named before it
    # a lede that opens on "the" and a common noun: where the phrase ends, words after it that say
    # which one is meant, places ("at Royal Docks"), and nouns of which there is only one
    phrase_ends: frozenset[str]
    says_which: frozenset[str]
    placed: frozenset[str]
    only_one: frozenset[str]
    # who speaks
    speech_verbs: re.Pattern[str]  # "said", "told", "according to"
    bare_speakers: re.Pattern[str]  # a speaker alone: "Yadav told ANI in Lucknow."
    pronoun_speakers: re.Pattern[str]  # "…," he said
    first_person: re.Pattern[str]  # "I", "we", "our"
    musings: re.Pattern[str]  # the writer musing: "I", "we", "these days" (not "our screens")
    # names
    full_names: re.Pattern[str]  # "Ahmed Dawoud", its group 1 the surname ("Dawoud resigned …")
    name_after_title: re.Pattern[str]  # in lower-cased text, a name after "mr" or "dr": its group 1
    not_surnames: frozenset[str]  # capitalized words that are no one's surname: "Minister", "Monday"
    # dates, numbers and money (patterns written to go inside larger ones)
    month_pattern: str  # "Jan(?:uary)?|…"
    day_pattern: str  # "Mon|Tue|…"
    date_words: tuple[str, ...]  # months and weekdays, lower case
    numbers: re.Pattern[str]  # a digit or a number word
    money: re.Pattern[str]  # a currency sign or word
    # captions and labels ("Final embrace: …")
    label_speech: re.Pattern[str]  # a speech verb in a label: a quotation, not a caption
    discourse_labels: frozenset[str]  # "In short:", "The answer:": prose, not a caption
    caption_filler: frozenset[str]  # the lower-case words a caption's noun phrase may have
    lede_openers: re.Pattern[str]  # the words a lede opens with, after a photo credit
    # verbs, told without a tagger (clauses.py)
    function_words: frozenset[str]  # words of the language that no other language we brief has
    auxiliaries: frozenset[str]
    irregular_verbs: frozenset[str]
    # quotations: apostrophes before or inside words ("’90s", "rock ’n’ roll", "'em")
    elisions: re.Pattern[str]
    # a photo the note cannot show: "Philip Hammond, pictured with John Kerry today, warned …"
    photo_asides: re.Pattern[str]
    # definite descriptions owed to an earlier sentence (debts.py): "the free app", "this shipment"
    described: re.Pattern[str]  # the determiner; its group 1, the words after it
    cited: re.Pattern[str]  # a document cited as the source ("…, the report said."); group 1 or 2, its words
    description_ends: frozenset[str]  # words that go on to say which one: "the app that …"
    not_heads: frozenset[str]  # words a description may stop at that name no thing: "the first", "the year"
    subject_verbs: frozenset[str]  # verbs after a subject, not its noun: "The unrest came …"
    description_function_words: frozenset[str]
    # splitting: a "?" after these is a lost space, not a question's end ("washed out on?Tuesday")
    lost_space_before: tuple[str, ...]
    # Edmundson's method (sumy): words that make a sentence worth more (without a headline) or less
    bonus_words: tuple[str, ...]
    stigma_words: tuple[str, ...]


@dataclass(frozen=True)
class Outlook:
    """The signs of a sentence that names what happens next (summarize/outlook.py), in lower case:
    they read the sentence lower-cased, which is twice as fast as ignoring case."""

    will: re.Pattern[str]  # a verb that points ahead
    would: re.Pattern[str]  # a reported one, which counts for less
    time_ahead: re.Pattern[str]  # "next month", "by the end of the year"
    event: re.Pattern[str]  # "vote", "hearing", "deadline"


@dataclass(frozen=True)
class SumyStems:
    """sumy's stemmer for a language: NLTK's Snowball stemmers, or sumy's own (Czech, Slovak,
    Ukrainian). ``quiet``: the stemmer warns on stderr about every word it leaves alone (numbers,
    "iPhone"), so such words are left alone before it is asked."""

    name: str
    quiet: bool = False

    def __call__(self) -> Stem:
        from sumy.nlp.stemmers import Stemmer

        stem_word: Stem = Stemmer(self.name)
        if not self.quiet:
            return stem_word

        def quietly(word: str) -> str:
            return stem_word(word) if word.islower() or word.istitle() or word.isupper() else word

        return quietly


@dataclass(frozen=True)
class SnowballStems:
    """The Snowball project's own stemmer (snowballstemmer, on its C build PyStemmer): for languages whose
    sumy stemmer needs packages that are not kept up (Greek, Polish), and for English, whose stems NLTK's
    Snowball stemmer makes five times slower (a cold 60,000-word text brings about 7,000 words)."""

    name: str

    def __call__(self) -> Stem:
        import snowballstemmer

        stem: Stem = snowballstemmer.stemmer(self.name).stemWord

        def stem_word(word: str) -> str:
            try:
                return stem(word.translate(_APOSTROPHES))  # "Britain’s" as "Britain's", as NLTK's stemmer reads it
            except UnicodeEncodeError:  # a lone surrogate (half an emoji cut off), which the C build cannot encode
                return word

        return stem_word


_APOSTROPHES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201b": "'"})  # ‘ ’ ‛


@dataclass(frozen=True)
class SumyStopWords:
    """sumy's stop-word list for a language."""

    name: str

    def __call__(self) -> frozenset[str]:
        from sumy.utils import get_stop_words

        return frozenset(get_stop_words(self.name))


@dataclass(frozen=True)
class Language:
    """One language briefing can brief (see the module's docstring)."""

    name: str  # as --language takes it: "english"
    code: str  # ISO 639-1: "en"; the note's metadata and labels_for are keyed by it
    stems: Callable[[], Stem]  # makes the stemmer (when first needed: sumy is slow to import)
    stop_words: Callable[[], frozenset[str]]
    splitting: Conventions
    labels: Mapping[str, str]  # every key English has ({n}, {shown}, {total} filled in by Labels.t)
    scale_words: tuple[str, ...]  # "million", "per cent": what makes a number a figure worth picking out
    unit_words: tuple[str, ...] = ()  # "metres", "baht": what a figure is counted in, bold with it
    # between a number's thousands: 1,800 (and 1.800 or 1 800 where a language writes them so)
    thousands_separators: str = ",.\u202f\u00a0 "
    locale: str = ""  # CLDR locale of its numbers; the code when not given
    date_locale: str = ""  # CLDR locale of its dates; the numbers' when not given
    cues: Cues | None = None  # None: the text layer reads English's
    outlook: Outlook | None = None  # None: its notes have no "What's next"

    @property
    def number_locale(self) -> str:
        return self.locale or self.code

    @property
    def dates_locale(self) -> str:
        return self.date_locale or self.number_locale
