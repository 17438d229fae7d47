from briefing.segment import split_sentences, terms_for

HARD = (
    "Dr. Smith met Mr. Jones on Jan. 5 in Washington. "
    "The U.S. economy added 3.5 million jobs, said J. R. Hartley. "
    '"We will not give up," she said. '
    "Growth was 0.5% in 2024, the Fed said. "
    "Is this the end? Nobody knows."
)


def test_hard_boundaries_are_not_split():
    texts = [sentence.text for sentence in split_sentences(HARD)]
    assert texts == [
        "Dr. Smith met Mr. Jones on Jan. 5 in Washington.",
        "The U.S. economy added 3.5 million jobs, said J. R. Hartley.",
        '"We will not give up," she said.',
        "Growth was 0.5% in 2024, the Fed said.",
        "Is this the end?",
        "Nobody knows.",
    ]


def test_offsets_point_at_the_sentence_in_the_source():
    text = "First para here.\nStill the first.\n\nSecond   paragraph now. And more."
    sentences = split_sentences(text)
    for sentence in sentences:
        assert " ".join(text[sentence.start : sentence.end].split()) == sentence.text
    assert [s.paragraph for s in sentences] == [0, 0, 1, 1]
    assert [s.index for s in sentences] == [0, 1, 2, 3]
    assert sentences[2].text == "Second paragraph now."


def test_lone_punctuation_is_not_a_sentence():
    assert [s.text for s in split_sentences("It ended. \u201d\n\n--\n\nThe end.")] == [
        "It ended.",
        "The end.",
    ]


def test_terms_are_stemmed_lower_case_content_words():
    assert terms_for("english").of("The runners were running quickly in Washington.") == [
        "runner",
        "run",
        "quick",
        "washington",
    ]
