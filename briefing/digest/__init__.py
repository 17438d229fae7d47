"""Many Briefings → one Digest: which articles tell the same story (stories), and each story
briefed from all its articles, nothing said twice (make).
"""
