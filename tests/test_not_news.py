"""Inputs that are not news: briefing's own notes named as input, and texts too short to summarize."""

import json

import pytest

from conftest import SAMPLE, pdf_text, squash, write

OWN_NOTE = "is a note briefing wrote, not an article; to brief it anyway, name its format with --input-format"


@pytest.mark.parametrize("suffix", ["pdf", "html", "md", "json"])
def test_a_note_briefing_wrote_named_as_input_is_refused_in_one_line(run, tmp_path, suffix):
    assert run(SAMPLE, "-o", f"note.{suffix}").code == 0
    result = run(f"note.{suffix}", "-o", "again.pdf")
    assert (result.code, result.stderr) == (2, f"briefing: note.{suffix}: {OWN_NOTE} {suffix}\n")
    assert not (tmp_path / "again.pdf").exists()


def test_a_note_named_with_its_format_is_read_as_asked(run, tmp_path):
    assert run(SAMPLE, "-o", "note.pdf").code == 0
    result = run("note.pdf", "--input-format", "pdf", "--format", "json", "-o", "-")
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout)["brief"]


def test_a_note_on_standard_input_is_refused_too(run, tmp_path):
    assert run(SAMPLE, "-o", "note.md").code == 0
    result = run("-", "-o", "again.md", stdin=(tmp_path / "note.md").read_bytes())
    assert (result.code, result.stderr) == (2, f"briefing: -: {OWN_NOTE} txt\n")


def test_an_article_that_mentions_briefing_is_still_an_article(run, tmp_path):
    text = SAMPLE.read_text() + '\n\nThe config says "generator": "briefing 1.0" }\n'
    assert run(write(tmp_path / "a.txt", text), "-o", "a.md").code == 0


def test_a_text_too_short_to_summarize_is_quoted_whole_and_says_so(run, tmp_path):
    result = run(write(tmp_path / "hello.txt", "hello world\n"), "-o", "hello.pdf")
    assert result.code == 0
    remark = "The text is too short to summarize (2 words): the note quotes it whole."
    assert result.stderr == f"briefing: warning: {tmp_path / 'hello.txt'}: {remark}\n"
    text = pdf_text(tmp_path / "hello.pdf")
    assert squash(remark) in squash(text) and "hello world" in text


@pytest.mark.parametrize(("text", "short"), [
    ("The council met on Monday. It voted to build a sea wall.", True),  # 2 sentences, 12 words
    ("The council met on Monday to vote on the flood barrier plan after the storms of last winter.", True),
    ("The council met on Monday to vote on the plan. It approved a sea wall for the harbour at last.", False),
])
def test_under_two_sentences_or_fifteen_words_is_too_short(run, tmp_path, text, short):
    result = run(write(tmp_path / "a.txt", text), "--format", "json", "-o", "-")
    data = json.loads(result.stdout)
    assert ("too short to summarize" in result.stderr) is short
    if short:
        assert data["brief"] == text and data["facts"] == []
        assert data["notes"] == [f"The text is too short to summarize ({len(text.split())} words): "
                                 "the note quotes it whole."]
