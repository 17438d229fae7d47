"""Bad inputs get one clear line and a documented exit code; nothing is ever lost."""

import codecs
import os
import zipfile

import pytest

from conftest import SAMPLE, first_line, pdf_text, squash, unremarked, write

RANDOM_BYTES = bytes((i * 7919 + 13) % 256 for i in range(4000))


def bad_file(tmp_path, name, content: bytes):
    path = tmp_path / name
    path.write_bytes(content)
    return path


def zip_bytes(tmp_path) -> bytes:
    archive = tmp_path / "a.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("story.txt", "An article.")
    return archive.read_bytes()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "the article is empty"),
        ("blank.txt", b" \n\t\n  \n", "the article is empty"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "is a PNG image, not text"),
        ("noise.txt", RANDOM_BYTES, "looks like a binary file, not text"),
        ("broken.txt", codecs.BOM_UTF16_LE + b"A\x00B", "not valid UTF-16 text"),
        ("symbols.txt", b"!!! ... ??? --- ***", "the article has no words to brief"),
    ],
)
def test_bad_inputs_give_one_line_and_exit_2(run, tmp_path, name, content, message):
    path = bad_file(tmp_path, name, content)
    result = run(path)
    assert (result.code, result.stderr, result.stdout) == (2, f"briefing: {path}: {message}\n", "")
    assert not (tmp_path / "output").exists()  # no output, and no empty output folder left behind


def test_an_archive_is_refused(run, tmp_path):
    path = bad_file(tmp_path, "story.txt", zip_bytes(tmp_path))
    result = run(path)
    assert result.code == 2
    assert result.stderr == f"briefing: {path}: is a ZIP archive (or a Word, Excel or EPUB file), not text\n"


def test_missing_path_and_empty_folder(run, tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "figures.xlsx").write_text("not supported")
    result = run(tmp_path / "empty")
    assert result.code == 2
    assert result.stderr == (f"briefing: {tmp_path / 'empty'}: no supported files (.txt, .text, .md, .markdown, "
                             ".html, .htm, .xhtml, .pdf, .docx, .rss, .atom, .jsonl, .jsonl.gz) in this folder\n")


def test_size_limit_is_configurable(run, tmp_path, article_text):
    path = write(tmp_path / "big.txt", article_text * 40)
    result = run(path, "--max-size", "0.05")
    assert result.code == 2
    assert result.stderr == f"briefing: {path}: is 0.1 MB, over the 50 KB limit (raise it with --max-size)\n"
    assert run(path, "--max-size", "1", "--format", "json").code == 0


def test_run_on_text_without_punctuation_is_quoted_in_passages(run, tmp_path):
    words = " ".join(f"word{i % 97} and more text" for i in range(1250))  # 5,000 words, no full stop
    path = write(tmp_path / "runon.txt", words)
    data = run_json(run, path)
    assert data["brief_sentences"] and all(len(s["text"].split()) <= 50 for s in data["brief_sentences"])
    for item in data["brief_sentences"]:
        assert item["text"] in words


def test_a_single_sentence_and_fewer_sentences_than_asked(run, tmp_path):
    path = write(tmp_path / "one.txt", "The bridge reopened on Monday after a year of repairs.")
    data = run_json(run, path, "--sentences", "4")
    assert [s["text"] for s in data["brief_sentences"]] == ["The bridge reopened on Monday after a year of repairs."]
    assert data["notes"] == ["The text is too short to summarize (10 words): the note quotes it whole."]
    assert data["facts"] == []
    path = write(tmp_path / "two.txt", "The bridge reopened on Monday after a year of repairs. Traffic across the "
                 "river was back to normal by the evening.")
    data = run_json(run, path, "--sentences", "4")
    assert data["notes"] == ["The brief holds all the article's sentences: 2."]


def test_very_long_words_and_urls_do_not_break_the_pdf(run, tmp_path, article_text):
    url = "https://example.org/" + "a" * 1200
    text = article_text.replace("Councillors in Portmere voted", f"Councillors ({url}) in Portmere voted")
    text = text.replace("The barrier, a row", "The " + "x" * 1000 + " barrier, a row")
    path = write(tmp_path / "long.txt", text)
    result = run(path, "-o", "long.pdf")
    assert (result.code, result.stderr) == (0, f"briefing: warning: {path}: the note takes 2 pages, not one; ask for "
                                                "fewer sentences or facts\n")
    extracted = squash(pdf_text(tmp_path / "long.pdf"))
    assert squash(f"Councillors ({url}) in Portmere voted") in extracted  # wrapped, not cut off


