"""Every method gives a note you can forward: the ranking is the method's, the note's rules are
the note's. --raw shows a method's own picks."""

import json

import pytest
from briefing import BriefOptions
from briefing.config import DEFAULTS
from briefing.summarize.methods import METHODS
from briefing.summarize.pipeline import make_briefing

from conftest import write

# LexRank ranks the "He said …" sentence first and TextRank the "But …" one: neither stands alone.
ARTICLE = """Portmere approves sea wall

Councillors in Portmere voted on Tuesday for a £240m sea wall after a winter of record storms.
Mayor Alan Reed said the vote ended ten years of argument.
But the flood barrier would protect harbour homes and harbour businesses from flood storms, the harbour council said.
He said the harbour council flood barrier would cost less than the flood damage to the harbour.
The flood barrier will close the harbour when storms flood the old town.
Harbour businesses said the flood barrier came too late for the old town.
The government will pay half of the cost from its coastal defence fund.
"""
LEANING = ("He ", "But ")


@pytest.mark.parametrize(("method", "opening"), [("lexrank", "He said"), ("textrank", "But the flood barrier")])
def test_a_sumy_method_note_does_not_open_with_a_sentence_that_leans_on_another(run, tmp_path, method, opening):
    path = write(tmp_path / "wall.txt", ARTICLE)
    for length in ("1", "2"):
        result = run(path, "--method", method, "--sentences", length, "--format", "json", "-o", "-")
        assert result.code == 0, result.stderr
        brief = json.loads(result.stdout)["brief_sentences"]
        assert not brief[0]["text"].startswith(LEANING), (method, length, brief[0]["text"])
    raw = run(path, "--method", method, "--sentences", "1", "--raw", "--format", "json", "-o", "-")
    assert json.loads(raw.stdout)["brief_sentences"][0]["text"].startswith(opening)  # the method's own pick


def test_raw_is_a_setting_of_the_python_api_and_the_config():
    assert BriefOptions().raw is False
    assert DEFAULTS.merged({"raw": True}).brief.raw is True
    note = make_briefing(ARTICLE, BriefOptions(method="lexrank", sentences=1, raw=True))
    assert note.brief[0].text.startswith("He said")


def test_every_method_keeps_captions_out_of_the_brief():
    captioned = ARTICLE.replace("Mayor Alan Reed", "Photograph: Getty Images\n\nMayor Alan Reed")
    for method in METHODS:
        note = make_briefing(captioned, BriefOptions(method=method, sentences=3))
        assert not any("Getty" in sentence.text for sentence in note.brief), method
