"""Slovak: one record of what briefing needs to brief in it (record.py says what each part is)."""

from __future__ import annotations

from briefing.text.languages.record import LATIN_TITLES, Conventions, Language, SumyStems, SumyStopWords, words

SLOVAK = Language(
    name="slovak",
    code="sk",
    stems=SumyStems("slovak", quiet=True),
    stop_words=SumyStopWords("slovak"),
    splitting=Conventions(
        titles=LATIN_TITLES | words("Ing Mgr MUDr JUDr PhDr RNDr Bc doc p č čl odst ul nám sv"),
        abbreviations=words("napr tzv tj atď resp príp cca mld mil tis str r"),
        months=words("januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra "
                     "január február marec apríl máj jún júl august september október november december"),
        dotted_ordinals=True,
    ),
    scale_words=("miliónov", "milióny", "milión", "miliárd", "miliardy", "percent"),
    labels={
        "note": "Informačná správa", "bottom_line": "Hlavné posolstvo", "summary": "Zhrnutie",
        "key_facts": "Kľúčové fakty", "source": "Zdroj", "publication": "Médium", "headline": "Titulok",
        "link": "Odkaz", "file": "Súbor", "author": "Autor", "published": "Zverejnené",
        "prepared": "Vypracované", "prepared_by": "Spracovateľ", "marking": "Klasifikácia", "page": "Strana",
        "of": "z", "extractive": "Extraktívne zhrnutie: každá veta je doslovne citovaná zo zdroja.",
        "method": "Metóda", "words": "Slová", "article": "článok", "this_note": "správa",
        "sentence_of_source": "veta {n} zdroja", "back_to_note": "späť na správu",
        "source_article": "Zdrojový článok", "summary_letter": "Z", "fact_letter": "F",
        "legend_summary": "citované v zhrnutí", "legend_fact": "kľúčový fakt",
        "legend": "Každá citovaná veta nesie svoje číslo v správe.",
        "legend_links": "Každé číslo odkazuje späť na správu.",
        "shortened_sentence": "Veta {n} zdroja je skrátená: {shown} z {total} znakov.",
        "shortened_field": "{field}: skrátené, {shown} z {total} znakov.",
        "title": "Názov",
        "shortened_appendix": "Zdrojový článok je uvedený po znak {shown} z {total}.",
        "shortened_in_appendix": "Viet zdroja skrátených v prílohe na {shown} znakov: {n}.",
        "brief_all": 'Zhrnutie obsahuje všetky vety článku: {n}.',
        "too_short": "Text je príliš krátky na zhrnutie (počet slov: {n}): poznámka ho cituje celý.",
        "brief_short": 'Zhrnutie obsahuje {shown} z {asked} požadovaných viet: ostatné vety článku sú popisky, kredity, miesta vydania alebo šablónový text, alebo by samy osebe nedávali zmysel.',
        "facts_short": 'Kľúčové fakty: {shown} z {asked} požadovaných. Žiadna ďalšia veta mimo zhrnutia neobsahuje číslo, dátum, sumu ani meno, neobstojí sama a nič k zhrnutiu nepridáva.',
        "digest": "Prehľad správ", "contents": "Obsah", "sources": "Zdroje", "more_stories": "Ďalšie správy", "coverage": "Články", "one_article": "1 článok", "n_articles": "články: {n}", "from_one_source": "z 1 média", "from_n_sources": "z médií: {n}", "source_number": "zdroj {n}",
        "whats_next": "Čo bude ďalej", "date_not_given": "dátum neuvedený", "min_read": "čítanie na {n} min",
        "top_lines": "V kocke",
    },
)
