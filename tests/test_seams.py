"""The library's seams, tested where they are: predicates, planning, and no global state left changed."""

import logging
import random

import pytest
from briefing.errors import UsageError
from briefing.options import BriefOptions, RunOptions
from briefing.run.plan import plan
from briefing.summarize.pipeline import make_briefing
from briefing.text.predicates import in_longer_quotes, is_candidate, leans_on_previous
from briefing.text.segment import split_sentences

from conftest import SAMPLE, write


def test_predicates_judge_sentences_as_a_reader_would():
    sentences = split_sentences(
        'The council met on Monday to vote on the plan. However, the vote was put off. '
        '"We need more time. The plan is not ready," said the mayor. Photo: Getty Images. '
        "Sign up for our newsletter to read more every day."
    )
    texts = [s.text for s in sentences]
    assert texts[1].startswith("However") and leans_on_previous(sentences[1])
    assert not leans_on_previous(sentences[0])
    assert in_longer_quotes(sentences) == {2, 3}  # one quotation over two sentences
    assert is_candidate(sentences[0]) and not is_candidate(sentences[-1])  # boilerplate


def test_plan_names_each_output_and_checks_folders_before_work(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    a = write(tmp_path / "a" / "story.txt", "x")
    b = write(tmp_path / "b" / "story.md", "x")
    planned = plan([str(a), str(b), "missing.txt"], output=None, options=RunOptions(format="md", output_dir="out"))
    assert [str(path) for path in planned.destinations.values()] == ["out/story.md", "out/story-2.md", "out/missing.md"]
    assert (tmp_path / "out").is_dir() and planned.total == 3
    assert plan([str(a)], output="-", options=RunOptions()).destinations == {str(a): None}
    with pytest.raises(UsageError, match="takes one input"):
        plan([str(a), str(b)], output="note.pdf", options=RunOptions())


def test_a_run_leaves_the_loggers_and_the_random_generator_as_it_found_them(run):
    logger = logging.getLogger("briefing")
    before = (logger.level, list(logger.handlers), logger.propagate)
    assert run(SAMPLE, "--format", "json", "-o", "-", "--method", "random").code == 0
    assert (logger.level, list(logger.handlers), logger.propagate) == before
    random.seed(7)
    expected = random.random()
    random.seed(7)
    make_briefing(SAMPLE.read_text(), BriefOptions(method="random"))
    assert random.random() == expected


def test_the_batch_runs_from_the_python_api_and_reports_what_failed(tmp_path):
    import io

    import briefing
    from briefing.run.console import Console

    settings = briefing.load_settings({"format": "json", "output_dir": str(tmp_path / "notes")},
                                      working_dir=tmp_path, user_config=tmp_path / "none.toml")
    stdout, stderr = io.StringIO(), io.StringIO()
    report = briefing.run_inputs([str(SAMPLE), str(tmp_path / "missing.txt")], settings,
                                 console=Console(io.BytesIO(), stdout, stderr))
    assert report.written == 1
    assert [type(error).__name__ for error in report.failures] == ["InputError"]
    assert (tmp_path / "notes" / "article.json").is_file()
    assert stdout.getvalue() == f"{tmp_path / 'notes' / 'article.json'}\n"
    assert stderr.getvalue().splitlines() == [f"briefing: {tmp_path / 'missing.txt'}: no such file",
                                              "briefing: 1 written, 1 failed"]
