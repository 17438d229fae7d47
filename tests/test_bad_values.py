"""Bad values from the command line and the environment are refused in one line or cleaned; none
is an internal error."""

import io
import json
import os
from pathlib import Path

import pytest
from briefing.read.sources import read_capped

from conftest import SAMPLE, write


@pytest.mark.parametrize("value", ["inf", "nan", "1e300", "0", "-1"])
def test_max_size_must_be_a_sensible_number(run, value):
    result = run(SAMPLE, "--max-size", value)
    shown = {"inf": "inf", "nan": "nan", "1e300": "1e+300", "0": "0.0", "-1": "-1.0"}[value]
    assert (result.code, result.stderr) == (
        2, f"briefing: max-size must be a number of megabytes above 0 and at most 1,000,000, not {shown}\n")


def test_a_generous_max_size_is_not_allocated_up_front(run, monkeypatch):
    # 100,000 MB: a read that allocated its cap at once would fail with MemoryError.
    result = run(SAMPLE, "--max-size", "100000", "--format", "json", "-o", "-")
    assert (result.code, result.stderr) == (0, "")
    result = run("-", "--max-size", "100000", "--format", "json", "-o", "-", stdin=SAMPLE.read_bytes())
    assert (result.code, result.stderr) == (0, "")


def test_capped_reads_come_in_chunks_and_stop_one_byte_over_the_cap():
    sizes = []

    class Recording(io.BytesIO):
        def read(self, size=-1):
            sizes.append(size)
            return super().read(size)

    assert len(read_capped(Recording(b"x" * 3_000_000), 2_500_000)) == 2_500_001
    assert max(sizes) == 1 << 20


@pytest.mark.parametrize("epoch", ["99999999999999", "1e9", "-5", "soon"])
def test_a_bad_source_date_epoch_is_refused_before_any_work(run, monkeypatch, epoch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    result = run(SAMPLE, "--format", "json")
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == ("briefing: SOURCE_DATE_EPOCH must be a time in whole seconds since 1970 before "
                             f"the year 10000, not {epoch!r}\n")


def test_titles_and_authors_with_control_characters_or_broken_bytes_are_cleaned(run, tmp_path):
    title = "Flood\x1b[31m note\x07 " + os.fsdecode(b"caf\xe9")
    result = run(SAMPLE, "--title", title, "--author", "Policy\nUnit\udcff", "-o", "note.pdf")
    assert (result.code, result.stderr) == (0, "")
    result = run(SAMPLE, "--title", title, "--format", "json", "-o", "-")
    assert json.loads(result.stdout)["title"] == "Flood [31m note caf\ufffd"


def test_file_names_that_are_not_utf8_are_read_and_shown_escaped(run, tmp_path):
    name = os.fsdecode(b"caf\xe9.txt")  # as Python gives a Latin-1 name on the command line
    write(tmp_path / name, SAMPLE.read_text())
    result = run(name, "--format", "json", "-o", "-")
    assert (result.code, result.stderr) == (0, "")
    assert json.loads(result.stdout)["source"]["name"] == "caf\ufffd.txt"
    assert run(name).code == 0  # a PDF, named after the readable part
    assert (tmp_path / "output" / "caf.pdf").exists()
    missing = os.fsdecode(b"gone\xff\x1b]0;retitled\x07.txt")  # a terminal would take it as a command
    result = run(missing)
    assert (result.code, result.stderr) == (2, "briefing: gone\\xff\\x1b]0;retitled\\x07.txt: no such file\n")


@pytest.mark.parametrize(("cost", "copies", "problem"), [
    ("quadratic", 80, "has 41,830 words; toy takes at most 40,000, as its work grows with the square of the length"),
    ("cubic", 20, "has 10,450 words; toy takes at most 10,000, as its work grows with the cube of the length"),
])
def test_a_text_too_long_for_a_slow_method_is_refused_before_the_work(run, toy_method, cost, copies, problem):
    write(Path("long.txt"), "\n\n".join([SAMPLE.read_text()] * copies))  # in the run's working folder
    toy_method(lambda sentences, terms, title: pytest.fail("no work may start"), cost=cost)
    result = run("long.txt", "--method", "toy", "--format", "json")
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == f"briefing: long.txt: {problem} (newsrank takes any length)\n"
