"""Polish: one record of what briefing needs to brief in it (record.py says what each part is)."""

from __future__ import annotations

from briefing.text.languages.record import LATIN_TITLES, Conventions, Language, SnowballStems, SumyStopWords, words

POLISH = Language(
    name="polish",
    code="pl",
    stems=SnowballStems("polish"),
    stop_words=SumyStopWords("polish"),
    splitting=Conventions(
        titles=LATIN_TITLES | words("prof dr mgr inż hab ul al pl os ks płk gen św im tel"),
        abbreviations=words("np tj tzn tzw m.in itd itp ok r w wg godz tys mln mld zł jw ds"),
        months=words("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada "
                     "grudnia styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik "
                     "listopad grudzień sty lut mar kwi cze lip sie wrz paź lis gru"),
        dotted_ordinals=True,
    ),
    scale_words=("milionów", "miliony", "milion", "miliardów", "miliardy", "miliard", "mln", "mld", "procent", "zł"),
    labels={
        "note": "Notatka informacyjna", "bottom_line": "Najważniejsze", "summary": "Streszczenie",
        "key_facts": "Kluczowe fakty", "source": "Źródło", "publication": "Medium", "headline": "Tytuł",
        "link": "Adres", "file": "Plik", "author": "Autor", "published": "Opublikowano",
        "prepared": "Sporządzono", "prepared_by": "Opracowanie", "marking": "Klauzula", "page": "Strona",
        "of": "z", "extractive": "Streszczenie ekstrakcyjne: każde zdanie jest cytowane dosłownie ze źródła.",
        "method": "Metoda", "words": "Słowa", "article": "artykuł", "this_note": "notatka",
        "sentence_of_source": "zdanie {n} źródła", "back_to_note": "powrót do notatki",
        "source_article": "Artykuł źródłowy", "summary_letter": "S", "fact_letter": "F",
        "legend_summary": "cytowane w streszczeniu", "legend_fact": "kluczowy fakt",
        "legend": "Każde cytowane zdanie ma swój numer w notatce.",
        "legend_links": "Każdy numer prowadzi z powrotem do notatki.",
        "shortened_sentence": "Zdanie {n} źródła jest skrócone: {shown} z {total} znaków.",
        "shortened_field": "{field}: skrócono, {shown} z {total} znaków.",
        "title": "Tytuł",
        "shortened_appendix": "Artykuł źródłowy przytoczono do znaku {shown} z {total}.",
        "shortened_in_appendix": "Zdań źródła skróconych w załączniku do {shown} znaków: {n}.",
        "brief_all": 'Streszczenie zawiera wszystkie zdania artykułu: {n}.',
        "too_short": "Tekst jest za krótki, by go streścić (liczba słów: {n}): notatka przytacza go w całości.",
        "brief_short": 'Streszczenie zawiera {shown} z {asked} zamówionych zdań: pozostałe zdania artykułu to podpisy, autorstwo zdjęć, nagłówki miejsc lub stałe formułki albo zdania niezrozumiałe bez kontekstu.',
        "facts_short": 'Kluczowe fakty: {shown} z {asked} zamówionych. Żadne inne zdanie poza streszczeniem nie zawiera liczby, daty, kwoty ani nazwy, nie jest zrozumiałe samo w sobie i nie wnosi nic do streszczenia.',
        "digest": "Przegląd wiadomości", "contents": "Spis treści", "sources": "Źródła", "more_stories": "Inne wiadomości", "coverage": "Artykuły", "one_article": "1 artykuł", "n_articles": "artykuły: {n}", "from_one_source": "z 1 medium", "from_n_sources": "z mediów: {n}", "source_number": "źródło {n}",
        "whats_next": "Co dalej", "date_not_given": "brak daty", "min_read": "{n} min czytania",
        "top_lines": "W skrócie",
    },
)
