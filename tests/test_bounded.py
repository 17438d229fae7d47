"""Bounded and confined: every input under --max-size is briefed or refused in one line, whatever
its shape (long runs of one character, many short lines, PDF bombs, hostile templates); nothing
a downloaded folder holds sends work elsewhere. Every file here is made by the test."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from briefing import BriefOptions, InputError, make_briefing, read_article
from briefing.read.article_head import is_date_line, is_head_line
from briefing.read.parsers import from_plain
from briefing.read.sources import read_file

import docx_fixtures
import pdf_fixtures as fx

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "article.txt"
# Runs of one shape each: letters (a month's start, "marx…"), digits, words of digits, spaces
# between capitals, punctuation. Quadratic work on 100 KB of one of them took minutes.
RUNS = {
    "letters": "marx",
    "capitals": "MAR",
    "digits": "1",
    "numbers": "12 ",
    "words": "Aa ",
    "hyphens": "a-",
    "commas": "a,",
    "stops": "A.",
    "brackets": "(a",
}
RUN_CHARS = 100_000


@contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fail the test, rather than hang the suite, when the block runs past ``seconds``: a bound
    far above what linear work takes, far below what quadratic work on these inputs takes."""
    def expired(number: int, frame: object) -> None:
        raise AssertionError(f"still running after {seconds} s: not linear in the input's length")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def one_run(unit: str, length: int = RUN_CHARS) -> str:
    return (unit * (length // len(unit) + 1))[:length]


@pytest.mark.parametrize("shape", list(RUNS))
def test_the_head_reader_passes_over_a_long_run_of_any_shape(shape):
    text = one_run(RUNS[shape])
    with deadline(20):
        assert not is_date_line(text)
        assert not is_head_line(text)
        assert from_plain(text).paragraphs


@pytest.mark.parametrize("reader", ["txt", "md", "html", "json"])
@pytest.mark.parametrize("shape", ["letters", "numbers", "words", "stops"])
def test_each_reader_briefs_a_long_run_of_one_shape(tmp_path, reader, shape):
    body = one_run(RUNS[shape])
    wrapped = {
        "txt": body,
        "md": body,
        "html": f"<html><body><article><p>{body}</p></article></body></html>",
        "json": json.dumps({"title": "A run", "text": body}),
    }[reader]
    path = tmp_path / f"run.{reader}"
    path.write_text(wrapped)
    with deadline(60):
        note = make_briefing(read_article(path), BriefOptions(language="english"))
    assert note.brief


def test_a_text_that_is_one_long_quotation_is_briefed_in_linear_time():
    """ "'a 'a 'a …": every sentence part of one quotation; selection looked the quotation up again
    for each of its sentences (97 s on 400 KB)."""
    body = one_run("'a ", 400_000)
    with deadline(40):
        note = make_briefing(body, BriefOptions(language="english"))
    assert note.brief


def test_many_short_quotations_in_one_run_are_briefed_in_linear_time():
    """8,000 quotations of two sentences side by side, one run of quoted sentences: the brief's last pass asked
    for each of its sentences what the whole run would cost (a review at stop 45: 14.6 s on 60,000 words)."""
    quotations = " ".join(f'"We will build bridge {n}. It will open soon," said Ann Lee.' for n in range(8000))
    with deadline(20):
        note = make_briefing("Portmere council approved the new bridges on Tuesday night after a long debate.\n\n"
                             + quotations, BriefOptions(language="english"))
    assert note.brief


def test_a_long_sentence_of_abbreviations_before_capitals_is_split_in_linear_time():
    """ "vs. Then vs. Then …": a sentence syntok does not end, where each "vs. Then" asked whether a
    web address or a Roman numeral ends there by reading back to the sentence's start (5 s on 40 KB)."""
    body = one_run("vs. Then ", 200_000)
    with deadline(10):
        note = make_briefing(body, BriefOptions(language="english"))
    assert note.brief


def test_many_lost_quote_marks_glued_after_closing_ones_are_split_in_linear_time():
    """ "Ab.??Cd Ab.??Cd …" in a text that writes its quote marks as "?": each "??" asked what was open by
    reading back to the span's start, and 2,000 characters ahead (17 s on 20 KB, 64 s on 40 KB)."""
    body = "He said ?ok. " + one_run("Ab.??Cd ", RUN_CHARS)
    with deadline(20):
        note = make_briefing(body, BriefOptions(language="english"))
    assert len(note.sentences) > RUN_CHARS // 10


def test_a_bold_lede_over_many_bylines_is_cleaned_in_linear_time():
    """An unstopped lede, then "By Ann Lee ." 40,000 times: each byline asked again whether only furniture
    stood between it and the lede (junk took 38 s)."""
    body = "Ann Lee is to row across the Atlantic alone this summer for charity .\n" + "By Ann Lee .\n" * 40_000
    with deadline(20):
        note = make_briefing(body, BriefOptions(language="english"))
    assert note.sentences


@pytest.mark.parametrize("method", ["luhn", "edmundson"])
def test_sumys_slow_linear_methods_refuse_over_a_million_words_before_the_work(run, tmp_path, method):
    path = tmp_path / "long.txt"
    path.write_text("Word " * 1_000_001)
    result = run(str(path), "--method", method, "--format", "json")
    assert (result.code, result.stderr) == (2, (
        f"briefing: {path}: has 1,000,001 words; {method} takes at most 1,000,000, as its work grows with the "
        "length, but slowly (newsrank takes any length)\n"))


def test_a_feed_item_of_a_long_run_of_angle_brackets_is_read_in_linear_time(run, tmp_path):
    item = "The council met on Tuesday and approved the harbour budget. " * 20 + "&lt;" * 3 * RUN_CHARS
    (tmp_path / "news.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><link>https://example.com/</link>'
        f"<item><title>Council meets</title><description>{item}</description>"
        "</item></channel></rss>")
    with deadline(60):
        result = run("news.rss", "--format", "json", "--output-dir", "notes")
    assert result.code == 0, result.stderr


def test_a_long_word_that_starts_like_a_month_is_briefed(run, tmp_path):
    (tmp_path / "m.txt").write_text("marx" * 50_000)
    with deadline(60):
        result = run("m.txt", "--format", "json", "-o", "m.json")
    assert result.code == 0, result.stderr


# --- a briefing.toml found in the working folder -------------------------------------------------

def test_a_found_config_may_not_name_a_scheduler(run, tmp_path):
    (tmp_path / "briefing.toml").write_text('scheduler = "tcp://203.0.113.5:8786"\n')
    (tmp_path / "a.txt").write_text(SAMPLE.read_text())
    result = run("a.txt", "--format", "json")
    assert result.code == 2
    assert result.stderr == (
        "briefing: briefing.toml: scheduler 'tcp://203.0.113.5:8786': a briefing.toml found in the working folder "
        "may not name a Dask scheduler, which would be sent every input (give it with --config, --scheduler or "
        "BRIEFING_SCHEDULER)\n")
    assert not (tmp_path / "output").exists()


def test_a_found_config_may_say_no_scheduler_and_a_named_one_may_name_one(run, tmp_path):
    (tmp_path / "briefing.toml").write_text('scheduler = "none"\n')
    (tmp_path / "a.txt").write_text(SAMPLE.read_text())
    assert run("a.txt", "--format", "json", "-o", "a.json").code == 0
    (tmp_path / "cluster.toml").write_text('scheduler = "tcp://[::1"\n')
    result = run("a.txt", "--config", "cluster.toml", "--format", "json")
    assert (result.code, result.stderr) == (
        2, "briefing: cluster.toml: scheduler 'tcp://[::1' is not an address (Invalid IPv6 URL); "
           "give one such as tcp://host:8786\n")


def test_a_malformed_scheduler_address_is_bad_usage(run, tmp_path):
    (tmp_path / "a.txt").write_text(SAMPLE.read_text())
    for address, why in (("tcp://[::1", "Invalid IPv6 URL"), ("tcp://host:99999", "Port out of range 0-65535")):
        result = run("a.txt", "--scheduler", address)
        assert (result.code, result.stderr) == (
            2, f"briefing: scheduler {address!r} is not an address ({why}); give one such as tcp://host:8786\n")


# --- PDF bombs --------------------------------------------------------------------------------

def test_a_pdf_of_a_million_text_objects_is_refused_as_a_bomb(run, tmp_path):
    bomb = fx.text_object_bomb(1_000_000)
    assert len(bomb) < 50_000  # it unpacks to 11 MB of operators, which PDFium would build into gigabytes
    (tmp_path / "bomb.pdf").write_bytes(bomb)
    result = run("bomb.pdf", "--format", "json", "-o", "bomb.json")
    assert result.code == 2
    assert result.stderr == ("briefing: bomb.pdf: is a PDF that needs over 320 MB of memory to read, more than any "
                             "article: a decompression bomb, or damaged\n")
    assert not (tmp_path / "bomb.json").exists()


def test_a_pdf_is_refused_at_the_page_that_takes_its_text_past_max_size(run, tmp_path):
    line = b"(" + b"The council met on Tuesday to set the water budget. " * 20 + b") '\n"
    page = b"BT /F1 10 Tf 72 760 Td 12 TL\n" + line * 60 + b"ET"  # about 60,000 characters a page
    (tmp_path / "long.pdf").write_bytes(fx.raw_pdf([page] * 40))
    result = run("long.pdf", "--format", "json", "--max-size", "1")
    assert (result.code, result.stderr) == (
        2, "briefing: long.pdf: unpacks to over 1 MB of text, the --max-size limit (raise it with --max-size)\n")
    assert run("long.pdf", "--format", "json", "-o", "long.json", "--max-size", "5").code == 0


def test_a_word_file_of_a_million_paragraphs_is_refused_within_bounds(run, tmp_path):
    (tmp_path / "bomb.docx").write_bytes(docx_fixtures.word_bomb(1_000_000))  # 2.6 MB, 50 MB of XML
    with deadline(60):
        result = run("bomb.docx", "--format", "json", "-o", "bomb.json")
    # lxml, out of the confined child's memory, reports a parse error: the file is refused as unreadable
    assert (result.code, result.stderr) == (2, "briefing: bomb.docx: is a damaged Word file (its XML cannot be read)\n")
    assert not (tmp_path / "bomb.json").exists()


# --- many short lines ------------------------------------------------------------------------------

def test_a_plain_text_under_max_size_is_never_refused_for_its_size(run, tmp_path):
    text = "".join(f"Line {number} ok.\n" for number in range(3_600))  # its paragraphs joined, it grows
    assert 45_000 < len(text) < 50_000
    (tmp_path / "lines.txt").write_text(text)
    result = run("lines.txt", "--format", "json", "-o", "lines.json", "--max-size", "0.05")
    assert result.code == 0, result.stderr


def test_a_text_of_more_sentences_than_any_article_is_refused_before_the_work(run, tmp_path):
    (tmp_path / "log.txt").write_text("".join(f"Line {number} ok.\n" for number in range(400_000)))
    with deadline(60):
        result = run("log.txt", "--format", "json")
    assert (result.code, result.stderr) == (
        2, "briefing: log.txt: has over 250,000 sentences, more than any article (a list or a log?); "
           "briefing reads at most 250,000, within a minute and half a gigabyte\n")


# --- templates ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("source", "message"), [
    ('{% include "t.html" %}', "template error: it includes itself, or a macro calls itself without end"),
    ("{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}",
     "template error: it includes itself, or a macro calls itself without end"),
    ("{% for i in range(1000000) %}{% endfor %}",
     "template error: Range too big. The sandbox blocks ranges larger than MAX_RANGE (100000)."),
    ('{{ "%d" % "x" }}', "template error: %d format: a real number is required, not str"),
    ('{{ "{0}".format() }}', "template error: tuple index out of range"),
    ('{{ "x" * 1000000000 }}', "template refused: a repeat of 1,000,000,000 items is longer than any note"),
    ("{{ 10 ** 100000000 }}", "template refused: a power of 100,000,000 is larger than any note needs"),
    ('{% for i in range(99999) %}{{ "x" * 99999 }}{% endfor %}',
     "template makes a note of over 40 million characters; no note is that long"),
])
@pytest.mark.parametrize("output_format", ["html", "pdf"])
def test_a_template_fault_is_bad_input_in_one_line(run, tmp_path, source, message, output_format):
    (tmp_path / "t.html").write_text(source)
    (tmp_path / "a.txt").write_text(SAMPLE.read_text())
    result = run("a.txt", "--template", "t.html", "--format", output_format, "-o", f"a.{output_format}")
    assert (result.code, result.stderr) == (2, f"briefing: t.html: {message}\n")
    assert not (tmp_path / f"a.{output_format}").exists()