def test_non_english_text_named_english_warns_naming_the_language_it_looks_like(run, tmp_path):
    german = (
        "Der Stadtrat hat am Dienstag den Bau einer neuen Brücke über den Fluss beschlossen. "
        "Die Kosten liegen nach Angaben der Verwaltung bei rund zwölf Millionen Euro. "
        "Die Bauarbeiten sollen im kommenden Frühjahr beginnen und zwei Jahre dauern. "
        "Anwohner hatten sich seit Jahren für eine zusätzliche Verbindung eingesetzt. "
        "Die Opposition kritisierte, dass die Finanzierung noch nicht vollständig gesichert sei. "
    )
    path = write(tmp_path / "de.txt", german)
    result = run(path, "--format", "json", "--language", "english")
    assert result.code == 0
    assert result.stderr == (
        f"briefing: warning: {path}: the text looks like German, not English; name its language with --language "
        "(or leave --language out)\n"
    )
    result = run(path, "--format", "json", "--language", "de")
    assert (result.code, result.stderr) == (0, "")


def test_all_capitals_and_pasted_tables_still_give_a_briefing(run, tmp_path, article_text):
    shouting = write(tmp_path / "caps.txt", article_text.upper())
    assert len(run_json(run, shouting)["brief_sentences"]) == 3
    table = ("Results by region\n\nRegion | Votes | Share\nNorth | 1,204 | 41%\nSouth | 998 | 34%\n\n"
             "- item one\n- item two\n")
    data = run_json(run, write(tmp_path / "table.txt", table))
    assert data["brief_sentences"]


def test_a_failed_run_keeps_the_previous_good_output(run, tmp_path):
    good = tmp_path / "output" / "story.pdf"
    assert run(write(tmp_path / "story.txt", SAMPLE.read_text())).code == 0
    before = good.read_bytes()
    bad_file(tmp_path, "story.txt", b"")
    assert run(tmp_path / "story.txt").code == 2
    assert good.read_bytes() == before
    assert sorted(p.name for p in good.parent.iterdir()) == ["story.pdf"]


def test_interrupted_run_leaves_no_partial_file_and_exits_130(run, tmp_path, monkeypatch):
    good = write(tmp_path / "output" / "article.json", '{"previous": true}')

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)  # in the middle of writing the file
    result = run(SAMPLE, "--format", "json")
    assert (result.code, result.stderr) == (130, "briefing: interrupted\n")
    assert good.read_text() == '{"previous": true}'
    assert [p.name for p in good.parent.iterdir()] == ["article.json"]


def test_ctrl_c_in_a_batch_keeps_finished_outputs(run, tmp_path, toy_output):
    first = write(tmp_path / "in" / "a.txt", SAMPLE.read_text())
    second = write(tmp_path / "in" / "b.txt", SAMPLE.read_text())
    calls = []

    def render_then_interrupt(briefing, options):
        calls.append(briefing.article.source)
        if len(calls) == 2:
            raise KeyboardInterrupt  # Ctrl-C while the second note is made
        return b"a note"

    toy_output(render_then_interrupt)
    result = run(first, second, "--format", "toy", "--jobs", "1")
    assert (result.code, result.stderr) == (130, "briefing: interrupted\n")
    assert sorted(p.name for p in (tmp_path / "output").iterdir()) == ["a.toy"]


def test_unusable_output_paths_are_reported_before_any_work(run, tmp_path, monkeypatch, toy_method):
    (tmp_path / "taken").write_text("a file, not a folder")
    result = run(SAMPLE, "--output-dir", "taken")
    assert (result.code, result.stderr) == (2, "briefing: taken: is a file, not a folder\n")
    result = run(SAMPLE, "-o", "taken/note.pdf")
    assert (result.code, result.stderr) == (2, "briefing: taken: is a file, not a folder\n")

    monkeypatch.setattr(os, "access", lambda path, mode: False)  # as for a user without rights
    toy_method(lambda sentences, terms, title: pytest.fail("no work may start"))
    result = run(SAMPLE, "--output-dir", "notes", "--method", "toy")
    assert (result.code, result.stderr) == (2, "briefing: notes: no permission to write in this folder\n")


