"""The note's own words in each language it can be written in: labels, the colophon, the notes it
adds; dates and numbers through Babel (CLDR), so a German note reads "28. November 2026" and
"1.800". Every language in languages.LANGUAGES has an entry (a test checks it)."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import Any

DATE_LOCALES = {"en": "en_GB"}  # day month year: unambiguous on both sides of the Atlantic

# The keys every language has. {n}, {shown}, {total} are filled in by t().
LABELS: dict[str, dict[str, str]] = {
    "en": {
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
        "brief_all": "The brief holds all the article's sentences: {n}.", "too_short": "The text is too short to summarize ({n} words): the note quotes it whole.",
        "brief_short": "The brief holds {shown} of the {asked} sentences asked for: the article's other sentences are captions, credits, datelines or boilerplate.",
        "facts_short": 'Key facts: {shown} of the {asked} asked for. No other sentence outside the brief carries a number, date, amount or name, stands on its own and adds to the brief.',
        "digest": "News digest", "contents": "Contents", "sources": "Sources", "more_stories": "More stories", "coverage": "Coverage", "one_article": "1 article", "n_articles": "{n} articles", "from_one_source": "from 1 outlet", "from_n_sources": "from {n} outlets", "source_number": "source {n}",
        "whats_next": "What's next", "date_not_given": "date not given", "min_read": "{n}-min read",
        "top_lines": "Top lines",
    },
    "de": {
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
        "brief_all": 'Die Zusammenfassung enthält alle Sätze des Artikels: {n}.', "too_short": "Der Text ist zu kurz für eine Zusammenfassung ({n} Wörter): Die Notiz gibt ihn vollständig wieder.",
        "brief_short": 'Die Zusammenfassung enthält {shown} der {asked} gewünschten Sätze: Die übrigen Sätze des Artikels sind Bildunterschriften, Quellenangaben, Ortsmarken oder Textbausteine.',
        "facts_short": 'Kernfakten: {shown} von {asked} gewünschten. Kein anderer Satz außerhalb der Zusammenfassung enthält eine Zahl, ein Datum, einen Betrag oder einen Namen, steht für sich und ergänzt die Zusammenfassung.',
        "digest": "Nachrichtenüberblick", "contents": "Inhalt", "sources": "Quellen", "more_stories": "Weitere Meldungen", "coverage": "Berichte", "one_article": "1 Artikel", "n_articles": "{n} Artikel", "from_one_source": "aus 1 Medium", "from_n_sources": "aus {n} Medien", "source_number": "Quelle {n}",
        "whats_next": "Wie es weitergeht", "date_not_given": "Datum nicht angegeben", "min_read": "Lesezeit {n} Min.",
        "top_lines": "Das Wichtigste in Kürze",
    },
    "fr": {
        "note": "Note d’information", "bottom_line": "L’essentiel", "summary": "Résumé", "key_facts": "Faits clés",
        "source": "Source", "publication": "Média", "headline": "Titre", "link": "Lien", "file": "Fichier",
        "author": "Auteur", "published": "Publié le", "prepared": "Rédigée le", "prepared_by": "Rédigée par",
        "marking": "Classification", "page": "Page", "of": "sur",
        "extractive": "Résumé extractif : chaque phrase est citée mot pour mot de la source.",
        "method": "Méthode", "words": "Mots", "article": "article", "this_note": "note",
        "sentence_of_source": "phrase {n} de la source", "back_to_note": "retour à la note",
        "source_article": "Article source", "summary_letter": "R", "fact_letter": "F",
        "legend_summary": "cité dans le résumé", "legend_fact": "un fait clé",
        "legend": "Chaque phrase citée porte son numéro dans la note.",
        "legend_links": "Chaque numéro renvoie à la note.",
        "shortened_sentence": "La phrase {n} de la source est abrégée : {shown} de ses {total} caractères.",
        "shortened_field": "{field} : abrégé, {shown} caractères sur {total}.",
        "title": "Titre de la note",
        "shortened_appendix": "L’article source est reproduit jusqu’au caractère {shown} sur {total}.",
        "shortened_in_appendix": "Phrases de la source abrégées en annexe à {shown} caractères : {n}.",
        "brief_all": 'Le résumé reprend toutes les phrases de l’article : {n}.', "too_short": "Le texte est trop court pour être résumé ({n} mots) : la note le cite en entier.",
        "brief_short": 'Le résumé compte {shown} des {asked} phrases demandées : les autres phrases de l’article sont des légendes, des crédits, des lieux d’origine ou des mentions répétitives.',
        "facts_short": 'Faits clés : {shown} sur les {asked} demandés. Aucune autre phrase hors du résumé ne contient de nombre, de date, de montant ou de nom, ne se suffit à elle-même et n’ajoute au résumé.',
        "digest": "Revue de presse", "contents": "Sommaire", "sources": "Sources", "more_stories": "Autres sujets", "coverage": "Articles", "one_article": "1 article", "n_articles": "{n} articles", "from_one_source": "de 1 média", "from_n_sources": "de {n} médias", "source_number": "source {n}",
        "whats_next": "Et ensuite", "date_not_given": "date non indiquée", "min_read": "lecture {n} min",
        "top_lines": "En bref",
    },
    "es": {
        "note": "Nota informativa", "bottom_line": "Lo esencial", "summary": "Resumen", "key_facts": "Datos clave",
        "source": "Fuente", "publication": "Medio", "headline": "Titular", "link": "Enlace", "file": "Archivo",
        "author": "Autor", "published": "Publicado", "prepared": "Elaborada", "prepared_by": "Elaborada por",
        "marking": "Clasificación", "page": "Página", "of": "de",
        "extractive": "Resumen extractivo: cada frase se cita textualmente de la fuente.",
        "method": "Método", "words": "Palabras", "article": "artículo", "this_note": "nota",
        "sentence_of_source": "frase {n} de la fuente", "back_to_note": "volver a la nota",
        "source_article": "Artículo original", "summary_letter": "R", "fact_letter": "D",
        "legend_summary": "citada en el resumen", "legend_fact": "un dato clave",
        "legend": "Cada frase citada lleva su número en la nota.",
        "legend_links": "Cada número remite a la nota.",
        "shortened_sentence": "La frase {n} de la fuente aparece abreviada: {shown} de sus {total} caracteres.",
        "shortened_field": "{field}: abreviado, {shown} de {total} caracteres.",
        "title": "Título",
        "shortened_appendix": "El artículo original se reproduce hasta el carácter {shown} de {total}.",
        "shortened_in_appendix": "Frases de la fuente abreviadas en el anexo a {shown} caracteres: {n}.",
        "brief_all": 'El resumen recoge todas las frases del artículo: {n}.', "too_short": "El texto es demasiado breve para resumirlo ({n} palabras): la nota lo cita completo.",
        "brief_short": 'El resumen tiene {shown} de las {asked} frases pedidas: las demás frases del artículo son pies de foto, créditos, datas o texto repetitivo.',
        "facts_short": 'Datos clave: {shown} de los {asked} pedidos. Ninguna otra frase fuera del resumen contiene un número, una fecha, una cantidad o un nombre, se entiende por sí sola y añade algo al resumen.',
        "digest": "Resumen de prensa", "contents": "Índice", "sources": "Fuentes", "more_stories": "Otras noticias", "coverage": "Cobertura", "one_article": "1 artículo", "n_articles": "{n} artículos", "from_one_source": "de 1 medio", "from_n_sources": "de {n} medios", "source_number": "fuente {n}",
        "whats_next": "Próximos pasos", "date_not_given": "fecha no indicada", "min_read": "lectura de {n} min",
        "top_lines": "Lo más importante",
    },
    "it": {
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
        "brief_all": 'Il riassunto riporta tutte le frasi dell’articolo: {n}.', "too_short": "Il testo è troppo breve per essere riassunto ({n} parole): la nota lo cita per intero.",
        "brief_short": 'Il riassunto contiene {shown} delle {asked} frasi richieste: le altre frasi dell’articolo sono didascalie, crediti, datelines o testo ricorrente.',
        "facts_short": 'Fatti chiave: {shown} dei {asked} richiesti. Nessun’altra frase fuori dal riassunto contiene un numero, una data, un importo o un nome, si regge da sola e aggiunge qualcosa al riassunto.',
        "digest": "Rassegna stampa", "contents": "Indice", "sources": "Fonti", "more_stories": "Altre notizie", "coverage": "Articoli", "one_article": "1 articolo", "n_articles": "{n} articoli", "from_one_source": "da 1 testata", "from_n_sources": "da {n} testate", "source_number": "fonte {n}",
        "whats_next": "Prossimi passi", "date_not_given": "data non indicata", "min_read": "lettura di {n} min",
        "top_lines": "In breve",
    },
    "pt": {
        "note": "Nota informativa", "bottom_line": "O essencial", "summary": "Resumo",
        "key_facts": "Dados principais", "source": "Fonte", "publication": "Publicação", "headline": "Título",
        "link": "Endereço", "file": "Arquivo", "author": "Autor", "published": "Publicado",
        "prepared": "Elaborada", "prepared_by": "Elaborada por", "marking": "Classificação",
        "page": "Página", "of": "de",
        "extractive": "Resumo extrativo: cada frase é citada textualmente da fonte.",
        "method": "Método", "words": "Palavras", "article": "artigo", "this_note": "nota",
        "sentence_of_source": "frase {n} da fonte", "back_to_note": "voltar à nota",
        "source_article": "Artigo original", "summary_letter": "R", "fact_letter": "D",
        "legend_summary": "citada no resumo", "legend_fact": "um dado principal",
        "legend": "Cada frase citada tem o seu número na nota.",
        "legend_links": "Cada número remete para a nota.",
        "shortened_sentence": "A frase {n} da fonte aparece abreviada: {shown} dos seus {total} caracteres.",
        "shortened_field": "{field}: abreviado, {shown} de {total} caracteres.",
        "title": "Título",
        "shortened_appendix": "O artigo original é reproduzido até ao carácter {shown} de {total}.",
        "shortened_in_appendix": "Frases da fonte abreviadas no anexo a {shown} caracteres: {n}.",
        "brief_all": 'O resumo reúne todas as frases do artigo: {n}.', "too_short": "O texto é demasiado curto para ser resumido ({n} palavras): a nota cita-o na íntegra.",
        "brief_short": 'O resumo tem {shown} das {asked} frases pedidas: as outras frases do artigo são legendas, créditos, indicações de origem ou texto repetido.',
        "facts_short": 'Factos principais: {shown} dos {asked} pedidos. Nenhuma outra frase fora do resumo tem um número, uma data, um montante ou um nome, se entende sozinha e acrescenta algo ao resumo.',
        "digest": "Resumo de imprensa", "contents": "Índice", "sources": "Fontes", "more_stories": "Outras notícias", "coverage": "Cobertura", "one_article": "1 artigo", "n_articles": "{n} artigos", "from_one_source": "de 1 publicação", "from_n_sources": "de {n} publicações", "source_number": "fonte {n}",
        "whats_next": "Próximos passos", "date_not_given": "data não indicada", "min_read": "leitura de {n} min",
        "top_lines": "Em resumo",
    },
    "sv": {
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
        "brief_all": 'Sammanfattningen innehåller alla artikelns meningar: {n}.', "too_short": "Texten är för kort för att sammanfattas ({n} ord): anteckningen citerar den i sin helhet.",
        "brief_short": 'Sammanfattningen innehåller {shown} av de {asked} meningar som begärdes: artikelns övriga meningar är bildtexter, källangivelser, ortsangivelser eller standardtext.',
        "facts_short": 'Viktiga fakta: {shown} av {asked} begärda. Ingen annan mening utanför sammanfattningen innehåller ett tal, ett datum, ett belopp eller ett namn, står på egen hand och tillför något.',
        "digest": "Nyhetssammanfattning", "contents": "Innehåll", "sources": "Källor", "more_stories": "Fler nyheter", "coverage": "Artiklar", "one_article": "1 artikel", "n_articles": "{n} artiklar", "from_one_source": "från 1 publikation", "from_n_sources": "från {n} publikationer", "source_number": "källa {n}",
        "whats_next": "Vad händer nu", "date_not_given": "datum saknas", "min_read": "{n} min läsning",
        "top_lines": "I korthet",
    },
    "cs": {
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
        "brief_all": 'Shrnutí obsahuje všechny věty článku: {n}.', "too_short": "Text je příliš krátký na shrnutí (počet slov: {n}): poznámka ho cituje celý.",
        "brief_short": 'Shrnutí obsahuje {shown} z {asked} požadovaných vět: ostatní věty článku jsou popisky, kredity, místa vydání nebo šablonový text.',
        "facts_short": 'Klíčová fakta: {shown} z {asked} požadovaných. Žádná další věta mimo shrnutí neobsahuje číslo, datum, částku ani jméno, neobstojí sama a nic k shrnutí nepřidává.',
        "digest": "Přehled zpráv", "contents": "Obsah", "sources": "Zdroje", "more_stories": "Další zprávy", "coverage": "Články", "one_article": "1 článek", "n_articles": "články: {n}", "from_one_source": "z 1 média", "from_n_sources": "z médií: {n}", "source_number": "zdroj {n}",
        "whats_next": "Co bude dál", "date_not_given": "datum neuvedeno", "min_read": "čtení na {n} min",
        "top_lines": "V kostce",
    },
    "sk": {
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
        "brief_all": 'Zhrnutie obsahuje všetky vety článku: {n}.', "too_short": "Text je príliš krátky na zhrnutie (počet slov: {n}): poznámka ho cituje celý.",
        "brief_short": 'Zhrnutie obsahuje {shown} z {asked} požadovaných viet: ostatné vety článku sú popisky, kredity, miesta vydania alebo šablónový text.',
        "facts_short": 'Kľúčové fakty: {shown} z {asked} požadovaných. Žiadna ďalšia veta mimo zhrnutia neobsahuje číslo, dátum, sumu ani meno, neobstojí sama a nič k zhrnutiu nepridáva.',
        "digest": "Prehľad správ", "contents": "Obsah", "sources": "Zdroje", "more_stories": "Ďalšie správy", "coverage": "Články", "one_article": "1 článok", "n_articles": "články: {n}", "from_one_source": "z 1 média", "from_n_sources": "z médií: {n}", "source_number": "zdroj {n}",
        "whats_next": "Čo bude ďalej", "date_not_given": "dátum neuvedený", "min_read": "čítanie na {n} min",
        "top_lines": "V kocke",
    },
    "pl": {
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
        "brief_all": 'Streszczenie zawiera wszystkie zdania artykułu: {n}.', "too_short": "Tekst jest za krótki, by go streścić (liczba słów: {n}): notatka przytacza go w całości.",
        "brief_short": 'Streszczenie zawiera {shown} z {asked} zamówionych zdań: pozostałe zdania artykułu to podpisy, autorstwo zdjęć, nagłówki miejsc lub stałe formułki.',
        "facts_short": 'Kluczowe fakty: {shown} z {asked} zamówionych. Żadne inne zdanie poza streszczeniem nie zawiera liczby, daty, kwoty ani nazwy, nie jest zrozumiałe samo w sobie i nie wnosi nic do streszczenia.',
        "digest": "Przegląd wiadomości", "contents": "Spis treści", "sources": "Źródła", "more_stories": "Inne wiadomości", "coverage": "Artykuły", "one_article": "1 artykuł", "n_articles": "artykuły: {n}", "from_one_source": "z 1 medium", "from_n_sources": "z mediów: {n}", "source_number": "źródło {n}",
        "whats_next": "Co dalej", "date_not_given": "brak daty", "min_read": "{n} min czytania",
        "top_lines": "W skrócie",
    },
    "uk": {
        "note": "Інформаційна довідка", "bottom_line": "Головне", "summary": "Стислий виклад",
        "key_facts": "Ключові факти", "source": "Джерело", "publication": "Видання", "headline": "Заголовок",
        "link": "Посилання", "file": "Файл", "author": "Автор", "published": "Опубліковано",
        "prepared": "Підготовлено", "prepared_by": "Укладач", "marking": "Гриф", "page": "Сторінка",
        "of": "з", "extractive": "Екстрактивний виклад: кожне речення дослівно процитовано з джерела.",
        "method": "Метод", "words": "Слова", "article": "стаття", "this_note": "довідка",
        "sentence_of_source": "речення {n} джерела", "back_to_note": "назад до довідки",
        "source_article": "Вихідна стаття", "summary_letter": "В", "fact_letter": "Ф",
        "legend_summary": "процитовано у викладі", "legend_fact": "ключовий факт",
        "legend": "Кожне цитоване речення має свій номер у довідці.",
        "legend_links": "Кожен номер веде назад до довідки.",
        "shortened_sentence": "Речення {n} джерела скорочено: {shown} з {total} символів.",
        "shortened_field": "{field}: скорочено, {shown} з {total} символів.",
        "title": "Назва",
        "shortened_appendix": "Вихідну статтю наведено до символу {shown} з {total}.",
        "shortened_in_appendix": "Речень джерела, скорочених у додатку до {shown} символів: {n}.",
        "brief_all": 'Резюме містить усі речення статті: {n}.', "too_short": "Текст занадто короткий для резюме (кількість слів: {n}): нотатка наводить його повністю.",
        "brief_short": 'Резюме містить {shown} з {asked} замовлених речень: решта речень статті — підписи, кредити, позначки місця або шаблонний текст.',
        "facts_short": 'Ключові факти: {shown} з {asked} замовлених. Жодне інше речення поза резюме не містить числа, дати, суми чи імені, не є зрозумілим саме по собі й нічого не додає до резюме.',
        "digest": "Огляд новин", "contents": "Зміст", "sources": "Джерела", "more_stories": "Інші новини", "coverage": "Статті", "one_article": "1 стаття", "n_articles": "статті: {n}", "from_one_source": "з 1 видання", "from_n_sources": "з видань: {n}", "source_number": "джерело {n}",
        "whats_next": "Що далі", "date_not_given": "дата не вказана", "min_read": "{n} хв читання",
        "top_lines": "Головне",
    },
    "el": {
        "note": "Ενημερωτικό σημείωμα", "bottom_line": "Η ουσία", "summary": "Περίληψη",
        "key_facts": "Βασικά στοιχεία", "source": "Πηγή", "publication": "Μέσο", "headline": "Τίτλος",
        "link": "Σύνδεσμος", "file": "Αρχείο", "author": "Συντάκτης", "published": "Δημοσίευση",
        "prepared": "Σύνταξη", "prepared_by": "Επιμέλεια", "marking": "Διαβάθμιση", "page": "Σελίδα",
        "of": "από", "extractive": "Εξαγωγική περίληψη: κάθε πρόταση παρατίθεται αυτολεξεί από την πηγή.",
        "method": "Μέθοδος", "words": "Λέξεις", "article": "άρθρο", "this_note": "σημείωμα",
        "sentence_of_source": "πρόταση {n} της πηγής", "back_to_note": "επιστροφή στο σημείωμα",
        "source_article": "Πρωτότυπο άρθρο", "summary_letter": "Π", "fact_letter": "Σ",
        "legend_summary": "παρατίθεται στην περίληψη", "legend_fact": "βασικό στοιχείο",
        "legend": "Κάθε παρατιθέμενη πρόταση φέρει τον αριθμό της στο σημείωμα.",
        "legend_links": "Κάθε αριθμός οδηγεί πίσω στο σημείωμα.",
        "shortened_sentence": "Η πρόταση {n} της πηγής εμφανίζεται συντομευμένη: {shown} από {total} χαρακτήρες.",
        "shortened_field": "{field}: συντομευμένο, {shown} από {total} χαρακτήρες.",
        "title": "Τίτλος",
        "shortened_appendix": "Το πρωτότυπο άρθρο παρατίθεται έως τον χαρακτήρα {shown} από {total}.",
        "shortened_in_appendix": "Προτάσεις της πηγής συντομευμένες στο παράρτημα σε {shown} χαρακτήρες: {n}.",
        "brief_all": 'Η σύνοψη περιέχει όλες τις προτάσεις του άρθρου: {n}.', "too_short": "Το κείμενο είναι πολύ σύντομο για σύνοψη ({n} λέξεις): το σημείωμα το παραθέτει ολόκληρο.",
        "brief_short": 'Η σύνοψη περιέχει {shown} από τις {asked} προτάσεις που ζητήθηκαν: οι υπόλοιπες προτάσεις του άρθρου είναι λεζάντες, πιστώσεις, τόποι προέλευσης ή τυποποιημένο κείμενο.',
        "facts_short": 'Βασικά στοιχεία: {shown} από τα {asked} που ζητήθηκαν. Καμία άλλη πρόταση εκτός της σύνοψης δεν περιέχει αριθμό, ημερομηνία, ποσό ή όνομα, δεν στέκει μόνη της και δεν προσθέτει κάτι στη σύνοψη.',
        "digest": "Επισκόπηση ειδήσεων", "contents": "Περιεχόμενα", "sources": "Πηγές", "more_stories": "Άλλες ειδήσεις", "coverage": "Άρθρα", "one_article": "1 άρθρο", "n_articles": "{n} άρθρα", "from_one_source": "από 1 μέσο", "from_n_sources": "από {n} μέσα", "source_number": "πηγή {n}",
        "whats_next": "Τι ακολουθεί", "date_not_given": "χωρίς ημερομηνία", "min_read": "ανάγνωση {n} λεπτών",
        "top_lines": "Με μια ματιά",
    },
}

# Words that make a number a figure worth picking out ("£240 million", "2.9 per cent").
SCALE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("million", "billion", "trillion", "bn", "m", "per cent", "percent"),
    "de": ("Millionen", "Million", "Milliarden", "Milliarde", "Mio.", "Mrd.", "Prozent"),
    "fr": ("millions", "million", "milliards", "milliard", "pour cent"),
    "es": ("millones", "millón", "mil millones", "por ciento"),
    "it": ("milioni", "milione", "miliardi", "miliardo", "per cento"),
    "pt": ("milhões", "milhão", "mil milhões", "bilhões", "bilhão", "por cento"),
    "sv": ("miljoner", "miljon", "miljarder", "miljard", "procent", "kronor"),
    "cs": ("milionů", "miliony", "milion", "miliard", "miliardy", "procent", "Kč"),
    "sk": ("miliónov", "milióny", "milión", "miliárd", "miliardy", "percent"),
    "pl": ("milionów", "miliony", "milion", "miliardów", "miliardy", "miliard", "mln", "mld", "procent", "zł"),
    "uk": ("мільйонів", "мільйони", "мільйон", "мільярдів", "мільярди", "мільярд", "млн", "млрд", "відсотків",
           "грн"),
    "el": ("εκατομμύρια", "εκατομμύριο", "δισεκατομμύρια", "δισ.", "εκατ.", "τοις εκατό"),
}


class Labels:
    """The note's words in one language: ``labels.t("summary")``, dates and numbers."""

    def __init__(self, code: str) -> None:
        self.code = code
        self.words = LABELS[code]

    def t(self, key: str, **values: Any) -> str:
        text = self.words[key]
        return text.format(**{name: self.number(value) for name, value in values.items()}) if values else text

    def number(self, value: Any) -> str:
        from babel.numbers import format_decimal

        return str(format_decimal(value, locale=self.code)) if isinstance(value, int) else str(value)

    def day(self, value: date | datetime) -> str:
        """A date as a reader of the language writes it: "28 November 2026", "28. November 2026"."""
        from babel.dates import format_date

        return str(format_date(value, format="long", locale=DATE_LOCALES.get(self.code, self.code)))

    def days(self, first: str, last: str) -> str:
        """Two dates of articles as one range: "23 November 2026 – 25 November 2026" (CLDR's
        intervals abbreviate the months), or one date when they are the same day; dates that are
        not ISO dates as they were found."""
        try:
            start, end = date.fromisoformat(first.strip()[:10]), date.fromisoformat(last.strip()[:10])
        except ValueError:
            return first if first == last else f"{first} – {last}"
        if start == end:
            return self.day(start)
        return f"{self.day(start)} – {self.day(end)}"

    def published(self, value: str | None) -> str | None:
        """An article's date in the note's format when it is an ISO date, else as it was found."""
        if not value:
            return None
        try:
            return self.day(date.fromisoformat(value.strip()[:10]))
        except ValueError:
            return value

    def month_names(self) -> tuple[str, ...]:
        """Every spelling of the months: full and short, as in a date and standing alone."""
        return _month_names(self.code)


@lru_cache(maxsize=16)
def labels_for(code: str) -> Labels:
    return Labels(code)


@lru_cache(maxsize=16)
def _month_names(code: str) -> tuple[str, ...]:
    from babel.dates import get_month_names

    names = {
        name.rstrip(".")
        for context in ("format", "stand-alone")
        for width in ("wide", "abbreviated")
        for name in get_month_names(width, context, locale=DATE_LOCALES.get(code, code)).values()
    }
    return tuple(sorted((name for name in names if len(name) >= 3), key=len, reverse=True))