# --- HTML output ------------------------------------------------------------------------------

def test_html_output_sends_no_form_and_pings_nothing(run, tmp_path):
    (tmp_path / "t.html").write_text(
        '<html><head></head><body><form action="https://example.com/collect"><input name="q"></form>'
        '<a href="https://example.com/" ping="https://example.com/ping">{{ title }}</a></body></html>')
    (tmp_path / "a.txt").write_text(SAMPLE.read_text())
    assert run("a.txt", "--template", "t.html", "--format", "html", "-o", "a.html").code == 0
    html = (tmp_path / "a.html").read_text()
    assert "form-action 'none'" in html
    assert "ping" not in html
    assert 'href="https://example.com/"' in html  # the link itself stays, as text to click


# --- pipes and links -----------------------------------------------------------------------------

def test_a_pipe_no_program_writes_to_is_refused_after_the_wait(tmp_path):
    os.mkfifo(tmp_path / "in.txt")
    with pytest.raises(InputError) as raised:
        read_file(tmp_path / "in.txt", max_bytes=1000, pipe_wait=0.3)
    assert str(raised.value) == f"{tmp_path / 'in.txt'}: no program wrote to this pipe within 0.3 seconds"


def test_a_pipe_a_program_writes_to_is_read(run, tmp_path):
    os.mkfifo(tmp_path / "in.txt")

    def write() -> None:
        with open(tmp_path / "in.txt", "w") as stream:
            stream.write(SAMPLE.read_text())

    writer = threading.Thread(target=write)
    writer.start()
    result = run("in.txt", "--format", "json", "-o", "in.json")
    writer.join()
    assert result.code == 0, result.stderr
    assert json.loads((tmp_path / "in.json").read_text())["brief"]


