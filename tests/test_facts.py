from briefing.config import DEFAULTS
from briefing.summarize.facts import specifics
from briefing.summarize.pipeline import make_briefing
from briefing.text.segment import split_sentences


def test_specifics_counts_numbers_dates_money_and_names():
    [plain, rich] = split_sentences(
        "it was a quiet day in the town. Mayor Ana Ruiz said on March 3 that $4m was spent."
    )
    assert specifics(plain) == 0
    assert specifics(rich) == 4


def test_facts_are_verbatim_outside_the_brief_and_in_article_order(article_text):
    note = make_briefing(article_text, DEFAULTS.merged({"facts": 5}).brief)
    assert len(note.facts) == 5
    brief = {s.index for s in note.brief}
    assert all(fact.index not in brief for fact in note.facts)
    assert [f.index for f in note.facts] == sorted(f.index for f in note.facts)
    for fact in note.facts:
        assert fact.text in " ".join(article_text.split())
        assert specifics(fact) >= 1


def test_zero_facts_is_allowed(article_text):
    assert make_briefing(article_text, DEFAULTS.merged({"facts": 0}).brief).facts == ()


def test_of_two_bullets_with_the_same_fact_the_shorter_wins_and_none_repeats_the_brief():
    text = (
        "Flood barrier approved\n\n"
        "Councillors in Portmere approved a £240 million flood barrier on Tuesday after a long debate. "
        "The vote followed two storms that flooded homes across the city in the winter. "
        "Work will start next spring. "
        "The Environment Agency will pay £110 million of the cost. "
        "According to figures published by the council on Tuesday evening, the Environment Agency "
        "will pay £110 million of the cost of the barrier, with the rest borrowed by the city. "
        "Residents of Southwick said 340 households were still in temporary homes in March."
    )
    note = make_briefing(text, DEFAULTS.merged({"sentences": 1, "facts": 3}).brief)
    facts = [fact.text for fact in note.facts]
    assert "The Environment Agency will pay £110 million of the cost." in facts
    assert not any(fact.startswith("According to figures") for fact in facts)
    assert "Work will start next spring." not in facts  # no number, date, amount or name
    for fact in note.facts:
        assert fact.text not in note.brief_text
