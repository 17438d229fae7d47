"""Nothing lost: an output never replaces an input, each failed write fails alone, a replaced file
keeps its permissions, and no temporary is left behind."""

import errno
import json
import os
import stat
import threading

import pytest
from briefing.errors import OutputError
from briefing.io.atomic import write_atomically

from conftest import ROOT, SAMPLE, write

SKIPPED_NOTE = "skipped, a note briefing wrote (name it on its own, with --input-format, to read it)"


def no_work(toy_method):
    toy_method(lambda sentences, terms, title: pytest.fail("no work may start"))
    return ("--method", "toy")


def leftovers(folder):
    return sorted(path.name for path in folder.rglob(".briefing-*"))


REPLACES = "would replace this input; choose another -o or --output-dir"


@pytest.mark.parametrize(
    ("files", "args"),  # the first file is the input an output would replace
    [
        ({"story.md": "# Story"}, ["story.md", "--format", "md", "--output-dir", "."]),
        ({"inbox/a.md": "# A", "inbox/b.txt": "B"}, ["inbox", "--output-dir", "inbox", "--format", "md"]),
        ({"p.html": "<p>P</p>"}, ["p.html", "--format", "html", "-o", "p.html"]),
        ({"a.txt": "A"}, ["a.txt", "-o", "a.txt"]),
    ],
)
def test_an_output_never_replaces_its_input(run, tmp_path, toy_method, files, args):
    replaced = next(iter(files))
    for name, text in files.items():
        write(tmp_path / name, text)
    before = {path: path.read_bytes() for path in tmp_path.rglob("*") if path.is_file()}
    result = run(*args, *no_work(toy_method))
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == f"briefing: {replaced}: the output {replaced} {REPLACES}\n"
    assert {path: path.read_bytes() for path in tmp_path.rglob("*") if path.is_file()} == before


def test_a_link_to_an_input_is_the_input(run, tmp_path, toy_method):
    article = write(tmp_path / "a.txt", "An article.")
    os.link(article, tmp_path / "hard.json")
    (tmp_path / "soft.json").symlink_to(article)
    for link in ("hard.json", "soft.json"):
        result = run(article, "-o", link, *no_work(toy_method))
        assert result.code == 2
        assert result.stderr == f"briefing: {article}: the output {link} {REPLACES}\n"
    assert article.read_text() == "An article."


def test_an_existing_folder_as_o_is_refused_before_any_work(run, tmp_path, toy_method):
    (tmp_path / "notes").mkdir()
    result = run(SAMPLE, "-o", "notes", *no_work(toy_method))
    assert (result.code, result.stderr) == (2, "briefing: notes: is a folder; give a file name (or use --output-dir)\n")


def test_each_failed_write_fails_alone_and_the_batch_goes_on(run, tmp_path):
    for name in ("a", "b", "c", "d"):
        write(tmp_path / "in" / f"{name}.txt", SAMPLE.read_text())
    (tmp_path / "output" / "b.json").mkdir(parents=True)  # a folder where the output goes
    (tmp_path / "output" / "c.json").symlink_to("/dev/full")  # a full disk, for real
    result = run(tmp_path / "in", "--format", "json", "--jobs", "2")
    assert result.code == 2
    lines = result.stderr.splitlines()
    assert sorted(lines[:-1]) == [
        "briefing: output/b.json: is a folder, not a file",
        "briefing: output/c.json: cannot write: No space left on device",
    ]
    assert lines[-1] == "briefing: 2 written, 2 failed"
    assert sorted(result.stdout.split()) == ["output/a.json", "output/d.json"]
    assert leftovers(tmp_path) == []


def test_a_full_disk_fails_that_output_and_leaves_no_temporary(run, tmp_path, monkeypatch):
    for name in ("a", "b"):
        write(tmp_path / "in" / f"{name}.txt", SAMPLE.read_text())
    calls = []

    def disk_full_once(descriptor):
        calls.append(descriptor)
        if len(calls) == 1:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full_once)
    result = run(tmp_path / "in", "--format", "json", "--jobs", "1")
    assert result.code == 2
    assert result.stderr == ("briefing: output/a.json: cannot write: No space left on device\n"
                             "briefing: 1 written, 1 failed\n")
    assert sorted(path.name for path in (tmp_path / "output").iterdir()) == ["b.json"]


def test_names_close_to_the_file_system_limit_are_written(run, tmp_path):
    long_name = write(tmp_path / "in" / ("x" * 247 + ".txt"), SAMPLE.read_text())  # 251 characters
    longest = write(tmp_path / "in" / ("é" * 125 + "y.txt"), SAMPLE.read_text())  # 255 bytes
    result = run(long_name, longest, "--format", "json")
    assert (result.code, result.stderr) == (0, "briefing: 2 written, 0 failed\n")
    names = sorted(path.name for path in (tmp_path / "output").iterdir())
    assert names[0] == "x" * 247 + ".json"
    assert all(len(name.encode()) <= 255 for name in names) and names[1].startswith("é" * 100)


