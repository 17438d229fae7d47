"""German: one record of what briefing needs to brief in it (record.py says what each part is)."""

from __future__ import annotations

from briefing.text.languages.record import LATIN_TITLES, Conventions, Language, SumyStems, SumyStopWords, words

GERMAN = Language(
    name="german",
    code="de",
    stems=SumyStems("german"),
    stop_words=SumyStopWords("german"),
    splitting=Conventions(
        titles=LATIN_TITLES | words("Hr Hrn Fr Frl Dipl Ing Bd Abs Art Str Tel Jh Mio Mrd bzgl gem geb gest sog"),
        abbreviations=words("z.b u.a d.h bzw ca usw vgl inkl evtl ggf u.u v.a z.t o.ä s.o s.u i.d.r etc u.ä zzgl bsp ff"),
        months=words("januar jänner februar märz april mai juni juli august september oktober november dezember "
                     "jan feb mär apr jun jul aug sep sept okt nov dez"),
        dotted_ordinals=True,
        title_suffix="str",  # Hauptstr., Bahnhofstr.
    ),
    scale_words=("Millionen", "Million", "Milliarden", "Milliarde", "Mio.", "Mrd.", "Prozent"),
    labels={
        "note": "Briefing", "bottom_line": "Das Wichtigste", "summary": "Zusammenfassung",
        "key_facts": "Kernfakten", "source": "Quelle", "publication": "Medium", "headline": "Schlagzeile",
        "link": "Link", "file": "Datei", "author": "Autor", "published": "Veröffentlicht",
        "prepared": "Erstellt", "prepared_by": "Erstellt von", "marking": "Einstufung", "page": "Seite",
        "of": "von", "extractive": "Extraktive Zusammenfassung: Jeder Satz ist wörtlich aus der Quelle zitiert.",
        "method": "Methode", "words": "Wörter", "article": "Artikel", "this_note": "Briefing",
        "sentence_of_source": "Satz {n} der Quelle", "back_to_note": "zurück zum Briefing",
        "source_article": "Quellartikel", "summary_letter": "Z", "fact_letter": "F",
        "legend_summary": "in der Zusammenfassung zitiert", "legend_fact": "ein Kernfakt",
        "legend": "Jeder zitierte Satz trägt seine Nummer im Briefing.",
        "legend_links": "Jede Nummer führt zurück zum Briefing.",
        "shortened_sentence": "Satz {n} der Quelle ist gekürzt: {shown} von {total} Zeichen.",
        "shortened_field": "{field}: gekürzt, {shown} von {total} Zeichen.",
        "title": "Titel",
        "shortened_appendix": "Der Quellartikel ist bis Zeichen {shown} von {total} wiedergegeben.",
        "shortened_in_appendix": "Im Anhang auf {shown} Zeichen gekürzte Sätze der Quelle: {n}.",
        "brief_all": 'Die Zusammenfassung enthält alle Sätze des Artikels: {n}.',
        "too_short": "Der Text ist zu kurz für eine Zusammenfassung ({n} Wörter): Die Notiz gibt ihn vollständig wieder.",
        "brief_short": 'Die Zusammenfassung enthält {shown} der {asked} gewünschten Sätze: Die übrigen Sätze des Artikels sind Bildunterschriften, Quellenangaben, Ortsmarken oder Textbausteine oder wären für sich allein nicht verständlich.',
        "facts_short": 'Kernfakten: {shown} von {asked} gewünschten. Kein anderer Satz außerhalb der Zusammenfassung enthält eine Zahl, ein Datum, einen Betrag oder einen Namen, steht für sich und ergänzt die Zusammenfassung.',
        "digest": "Nachrichtenüberblick", "contents": "Inhalt", "sources": "Quellen", "more_stories": "Weitere Meldungen", "coverage": "Berichte", "one_article": "1 Artikel", "n_articles": "{n} Artikel", "from_one_source": "aus 1 Medium", "from_n_sources": "aus {n} Medien", "source_number": "Quelle {n}",
        "whats_next": "Wie es weitergeht", "date_not_given": "Datum nicht angegeben", "min_read": "Lesezeit {n} Min.",
        "top_lines": "Das Wichtigste in Kürze",
    },
)
