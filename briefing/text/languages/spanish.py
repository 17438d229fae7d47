"""Spanish: one record of what briefing needs to brief in it (record.py says what each part is)."""

from __future__ import annotations

from briefing.text.languages.record import LATIN_TITLES, Conventions, Language, SumyStems, SumyStopWords, words

SPANISH = Language(
    name="spanish",
    code="es",
    stems=SumyStems("spanish"),
    stop_words=SumyStopWords("spanish"),
    splitting=Conventions(
        titles=LATIN_TITLES | words("Sr Sra Srta Dra Ud Uds D Dña Av Avda núm pág Lic Ing Excmo Excma Sto Sta art"),
        abbreviations=words("etc p.ej aprox ee.uu a.c d.c"),
        months=words("enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre "
                     "diciembre ene feb mar abr jun jul ago sept oct nov dic"),
    ),
    scale_words=("millones", "millón", "mil millones", "por ciento"),
    labels={
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
        "brief_all": 'El resumen recoge todas las frases del artículo: {n}.',
        "too_short": "El texto es demasiado breve para resumirlo ({n} palabras): la nota lo cita completo.",
        "brief_short": 'El resumen tiene {shown} de las {asked} frases pedidas: las demás frases del artículo son pies de foto, créditos, datas o texto repetitivo, o no se entenderían por sí solas.',
        "facts_short": 'Datos clave: {shown} de los {asked} pedidos. Ninguna otra frase fuera del resumen contiene un número, una fecha, una cantidad o un nombre, se entiende por sí sola y añade algo al resumen.',
        "digest": "Resumen de prensa", "contents": "Índice", "sources": "Fuentes", "more_stories": "Otras noticias", "coverage": "Cobertura", "one_article": "1 artículo", "n_articles": "{n} artículos", "from_one_source": "de 1 medio", "from_n_sources": "de {n} medios", "source_number": "fuente {n}",
        "whats_next": "Próximos pasos", "date_not_given": "fecha no indicada", "min_read": "lectura de {n} min",
        "top_lines": "Lo más importante",
    },
)
