"""French: one record of what briefing needs to brief in it (record.py says what each part is)."""

from __future__ import annotations

from briefing.text.languages.record import LATIN_TITLES, Conventions, Language, SumyStems, SumyStopWords, words

FRENCH = Language(
    name="french",
    code="fr",
    stems=SumyStems("french"),
    stop_words=SumyStopWords("french"),
    splitting=Conventions(
        titles=LATIN_TITLES | words("M MM Mme Mlle Pr Me Ste av bd n° vol art ch éd p"),
        abbreviations=words("etc cf p.ex env c.-à-d c.à.d hab apr av. j.-c"),
        months=words("janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
                     "janv févr avr juil sept oct nov déc"),
    ),
    scale_words=("millions", "million", "milliards", "milliard", "pour cent"),
    labels={
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
        "brief_all": 'Le résumé reprend toutes les phrases de l’article : {n}.',
        "too_short": "Le texte est trop court pour être résumé ({n} mots) : la note le cite en entier.",
        "brief_short": 'Le résumé compte {shown} des {asked} phrases demandées : les autres phrases de l’article sont des légendes, des crédits, des lieux d’origine ou des mentions répétitives, ou ne se comprendraient pas seules.',
        "facts_short": 'Faits clés : {shown} sur les {asked} demandés. Aucune autre phrase hors du résumé ne contient de nombre, de date, de montant ou de nom, ne se suffit à elle-même et n’ajoute au résumé.',
        "digest": "Revue de presse", "contents": "Sommaire", "sources": "Sources", "more_stories": "Autres sujets", "coverage": "Articles", "one_article": "1 article", "n_articles": "{n} articles", "from_one_source": "de 1 média", "from_n_sources": "de {n} médias", "source_number": "source {n}",
        "whats_next": "Et ensuite", "date_not_given": "date non indiquée", "min_read": "lecture {n} min",
        "top_lines": "En bref",
    },
)