def test_a_bad_file_in_a_batch_does_not_stop_the_others(run, tmp_path):
    good = write(tmp_path / "in" / "good.txt", SAMPLE.read_text())
    bad = bad_file(tmp_path / "in", "bad.txt", b"")
    result = run(tmp_path / "in", tmp_path / "missing.txt", "--format", "json", "--jobs", "2")
    assert result.code == 2
    assert sorted(p.name for p in (tmp_path / "output").iterdir()) == ["good.json"]
    lines = result.stderr.splitlines()
    assert sorted(lines[:-1]) == [
        f"briefing: {bad}: the article is empty",
        f"briefing: {tmp_path / 'missing.txt'}: no such file",
    ]
    assert lines[-1] == "briefing: 1 written, 2 failed"
    assert str(good) not in result.stderr


def run_json(run, path, *args):
    import json

    result = run(path, "--format", "json", "-o", "-", *args)
    assert (result.code, unremarked(result.stderr)) == (0, ""), result.stderr
    return json.loads(result.stdout)


def test_hostile_inputs_finish_or_are_refused_clearly(run, tmp_path):
    word = write(tmp_path / "word.txt", "Officials said " + "x" * 1_000_000 + " was the code. It was long.")
    data = run_json(run, word)
    assert data["stats"]["article_sentences"] == 2
    nested = write(tmp_path / "nested.html", "<html><body>" + "<div>" * 50_000 + "<p>Deep text here.</p>"
                   + "</div>" * 50_000 + "</body></html>")
    result = run(nested)
    assert (result.code, result.stderr) == (2, f"briefing: {nested}: no article text found in this page\n")
    result = run(SAMPLE, "--facts", "5000")
    assert (result.code, result.stderr) == (2, "briefing: facts must be at most 50, not 5000\n")


def test_writing_to_a_device_or_pipe_does_not_replace_it(run, tmp_path):
    import os
    import stat
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = run(SAMPLE, "--format", "json", "-o", fifo)
    reader.join(timeout=30)
    assert result.code == 0
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # still a pipe, not replaced by a file
    assert b'"brief_sentences"' in received[0]
    assert run(SAMPLE, "--format", "json", "-o", os.devnull).code == 0
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_a_bug_is_one_line_with_a_hint_and_debug_shows_where(run, toy_method):
    def broken(sentences, terms, title):
        return 1 / 0

    toy_method(broken)
    result = run(SAMPLE, "--format", "json", "--method", "toy")
    assert (result.code, result.stderr) == (
        1, f"briefing: {SAMPLE}: internal error: ZeroDivisionError: division by zero (run with --debug for details)\n")
    result = run(SAMPLE, "--format", "json", "--method", "toy", "--debug")
    assert result.code == 1
    assert "Traceback" in result.stderr and "in make_briefing" in result.stderr


def test_real_ctrl_c_stops_worker_processes_cleanly(tmp_path):
    """SIGINT to a real batch with two workers: exit 130, one line, finished outputs kept, no
    partial files, no workers left behind."""
    import signal
    import subprocess
    import sys

    from conftest import ROOT

    for number in range(300):
        write(tmp_path / "in" / f"a{number:03d}.txt", SAMPLE.read_text())
    process = subprocess.Popen(
        [sys.executable, "-m", "briefing", "in", "--jobs", "2", "--format", "json"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    first = first_line(process)  # the first output is written: the batch is under way
    process.send_signal(signal.SIGINT)
    rest, stderr = process.communicate(timeout=60)
    assert first.startswith("output/")
    assert (process.returncode, stderr) == (130, "briefing: interrupted\n")
    written = sorted((tmp_path / "output").iterdir())
    assert 1 <= len(written) < 300
    assert all(path.suffix == ".json" and path.read_text().startswith("{") for path in written)
    assert len(written) == 1 + len(rest.splitlines())  # every file named on stdout, nothing else
