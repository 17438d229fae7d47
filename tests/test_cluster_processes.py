"""--scheduler local with real worker processes: tasks pickled by reference, workers warmed up, a
standard error with nothing but our lines, Ctrl-C to the whole process group, and workers that
die (retried by the scheduler; an input that kills every time fails alone)."""

import os
import signal
import subprocess
import sys
import time

from conftest import ROOT, unremarked, write
from test_archives import archive, article

# Registers an input type whose parser kills its worker: once for "once <marker>", always for "always".
KILLER = '''
import os, signal
from pathlib import Path
from briefing.read.input_types import INPUT_TYPES, InputType
from briefing.read.parsers import Parsed

def parse(data, source):
    how, _, marker = data.decode().partition(" ")
    if how == "always" or not Path(marker).exists():
        Path(marker).touch()
        os.kill(os.getpid(), signal.SIGKILL)
    return Parsed(["The council approved the harbour barrier on Tuesday after a long debate."])

INPUT_TYPES["killer"] = InputType("killer", (".killer",), (), "a test input", parse_bytes=parse)
'''


def briefing(*args, cwd, env=None):
    """The command in a process group of its own (as a terminal's job), Ctrl-C not ignored even if
    the tests run in the background; unbuffered, so that reading one line reads no more."""
    environment = {"PYTHONPATH": str(ROOT), "PATH": f"{os.path.dirname(sys.executable)}:/usr/bin:/bin",
                   "SOURCE_DATE_EPOCH": "1700000000", **(env or {})}
    return subprocess.Popen([sys.executable, "-m", "briefing", *args], cwd=cwd, env=environment, bufsize=0,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # noqa: PLW1509


def finished(process):
    stdout, stderr = process.communicate(timeout=120)
    return stdout.decode(), stderr.decode()


def test_a_local_cluster_writes_what_our_own_workers_write_and_says_nothing_else(tmp_path):
    for number in range(12):
        write(tmp_path / "in" / f"a{number:02d}.txt", article(number))
    archive(tmp_path / "in" / "news.jsonl")
    here = briefing("in", "--format", "json", "--output-dir", "here", "--jobs", "2", cwd=tmp_path)
    there = briefing("in", "--format", "json", "--output-dir", "there", "--scheduler", "local", "--jobs", "2",
                     cwd=tmp_path)
    (here_out, here_err), (there_out, there_err) = finished(here), finished(there)
    assert there.returncode == here.returncode == 2
    # three bad lines and the tally
    assert sorted(unremarked(there_err).splitlines()) == sorted(unremarked(here_err).splitlines())
    assert there_err.splitlines()[-1] == "briefing: 15 written, 3 failed"
    assert sorted(there_out.replace("there/", "here/").split()) == sorted(here_out.split())
    here_files = {path.name: path.read_bytes() for path in (tmp_path / "here").iterdir()}
    assert {path.name: path.read_bytes() for path in (tmp_path / "there").iterdir()} == here_files


def test_ctrl_c_to_the_process_group_stops_a_local_cluster_in_one_line(tmp_path):
    for number in range(400):
        write(tmp_path / "in" / f"a{number:03d}.txt", article(number))
    process = briefing("in", "--format", "json", "--scheduler", "local", "--jobs", "2", cwd=tmp_path)
    first = process.stdout.readline()  # under way
    os.killpg(process.pid, signal.SIGINT)  # as a terminal sends it: to the workers too
    rest, stderr = finished(process)
    assert first.startswith(b"output/")
    assert (process.returncode, unremarked(stderr)) == (130, "briefing: interrupted\n")
    written = sorted(path.name for path in (tmp_path / "output").iterdir())
    named = sorted(line.removeprefix("output/") for line in (first + rest.encode()).decode().split())
    assert written == named and len(written) < 400  # each file written is named; no temporary left
    deadline = time.monotonic() + 10
    while left(process.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert left(process.pid) == []  # no worker outlives the run


def left(group: int) -> list[str]:
    """The processes of a process group still running (zombies, which only wait to be reaped, aside)."""
    ps = subprocess.run(["ps", "-o", "stat=", "-g", str(group)], capture_output=True, text=True).stdout
    return [state for state in ps.split() if not state.startswith("Z")]


def test_a_dying_worker_is_retried_and_an_input_that_kills_every_time_fails_alone(tmp_path):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "sitecustomize.py").write_text(KILLER)
    for number in range(16):
        write(tmp_path / "in" / f"a{number:02d}.txt", article(number))
    write(tmp_path / "in" / "once.killer", f"once {tmp_path / 'once-died'}")
    write(tmp_path / "in" / "poison.killer", f"always {tmp_path / 'poison-died'}")
    # One retry, not Dask's three: the test waits for each restart.
    env = {"PYTHONPATH": f"{tmp_path / 'site'}:{ROOT}", "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "1"}
    process = briefing("in", "--format", "json", "--scheduler", "local", "--jobs", "2", cwd=tmp_path, env=env)
    stdout, stderr = finished(process)
    assert (tmp_path / "once-died").exists()  # it did kill its worker, once
    assert (process.returncode, unremarked(stderr)) == (
        2, "briefing: in/poison.killer: the Dask workers briefing it died each time it was tried (out of memory?)\n"
        "briefing: 17 written, 1 failed\n")
    assert len(stdout.split()) == len(set(stdout.split())) == 17  # each written and named once
    assert sorted(path.name for path in (tmp_path / "output").iterdir()) == sorted(
        [f"a{number:02d}.json" for number in range(16)] + ["once.json"])