def test_a_replaced_output_keeps_its_permissions_and_a_new_one_follows_the_umask(run, tmp_path):
    previous = os.umask(0o027)
    try:
        assert run(SAMPLE, "--format", "json").code == 0
        note = tmp_path / "output" / "article.json"
        assert stat.S_IMODE(note.stat().st_mode) == 0o640
        note.chmod(0o600)
        assert run(SAMPLE, "--format", "json").code == 0
        assert stat.S_IMODE(note.stat().st_mode) == 0o600
    finally:
        os.umask(previous)


def test_a_pipe_nobody_reads_is_given_up_and_a_link_to_a_pipe_is_written_through(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(OutputError) as caught:
        write_atomically(fifo, b"note", reader_wait=0.2)
    assert str(caught.value) == f"{fifo}: no program read this pipe within 0.2 seconds"
    link = tmp_path / "note.json"
    link.symlink_to(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_atomically(link, b"note", reader_wait=10)
    reader.join(timeout=10)
    assert received == [b"note"]
    assert link.is_symlink() and stat.S_ISFIFO(fifo.stat().st_mode)


def test_jobs_must_be_at_least_one(run):
    result = run(SAMPLE, "--jobs", "0")
    assert (result.code, result.stderr) == (2, "briefing: jobs must be at least 1, not 0\n")


def test_a_glob_visits_each_real_file_once_through_link_loops(run, tmp_path):
    write(tmp_path / "in" / "a.txt", SAMPLE.read_text())
    write(tmp_path / "in" / "sub" / "b.txt", SAMPLE.read_text())
    (tmp_path / "in" / "sub" / "up").symlink_to("..")  # two loops: back to in/ and to itself
    (tmp_path / "in" / "sub" / "here").symlink_to(".")
    os.link(tmp_path / "in" / "a.txt", tmp_path / "in" / "same-as-a.txt")
    write(tmp_path / "in" / ".hidden" / "c.txt", SAMPLE.read_text())
    result = run("in/**/*.txt", "--format", "json", "--jobs", "1")
    assert (result.code, result.stderr) == (0, "briefing: 2 written, 0 failed\n")
    assert sorted(result.stdout.split()) == ["output/a.json", "output/b.json"]


def test_an_input_named_by_two_paths_is_briefed_once(run, tmp_path):
    write(tmp_path / "a.txt", SAMPLE.read_text())
    result = run("a.txt", "./a.txt", tmp_path / "a.txt", "--format", "json")
    assert (result.code, result.stderr, result.stdout) == (0, "", "output/a.json\n")


def test_a_digest_saved_into_its_inbox_is_left_out_of_the_next_one(run, tmp_path, monkeypatch):
    import shutil

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    shutil.copytree(ROOT / "examples" / "inbox", tmp_path / "inbox")
    first = run("--digest", "inbox", "-o", "inbox/digest.md")
    digest = (tmp_path / "inbox" / "digest.md").read_text()
    for output in ("inbox/digest.md", "inbox/digest.pdf", "inbox/digest.html"):
        again = run("--digest", "inbox", "-o", output)
        assert again.code == 0
        assert again.stderr.endswith("briefing: 4 digested, 0 failed\n")  # the articles, not the digests
    assert (first.code, first.stderr) == (0, "briefing: 4 digested, 0 failed\n")
    again = run("--digest", "inbox", "-o", "inbox/digest.md")
    assert again.stderr.splitlines()[:-1] == [
        f"briefing: inbox/digest.{suffix}: {SKIPPED_NOTE}"
        for suffix in ("html", "md", "pdf")]
    assert (tmp_path / "inbox" / "digest.md").read_text() == digest  # replaced by the same digest
    named = run("inbox/digest.md", "--format", "json", "-o", "-")  # named on its own, it is refused in one line
    assert (named.code, named.stderr) == (2, "briefing: inbox/digest.md: is a note briefing wrote, not an article; "
                                             "to brief it anyway, name its format with --input-format md\n")
    named = run("inbox/digest.md", "--input-format", "md", "--format", "json", "-o", "-")  # ... read when told
    assert named.code == 0 and json.loads(named.stdout)["title"] == "News digest"


@pytest.mark.parametrize("args", [("--format", "pdf"), ("--format", "html"), ("--format", "md", "--language", "de")])
def test_notes_written_beside_their_articles_are_left_out_of_the_next_run(run, tmp_path, args):
    for name in ("a", "b"):
        write(tmp_path / "in" / f"{name}.txt", SAMPLE.read_text())
    suffix = args[1]
    assert run("in", "--output-dir", "in", *args).code == 0
    again = run("in", "--output-dir", "in", *args)
    assert (again.code, sorted(again.stderr.splitlines())) == (0, [
        "briefing: 2 written, 0 failed",
        f"briefing: in/a.{suffix}: {SKIPPED_NOTE}",
        f"briefing: in/b.{suffix}: {SKIPPED_NOTE}"])
    (tmp_path / "only").mkdir()
    (tmp_path / "in" / f"a.{suffix}").rename(tmp_path / "only" / f"a.{suffix}")
    assert (run("only").code, run("only").stderr) == (2, "briefing: only: only notes briefing wrote in this folder, "
                                                         "no article\n")
