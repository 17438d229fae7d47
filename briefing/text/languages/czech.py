"""Czech: one record of what briefing needs to brief in it (record.py says what each part is)."""

from __future__ import annotations

from briefing.text.languages.record import LATIN_TITLES, Conventions, Language, SumyStems, SumyStopWords, words

CZECH = Language(
    name="czech",
    code="cs",
    stems=SumyStems("czech", quiet=True),
    stop_words=SumyStopWords("czech"),
    splitting=Conventions(
        titles=LATIN_TITLES | words("Ing Mgr MUDr JUDr PhDr RNDr Bc doc p pí sl č čl odst ul nám sv"),
        abbreviations=words("např tj tzv apod atd mj resp popř příp srov viz cca mld mil tis str r"),
        months=words("ledna února března dubna května června července srpna září října listopadu prosince "
                     "leden únor březen duben květen červen červenec srpen říjen listopad prosinec"),
        dotted_ordinals=True,
    ),
    scale_words=("milionů", "miliony", "milion", "miliard", "miliardy", "procent", "Kč"),
    labels={
        "note": "Informační zpráva", "bottom_line": "Hlavní sdělení", "summary": "Shrnutí",
        "key_facts": "Klíčová fakta", "source": "Zdroj", "publication": "Médium", "headline": "Titulek",
        "link": "Odkaz", "file": "Soubor", "author": "Autor", "published": "Zveřejněno",
        "prepared": "Vypracováno", "prepared_by": "Zpracovatel", "marking": "Klasifikace", "page": "Strana",
        "of": "z", "extractive": "Extraktivní shrnutí: každá věta je doslovně citována ze zdroje.",
        "method": "Metoda", "words": "Slova", "article": "článek", "this_note": "zpráva",
        "sentence_of_source": "věta {n} zdroje", "back_to_note": "zpět na zprávu",
        "source_article": "Zdrojový článek", "summary_letter": "S", "fact_letter": "F",
        "legend_summary": "citováno ve shrnutí", "legend_fact": "klíčový fakt",
        "legend": "Každá citovaná věta nese své číslo ve zprávě.",
        "legend_links": "Každé číslo odkazuje zpět na zprávu.",
        "shortened_sentence": "Věta {n} zdroje je zkrácena: {shown} z {total} znaků.",
        "shortened_field": "{field}: zkráceno, {shown} z {total} znaků.",
        "title": "Název",
        "shortened_appendix": "Zdrojový článek je uveden do znaku {shown} z {total}.",
        "shortened_in_appendix": "Vět zdroje zkrácených v příloze na {shown} znaků: {n}.",
        "brief_all": 'Shrnutí obsahuje všechny věty článku: {n}.',
        "too_short": "Text je příliš krátký na shrnutí (počet slov: {n}): poznámka ho cituje celý.",
        "brief_short": 'Shrnutí obsahuje {shown} z {asked} požadovaných vět: ostatní věty článku jsou popisky, kredity, místa vydání nebo šablonový text, nebo by samy o sobě nedávaly smysl.',
        "facts_short": 'Klíčová fakta: {shown} z {asked} požadovaných. Žádná další věta mimo shrnutí neobsahuje číslo, datum, částku ani jméno, neobstojí sama a nic k shrnutí nepřidává.',
        "digest": "Přehled zpráv", "contents": "Obsah", "sources": "Zdroje", "more_stories": "Další zprávy", "coverage": "Články", "one_article": "1 článek", "n_articles": "články: {n}", "from_one_source": "z 1 média", "from_n_sources": "z médií: {n}", "source_number": "zdroj {n}",
        "whats_next": "Co bude dál", "date_not_given": "datum neuvedeno", "min_read": "čtení na {n} min",
        "top_lines": "V kostce",
    },
)