def test_a_dangling_link_and_a_pipe_in_a_digest_folder_are_named(run, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(SAMPLE.read_text())
    (inbox / "b.txt").symlink_to("gone.txt")
    os.mkfifo(inbox / "c.md")
    result = run("inbox", "--digest", "--format", "json", "-o", "digest.json")
    assert result.code == 0
    assert result.stderr.splitlines() == [
        "briefing: inbox/b.txt: skipped, a link to a file that does not exist",
        "briefing: inbox/c.md: skipped, a pipe (FIFO), not a file (name it on its own to read it)",
    ]


# --- messages --------------------------------------------------------------------------------------

def test_sizes_under_a_tenth_of_a_megabyte_are_said_in_kilobytes(run, tmp_path):
    (tmp_path / "a.txt").write_text(SAMPLE.read_text())
    size = (tmp_path / "a.txt").stat().st_size
    result = run("a.txt", "--max-size", "0.001")
    assert (result.code, result.stderr) == (
        2, f"briefing: a.txt: is {size / 1000:.1f} KB, over the 1 KB limit (raise it with --max-size)\n")


def test_messages_name_flags_as_they_are_typed(run):
    result = run("a.txt", "--max-items", "0")
    assert (result.code, result.stderr) == (2, "briefing: max-items must be at least 1, not 0\n")


def test_sigterm_while_the_command_still_loads_ends_it_with_its_line(tmp_path):
    """SIGTERM sent as soon as the process takes it (its handler shows in /proc), long before the
    modules have loaded and the run begun."""
    process = subprocess.Popen([sys.executable, "-m", "briefing", str(SAMPLE), "-o", str(tmp_path / "a.json")],
                               stderr=subprocess.PIPE, cwd=tmp_path)
    term = 1 << (signal.SIGTERM - 1)
    while process.poll() is None:
        caught = next(line for line in Path(f"/proc/{process.pid}/status").read_text().splitlines()
                      if line.startswith("SigCgt:"))
        if int(caught.split()[1], 16) & term:
            break
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert (process.returncode, stderr) == (143, b"briefing: terminated\n")
    assert not (tmp_path / "a.json").exists()


def test_an_output_folder_on_a_read_only_file_system_is_said_to_be_one(run, tmp_path):
    """A real read-only file system (a tmpfs mounted read-only; the tests run as root, as CI does),
    not a folder without write permission."""
    import subprocess

    mount = tmp_path / "ro"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "ro", "none", str(mount)], check=True)
    try:
        result = run(str(SAMPLE), "--output-dir", str(mount), "--format", "json")
    finally:
        subprocess.run(["umount", str(mount)], check=True)
    assert (result.code, result.stderr) == (2, f"briefing: {mount}: is on a read-only file system\n")
