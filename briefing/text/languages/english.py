"""English: one record of what briefing needs to brief in it (record.py says what each part is).
English is also the language whose cues the text layer reads, whatever the article's language: they
are in english_cues.py."""

from __future__ import annotations

import re

from briefing.text.languages.english_cues import CUES
from briefing.text.languages.record import (
    LATIN_TITLES,
    Conventions,
    Language,
    Outlook,
    SnowballStems,
    SumyStopWords,
    words,
)

_MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
OUTLOOK = Outlook(  # in lower case, as they read the sentence lower-cased
    will=re.compile(
        r"\b(?:will|won['’]t|shall|(?:is|are) (?:expected|due|scheduled|set|slated|poised|planned|likely|going)"
        r" to|(?:is|are) to|plans to|intends to|next (?:step|stage|phase))\b"
    ),
    would=re.compile(r"\b(?:would(?! have\b)|(?:was|were) (?:expected|due|scheduled|set|to)|aims? to|hopes? to)\b"),
    time_ahead=re.compile(  # a weekday alone may be past: "on Tuesday"
        rf"\b(?:in|by|from|until|before|on|during|early|late|mid-?)\s+(?:(?:\d{{1,2}}\s+)?(?:{_MONTH_NAMES})\b|"
        r"(?:spring|summer|autumn|winter)\b|20\d\d\b)|\b(?:next|later this|coming|this) (?:week|month|year|weeks|"
        r"months|years|session|term|season|spring|summer|autumn|winter|monday|tuesday|wednesday|thursday|friday|"
        r"saturday|sunday)\b|\b(?:by|before) the end of\b|\bwithin (?:the next )?(?:\w+ )?"
        r"(?:days|weeks|months|years)\b|\btomorrow\b"
    ),
    event=re.compile(
        r"\b(?:vote|votes|hearing|hearings|deadline|referendum|election|ballot|consultation|inquiry|ruling|"
        r"verdict|trial|summit|talks|timetable|launch)\b"
    ),
)

ENGLISH = Language(
    name="english",
    code="en",
    stems=SnowballStems("english"),
    stop_words=SumyStopWords("english"),
    splitting=Conventions(
        titles=LATIN_TITLES | words("Gov Sen Rep Lt Sgt Capt Col Gen Maj Cpl Adm Cmdr Rev Fr Hon Insp Det Supt Cllr "
                                    "Rs Nos Fig Vol Art Sec Jr Sr Messrs Mme Mlle Dept Univ Ave Blvd Rd Ft p pp fig "
                                    "Smt Shri"),
        abbreviations=words("etc inc co corp ltd bros approx vs est al e.g i.e a.m p.m u.s u.k"),
        months=words("jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july "
                     "august september october november december"),
        glued_openers=tuple("The He She It They We This These His Her Their In On But And One When After As At For While"
                            .split()),
        lone_subjects=("He", "She", "They", "We", "The"),  # not "It" nor "This": titles ("Faking It and …")
        work_nouns=words("""band group duo trio singer rapper film movie documentary album single song track hit book
            novel memoir biography play musical drama opera series show sitcom podcast programme program column blog
            magazine newspaper titled entitled called named headlined dubbed"""),
    ),
    scale_words=("million", "billion", "trillion", "bn", "m", "per cent", "percent"),
    unit_words=("metres", "meters", "metre", "meter", "kilometres", "kilometers", "kilometre", "kilometer", "miles",
                "mile", "feet", "foot", "inches", "tonnes", "tons", "tonne", "kilograms", "litres", "liters",
                "hectares", "acres", "degrees", "barrels", "baht", "euros", "euro", "dollars", "pounds", "yen", "yuan",
                "rupees", "francs", "kronor", "krona", "rand", "pesos", "roubles", "rubles", "lira", "riyals",
                "dirhams", "shekels", "zloty"),
    thousands_separators=",.",  # never "10 737-800"
    date_locale="en_GB",  # day month year: unambiguous on both sides of the Atlantic
    cues=CUES,
    outlook=OUTLOOK,
    labels={
        "note": "Briefing note", "bottom_line": "Bottom line", "summary": "Summary", "key_facts": "Key facts",
        "source": "Source", "publication": "Publication", "headline": "Headline", "link": "Link",
        "file": "File", "author": "Author", "published": "Published", "prepared": "Prepared",
        "prepared_by": "Prepared by", "marking": "Marking", "page": "Page", "of": "of",
        "extractive": "Extractive summary: every sentence is quoted verbatim from the source.",
        "method": "Method", "words": "Words", "article": "article", "this_note": "note",
        "sentence_of_source": "sentence {n} of the source", "back_to_note": "back to the note",
        "source_article": "Source article", "summary_letter": "S", "fact_letter": "F",
        "legend_summary": "quoted in the summary", "legend_fact": "a key fact",
        "legend": "Each quoted sentence is marked with its number in the note.",
        "legend_links": "Each number links back to the note.",
        "shortened_sentence": "Sentence {n} of the source is shown shortened: {shown} of its {total} characters.",
        "shortened_field": "{field}: shown shortened, {shown} of {total} characters.",
        "title": "Title",
        "shortened_appendix": "The source article is shown up to character {shown} of {total}.",
        "shortened_in_appendix": "Sentences of the source shown shortened in the appendix, to "
        "{shown} characters each: {n}.",
        "brief_all": "The brief holds all the article's sentences: {n}.",
        "too_short": "The text is too short to summarize ({n} words): the note quotes it whole.",
        "brief_short": "The brief holds {shown} of the {asked} sentences asked for: the article's other sentences are captions, credits, datelines or boilerplate, or would not read on their own.",
        "facts_short": 'Key facts: {shown} of the {asked} asked for. No other sentence outside the brief carries a number, date, amount or name, stands on its own and adds to the brief.',
        "digest": "News digest", "contents": "Contents", "sources": "Sources", "more_stories": "More stories", "coverage": "Coverage", "one_article": "1 article", "n_articles": "{n} articles", "from_one_source": "from 1 outlet", "from_n_sources": "from {n} outlets", "source_number": "source {n}",
        "whats_next": "What's next", "date_not_given": "date not given", "min_read": "{n}-min read",
        "top_lines": "Top lines",
    },
)
