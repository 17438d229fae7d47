"""Italian: one record of what briefing needs to brief in it (record.py says what each part is)."""

from __future__ import annotations

from briefing.text.languages.record import LATIN_TITLES, Conventions, Language, SumyStems, SumyStopWords, words

ITALIAN = Language(
    name="italian",
    code="it",
    stems=SumyStems("italian"),
    stop_words=SumyStopWords("italian"),
    splitting=Conventions(
        titles=LATIN_TITLES | words("sig sigg sig.ra dott dott.ssa ing avv on arch geom rag sen pag art S"),
        abbreviations=words("ecc es p.es cfr ca"),
        months=words("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre "
                     "gen feb mar apr mag giu lug ago sett ott nov dic"),
    ),
    scale_words=("milioni", "milione", "miliardi", "miliardo", "per cento"),
    labels={
        "note": "Nota informativa", "bottom_line": "L’essenziale", "summary": "Sintesi",
        "key_facts": "Dati principali", "source": "Fonte", "publication": "Testata", "headline": "Titolo",
        "link": "Link", "file": "File", "author": "Autore", "published": "Pubblicato",
        "prepared": "Redatta il", "prepared_by": "Redatta da", "marking": "Classifica", "page": "Pagina",
        "of": "di", "extractive": "Sintesi estrattiva: ogni frase è citata testualmente dalla fonte.",
        "method": "Metodo", "words": "Parole", "article": "articolo", "this_note": "nota",
        "sentence_of_source": "frase {n} della fonte", "back_to_note": "torna alla nota",
        "source_article": "Articolo originale", "summary_letter": "S", "fact_letter": "D",
        "legend_summary": "citata nella sintesi", "legend_fact": "un dato principale",
        "legend": "Ogni frase citata porta il suo numero nella nota.",
        "legend_links": "Ogni numero rimanda alla nota.",
        "shortened_sentence": "La frase {n} della fonte è abbreviata: {shown} dei suoi {total} caratteri.",
        "shortened_field": "{field}: abbreviato, {shown} di {total} caratteri.",
        "title": "Titolo",
        "shortened_appendix": "L’articolo originale è riportato fino al carattere {shown} di {total}.",
        "shortened_in_appendix": "Frasi della fonte abbreviate nell’appendice a {shown} caratteri: {n}.",
        "brief_all": 'Il riassunto riporta tutte le frasi dell’articolo: {n}.',
        "too_short": "Il testo è troppo breve per essere riassunto ({n} parole): la nota lo cita per intero.",
        "brief_short": 'Il riassunto contiene {shown} delle {asked} frasi richieste: le altre frasi dell’articolo sono didascalie, crediti, datelines o testo ricorrente, oppure non si capirebbero da sole.',
        "facts_short": 'Fatti chiave: {shown} dei {asked} richiesti. Nessun’altra frase fuori dal riassunto contiene un numero, una data, un importo o un nome, si regge da sola e aggiunge qualcosa al riassunto.',
        "digest": "Rassegna stampa", "contents": "Indice", "sources": "Fonti", "more_stories": "Altre notizie", "coverage": "Articoli", "one_article": "1 articolo", "n_articles": "{n} articoli", "from_one_source": "da 1 testata", "from_n_sources": "da {n} testate", "source_number": "fonte {n}",
        "whats_next": "Prossimi passi", "date_not_given": "data non indicata", "min_read": "lettura di {n} min",
        "top_lines": "In breve",
    },
)
