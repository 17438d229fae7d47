import pytest

from briefing.config import DEFAULTS, METHODS
from briefing.pipeline import make_briefing
from briefing.ranking import rank, select
from briefing.segment import split_sentences, terms_for


@pytest.fixture(scope="module")
def sentences(request):
    from conftest import SAMPLE

    from briefing.reading import read_article

    return split_sentences(read_article(SAMPLE).text)


@pytest.mark.parametrize("method", METHODS)
def test_every_method_ranks_every_sentence_once(sentences, method):
    ranking = rank(sentences, method=method, terms=terms_for("english"), title="Flood barrier")
    assert sorted(ranking) == list(range(len(sentences)))


def test_lead_takes_the_first_sentences(sentences):
    ranking = rank(sentences, method="lead", terms=terms_for("english"))
    assert [s.index for s in select(sentences, ranking, DEFAULTS)] == [0, 1, 2]


def test_selection_is_in_article_order_and_respects_the_count(sentences):
    ranking = [5, 2, 9, 0, 7]
    chosen = select(sentences, ranking, DEFAULTS.merged({"sentences": 4}))
    assert [s.index for s in chosen] == [0, 2, 5, 9]


def test_ratio_rounds_to_at_least_one_sentence(sentences):
    ranking = list(range(len(sentences)))
    assert len(select(sentences, ranking, DEFAULTS.merged({"ratio": 0.2}))) == round(0.2 * len(sentences))
    assert len(select(sentences, ranking, DEFAULTS.merged({"ratio": 0.001}))) == 1


def test_word_budget_takes_whole_sentences_that_fit(sentences):
    ranking = list(range(len(sentences)))
    chosen = select(sentences, ranking, DEFAULTS.merged({"words": 60}))
    assert sum(s.words for s in chosen) <= 60
    # Greedy in rank order: every skipped higher-ranked sentence would have broken the budget.
    total = sum(s.words for s in chosen)
    for index in ranking:
        if sentences[index] in chosen:
            continue
        assert total + sentences[index].words > 60
        break


def test_word_budget_smaller_than_any_sentence_still_gives_one():
    sentences = split_sentences("A sentence with seven words in it. Another one of seven words here.")
    chosen = select(sentences, [1, 0], DEFAULTS.merged({"words": 3}))
    assert [s.index for s in chosen] == [1]


def test_fewer_sentences_than_asked_gives_them_all_with_a_note():
    note = make_briefing("Only one sentence is here, and it is short.", DEFAULTS.merged({"sentences": 5}))
    assert [s.text for s in note.brief] == ["Only one sentence is here, and it is short."]
    assert note.notes == ("The article has only 1 sentence; the brief holds 1.",)


def test_newsrank_skips_a_sentence_that_leans_on_one_not_chosen():
    text = (
        "The mayor of Oldtown resigned on Friday after a long dispute over the city budget. "
        "Council members had demanded cuts to the transport plan for months. "
        "However, the mayor refused to cut the transport plan budget at all. "
        "A new mayor will be chosen by the council in an election next March."
    )
    note = make_briefing(text, DEFAULTS.merged({"sentences": 2}))
    assert not any(s.text.startswith("However") for s in note.brief)


def test_edmundson_copes_with_a_headline_of_stop_words_only():
    note = make_briefing(
        "What it is\n\nThe council voted on Monday. The plan costs £4m. Work starts in May.",
        DEFAULTS.merged({"method": "edmundson", "sentences": 2}),
    )
    assert note.title == "What it is" and len(note.brief) == 2
