from briefing.config import DEFAULTS
from briefing.facts import specifics
from briefing.pipeline import make_briefing
from briefing.segment import split_sentences


def test_specifics_counts_numbers_dates_money_and_names():
    [plain, rich] = split_sentences(
        "it was a quiet day in the town. Mayor Ana Ruiz said on March 3 that $4m was spent."
    )
    assert specifics(plain) == 0
    assert specifics(rich) == 4


def test_facts_are_verbatim_outside_the_brief_and_in_article_order(article_text):
    note = make_briefing(article_text, DEFAULTS.merged({"facts": 5}))
    assert len(note.facts) == 5
    brief = {s.index for s in note.brief}
    assert all(fact.index not in brief for fact in note.facts)
    assert [f.index for f in note.facts] == sorted(f.index for f in note.facts)
    for fact in note.facts:
        assert fact.text in " ".join(article_text.split())
        assert specifics(fact) >= 1


def test_zero_facts_is_allowed(article_text):
    assert make_briefing(article_text, DEFAULTS.merged({"facts": 0})).facts == ()
