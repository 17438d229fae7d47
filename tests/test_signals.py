"""Real processes, real signals: SIGTERM is handled like Ctrl-C, a worker killed by the
out-of-memory killer costs only its input, and a closed standard output ends a run quietly."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLE, first_line, write

ENV = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}


def briefing(*args, cwd, **options):
    return subprocess.Popen([sys.executable, "-m", "briefing", *args], cwd=cwd, env=ENV, text=True, **options)


def articles(folder: Path, count: int) -> list[str]:
    return [str(write(folder / f"a{number:03d}.txt", SAMPLE.read_text())) for number in range(count)]


def children(pid: int) -> list[int]:
    return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def gone(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1].startswith("Z")  # a zombie
    except FileNotFoundError:
        return True


def test_sigterm_ends_a_batch_like_ctrl_c(tmp_path):
    articles(tmp_path / "in", 300)
    process = briefing("in", "--jobs", "2", "--format", "json", cwd=tmp_path,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = first_line(process)  # the batch is under way
    workers = children(process.pid)
    process.send_signal(signal.SIGTERM)
    rest, stderr = process.communicate(timeout=60)
    assert first.startswith("output/") and len(workers) == 2
    assert (process.returncode, stderr) == (143, "briefing: terminated\n")
    written = sorted((tmp_path / "output").iterdir())
    assert len(written) == 1 + len(rest.splitlines()) < 300  # every file named on stdout, nothing else
    assert all(path.name.endswith(".json") for path in written)  # no temporary left
    assert all(gone(pid) for pid in workers)


def test_sigterm_while_writing_lets_the_file_land_whole_and_leaves_no_temporary(run, tmp_path, monkeypatch):
    real_fsync = os.fsync

    def terminated_mid_write(descriptor):
        os.kill(os.getpid(), signal.SIGTERM)  # held until the file is in place
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", terminated_mid_write)
    result = run(SAMPLE, "--format", "json")
    assert (result.code, result.stderr) == (143, "briefing: terminated\n")
    assert json.loads((tmp_path / "output" / "article.json").read_text())["brief"]
    assert not list(tmp_path.rglob(".briefing-*"))
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL  # left as it was


def open_for_writing(fifo: Path, seconds: float = 30) -> int:
    """Open a FIFO once a reader has it open, failing the test rather than hanging."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            return os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:
            if time.monotonic() > deadline:
                pytest.fail("no worker opened the input")
            time.sleep(0.05)


def holder(pids: list[int], path: Path, seconds: float = 10) -> int:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for pid in pids:
            for descriptor in Path(f"/proc/{pid}/fd").iterdir():
                try:
                    if os.readlink(descriptor) == str(path):
                        return pid
                except FileNotFoundError:
                    continue
        time.sleep(0.05)
    pytest.fail("no worker holds the input")


def test_a_worker_killed_for_memory_costs_only_its_input(tmp_path):
    inputs = articles(tmp_path / "in", 4)
    stuck = tmp_path / "stuck.txt"
    os.mkfifo(stuck)  # reading it holds a worker until the test has killed it
    process = briefing(*inputs[:2], "stuck.txt", *inputs[2:], "--jobs", "2", "--format", "json", cwd=tmp_path,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    writer = open_for_writing(stuck)
    os.kill(holder(children(process.pid), stuck), signal.SIGKILL)  # as the out-of-memory killer does
    os.close(writer)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 2
    assert stderr.splitlines() == [
        "briefing: stuck.txt: the worker process briefing it was killed (SIGKILL; out of memory?)",
        "briefing: 4 written, 1 failed",
    ]
    assert len(stdout.split()) == 4 == len(list((tmp_path / "output").iterdir()))


def test_a_closed_pipe_on_standard_output_ends_the_run_quietly(tmp_path):
    articles(tmp_path / "in", 40)
    process = briefing("in", "--format", "json", cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout.readline().startswith("output/")
    process.stdout.close()  # as `| head -1` does
    stderr = process.stderr.read()
    assert (process.wait(timeout=60), stderr) == (141, "")
    assert not list((tmp_path / "output").glob(".briefing-*"))

    process = briefing(str(SAMPLE), "--format", "json", "-o", "-", cwd=tmp_path,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # the reader is gone before the note comes
    stderr = process.stderr.read()
    assert (process.wait(timeout=60), stderr) == (141, "")


def test_standard_output_closed_from_the_start(tmp_path):
    def closed_stdout(*args):
        return subprocess.run(["sh", "-c", 'exec "$@" >&-', "sh", sys.executable, "-m", "briefing", *args],
                              cwd=tmp_path, env=ENV, capture_output=True, text=True, timeout=60)

    done = closed_stdout(str(SAMPLE), "--format", "json", "-o", "-")
    assert (done.returncode, done.stderr) == (2, "briefing: standard output is closed; give -o FILE, or leave out -o\n")
    done = closed_stdout(str(SAMPLE), "--format", "json")
    assert (done.returncode, done.stderr) == (0, "")
    assert (tmp_path / "output" / "article.json").exists()
