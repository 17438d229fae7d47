"""Article → sentences, and what is known of each: splitting into sentences and words and terms
(segment, abbreviations), quotations (quotations), page furniture (cleaning), whether a sentence
stands alone (predicates, clauses), near-duplicates, and the languages briefing reads and writes
(languages, labels, language_guess).
"""
