"""Sentences → Briefing: the table of ranking methods (methods: newsrank, our own; sumy's in
sumy_rankers), a ranking turned into a brief (selection), the key facts (facts), what happens
next (outlook), and the pipeline that runs them in order for one article (pipeline).
"""
