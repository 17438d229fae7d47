"""Portuguese: one record of what briefing needs to brief in it (record.py says what each part is)."""

from __future__ import annotations

from briefing.text.languages.record import LATIN_TITLES, Conventions, Language, SumyStems, SumyStopWords, words

PORTUGUESE = Language(
    name="portuguese",
    code="pt",
    stems=SumyStems("portuguese"),
    stop_words=SumyStopWords("portuguese"),
    splitting=Conventions(
        titles=LATIN_TITLES | words("Sr Sra Srª Dra D Profª Eng Av R n.º nº pág art"),
        abbreviations=words("etc p.ex"),
        months=words("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro "
                     "jan fev mar abr mai jun jul ago set out nov dez"),
    ),
    scale_words=("milhões", "milhão", "mil milhões", "bilhões", "bilhão", "por cento"),
    labels={
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
        "brief_all": 'O resumo reúne todas as frases do artigo: {n}.',
        "too_short": "O texto é demasiado curto para ser resumido ({n} palavras): a nota cita-o na íntegra.",
        "brief_short": 'O resumo tem {shown} das {asked} frases pedidas: as outras frases do artigo são legendas, créditos, indicações de origem ou texto repetido, ou não se entenderiam sozinhas.',
        "facts_short": 'Factos principais: {shown} dos {asked} pedidos. Nenhuma outra frase fora do resumo tem um número, uma data, um montante ou um nome, se entende sozinha e acrescenta algo ao resumo.',
        "digest": "Resumo de imprensa", "contents": "Índice", "sources": "Fontes", "more_stories": "Outras notícias", "coverage": "Cobertura", "one_article": "1 artigo", "n_articles": "{n} artigos", "from_one_source": "de 1 publicação", "from_n_sources": "de {n} publicações", "source_number": "fonte {n}",
        "whats_next": "Próximos passos", "date_not_given": "data não indicada", "min_read": "leitura de {n} min",
        "top_lines": "Em resumo",
    },
)
