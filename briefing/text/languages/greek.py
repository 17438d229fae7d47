"""Greek: one record of what briefing needs to brief in it (record.py says what each part is)."""

from __future__ import annotations

from briefing.text.languages.record import Conventions, Language, SnowballStems, SumyStopWords, words

GREEK = Language(
    name="greek",
    code="el",
    stems=SnowballStems("greek"),
    stop_words=SumyStopWords("greek"),
    splitting=Conventions(
        titles=words("κ κα Δρ δρ Αγ οδ αρ"),
        abbreviations=words("δηλ π.χ κ.λπ κ.ά μ.χ π.χ αι χλμ εκ δισ εκατ π.μ μ.μ σελ"),
        months=words("ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου "
                     "οκτωβρίου νοεμβρίου δεκεμβρίου"),
    ),
    scale_words=("εκατομμύρια", "εκατομμύριο", "δισεκατομμύρια", "δισ.", "εκατ.", "τοις εκατό"),
    labels={
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
        "brief_all": 'Η σύνοψη περιέχει όλες τις προτάσεις του άρθρου: {n}.',
        "too_short": "Το κείμενο είναι πολύ σύντομο για σύνοψη ({n} λέξεις): το σημείωμα το παραθέτει ολόκληρο.",
        "brief_short": 'Η σύνοψη περιέχει {shown} από τις {asked} προτάσεις που ζητήθηκαν: οι υπόλοιπες προτάσεις του άρθρου είναι λεζάντες, πιστώσεις, τόποι προέλευσης ή τυποποιημένο κείμενο, ή δεν θα γίνονταν κατανοητές μόνες τους.',
        "facts_short": 'Βασικά στοιχεία: {shown} από τα {asked} που ζητήθηκαν. Καμία άλλη πρόταση εκτός της σύνοψης δεν περιέχει αριθμό, ημερομηνία, ποσό ή όνομα, δεν στέκει μόνη της και δεν προσθέτει κάτι στη σύνοψη.',
        "digest": "Επισκόπηση ειδήσεων", "contents": "Περιεχόμενα", "sources": "Πηγές", "more_stories": "Άλλες ειδήσεις", "coverage": "Άρθρα", "one_article": "1 άρθρο", "n_articles": "{n} άρθρα", "from_one_source": "από 1 μέσο", "from_n_sources": "από {n} μέσα", "source_number": "πηγή {n}",
        "whats_next": "Τι ακολουθεί", "date_not_given": "χωρίς ημερομηνία", "min_read": "ανάγνωση {n} λεπτών",
        "top_lines": "Με μια ματιά",
    },
)
