"""Swedish: one record of what briefing needs to brief in it (record.py says what each part is)."""

from __future__ import annotations

from briefing.text.languages.record import LATIN_TITLES, Conventions, Language, SumyStems, SumyStopWords, words

SWEDISH = Language(
    name="swedish",
    code="sv",
    stems=SumyStems("swedish"),
    stop_words=SumyStopWords("swedish"),
    splitting=Conventions(
        titles=LATIN_TITLES | words("kl nr s"),
        abbreviations=words("t.ex bl.a dvs d.v.s m.m osv o.s.v ca s.k f.d resp t.o.m fr.o.m p.g.a f.n e.kr f.kr"),
        months=words("januari februari mars april maj juni juli augusti september oktober november december "
                     "jan feb mar apr jun jul aug sep sept okt nov dec"),
    ),
    scale_words=("miljoner", "miljon", "miljarder", "miljard", "procent", "kronor"),
    labels={
        "note": "Promemoria", "bottom_line": "Det viktigaste", "summary": "Sammanfattning",
        "key_facts": "Viktiga fakta", "source": "Källa", "publication": "Publikation", "headline": "Rubrik",
        "link": "Länk", "file": "Fil", "author": "Författare", "published": "Publicerad",
        "prepared": "Upprättad", "prepared_by": "Upprättad av", "marking": "Klassificering", "page": "Sida",
        "of": "av", "extractive": "Extraktiv sammanfattning: varje mening citeras ordagrant ur källan.",
        "method": "Metod", "words": "Ord", "article": "artikel", "this_note": "promemoria",
        "sentence_of_source": "mening {n} i källan", "back_to_note": "tillbaka till promemorian",
        "source_article": "Källartikel", "summary_letter": "S", "fact_letter": "F",
        "legend_summary": "citerad i sammanfattningen", "legend_fact": "ett viktigt faktum",
        "legend": "Varje citerad mening bär sitt nummer i promemorian.",
        "legend_links": "Varje nummer leder tillbaka till promemorian.",
        "shortened_sentence": "Mening {n} i källan visas förkortad: {shown} av {total} tecken.",
        "shortened_field": "{field}: förkortad, {shown} av {total} tecken.",
        "title": "Titel",
        "shortened_appendix": "Källartikeln återges till och med tecken {shown} av {total}.",
        "shortened_in_appendix": "Meningar i källan som förkortats i bilagan till {shown} tecken: {n}.",
        "brief_all": 'Sammanfattningen innehåller alla artikelns meningar: {n}.',
        "too_short": "Texten är för kort för att sammanfattas ({n} ord): anteckningen citerar den i sin helhet.",
        "brief_short": 'Sammanfattningen innehåller {shown} av de {asked} meningar som begärdes: artikelns övriga meningar är bildtexter, källangivelser, ortsangivelser eller standardtext, eller skulle inte gå att förstå på egen hand.',
        "facts_short": 'Viktiga fakta: {shown} av {asked} begärda. Ingen annan mening utanför sammanfattningen innehåller ett tal, ett datum, ett belopp eller ett namn, står på egen hand och tillför något.',
        "digest": "Nyhetssammanfattning", "contents": "Innehåll", "sources": "Källor", "more_stories": "Fler nyheter", "coverage": "Artiklar", "one_article": "1 artikel", "n_articles": "{n} artiklar", "from_one_source": "från 1 publikation", "from_n_sources": "från {n} publikationer", "source_number": "källa {n}",
        "whats_next": "Vad händer nu", "date_not_given": "datum saknas", "min_read": "{n} min läsning",
        "top_lines": "I korthet",
    },
)
