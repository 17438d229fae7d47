"""Morning runs as the scheduler starts them, in processes of their own: killed at random
moments (SIGKILL: nothing to clean up), and twenty at once over one state database."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from morning_fixtures import items, write_feed

TITLES = {item.title for item in items(range(12))}


def briefing(*args: object, cwd: Path) -> subprocess.Popen[bytes]:
    environment = {**os.environ, "XDG_CONFIG_HOME": str(cwd / "config"), "XDG_STATE_HOME": str(cwd / "state")}
    return subprocess.Popen([sys.executable, "-m", "briefing", *map(str, args)], cwd=cwd, env=environment,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def titles_in(folder: Path) -> list[str]:
    """The title of each note in ``folder`` (its first line, '# Title')."""
    return [path.read_text().splitlines()[0].lstrip("# ").strip() for path in sorted(folder.glob("*.md"))]


def test_a_run_killed_at_any_moment_leaves_every_item_it_did_not_write_to_come_again(tmp_path):
    feed = write_feed(tmp_path / "town.rss", items(range(12)))
    chances = random.Random(24)
    for trial in range(6):
        folder = tmp_path / f"trial-{trial}"
        folder.mkdir()
        state = folder / "state.sqlite"
        killed = briefing("--new-only", "--state", state, "--format", "md", "--output-dir", "killed", feed,
                          cwd=folder)
        time.sleep(chances.uniform(0.2, 4.0))
        killed.send_signal(signal.SIGKILL)
        killed.communicate()
        recorded = set()
        if state.exists():
            recorded = {row[0] for row in sqlite3.connect(state).execute("SELECT output FROM briefed")}
        again = briefing("--new-only", "--state", state, "--format", "md", "--output-dir", "again", feed, cwd=folder)
        _, stderr = again.communicate(timeout=300)
        assert again.returncode == 0, stderr.decode()
        first, second = titles_in(folder / "killed"), titles_in(folder / "again")
        assert set(first) | set(second) == TITLES  # nothing lost
        assert len(second) == len(set(second))
        for output in recorded:  # what the killed run recorded is not briefed again
            assert (folder / output).is_file()
            assert (folder / output).read_text().splitlines()[0].lstrip("# ") not in second
        assert len(first) - len(recorded) <= 1  # at most the note between its rename and its record comes twice


def test_twenty_runs_at_once_over_one_state_brief_each_item_once(tmp_path):
    feed = write_feed(tmp_path / "town.rss", items(range(5)))
    state = tmp_path / "shared.sqlite"
    runs = [briefing("--new-only", "--state", state, "--jobs", "1", "--format", "md",
                     "--output-dir", f"out-{number}", feed, cwd=tmp_path) for number in range(20)]
    for process in runs:
        _, stderr = process.communicate(timeout=600)
        assert process.returncode == 0, stderr.decode()
    written = [title for number in range(20) for title in titles_in(tmp_path / f"out-{number}")]
    assert sorted(written) == sorted(item.title for item in items(range(5)))
    assert sqlite3.connect(state).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert sqlite3.connect(state).execute("SELECT count(*) FROM briefed").fetchone()[0] == 5


def test_a_run_waits_for_the_run_holding_the_state_and_says_so(tmp_path):
    import fcntl

    feed = write_feed(tmp_path / "town.rss", items(range(1)))
    state = tmp_path / "state.sqlite"
    with open(tmp_path / "state.sqlite.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # as a run in progress holds it
        waiting = briefing("--new-only", "--state", state, "--format", "md", feed, cwd=tmp_path)
        assert waiting.stderr is not None
        line = waiting.stderr.readline().decode()
        assert line == f"briefing: waiting for another run using {state}\n"
        assert waiting.poll() is None and not (tmp_path / "output").exists()
    _, rest = waiting.communicate(timeout=300)  # the lock is free: the run goes on
    assert waiting.returncode == 0, rest.decode()
    assert len(titles_in(tmp_path / "output")) == 1
