import pytest
from briefing.config import DEFAULTS
from briefing.summarize.facts import select_facts
from briefing.summarize.pipeline import make_briefing
from briefing.text.analysis import analyse
from briefing.text.segment import split_sentences, terms_for
from briefing.text.specifics import specifics


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



def _harbour_story(facts: dict[int, str], length: int = 22) -> list:
    """A story of ``length`` sentences whose only specifics are ``facts`` (by index) and its lede."""
    lede = "Ministers in Portmere agreed a new budget for the city's harbour after a long night of talks."
    filler = "Officials in the region talked about the plan for the {} time in a row over coffee."
    ordinals = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                "eleventh", "twelfth", "next", "final", "last", "closing", "other", "fresh", "usual", "long",
                "late", "early", "quiet", "calm", "brief", "warm")
    texts = [lede, *(facts.get(index) or filler.format(ordinals[index]) for index in range(1, length))]
    sentences = split_sentences(" ".join(texts))
    assert [sentences[index].text for index in facts] == list(facts.values())
    return sentences


def test_of_two_equal_facts_the_one_nearer_the_lede_is_the_bullet_though_ranked_lower():
    # readers find late bullets leaning on what the note does not show far more often (benchmarks/readers)
    early = "Harbour managers will borrow 40 million pounds from Lloyds on Monday."
    late = "Harbour managers will borrow 45 million pounds from Barclays on Friday."
    sentences = _harbour_story({4: early, 21: late})
    analysis = analyse(sentences, terms_for("english"), title="Harbour budget agreed")
    ranking = [0, 21, 4, *range(1, 4), *range(5, 21)]  # the late one ranked higher
    assert [fact.text for fact in select_facts(analysis, ranking, sentences[:1], count=1)] == [early]


def test_a_fact_far_down_the_story_is_a_bullet_only_after_the_sentence_before_it():
    # readers found 38% of such bullets defective, read without the sentence before them (audits 20-42)
    near = "Harbour managers will borrow 40 million pounds from Lloyds on Monday."
    far = "Portmere's ferry company will pay 5 million pounds towards the harbour wall by June."
    sentences = _harbour_story({6: near, 24: far}, length=26)
    analysis = analyse(sentences, terms_for("english"), title="Harbour budget agreed")
    ranking = [0, 24, 6, *(index for index in range(1, 26) if index not in (6, 24))]
    assert [fact.text for fact in select_facts(analysis, ranking, sentences[:1], count=2)] == [near]
    before_it = (sentences[0], sentences[23])  # the brief shows the 24th sentence: the 25th reads on from it
    assert [fact.text for fact in select_facts(analysis, ranking, before_it, count=2)] == [near, far]


def test_a_fact_that_continues_a_shown_sentence_is_the_bullet_before_an_equal_one_nearby():
    apart = "Harbour managers will borrow 40 million pounds from Lloyds on Monday."
    following = "Harbour managers will borrow 45 million pounds from Barclays on Friday."
    sentences = _harbour_story({8: apart, 11: following})
    analysis = analyse(sentences, terms_for("english"), title="Harbour budget agreed")
    ranking = [0, 10, 8, 11, *(index for index in range(1, 22) if index not in (8, 10, 11))]
    brief = (sentences[0], sentences[10])  # the brief shows the 11th sentence: the 12th reads on from it
    assert [fact.text for fact in select_facts(analysis, ranking, brief, count=1)] == [following]


def test_a_bullet_that_leans_on_the_brief_reads_on_only_from_its_last_sentence_at_the_top_of_the_list():
    # readers flagged 26% of bullets leaning on a brief sentence further up the note, 5% of those reading on from
    # the brief's last sentence as the first bullet (benchmarks/readers, audits 1-30)
    named = "Harbour managers will borrow 40 million pounds from Lloyds on Monday."
    leaning_on_it = "They will repay it by 2030, Lloyds said on Tuesday."
    later = "Portmere's ferry company will pay 5 million pounds towards the harbour wall by June."
    sentences = _harbour_story({4: named, 5: leaning_on_it, 12: later, 13: leaning_on_it.replace("They", "It")})
    analysis = analyse(sentences, terms_for("english"), title="Harbour budget agreed")
    ranking = [0, 4, 12, 5, 13, *(index for index in range(1, 22) if index not in (4, 5, 12, 13))]
    brief_ends_on_it = (sentences[0], sentences[4])
    assert [fact.text for fact in select_facts(analysis, ranking, brief_ends_on_it, count=2)] == [
        leaning_on_it, later]
    brief_goes_on = (sentences[0], sentences[4], sentences[12])  # "They" would be a bullet under the ferry's wall
    assert [fact.text for fact in select_facts(analysis, ranking, brief_goes_on, count=2)] == [
        "It will repay it by 2030, Lloyds said on Tuesday."]


def test_a_quotation_told_by_a_bare_he_is_no_bullet_even_after_the_sentence_that_names_him():
    # readers lost the speaker of 6 of 11 such bullets (benchmarks/readers): he is often named further up
    quoted = "'We will take this to the Court of Appeal in London by March,' he said."
    sentences = _harbour_story({
        4: "Lawyer Tom Reid said 40 owners would appeal against the Portmere budget.", 5: quoted,
        6: "Harbour managers will borrow 45 million pounds from Barclays on Friday."})
    analysis = analyse(sentences, terms_for("english"), title="Harbour budget agreed")
    ranking = [0, 5, 4, 6, *(index for index in range(1, 22) if index not in (4, 5, 6))]
    facts = [fact.text for fact in select_facts(analysis, ranking, sentences[:1], count=3)]
    assert quoted not in facts
    assert "Lawyer Tom Reid said 40 owners would appeal against the Portmere budget." in facts


def test_a_question_is_no_bullet_and_a_quotation_told_by_a_bare_it_tweeted_neither():
    question = "Will the 40 million pounds from Lloyds be enough for the harbour by Monday?"
    tweeted = "'Kindly share your booking number with us by Friday,' it tweeted."
    fact = "Harbour managers will borrow 45 million pounds from Barclays on Friday."
    sentences = _harbour_story({4: question, 5: tweeted, 6: fact})
    analysis = analyse(sentences, terms_for("english"), title="Harbour budget agreed")
    ranking = [0, 4, 5, 6, *(index for index in range(1, 22) if index not in (4, 5, 6))]
    assert [fact.text for fact in select_facts(analysis, ranking, sentences[:1], count=3)] == [fact]


@pytest.mark.parametrize("cut", [
    "Lawyer Tom Reid called the 40 million pound loan 'a raid on the pockets of every family in Portmere.",
    "Harbour managers will borrow 45 million pounds from Barclays on Friday, and then...",
])
def test_a_sentence_that_opens_a_quotation_it_never_closes_or_trails_off_is_no_bullet(cut):
    # readers called both cut ("Boies called the hacks 'a state sponsored … employees.", "Anything you can do…")
    fact = "Harbour managers will borrow 40 million pounds from Lloyds on Monday."
    sentences = _harbour_story({4: cut, 6: fact})
    analysis = analyse(sentences, terms_for("english"), title="Harbour budget agreed")
    ranking = [0, 4, 6, *(index for index in range(1, 22) if index not in (4, 6))]
    assert [fact.text for fact in select_facts(analysis, ranking, sentences[:1], count=3)] == [fact]
